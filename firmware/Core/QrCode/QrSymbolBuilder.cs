using System;

namespace Terminal.Core.QrCode
{
    /// <summary>
    /// Lays a symbol out (ISO/IEC 18004:2015, 6.3 and 7.7-7.10): function patterns, the codeword stream in
    /// the two-column zigzag, the mask with the lowest penalty, format and version information.
    /// </summary>
    /// <remarks>
    /// Works in place on the matrix's packed rows, plus a same-sized bitmap of the function modules and
    /// 12 packed rows of mask pattern: <c>(Size + 12) x ((Size + 7) / 8)</c> bytes, 552 for version 10. Each
    /// mask is XORed onto the data modules eight at a time and XORed off again after scoring.
    /// </remarks>
    internal static class QrSymbolBuilder
    {
        // Every mask condition of Table 10 repeats down the rows with a period dividing 12 (2 for masks 0
        // and 1, 3 for mask 3, 4 for mask 4, 6 for masks 5-7, none for mask 2).
        private const int MaskRowPeriod = 12;

        /// <summary>Builds the whole symbol into <paramref name="matrix"/>.</summary>
        /// <param name="matrix">A fresh (all light) matrix of the right version and level.</param>
        /// <param name="codewords">The final interleaved codeword sequence (7.6).</param>
        /// <param name="codewordCount">The number of codewords: the version's total.</param>
        public static void Build(QrMatrix matrix, byte[] codewords, int codewordCount)
        {
            byte[] modules = matrix.Modules;
            int rowBytes = matrix.RowBytes;
            int size = matrix.Size;
            byte[] function = new byte[modules.Length];

            DrawFunctionPatterns(modules, function, rowBytes, size, matrix.Version);
            PlaceCodewords(modules, function, rowBytes, size, codewords, codewordCount);

            // Each candidate mask is XORed onto the data modules eight at a time, scored, and XORed off again.
            byte[] maskRows = new byte[MaskRowPeriod * rowBytes];
            QrErrorCorrectionLevel level = matrix.ErrorCorrectionLevel;
            int bestMask = 0;
            int bestPenalty = int.MaxValue;
            for (int mask = 0; mask < 8; mask++)
            {
                FillMaskRows(maskRows, rowBytes, size, mask);
                ToggleMask(modules, function, maskRows, rowBytes, size);
                DrawFormatInformation(modules, rowBytes, size, QrFormatInformation.FormatBits(level, mask));
                int penalty = QrMaskPenalty.Compute(modules, rowBytes, size);

                // Ties keep the lower mask number: the first minimum wins.
                if (penalty < bestPenalty)
                {
                    bestPenalty = penalty;
                    bestMask = mask;
                }

                ToggleMask(modules, function, maskRows, rowBytes, size);
            }

            FillMaskRows(maskRows, rowBytes, size, bestMask);
            ToggleMask(modules, function, maskRows, rowBytes, size);
            DrawFormatInformation(modules, rowBytes, size, QrFormatInformation.FormatBits(level, bestMask));
            matrix.MaskPattern = bestMask;
        }

        // The first 12 rows of a mask pattern, packed like the modules; row y of the symbol uses row y mod 12.
        private static void FillMaskRows(byte[] maskRows, int rowBytes, int size, int mask)
        {
            Array.Clear(maskRows, 0, maskRows.Length);
            for (int row = 0; row < MaskRowPeriod; row++)
            {
                int rowStart = row * rowBytes;
                for (int x = 0; x < size; x++)
                {
                    if (MaskCondition(mask, x, row))
                    {
                        maskRows[rowStart + (x >> 3)] = (byte)(maskRows[rowStart + (x >> 3)] | (0x80 >> (x & 7)));
                    }
                }
            }
        }

        // Inverts the data modules where the mask pattern is set (7.8.2); function modules are left alone,
        // so applying the same mask twice restores the symbol.
        private static void ToggleMask(byte[] modules, byte[] function, byte[] maskRows, int rowBytes, int size)
        {
            for (int y = 0; y < size; y++)
            {
                int rowStart = y * rowBytes;
                int patternStart = (y % MaskRowPeriod) * rowBytes;
                for (int index = 0; index < rowBytes; index++)
                {
                    modules[rowStart + index] = (byte)(modules[rowStart + index] ^ (maskRows[patternStart + index] & ~function[rowStart + index]));
                }
            }
        }

        /// <summary>Gets whether a module is set in a packed bitmap.</summary>
        internal static bool Get(byte[] bits, int rowBytes, int x, int y)
        {
            return (bits[(y * rowBytes) + (x >> 3)] & (0x80 >> (x & 7))) != 0;
        }

        private static void Set(byte[] bits, int rowBytes, int x, int y, bool dark)
        {
            int index = (y * rowBytes) + (x >> 3);
            int bit = 0x80 >> (x & 7);
            if (dark)
            {
                bits[index] = (byte)(bits[index] | bit);
            }
            else
            {
                bits[index] = (byte)(bits[index] & ~bit);
            }
        }

        private static void SetFunction(byte[] modules, byte[] function, int rowBytes, int x, int y, bool dark)
        {
            Set(modules, rowBytes, x, y, dark);
            Set(function, rowBytes, x, y, true);
        }

        private static void DrawFunctionPatterns(byte[] modules, byte[] function, int rowBytes, int size, int version)
        {
            // Timing patterns (6.3.5): row 6 and column 6, dark on even coordinates. Drawn first; the finder
            // patterns then overwrite their ends.
            for (int index = 0; index < size; index++)
            {
                bool dark = (index & 1) == 0;
                SetFunction(modules, function, rowBytes, 6, index, dark);
                SetFunction(modules, function, rowBytes, index, 6, dark);
            }

            // Finder patterns (6.3.3) with their one-module light separators (6.3.4): rings around the centre
            // at Chebyshev distance 0-1 dark, 2 light, 3 dark, 4 light (the separator).
            DrawFinder(modules, function, rowBytes, size, 3, 3);
            DrawFinder(modules, function, rowBytes, size, size - 4, 3);
            DrawFinder(modules, function, rowBytes, size, 3, size - 4);

            // Alignment patterns (6.3.6): every pair of the Table E.1 coordinates, except the three that would
            // sit on a finder pattern.
            int count = QrTables.AlignmentCoordinateCountOf(version);
            for (int row = 0; row < count; row++)
            {
                for (int column = 0; column < count; column++)
                {
                    bool onFinder = (row == 0 && column == 0) || (row == 0 && column == count - 1) || (row == count - 1 && column == 0);
                    if (!onFinder)
                    {
                        DrawAlignment(modules, function, rowBytes, QrTables.AlignmentCoordinate(version, column), QrTables.AlignmentCoordinate(version, row));
                    }
                }
            }

            // Format information areas (7.9.1): reserved now, written per mask; the dark module at
            // (8, 4V + 9) (= size - 8) is always dark.
            for (int index = 0; index <= 8; index++)
            {
                if (index != 6)
                {
                    SetFunction(modules, function, rowBytes, 8, index, false);
                    SetFunction(modules, function, rowBytes, index, 8, false);
                }
            }

            for (int index = 0; index < 8; index++)
            {
                SetFunction(modules, function, rowBytes, size - 1 - index, 8, false);
                SetFunction(modules, function, rowBytes, 8, size - 1 - index, false);
            }

            SetFunction(modules, function, rowBytes, 8, size - 8, true);

            // Version information (7.10) from version 7: a 6 x 3 block above the bottom-left finder and its
            // transpose left of the top-right finder. Bit 0 (least significant) goes to the first module.
            if (version >= 7)
            {
                int bits = QrFormatInformation.VersionBits(version);
                for (int index = 0; index < 18; index++)
                {
                    bool dark = ((bits >> index) & 1) != 0;
                    int across = index / 3;
                    int along = size - 11 + (index % 3);
                    SetFunction(modules, function, rowBytes, along, across, dark);
                    SetFunction(modules, function, rowBytes, across, along, dark);
                }
            }
        }

        private static void DrawFinder(byte[] modules, byte[] function, int rowBytes, int size, int centreX, int centreY)
        {
            for (int dy = -4; dy <= 4; dy++)
            {
                for (int dx = -4; dx <= 4; dx++)
                {
                    int x = centreX + dx;
                    int y = centreY + dy;
                    if (x >= 0 && x < size && y >= 0 && y < size)
                    {
                        int distance = Chebyshev(dx, dy);
                        SetFunction(modules, function, rowBytes, x, y, distance != 2 && distance != 4);
                    }
                }
            }
        }

        private static void DrawAlignment(byte[] modules, byte[] function, int rowBytes, int centreX, int centreY)
        {
            for (int dy = -2; dy <= 2; dy++)
            {
                for (int dx = -2; dx <= 2; dx++)
                {
                    SetFunction(modules, function, rowBytes, centreX + dx, centreY + dy, Chebyshev(dx, dy) != 1);
                }
            }
        }

        private static int Chebyshev(int dx, int dy)
        {
            int ax = dx < 0 ? -dx : dx;
            int ay = dy < 0 ? -dy : dy;
            return ax > ay ? ax : ay;
        }

        // 7.9.1, Figure 25: bit 14 is the most significant. Copy 1 runs up column 8 and along row 8 next to
        // the top-left finder; copy 2 is split between the bottom-left (bits 14-8) and top-right (bits 7-0).
        private static void DrawFormatInformation(byte[] modules, int rowBytes, int size, int bits)
        {
            for (int index = 0; index < 15; index++)
            {
                bool dark = ((bits >> index) & 1) != 0;

                // Copy 1: bits 0-7 down column 8 from row 0 (skipping the timing row 6), bits 8-14 leftwards
                // along row 8 from column 7 (skipping the timing column 6).
                if (index < 6)
                {
                    Set(modules, rowBytes, 8, index, dark);
                }
                else if (index < 8)
                {
                    Set(modules, rowBytes, 8, index + 1, dark);
                }
                else if (index == 8)
                {
                    Set(modules, rowBytes, 7, 8, dark);
                }
                else
                {
                    Set(modules, rowBytes, 14 - index, 8, dark);
                }

                // Copy 2: bits 0-7 leftwards along row 8 from the right edge, bits 8-14 down column 8 to the
                // bottom edge.
                if (index < 8)
                {
                    Set(modules, rowBytes, size - 1 - index, 8, dark);
                }
                else
                {
                    Set(modules, rowBytes, 8, size - 15 + index, dark);
                }
            }
        }

        // 7.7.3: two-module-wide columns from the right edge, alternately upwards and downwards, right module
        // before left, skipping function modules; column 6 (vertical timing) is jumped over. Modules left
        // over after the last codeword are the remainder bits and stay light.
        private static void PlaceCodewords(byte[] modules, byte[] function, int rowBytes, int size, byte[] codewords, int codewordCount)
        {
            int bitCount = codewordCount * 8;
            int bitIndex = 0;
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
                        if (!Get(function, rowBytes, x, y) && bitIndex < bitCount)
                        {
                            bool dark = ((codewords[bitIndex >> 3] >> (7 - (bitIndex & 7))) & 1) != 0;
                            Set(modules, rowBytes, x, y, dark);
                            bitIndex++;
                        }
                    }
                }

                upwards = !upwards;
            }
        }

        /// <summary>The mask pattern conditions of Table 10: where a data module is inverted.</summary>
        internal static bool MaskCondition(int mask, int x, int y)
        {
            switch (mask)
            {
                case 0:
                    return ((x + y) & 1) == 0;
                case 1:
                    return (y & 1) == 0;
                case 2:
                    return x % 3 == 0;
                case 3:
                    return (x + y) % 3 == 0;
                case 4:
                    return (((y / 2) + (x / 3)) & 1) == 0;
                case 5:
                    return ((x * y) & 1) + ((x * y) % 3) == 0;
                case 6:
                    return ((((x * y) & 1) + ((x * y) % 3)) & 1) == 0;
                default:
                    return ((((x + y) & 1) + ((x * y) % 3)) & 1) == 0;
            }
        }
    }
}
