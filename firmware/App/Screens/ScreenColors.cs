using Terminal.Drivers.Display;

namespace Terminal.App.Screens
{
    /// <summary>
    /// The screens' palette (RGB565). One meaning per colour, the same on every screen: blue is "in
    /// progress", green "paid", red "not paid", amber "wait, do not act", purple "late confirmation".
    /// Text colours keep at least 4.5:1 contrast with their background (WCAG AA) so a cashier reads them
    /// in daylight.
    /// </summary>
    public static class ScreenColors
    {
        /// <summary>The body's background: white.</summary>
        public static readonly ushort Background = Rgb565.FromRgb(255, 255, 255);

        /// <summary>Body text: near black.</summary>
        public static readonly ushort Text = Rgb565.FromRgb(33, 33, 33);

        /// <summary>Secondary text (hints, numbers for reference).</summary>
        public static readonly ushort Muted = Rgb565.FromRgb(97, 97, 97);

        /// <summary>The status bar's background.</summary>
        public static readonly ushort HeaderBackground = Rgb565.FromRgb(38, 50, 56);

        /// <summary>The status bar's text.</summary>
        public static readonly ushort HeaderText = Rgb565.FromRgb(236, 239, 241);

        /// <summary>The status bar's dimmed parts (inactive bars, labels).</summary>
        public static readonly ushort HeaderMuted = Rgb565.FromRgb(120, 144, 156);

        /// <summary>The footer's background.</summary>
        public static readonly ushort FooterBackground = Rgb565.FromRgb(236, 239, 241);

        /// <summary>The footer's text.</summary>
        public static readonly ushort FooterText = Rgb565.FromRgb(84, 110, 122);

        /// <summary>The rule between the body and the footer.</summary>
        public static readonly ushort Rule = Rgb565.FromRgb(207, 216, 220);

        /// <summary>In progress (authorizing, waiting for the customer).</summary>
        public static readonly ushort Progress = Rgb565.FromRgb(21, 101, 192);

        /// <summary>Paid.</summary>
        public static readonly ushort Success = Rgb565.FromRgb(46, 125, 50);

        /// <summary>Not paid, or a fault.</summary>
        public static readonly ushort Danger = Rgb565.FromRgb(198, 40, 40);

        /// <summary>Wait and do not act (UNKNOWN, refused); dark enough for text on white.</summary>
        public static readonly ushort Caution = Rgb565.FromRgb(191, 84, 0);

        /// <summary>The UNKNOWN banner's fill, with <see cref="Text"/> on it.</summary>
        public static readonly ushort CautionFill = Rgb565.FromRgb(255, 193, 7);

        /// <summary>Late confirmation: a colour no other result uses.</summary>
        public static readonly ushort Late = Rgb565.FromRgb(94, 53, 177);

        /// <summary>Neutral outcome (cancelled).</summary>
        public static readonly ushort Neutral = Rgb565.FromRgb(97, 97, 97);

        /// <summary>Network up, on the status bar.</summary>
        public static readonly ushort NetworkUp = Rgb565.FromRgb(129, 199, 132);

        /// <summary>Network down, on the status bar.</summary>
        public static readonly ushort NetworkDown = Rgb565.FromRgb(239, 83, 80);

        /// <summary>Queue waiting, on the status bar.</summary>
        public static readonly ushort QueueWaiting = Rgb565.FromRgb(255, 202, 40);

        /// <summary>Verdict PASS pill.</summary>
        public static readonly ushort VerdictPass = Rgb565.FromRgb(56, 142, 60);

        /// <summary>Verdict WARN pill.</summary>
        public static readonly ushort VerdictWarn = Rgb565.FromRgb(255, 179, 0);

        /// <summary>Verdict FAIL pill.</summary>
        public static readonly ushort VerdictFail = Rgb565.FromRgb(211, 47, 47);

        /// <summary>Verdict not run pill.</summary>
        public static readonly ushort VerdictNotRun = Rgb565.FromRgb(84, 110, 122);

        /// <summary>The dark modules of the QR code: black on white, as scanners expect.</summary>
        public static readonly ushort QrDark = Rgb565.FromRgb(0, 0, 0);
    }
}
