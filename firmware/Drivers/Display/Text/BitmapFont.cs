using System;

namespace Terminal.Drivers.Display.Text
{
    /// <summary>
    /// A fixed-height bitmap font: a sorted table of UTF-16 code points with their 1-bit glyphs, in the row
    /// format <see cref="Terminal.Hal.Display.ICanvas.DrawMonochrome"/> draws directly (most significant bit
    /// first, each row starting on a byte boundary). A glyph's width follows from its size: 16 bytes at height
    /// 16 is 8 pixels wide (Latin, digits), 32 bytes is 16 wide (Chinese).
    /// </summary>
    /// <remarks>
    /// Lookups are a binary search over the table and allocate nothing, so text can be drawn on every frame.
    /// A character the font lacks is drawn as the replacement glyph U+FFFD (a box with a question mark), which
    /// every font must contain: a missing glyph shows as a visible defect, never as silence. A surrogate pair
    /// (a character outside the Basic Multilingual Plane) counts as one missing character.
    /// </remarks>
    public sealed class BitmapFont
    {
        /// <summary>The code point drawn for every character the font lacks.</summary>
        public const char ReplacementCharacter = '\uFFFD';

        private readonly char[] _codePoints;
        private readonly int[] _offsets;
        private readonly byte[] _bits;
        private readonly int _replacementOffset;
        private readonly int _replacementWidth;

        /// <summary>
        /// Creates a font over a glyph table. The arrays are kept, not copied: the generated tables are static
        /// and read-only by convention.
        /// </summary>
        /// <param name="height">Glyph height in pixels, 1 to 64.</param>
        /// <param name="codePoints">The characters, strictly ascending; must contain <see cref="ReplacementCharacter"/>.</param>
        /// <param name="offsets">For each character, the index of its first byte in <paramref name="bits"/>; one more entry at the end holds the table's length.</param>
        /// <param name="bits">The packed glyphs, one after the other.</param>
        /// <exception cref="ArgumentNullException">An array is <c>null</c>.</exception>
        /// <exception cref="ArgumentException">The table is not well-formed (unsorted, sizes not a whole number of rows, no replacement glyph).</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="height"/> is out of range.</exception>
        public BitmapFont(int height, char[] codePoints, int[] offsets, byte[] bits)
        {
            if (codePoints == null)
            {
                throw new ArgumentNullException(nameof(codePoints));
            }

            if (offsets == null)
            {
                throw new ArgumentNullException(nameof(offsets));
            }

            if (bits == null)
            {
                throw new ArgumentNullException(nameof(bits));
            }

            if (height < 1 || height > 64)
            {
                throw new ArgumentOutOfRangeException(nameof(height), "A glyph is 1 to 64 pixels high.");
            }

            if (offsets.Length != codePoints.Length + 1 || offsets[0] != 0 || offsets[codePoints.Length] != bits.Length)
            {
                throw new ArgumentException("The offsets must start at 0, hold one entry per glyph plus the table's length.", nameof(offsets));
            }

            for (int index = 0; index < codePoints.Length; index++)
            {
                if (index > 0 && codePoints[index] <= codePoints[index - 1])
                {
                    throw new ArgumentException("The code points must be strictly ascending.", nameof(codePoints));
                }

                int size = offsets[index + 1] - offsets[index];
                if (size <= 0 || size % height != 0 || size / height > 8)
                {
                    throw new ArgumentException("Every glyph must be a whole number of rows of 1 to 8 bytes.", nameof(offsets));
                }
            }

            _codePoints = codePoints;
            _offsets = offsets;
            _bits = bits;
            Height = height;

            int replacement = IndexOf(ReplacementCharacter);
            if (replacement < 0)
            {
                throw new ArgumentException("The font must contain the replacement glyph U+FFFD.", nameof(codePoints));
            }

            _replacementOffset = offsets[replacement];
            _replacementWidth = WidthAt(replacement);
        }

        /// <summary>Gets the glyph height in pixels (16 for the terminal's font).</summary>
        public int Height { get; }

        /// <summary>Gets how many glyphs the font holds, the replacement glyph included.</summary>
        public int GlyphCount
        {
            get { return _codePoints.Length; }
        }

        /// <summary>Gets the packed glyph bits; internal so that nothing outside the drivers can change a glyph.</summary>
        internal byte[] Bits
        {
            get { return _bits; }
        }

        /// <summary>Tells whether the font has a glyph of its own for a character.</summary>
        /// <param name="character">The character.</param>
        /// <returns><c>true</c> when it is drawn as itself, <c>false</c> when it would be drawn as the replacement glyph.</returns>
        public bool Contains(char character)
        {
            return IndexOf(character) >= 0;
        }

        /// <summary>Gets the character at a position of the sorted table (to list or check the font).</summary>
        /// <param name="index">0 to <see cref="GlyphCount"/> - 1.</param>
        /// <returns>The character.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
        public char GetCharacter(int index)
        {
            if (index < 0 || index >= _codePoints.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return _codePoints[index];
        }

        /// <summary>Gets the width in pixels (scale 1) a character is drawn with: its own glyph's, or the replacement glyph's.</summary>
        /// <param name="character">The character.</param>
        /// <returns>The width in pixels.</returns>
        public int GetWidth(char character)
        {
            int index = IndexOf(character);
            return index < 0 ? _replacementWidth : WidthAt(index);
        }

        /// <summary>
        /// Copies one row of a character's glyph, as packed bits, most significant bit leftmost (for tests and
        /// the font check). A missing character gives the replacement glyph's row.
        /// </summary>
        /// <param name="character">The character.</param>
        /// <param name="row">The row, 0 to <see cref="Height"/> - 1.</param>
        /// <returns>The row's bits, left-aligned in the returned value's high bits: an 8-wide glyph's row in bits 15-8, a 16-wide one's in bits 15-0.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is out of range.</exception>
        public int GetRowBits(char character, int row)
        {
            if (row < 0 || row >= Height)
            {
                throw new ArgumentOutOfRangeException(nameof(row));
            }

            int offset;
            int width;
            FindGlyph(character, out offset, out width);
            int bytesPerRow = (width + 7) / 8;
            int value = 0;
            for (int column = 0; column < 2; column++)
            {
                value <<= 8;
                if (column < bytesPerRow)
                {
                    value |= _bits[offset + (row * bytesPerRow) + column];
                }
            }

            return value;
        }

        /// <summary>Measures a text as <see cref="TextPainter"/> draws it at scale 1.</summary>
        /// <param name="text">The text; <c>null</c> or empty measures 0.</param>
        /// <returns>The width in pixels; a missing character counts as the replacement glyph.</returns>
        public int MeasureWidth(string text)
        {
            if (text == null)
            {
                return 0;
            }

            int width = 0;
            int index = 0;
            while (index < text.Length)
            {
                int offset;
                int glyphWidth;
                index += ResolveGlyph(text, index, out offset, out glyphWidth);
                width += glyphWidth;
            }

            return width;
        }

        /// <summary>
        /// Finds the glyph for the character at <paramref name="index"/> of <paramref name="text"/>.
        /// </summary>
        /// <returns>How many UTF-16 units the glyph stands for: 2 for a surrogate pair, otherwise 1.</returns>
        internal int ResolveGlyph(string text, int index, out int offset, out int width)
        {
            char character = text[index];
            if (IsHighSurrogate(character) && index + 1 < text.Length && IsLowSurrogate(text[index + 1]))
            {
                offset = _replacementOffset;
                width = _replacementWidth;
                return 2;
            }

            FindGlyph(character, out offset, out width);
            return 1;
        }

        /// <summary>As <see cref="ResolveGlyph(string, int, out int, out int)"/>, for characters in an array (text formatted without allocating).</summary>
        internal int ResolveGlyph(char[] characters, int index, int end, out int offset, out int width)
        {
            char character = characters[index];
            if (IsHighSurrogate(character) && index + 1 < end && IsLowSurrogate(characters[index + 1]))
            {
                offset = _replacementOffset;
                width = _replacementWidth;
                return 2;
            }

            FindGlyph(character, out offset, out width);
            return 1;
        }

        private void FindGlyph(char character, out int offset, out int width)
        {
            int index = IndexOf(character);
            if (index < 0)
            {
                offset = _replacementOffset;
                width = _replacementWidth;
                return;
            }

            offset = _offsets[index];
            width = WidthAt(index);
        }

        private int WidthAt(int index)
        {
            return ((_offsets[index + 1] - _offsets[index]) / Height) * 8;
        }

        private int IndexOf(char character)
        {
            int low = 0;
            int high = _codePoints.Length - 1;
            while (low <= high)
            {
                int middle = (low + high) >> 1;
                char found = _codePoints[middle];
                if (found == character)
                {
                    return middle;
                }

                if (found < character)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return -1;
        }

        // char.IsHighSurrogate exists on nanoFramework's mscorlib only in recent versions: compare the ranges.
        private static bool IsHighSurrogate(char character)
        {
            return character >= '\uD800' && character <= '\uDBFF';
        }

        private static bool IsLowSurrogate(char character)
        {
            return character >= '\uDC00' && character <= '\uDFFF';
        }
    }
}
