namespace Terminal.Core.QrCode
{
    /// <summary>
    /// The symbol capacity tables of ISO/IEC 18004:2015, as data: codewords per version (Table 1), error
    /// correction codewords per block and number of blocks per version and level (Table 9), and the
    /// alignment pattern centres (Annex E, Table E.1). Index 0 of the per-version tables is unused so that
    /// the version number indexes them directly.
    /// </summary>
    internal static class QrTables
    {
        /// <summary>The smallest version.</summary>
        public const int MinimumVersion = 1;

        /// <summary>The largest version.</summary>
        public const int MaximumVersion = 40;

        /// <summary>The most error correction codewords any block has (Table 9).</summary>
        public const int MaximumErrorCorrectionCodewordsPerBlock = 30;

        // Table 1, column "Number of data + error correction codewords": total codewords per version.
        private static readonly short[] TotalCodewords =
        {
            0,
            26, 44, 70, 100, 134, 172, 196, 242, 292, 346,
            404, 466, 532, 581, 655, 733, 815, 901, 991, 1085,
            1156, 1258, 1364, 1474, 1588, 1706, 1828, 1921, 2051, 2185,
            2323, 2465, 2611, 2761, 2876, 3034, 3196, 3362, 3532, 3706,
        };

        // Table 1, column "Remainder bits": modules left over after the last codeword, always light before masking.
        private static readonly byte[] RemainderBits =
        {
            0,
            0, 7, 7, 7, 7, 7, 0, 0, 0, 0,
            0, 0, 0, 3, 3, 3, 3, 3, 3, 3,
            4, 4, 4, 4, 4, 4, 4, 3, 3, 3,
            3, 3, 3, 3, 0, 0, 0, 0, 0, 0,
        };

        // Table 9: error correction codewords per block, one row of 41 per level in the order L, M, Q, H.
        // Every block of a symbol has the same number; the blocks differ only in data codewords.
        private static readonly byte[] ErrorCorrectionCodewordsPerBlock =
        {
            // L
            0,
            7, 10, 15, 20, 26, 18, 20, 24, 30, 18,
            20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
            28, 28, 30, 30, 26, 28, 30, 30, 30, 30,
            30, 30, 30, 30, 30, 30, 30, 30, 30, 30,

            // M
            0,
            10, 16, 26, 18, 24, 16, 18, 22, 22, 26,
            30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
            26, 28, 28, 28, 28, 28, 28, 28, 28, 28,
            28, 28, 28, 28, 28, 28, 28, 28, 28, 28,

            // Q
            0,
            13, 22, 18, 26, 18, 24, 18, 22, 20, 24,
            28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
            28, 30, 30, 30, 30, 28, 30, 30, 30, 30,
            30, 30, 30, 30, 30, 30, 30, 30, 30, 30,

            // H
            0,
            17, 28, 22, 16, 22, 28, 26, 26, 24, 28,
            24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
            30, 24, 30, 30, 30, 30, 30, 30, 30, 30,
            30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
        };

        // Table 9: number of error correction blocks (group 1 + group 2), same layout as above.
        private static readonly byte[] BlockCounts =
        {
            // L
            0,
            1, 1, 1, 1, 1, 2, 2, 2, 2, 4,
            4, 4, 4, 4, 6, 6, 6, 6, 7, 8,
            8, 9, 9, 10, 12, 12, 12, 13, 14, 15,
            16, 17, 18, 19, 19, 20, 21, 22, 24, 25,

            // M
            0,
            1, 1, 1, 2, 2, 4, 4, 4, 5, 5,
            5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
            17, 17, 18, 20, 21, 23, 25, 26, 28, 29,
            31, 33, 35, 37, 38, 40, 43, 45, 47, 49,

            // Q
            0,
            1, 1, 2, 2, 4, 4, 6, 6, 8, 8,
            8, 10, 12, 16, 12, 17, 16, 18, 21, 20,
            23, 23, 25, 27, 29, 34, 34, 35, 38, 40,
            43, 45, 48, 51, 53, 56, 59, 62, 65, 68,

            // H
            0,
            1, 1, 2, 4, 4, 4, 5, 6, 8, 8,
            11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
            25, 34, 30, 32, 35, 37, 40, 42, 45, 48,
            51, 54, 57, 60, 63, 66, 70, 74, 77, 81,
        };

        // Annex E, Table E.1: row/column coordinates of the alignment pattern centres. Version v's list
        // starts at AlignmentStart[v] and ends before AlignmentStart[v + 1]; version 1 has none.
        private static readonly byte[] AlignmentStart =
        {
            0,
            0, 0, 2, 4, 6, 8, 10, 13, 16, 19,
            22, 25, 28, 31, 35, 39, 43, 47, 51, 55,
            59, 64, 69, 74, 79, 84, 89, 94, 100, 106,
            112, 118, 124, 130, 136, 143, 150, 157, 164, 171,
            178,
        };

        private static readonly byte[] AlignmentCentres =
        {
            6, 18, // 2
            6, 22, // 3
            6, 26, // 4
            6, 30, // 5
            6, 34, // 6
            6, 22, 38, // 7
            6, 24, 42, // 8
            6, 26, 46, // 9
            6, 28, 50, // 10
            6, 30, 54, // 11
            6, 32, 58, // 12
            6, 34, 62, // 13
            6, 26, 46, 66, // 14
            6, 26, 48, 70, // 15
            6, 26, 50, 74, // 16
            6, 30, 54, 78, // 17
            6, 30, 56, 82, // 18
            6, 30, 58, 86, // 19
            6, 34, 62, 90, // 20
            6, 28, 50, 72, 94, // 21
            6, 26, 50, 74, 98, // 22
            6, 30, 54, 78, 102, // 23
            6, 28, 54, 80, 106, // 24
            6, 32, 58, 84, 110, // 25
            6, 30, 58, 86, 114, // 26
            6, 34, 62, 90, 118, // 27
            6, 26, 50, 74, 98, 122, // 28
            6, 30, 54, 78, 102, 126, // 29
            6, 26, 52, 78, 104, 130, // 30
            6, 30, 56, 82, 108, 134, // 31
            6, 34, 60, 86, 112, 138, // 32
            6, 30, 58, 86, 114, 142, // 33
            6, 34, 62, 90, 118, 146, // 34
            6, 30, 54, 78, 102, 126, 150, // 35
            6, 24, 50, 76, 102, 128, 154, // 36
            6, 28, 54, 80, 106, 132, 158, // 37
            6, 32, 58, 84, 110, 136, 162, // 38
            6, 26, 54, 82, 110, 138, 166, // 39
            6, 30, 58, 86, 114, 142, 170, // 40
        };

        /// <summary>Gets the side of a symbol in modules: 21 for version 1, 4 more per version (6.3.1).</summary>
        /// <param name="version">1 to 40.</param>
        /// <returns>17 + 4 x version.</returns>
        public static int SizeOf(int version)
        {
            return 17 + (4 * version);
        }

        /// <summary>Gets the total codewords (data + error correction) of a version.</summary>
        /// <param name="version">1 to 40.</param>
        /// <returns>The count, 26 to 3706.</returns>
        public static int TotalCodewordsOf(int version)
        {
            return TotalCodewords[version];
        }

        /// <summary>Gets the remainder bits of a version (Table 1).</summary>
        /// <param name="version">1 to 40.</param>
        /// <returns>0, 3, 4 or 7.</returns>
        public static int RemainderBitsOf(int version)
        {
            return RemainderBits[version];
        }

        /// <summary>Gets the error correction codewords per block.</summary>
        /// <param name="version">1 to 40.</param>
        /// <param name="level">The level.</param>
        /// <returns>7 to 30.</returns>
        public static int ErrorCorrectionCodewordsPerBlockOf(int version, QrErrorCorrectionLevel level)
        {
            return ErrorCorrectionCodewordsPerBlock[((int)level * 41) + version];
        }

        /// <summary>Gets the number of error correction blocks.</summary>
        /// <param name="version">1 to 40.</param>
        /// <param name="level">The level.</param>
        /// <returns>1 to 81.</returns>
        public static int BlockCountOf(int version, QrErrorCorrectionLevel level)
        {
            return BlockCounts[((int)level * 41) + version];
        }

        /// <summary>Gets the data codewords of a symbol: total minus all blocks' error correction codewords.</summary>
        /// <param name="version">1 to 40.</param>
        /// <param name="level">The level.</param>
        /// <returns>9 (1-H) to 2956 (40-L).</returns>
        public static int DataCodewordsOf(int version, QrErrorCorrectionLevel level)
        {
            return TotalCodewordsOf(version) - (BlockCountOf(version, level) * ErrorCorrectionCodewordsPerBlockOf(version, level));
        }

        /// <summary>Gets how many alignment pattern coordinates a version has (the centres are every pair of them).</summary>
        /// <param name="version">1 to 40.</param>
        /// <returns>0 for version 1, else 2 to 7.</returns>
        public static int AlignmentCoordinateCountOf(int version)
        {
            return AlignmentStart[version + 1] - AlignmentStart[version];
        }

        /// <summary>Gets one alignment pattern coordinate.</summary>
        /// <param name="version">2 to 40.</param>
        /// <param name="index">0 to <see cref="AlignmentCoordinateCountOf"/> - 1, in ascending order.</param>
        /// <returns>The row (or column) of a centre.</returns>
        public static int AlignmentCoordinate(int version, int index)
        {
            return AlignmentCentres[AlignmentStart[version] + index];
        }
    }
}
