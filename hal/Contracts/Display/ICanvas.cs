namespace Terminal.Hal.Display
{
    /// <summary>
    /// What the screens draw on: a 16-bit colour (RGB565) surface the size of the panel. Drawing changes
    /// the canvas only; <see cref="Present"/> sends what changed to the panel, so a screen that repaints
    /// a countdown sends a few hundred bytes, not a frame. Coordinates are pixels from the top-left corner,
    /// x to the right, y down; anything outside the canvas is clipped, never an error.
    /// </summary>
    /// <remarks>
    /// Text is not part of the contract on purpose: glyphs come from the firmware's own bitmap fonts (the
    /// same Chinese and English subset on every build), drawn with <see cref="DrawMonochrome"/>. A QR code
    /// is drawn the same way. Colours are RGB565 values: red in bits 15-11, green 10-5, blue 4-0.
    /// </remarks>
    public interface ICanvas
    {
        /// <summary>Gets the width in pixels (240 on the reference panel, portrait).</summary>
        int Width { get; }

        /// <summary>Gets the height in pixels (320 on the reference panel, portrait).</summary>
        int Height { get; }

        /// <summary>Fills a rectangle with one colour. A rectangle with no area does nothing.</summary>
        /// <param name="x">Left edge in pixels; may be negative (clipped).</param>
        /// <param name="y">Top edge in pixels; may be negative (clipped).</param>
        /// <param name="width">Width in pixels; 0 or less draws nothing.</param>
        /// <param name="height">Height in pixels; 0 or less draws nothing.</param>
        /// <param name="colorRgb565">The colour.</param>
        void FillRectangle(int x, int y, int width, int height, ushort colorRgb565);

        /// <summary>
        /// Draws a 1-bit image (a glyph, a QR code): set bits in <paramref name="foregroundRgb565"/>, clear
        /// bits in <paramref name="backgroundRgb565"/>, each source pixel as a <paramref name="scale"/> by
        /// <paramref name="scale"/> block. Rows are packed most significant bit first, each row starting on a
        /// byte boundary (<c>(width + 7) / 8</c> bytes per row).
        /// </summary>
        /// <param name="x">Left edge in canvas pixels; clipped.</param>
        /// <param name="y">Top edge in canvas pixels; clipped.</param>
        /// <param name="width">Image width in source pixels, 1 or more.</param>
        /// <param name="height">Image height in source pixels, 1 or more.</param>
        /// <param name="bits">The packed image.</param>
        /// <param name="offset">Index in <paramref name="bits"/> of the first row's first byte.</param>
        /// <param name="foregroundRgb565">Colour of set bits.</param>
        /// <param name="backgroundRgb565">Colour of clear bits.</param>
        /// <param name="scale">Magnification, 1 to 8.</param>
        /// <exception cref="System.ArgumentNullException"><paramref name="bits"/> is <c>null</c>.</exception>
        /// <exception cref="System.ArgumentOutOfRangeException">A size or the scale is out of range, or the image runs past the end of <paramref name="bits"/>.</exception>
        void DrawMonochrome(int x, int y, int width, int height, byte[] bits, int offset, ushort foregroundRgb565, ushort backgroundRgb565, int scale);

        /// <summary>
        /// Sends every pixel changed since the last call to the panel, and nothing else. Pixels drawn with
        /// the colour they already had are not changes.
        /// </summary>
        /// <returns><c>true</c> when the panel took the update; <c>false</c> when it did not answer (failure cause HW-DISPLAY): the changes stay pending and are sent again by the next call.</returns>
        bool Present();
    }
}
