namespace Terminal.App.Screens
{
    /// <summary>
    /// The merchant's payment QR code, as large as fits the QR square with its 4-module quiet zone
    /// (ISO/IEC 18004, 6.3.8), black on white, whole modules only (scanners dislike uneven modules).
    /// Remembers the content it drew: polling the order while the code is shown repaints nothing.
    /// </summary>
    internal sealed class QrCodeSlot
    {
        /// <summary>Modules of light margin on each side (ISO/IEC 18004 requires 4).</summary>
        public const int QuietZoneModules = 4;

        /// <summary>Smallest module drawn, in pixels: below 2 a phone camera misreads the panel's pixel grid.</summary>
        public const int MinimumModulePixels = 2;

        /// <summary>Largest module drawn, in pixels (the canvas contract's largest scale).</summary>
        public const int MaximumModulePixels = 8;

        private readonly ScreenCanvas _screen;
        private string _content;
        private bool _drawn;

        /// <summary>Creates the empty slot.</summary>
        public QrCodeSlot(ScreenCanvas screen)
        {
            _screen = screen;
        }

        /// <summary>Gets or sets whether the current composition set this slot.</summary>
        public bool Touched { get; set; }

        /// <summary>Shows the code for a content; the same content again draws nothing.</summary>
        /// <param name="content">The text to encode.</param>
        /// <returns><c>true</c> when a code is on the panel; <c>false</c> when the content cannot be encoded (the square is left blank).</returns>
        public bool Show(string content)
        {
            Touched = true;
            if (_drawn && content == _content)
            {
                return true;
            }

            int left = (ScreenLayout.Width - ScreenLayout.QrSize) / 2;
            int top = ScreenLayout.QrTop;
            int side = ScreenLayout.QrSize;
            byte[] bits;
            int modules;
            if (!QrPicture.TryBuild(content, QuietZoneModules, out bits, out modules))
            {
                _screen.Fill(left, top, side, side, ScreenColors.Background);
                _content = content;
                _drawn = false;
                return false;
            }

            int scale = side / modules;
            if (scale > MaximumModulePixels)
            {
                scale = MaximumModulePixels;
            }

            if (scale < MinimumModulePixels)
            {
                // Too many modules for the square: a code of 1-pixel modules does not scan from a TFT.
                _screen.Fill(left, top, side, side, ScreenColors.Background);
                _content = content;
                _drawn = false;
                return false;
            }

            // Centred in the square; the margin left by whole modules is part of the quiet zone.
            int drawn = modules * scale;
            int codeLeft = left + ((side - drawn) / 2);
            int codeTop = top + ((side - drawn) / 2);
            _screen.FillOutside(left, top, side, side, codeLeft, codeTop, drawn, drawn, ScreenColors.Background);
            _screen.DrawMask(codeLeft, codeTop, modules, modules, bits, ScreenColors.QrDark, ScreenColors.Background, scale);
            _content = content;
            _drawn = true;
            return true;
        }

        /// <summary>Erases the code.</summary>
        public void Clear()
        {
            if (_content != null)
            {
                _screen.Fill((ScreenLayout.Width - ScreenLayout.QrSize) / 2, ScreenLayout.QrTop, ScreenLayout.QrSize, ScreenLayout.QrSize, ScreenColors.Background);
            }

            Forget();
        }

        /// <summary>Forgets the code without erasing it.</summary>
        public void Forget()
        {
            _content = null;
            _drawn = false;
        }
    }
}
