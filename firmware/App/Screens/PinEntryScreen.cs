namespace Terminal.App.Screens
{
    /// <summary>
    /// The technician's sign-in: a keypad icon, one star per digit typed (never the digits), how many were typed,
    /// and what the last attempt gave: wrong PIN with the failures in a row, or the lockout with the time left.
    /// </summary>
    internal sealed class PinEntryScreen : Screen
    {
        /// <summary>The most stars drawn in the large line (scale 3 fits nine); more digits still count.</summary>
        private const int MaximumStars = 9;

        private static readonly string[] Stars = new string[]
        {
            string.Empty, "*", "**", "***", "****", "*****", "******", "*******", "********", "*********",
        };

        /// <summary>Gets or sets how many digits were typed.</summary>
        public int DigitCount { get; set; }

        /// <summary>Gets or sets what the last attempt gave.</summary>
        public PinEntryState State { get; set; }

        /// <summary>Gets or sets the failures in a row, shown after a refused PIN.</summary>
        public int Failures { get; set; }

        /// <summary>Gets or sets the lockout's time left in seconds, shown while locked.</summary>
        public int LockedSecondsLeft { get; set; }

        /// <inheritdoc/>
        public override ScreenFamily Family
        {
            get { return ScreenFamily.Result; }
        }

        /// <inheritdoc/>
        public override void Compose(ScreenComposer screen)
        {
            ScreenText text = screen.Text;
            bool locked = State == PinEntryState.Locked;
            ushort color = locked || State == PinEntryState.NotConfigured ? ScreenColors.Danger : ScreenColors.Progress;
            screen.Title(text.PinTitle, color);
            screen.Icon(IconKind.Keypad, color);
            if (locked)
            {
                screen.Headline(Clock(LockedSecondsLeft), ScreenColors.Danger);
                screen.Line(0, text.PinLocked, ScreenColors.Danger);
                screen.Line(1, text.PinLockedPrefix + Clock(LockedSecondsLeft), ScreenColors.Danger);
                screen.Hint(text.WaitingHint);
                return;
            }

            screen.Headline(Stars[DigitCount < MaximumStars ? DigitCount : MaximumStars], ScreenColors.Text);
            screen.Line(0, text.PinLine, ScreenColors.Text);
            screen.Line(1, text.PinEnteredPrefix + DigitCount.ToString(), ScreenColors.Muted);
            switch (State)
            {
                case PinEntryState.TooShort:
                    screen.Line(2, text.PinTooShort, ScreenColors.Caution);
                    break;
                case PinEntryState.Refused:
                    screen.Line(2, text.PinRefused, ScreenColors.Danger);
                    screen.Line(3, text.PinFailuresPrefix + Failures.ToString(), ScreenColors.Danger);
                    break;
                case PinEntryState.NotConfigured:
                    screen.Line(2, text.PinNotConfigured, ScreenColors.Danger);
                    break;
            }

            screen.Hint(text.PinHint);
        }

        /// <summary>Formats seconds as m:ss (a 30-minute lockout shows 30:00).</summary>
        private static string Clock(int seconds)
        {
            if (seconds < 0)
            {
                seconds = 0;
            }

            int remainder = seconds % 60;
            return (seconds / 60).ToString() + (remainder < 10 ? ":0" : ":") + remainder.ToString();
        }
    }
}
