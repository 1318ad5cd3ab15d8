namespace Terminal.App.Screens
{
    /// <summary>
    /// Where everything sits on the 240 x 320 portrait panel, in pixels. Every screen shares the status
    /// bar, the state strip, the title, the key hint and the footer at the same places; the result screens
    /// also share the icon, the amount and the message lines, so that going from "authorizing" to a result
    /// repaints the title, the icon and a few lines, and nothing else (issue #4's bench target: at most a
    /// quarter of a frame's bytes).
    /// </summary>
    public static class ScreenLayout
    {
        /// <summary>Panel width (portrait).</summary>
        public const int Width = 240;

        /// <summary>Panel height (portrait).</summary>
        public const int Height = 320;

        /// <summary>Left and right margin of body text.</summary>
        public const int Margin = 8;

        /// <summary>Width available to a line of body text.</summary>
        public const int TextWidth = Width - (2 * Margin);

        /// <summary>Height of one line of text at scale 1 (the font's cell height).</summary>
        public const int LineHeight = 16;

        /// <summary>The status bar: network, queue depth, last self-test verdict.</summary>
        public const int HeaderHeight = 24;

        /// <summary>Top of the state strip, a thin band in the screen's state colour under the status bar.</summary>
        public const int StripTop = HeaderHeight;

        /// <summary>Height of the state strip.</summary>
        public const int StripHeight = 4;

        /// <summary>Top of the title (scale 2: 32 pixels high).</summary>
        public const int TitleTop = 32;

        /// <summary>Height of the title.</summary>
        public const int TitleHeight = 32;

        /// <summary>Top of the body area that differs between screen families (icon to last line).</summary>
        public const int BodyTop = 66;

        /// <summary>Bottom (exclusive) of the body area that differs between screen families.</summary>
        public const int BodyBottom = 274;

        /// <summary>Side of the square icon, centred horizontally.</summary>
        public const int IconSize = 64;

        /// <summary>Top of the icon.</summary>
        public const int IconTop = 70;

        /// <summary>Left of the icon.</summary>
        public const int IconLeft = (Width - IconSize) / 2;

        /// <summary>Top of the amount (scale 3: 48 pixels high).</summary>
        public const int AmountTop = 140;

        /// <summary>Height of the amount.</summary>
        public const int AmountHeight = 48;

        /// <summary>Top of the first message line.</summary>
        public const int LinesTop = 194;

        /// <summary>Distance between two message lines.</summary>
        public const int LinePitch = 20;

        /// <summary>How many message lines a result screen has.</summary>
        public const int LineCount = 4;

        /// <summary>Top of the key hint line.</summary>
        public const int HintTop = 278;

        /// <summary>The 1-pixel rule above the footer.</summary>
        public const int RuleTop = 297;

        /// <summary>Top of the footer: terminal id and language.</summary>
        public const int FooterTop = 298;

        /// <summary>Height of the footer.</summary>
        public const int FooterHeight = Height - FooterTop;

        /// <summary>Side of the square box the countdown's digits are drawn in, centred in the icon.</summary>
        public const int CountdownSize = 32;

        /// <summary>Left of the countdown's digits box.</summary>
        public const int CountdownLeft = IconLeft + ((IconSize - CountdownSize) / 2);

        /// <summary>Top of the countdown's digits box.</summary>
        public const int CountdownTop = IconTop + ((IconSize - CountdownSize) / 2);

        /// <summary>Top of the merchant QR code's square.</summary>
        public const int QrTop = 68;

        /// <summary>Side of the merchant QR code's square, quiet zone included.</summary>
        public const int QrSize = 166;

        /// <summary>Top of the amount under the QR code (scale 2).</summary>
        public const int QrAmountTop = 238;

        /// <summary>Top of the first technician menu row.</summary>
        public const int MenuTop = 70;

        /// <summary>Distance between two menu rows.</summary>
        public const int MenuPitch = 25;

        /// <summary>How many menu rows fit; longer menus scroll with the selection.</summary>
        public const int MenuRows = 8;
    }
}
