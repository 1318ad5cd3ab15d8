namespace Terminal.Drivers.Display
{
    /// <summary>
    /// The terminal's colours as RGB565 values (red in bits 15-11, green 10-5, blue 4-0), the format the panel
    /// stores, so no conversion happens per pixel. Screens use these names, never raw numbers, so the palette
    /// stays small and readable in sunlight.
    /// </summary>
    public static class Rgb565
    {
        /// <summary>Black (0, 0, 0).</summary>
        public const ushort Black = 0x0000;

        /// <summary>White (255, 255, 255).</summary>
        public const ushort White = 0xFFFF;

        /// <summary>Red (255, 0, 0): declined, errors.</summary>
        public const ushort Red = 0xF800;

        /// <summary>A darker red (176, 24, 24) for red areas that carry white text.</summary>
        public const ushort DarkRed = 0xB0C3;

        /// <summary>Green (0, 255, 0).</summary>
        public const ushort Green = 0x07E0;

        /// <summary>A darker green (24, 128, 56) for "approved" areas that carry white text.</summary>
        public const ushort DarkGreen = 0x1C07;

        /// <summary>Blue (0, 0, 255).</summary>
        public const ushort Blue = 0x001F;

        /// <summary>Amber (255, 176, 0): warnings, "checking", late confirmation.</summary>
        public const ushort Amber = 0xFD80;

        /// <summary>Yellow (255, 255, 0).</summary>
        public const ushort Yellow = 0xFFE0;

        /// <summary>Grey (128, 128, 128): secondary text.</summary>
        public const ushort Grey = 0x8410;

        /// <summary>Dark grey (64, 64, 64): frames, inactive icons.</summary>
        public const ushort DarkGrey = 0x4208;

        /// <summary>Light grey (200, 200, 200): separators on white.</summary>
        public const ushort LightGrey = 0xCE59;

        /// <summary>The brand colour, a calm dark teal blue (16, 72, 112), for title and status bars.</summary>
        public const ushort Brand = 0x124E;

        /// <summary>Converts 8-bit-per-channel colour to RGB565 by keeping each channel's high bits.</summary>
        /// <param name="red">Red, 0 to 255.</param>
        /// <param name="green">Green, 0 to 255.</param>
        /// <param name="blue">Blue, 0 to 255.</param>
        /// <returns>The RGB565 value.</returns>
        /// <exception cref="System.ArgumentOutOfRangeException">A channel is outside 0 to 255.</exception>
        public static ushort FromRgb(int red, int green, int blue)
        {
            CheckChannel(red, "red");
            CheckChannel(green, "green");
            CheckChannel(blue, "blue");
            return (ushort)(((red >> 3) << 11) | ((green >> 2) << 5) | (blue >> 3));
        }

        private static void CheckChannel(int value, string name)
        {
            if (value < 0 || value > 255)
            {
                throw new System.ArgumentOutOfRangeException(name, "A colour channel is 0 to 255.");
            }
        }
    }
}
