using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Terminal.Tools.FontSubset
{
    /// <summary>
    /// Reads GNU Unifont's <c>.hex</c> format: one glyph per line, <c>CODEPOINT:BITS</c>, the code point in
    /// hexadecimal and the bitmap as 32 hexadecimal digits (8x16, one byte per row) or 64 (16x16, two bytes per
    /// row), rows top to bottom, most significant bit leftmost: exactly the firmware's packed row format.
    /// </summary>
    public static class UnifontHex
    {
        /// <summary>The glyph height every Unifont glyph has.</summary>
        public const int Height = 16;

        /// <summary>Reads the glyphs of the Basic Multilingual Plane that <paramref name="wanted"/> names.</summary>
        /// <param name="path">The <c>unifont.hex</c> file.</param>
        /// <param name="wanted">The characters to keep.</param>
        /// <returns>The glyph bytes per character (16 or 32 bytes each).</returns>
        /// <exception cref="InvalidDataException">A line is not in the format.</exception>
        public static SortedDictionary<char, byte[]> Read(string path, ISet<char> wanted)
        {
            var glyphs = new SortedDictionary<char, byte[]>();
            int lineNumber = 0;
            foreach (string line in File.ReadLines(path))
            {
                lineNumber++;
                if (line.Length == 0)
                {
                    continue;
                }

                int colon = line.IndexOf(':');
                if (colon < 1)
                {
                    throw new InvalidDataException(path + ":" + lineNumber + ": no 'codepoint:bits' pair.");
                }

                int codePoint = int.Parse(line.AsSpan(0, colon), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (codePoint > 0xFFFF || !wanted.Contains((char)codePoint))
                {
                    continue;
                }

                string hex = line.Substring(colon + 1).Trim();
                if (hex.Length != 32 && hex.Length != 64)
                {
                    throw new InvalidDataException(path + ":" + lineNumber + ": a glyph is 32 or 64 hex digits, found " + hex.Length + ".");
                }

                glyphs[(char)codePoint] = Convert.FromHexString(hex);
            }

            return glyphs;
        }
    }
}
