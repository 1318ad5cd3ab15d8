using System.Collections.Generic;
using Terminal.Core.QrCode;

namespace Terminal.Tests.Core.QrCode
{
    /// <summary>
    /// A test-only reader for version 1 symbols, written from the standard's figures rather than from the
    /// encoder: reads the format information, removes the mask and collects the 26 codewords in placement
    /// order, so a test can check what the symbol carries against the standard's worked example.
    /// </summary>
    internal static class QrSymbolReader
    {
        public static int ReadFormatBits(QrMatrix matrix)
        {
            // Copy 1 around the top-left finder (Figure 25): bits 14..9 along row 8 at columns 0..5, bit 8 at
            // (7, 8), bit 7 at (8, 8), bit 6 at (8, 7), bits 5..0 up column 8 from row 5 to row 0.
            int[] xs = { 0, 1, 2, 3, 4, 5, 7, 8, 8, 8, 8, 8, 8, 8, 8 };
            int[] ys = { 8, 8, 8, 8, 8, 8, 8, 8, 7, 5, 4, 3, 2, 1, 0 };
            int bits = 0;
            for (int index = 0; index < 15; index++)
            {
                bits = (bits << 1) | (matrix.IsDark(xs[index], ys[index]) ? 1 : 0);
            }

            return bits;
        }

        public static byte[] ReadVersion1Codewords(QrMatrix matrix)
        {
            int size = matrix.Size;
            int mask = ((ReadFormatBits(matrix) ^ 0x5412) >> 10) & 7;
            var bits = new List<int>();
            bool upwards = true;
            for (int right = size - 1; right >= 1; right -= 2)
            {
                if (right == 6)
                {
                    right = 5;
                }

                for (int step = 0; step < size; step++)
                {
                    int y = upwards ? size - 1 - step : step;
                    for (int column = 0; column < 2; column++)
                    {
                        int x = right - column;
                        if (!IsVersion1Function(x, y, size))
                        {
                            bool dark = matrix.IsDark(x, y) ^ Masked(mask, x, y);
                            bits.Add(dark ? 1 : 0);
                        }
                    }
                }

                upwards = !upwards;
            }

            var codewords = new byte[bits.Count / 8];
            for (int index = 0; index < codewords.Length; index++)
            {
                int value = 0;
                for (int bit = 0; bit < 8; bit++)
                {
                    value = (value << 1) | bits[(index * 8) + bit];
                }

                codewords[index] = (byte)value;
            }

            return codewords;
        }

        // Version 1 has only finders with separators and format areas (the 9 x 9, 8 x 9 and 9 x 8 corners)
        // and the timing row and column.
        private static bool IsVersion1Function(int x, int y, int size)
        {
            return (x < 9 && y < 9) || (x >= size - 8 && y < 9) || (x < 9 && y >= size - 8) || x == 6 || y == 6;
        }

        // Table 10, i = row (y), j = column (x).
        private static bool Masked(int mask, int j, int i)
        {
            switch (mask)
            {
                case 0: return (i + j) % 2 == 0;
                case 1: return i % 2 == 0;
                case 2: return j % 3 == 0;
                case 3: return (i + j) % 3 == 0;
                case 4: return ((i / 2) + (j / 3)) % 2 == 0;
                case 5: return ((i * j) % 2) + ((i * j) % 3) == 0;
                case 6: return (((i * j) % 2) + ((i * j) % 3)) % 2 == 0;
                default: return (((i + j) % 2) + ((i * j) % 3)) % 2 == 0;
            }
        }
    }
}
