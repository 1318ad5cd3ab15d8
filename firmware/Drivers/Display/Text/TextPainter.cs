using System;
using Terminal.Hal.Display;

namespace Terminal.Drivers.Display.Text
{
    /// <summary>
    /// Draws a line of text with a <see cref="BitmapFont"/> on any <see cref="ICanvas"/>, one
    /// <see cref="ICanvas.DrawMonochrome"/> call per character, so the same pixels appear on every build.
    /// </summary>
    /// <remarks>
    /// Every glyph cell is painted whole, background included: redrawing a changing value (a countdown, an
    /// amount) over itself needs no clearing first, and the canvas sends only the pixels that really changed.
    /// Nothing is allocated. No line breaking, no right-to-left, no combining marks: the terminal's phrases
    /// are short single lines in Chinese or English.
    /// </remarks>
    public static class TextPainter
    {
        /// <summary>The largest magnification, the canvas contract's limit.</summary>
        public const int MaximumScale = 8;

        /// <summary>
        /// Draws <paramref name="text"/> left to right with its top-left corner at (<paramref name="x"/>,
        /// <paramref name="y"/>); whatever falls outside the canvas is clipped.
        /// </summary>
        /// <param name="canvas">Where to draw.</param>
        /// <param name="font">The font; characters it lacks are drawn as its replacement glyph.</param>
        /// <param name="text">The text, one line; empty draws nothing.</param>
        /// <param name="x">Left edge in canvas pixels; may be negative.</param>
        /// <param name="y">Top edge in canvas pixels; may be negative.</param>
        /// <param name="foregroundRgb565">The colour of the strokes.</param>
        /// <param name="backgroundRgb565">The colour of the rest of each glyph cell.</param>
        /// <param name="scale">Magnification, 1 to <see cref="MaximumScale"/>: each font pixel becomes a scale by scale block.</param>
        /// <returns>The width drawn in canvas pixels (<see cref="BitmapFont.MeasureWidth"/> times <paramref name="scale"/>), clipped or not.</returns>
        /// <exception cref="ArgumentNullException">The canvas, font or text is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is outside 1 to <see cref="MaximumScale"/>.</exception>
        public static int Draw(ICanvas canvas, BitmapFont font, string text, int x, int y, ushort foregroundRgb565, ushort backgroundRgb565, int scale)
        {
            if (canvas == null)
            {
                throw new ArgumentNullException(nameof(canvas));
            }

            if (font == null)
            {
                throw new ArgumentNullException(nameof(font));
            }

            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            if (scale < 1 || scale > MaximumScale)
            {
                throw new ArgumentOutOfRangeException(nameof(scale), "The scale is 1 to 8.");
            }

            byte[] bits = font.Bits;
            int height = font.Height;
            int left = x;
            int index = 0;
            while (index < text.Length)
            {
                int offset;
                int width;
                index += font.ResolveGlyph(text, index, out offset, out width);
                canvas.DrawMonochrome(left, y, width, height, bits, offset, foregroundRgb565, backgroundRgb565, scale);
                left += width * scale;
            }

            return left - x;
        }

        /// <summary>
        /// Draws characters from an array, for text that changes every frame (a countdown, a clock) formatted
        /// into a preallocated buffer, so that nothing is allocated per frame. Otherwise as
        /// <see cref="Draw(ICanvas, BitmapFont, string, int, int, ushort, ushort, int)"/>.
        /// </summary>
        /// <param name="canvas">Where to draw.</param>
        /// <param name="font">The font.</param>
        /// <param name="characters">The buffer holding the text.</param>
        /// <param name="offset">Index of the first character.</param>
        /// <param name="count">Number of characters, 0 or more.</param>
        /// <param name="x">Left edge in canvas pixels.</param>
        /// <param name="y">Top edge in canvas pixels.</param>
        /// <param name="foregroundRgb565">The colour of the strokes.</param>
        /// <param name="backgroundRgb565">The colour of the rest of each glyph cell.</param>
        /// <param name="scale">Magnification, 1 to <see cref="MaximumScale"/>.</param>
        /// <returns>The width drawn in canvas pixels.</returns>
        /// <exception cref="ArgumentNullException">The canvas, font or characters are <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The range lies outside the array, or the scale is outside 1 to <see cref="MaximumScale"/>.</exception>
        public static int Draw(ICanvas canvas, BitmapFont font, char[] characters, int offset, int count, int x, int y, ushort foregroundRgb565, ushort backgroundRgb565, int scale)
        {
            if (canvas == null)
            {
                throw new ArgumentNullException(nameof(canvas));
            }

            if (font == null)
            {
                throw new ArgumentNullException(nameof(font));
            }

            if (characters == null)
            {
                throw new ArgumentNullException(nameof(characters));
            }

            if (offset < 0 || count < 0 || offset > characters.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count), "The range lies outside the characters.");
            }

            if (scale < 1 || scale > MaximumScale)
            {
                throw new ArgumentOutOfRangeException(nameof(scale), "The scale is 1 to 8.");
            }

            byte[] bits = font.Bits;
            int height = font.Height;
            int left = x;
            int index = offset;
            int end = offset + count;
            while (index < end)
            {
                int glyphOffset;
                int width;
                index += font.ResolveGlyph(characters, index, end, out glyphOffset, out width);
                canvas.DrawMonochrome(left, y, width, height, bits, glyphOffset, foregroundRgb565, backgroundRgb565, scale);
                left += width * scale;
            }

            return left - x;
        }

        /// <summary>Measures a text at a scale: the width <see cref="Draw(ICanvas, BitmapFont, string, int, int, ushort, ushort, int)"/> would return.</summary>
        /// <param name="font">The font.</param>
        /// <param name="text">The text; <c>null</c> measures 0.</param>
        /// <param name="scale">Magnification, 1 to <see cref="MaximumScale"/>.</param>
        /// <returns>The width in canvas pixels.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="font"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is outside 1 to <see cref="MaximumScale"/>.</exception>
        public static int MeasureWidth(BitmapFont font, string text, int scale)
        {
            if (font == null)
            {
                throw new ArgumentNullException(nameof(font));
            }

            if (scale < 1 || scale > MaximumScale)
            {
                throw new ArgumentOutOfRangeException(nameof(scale), "The scale is 1 to 8.");
            }

            return font.MeasureWidth(text) * scale;
        }
    }
}
