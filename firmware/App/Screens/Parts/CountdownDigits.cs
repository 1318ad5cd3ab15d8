namespace Terminal.App.Screens
{
    /// <summary>
    /// The seconds left while authorizing, drawn inside the countdown ring. Redrawing repaints only digits
    /// that changed (usually the units digit: 16 x 32 pixels) and allocates nothing: the ten digit strings
    /// are made once, and the number is split with integer arithmetic instead of being formatted.
    /// </summary>
    internal sealed class CountdownDigits
    {
        /// <summary>The largest number shown; longer waits show 99 until they come within range.</summary>
        public const int MaximumSeconds = 99;

        private const int Scale = 2;
        private const int DigitWidth = 8 * Scale;

        private static readonly string[] Digits = new string[] { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" };

        private readonly ScreenCanvas _screen;
        private int _shownSeconds = -1;
        private ushort _color;

        /// <summary>Creates the digits, showing nothing.</summary>
        public CountdownDigits(ScreenCanvas screen)
        {
            _screen = screen;
        }

        /// <summary>Shows a number of seconds (clamped to 0..99); repaints only the digits that differ.</summary>
        /// <param name="seconds">Seconds left.</param>
        /// <param name="colorRgb565">The digits' colour.</param>
        public void Show(int seconds, ushort colorRgb565)
        {
            if (seconds < 0)
            {
                seconds = 0;
            }
            else if (seconds > MaximumSeconds)
            {
                seconds = MaximumSeconds;
            }

            if (seconds == _shownSeconds && colorRgb565 == _color)
            {
                return;
            }

            int left = ScreenLayout.CountdownLeft;
            int top = ScreenLayout.CountdownTop;
            bool wasTwoDigits = _shownSeconds >= 10 && colorRgb565 == _color;
            bool wasOneDigit = _shownSeconds >= 0 && _shownSeconds < 10 && colorRgb565 == _color;
            if (seconds >= 10)
            {
                int tens = seconds / 10;
                if (!wasTwoDigits || tens != _shownSeconds / 10)
                {
                    _screen.DrawText(Digits[tens], left, top, colorRgb565, ScreenColors.Background, Scale);
                }

                _screen.DrawText(Digits[seconds % 10], left + DigitWidth, top, colorRgb565, ScreenColors.Background, Scale);
            }
            else
            {
                // One digit, centred: the half-digit strips beside it are blank.
                if (!wasOneDigit)
                {
                    int half = DigitWidth / 2;
                    _screen.Fill(left, top, half, ScreenLayout.CountdownSize, ScreenColors.Background);
                    _screen.Fill(left + DigitWidth + half, top, half, ScreenLayout.CountdownSize, ScreenColors.Background);
                }

                _screen.DrawText(Digits[seconds], left + (DigitWidth / 2), top, colorRgb565, ScreenColors.Background, Scale);
            }

            _shownSeconds = seconds;
            _color = colorRgb565;
        }

        /// <summary>Forgets the number (the ring was redrawn or another screen took the place).</summary>
        public void Forget()
        {
            _shownSeconds = -1;
        }
    }
}
