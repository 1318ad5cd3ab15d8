namespace Terminal.Core.QrCode
{
    /// <summary>
    /// The mask evaluation of ISO/IEC 18004:2015 7.8.3 (Table 11): a penalty for features that make a symbol
    /// hard to read; the encoder keeps the mask with the lowest total.
    /// </summary>
    /// <remarks>
    /// The standard leaves three details open; each is resolved here the way the widely used reference
    /// encoders do (QRCoder, the thonky.com walk-through), so that the host tests can compare symbols module
    /// for module:
    /// <list type="bullet">
    /// <item>Rule 3 looks for 1011101 with four light modules on one side inside the symbol only (the quiet
    /// zone is not counted), every matching 11-module window scoring 40, in rows and in columns.</item>
    /// <item>Rule 2 scores every 2 x 2 block of one colour (overlapping blocks each count), 3 points each,
    /// which equals 3 x (m - 1) x (n - 1) summed over maximal blocks.</item>
    /// <item>Rule 4 scores 10 per whole 5% step the dark share lies outside 45%..55%, the step computed as
    /// floor(20 x dark / total): at exactly 40%, 60% or 80% (reachable only when the side is a multiple of 5)
    /// this counts one step fewer below 50% than a symmetric reading would.</item>
    /// </list>
    /// </remarks>
    internal static class QrMaskPenalty
    {
        private const int RunPenaltyBase = 3;            // N1
        private const int BlockPenalty = 3;              // N2
        private const int FinderLikePenalty = 40;        // N3
        private const int BalancePenaltyPerStep = 10;    // N4

        // 11-module windows, first module in the most significant bit: 1011101 0000 and 0000 1011101.
        private const int FinderLikeThenLight = 0x5D0;
        private const int LightThenFinderLike = 0x05D;
        private const int WindowMask = 0x7FF;

        /// <summary>Computes the total penalty of a finished (masked, with format information) symbol.</summary>
        /// <param name="modules">Packed rows, most significant bit first; bits past the row's end are 0.</param>
        /// <param name="rowBytes">Bytes per row.</param>
        /// <param name="size">Side in modules.</param>
        /// <returns>The sum of the four rules' penalties.</returns>
        public static int Compute(byte[] modules, int rowBytes, int size)
        {
            int penalty = 0;

            // Rules 1 and 3 along every row, then along every column.
            for (int y = 0; y < size; y++)
            {
                penalty += ScoreRow(modules, y * rowBytes, size);
            }

            for (int x = 0; x < size; x++)
            {
                penalty += ScoreColumn(modules, x >> 3, 7 - (x & 7), rowBytes, size);
            }

            penalty += ScoreBlocks(modules, rowBytes, size);
            penalty += ScoreBalance(modules, size);
            return penalty;
        }

        // Rules 1 and 3 along one row: runs of five or more of one colour score 3 + (run - 5); every
        // 11-module window 1011101 0000 or 0000 1011101 scores 40.
        private static int ScoreRow(byte[] modules, int rowStart, int size)
        {
            int penalty = 0;
            int run = 0;
            int previous = -1;
            int window = 0;
            for (int x = 0; x < size; x++)
            {
                int current = (modules[rowStart + (x >> 3)] >> (7 - (x & 7))) & 1;
                if (current == previous)
                {
                    run++;
                    penalty += run == 5 ? RunPenaltyBase : run > 5 ? 1 : 0;
                }
                else
                {
                    run = 1;
                    previous = current;
                }

                window = ((window << 1) | current) & WindowMask;
                if (x >= 10 && (window == FinderLikeThenLight || window == LightThenFinderLike))
                {
                    penalty += FinderLikePenalty;
                }
            }

            return penalty;
        }

        // The same as ScoreRow down one column: byte `column` of every row, bit `shift`.
        private static int ScoreColumn(byte[] modules, int column, int shift, int rowBytes, int size)
        {
            int penalty = 0;
            int run = 0;
            int previous = -1;
            int window = 0;
            int index = column;
            for (int y = 0; y < size; y++)
            {
                int current = (modules[index] >> shift) & 1;
                index += rowBytes;
                if (current == previous)
                {
                    run++;
                    penalty += run == 5 ? RunPenaltyBase : run > 5 ? 1 : 0;
                }
                else
                {
                    run = 1;
                    previous = current;
                }

                window = ((window << 1) | current) & WindowMask;
                if (y >= 10 && (window == FinderLikeThenLight || window == LightThenFinderLike))
                {
                    penalty += FinderLikePenalty;
                }
            }

            return penalty;
        }

        // Rule 2, eight modules at a time: bit x of `blocks` is set when modules (x, y), (x + 1, y),
        // (x, y + 1) and (x + 1, y + 1) have one colour.
        private static int ScoreBlocks(byte[] modules, int rowBytes, int size)
        {
            int blocks = 0;
            int lastLeft = size - 2;
            for (int y = 0; y < size - 1; y++)
            {
                int top = y * rowBytes;
                int bottom = top + rowBytes;
                for (int index = 0; index < rowBytes; index++)
                {
                    int firstX = index * 8;
                    if (firstX > lastLeft)
                    {
                        break;
                    }

                    int upper = modules[top + index];
                    int lower = modules[bottom + index];
                    int upperNext = index + 1 < rowBytes ? modules[top + index + 1] : 0;
                    int lowerNext = index + 1 < rowBytes ? modules[bottom + index + 1] : 0;

                    // Each module's right-hand neighbour moved into its bit position.
                    int upperRight = ((upper << 1) | (upperNext >> 7)) & 0xFF;
                    int lowerRight = ((lower << 1) | (lowerNext >> 7)) & 0xFF;
                    int same = ~(upper ^ upperRight) & ~(lower ^ lowerRight) & ~(upper ^ lower) & 0xFF;

                    // Only block positions whose left column is 0..size-2.
                    if (firstX + 7 > lastLeft)
                    {
                        same &= (0xFF << (7 - (lastLeft - firstX))) & 0xFF;
                    }

                    blocks += BitCount(same);
                }
            }

            return blocks * BlockPenalty;
        }

        // Rule 4: 10 per whole 5% step the dark share lies outside 45%..55%.
        private static int ScoreBalance(byte[] modules, int size)
        {
            int dark = 0;
            for (int index = 0; index < modules.Length; index++)
            {
                dark += BitCount(modules[index]);
            }

            int twentieths = (dark * 20) / (size * size);
            int stepsAbove = twentieths - 10;
            int stepsBelow = 9 - twentieths;
            int steps = stepsAbove > 0 ? stepsAbove : stepsBelow > 0 ? stepsBelow : 0;
            return steps * BalancePenaltyPerStep;
        }

        private static int BitCount(int value)
        {
            value -= (value >> 1) & 0x55;
            value = (value & 0x33) + ((value >> 2) & 0x33);
            return (value + (value >> 4)) & 0x0F;
        }
    }
}
