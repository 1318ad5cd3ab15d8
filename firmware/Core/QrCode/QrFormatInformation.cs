using System;

namespace Terminal.Core.QrCode
{
    /// <summary>
    /// The two BCH-protected words every symbol carries about itself (ISO/IEC 18004:2015): the format
    /// information (7.9: level and mask, BCH(15,5), XOR 0x5412 so it is never all light) and, from version 7,
    /// the version information (7.10: BCH(18,6), no mask).
    /// </summary>
    public static class QrFormatInformation
    {
        /// <summary>Generator of the (15,5) BCH code: x^10 + x^8 + x^5 + x^4 + x^2 + x + 1 (Annex C).</summary>
        public const int FormatGenerator = 0x537;

        /// <summary>The mask XORed into the format information (7.9.1): 101010000010010.</summary>
        public const int FormatMask = 0x5412;

        /// <summary>Generator of the (18,6) BCH code: x^12 + x^11 + x^10 + x^9 + x^8 + x^5 + x^2 + 1 (Annex D).</summary>
        public const int VersionGenerator = 0x1F25;

        /// <summary>
        /// Computes the 15-bit format information: level indicator (L 01, M 00, Q 11, H 10, Table 12), mask
        /// reference, 10 BCH bits, XOR <see cref="FormatMask"/>. Bit 14 is the most significant.
        /// </summary>
        /// <param name="level">The error correction level.</param>
        /// <param name="maskPattern">The mask pattern reference, 0 to 7.</param>
        /// <returns>The 15-bit word.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="maskPattern"/> is not 0 to 7.</exception>
        public static int FormatBits(QrErrorCorrectionLevel level, int maskPattern)
        {
            if (maskPattern < 0 || maskPattern > 7)
            {
                throw new ArgumentOutOfRangeException(nameof(maskPattern));
            }

            int data = (LevelIndicator(level) << 3) | maskPattern;
            return ((data << 10) | Remainder(data << 10, FormatGenerator, 10)) ^ FormatMask;
        }

        /// <summary>Computes the 18-bit version information: 6-bit version number and 12 BCH bits. Bit 17 is the most significant.</summary>
        /// <param name="version">7 to 40 (smaller versions carry no version information).</param>
        /// <returns>The 18-bit word.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is not 7 to 40.</exception>
        public static int VersionBits(int version)
        {
            if (version < 7 || version > QrTables.MaximumVersion)
            {
                throw new ArgumentOutOfRangeException(nameof(version));
            }

            return (version << 12) | Remainder(version << 12, VersionGenerator, 12);
        }

        /// <summary>Gets the 2-bit error correction level indicator of Table 12.</summary>
        /// <param name="level">The level.</param>
        /// <returns>L 1, M 0, Q 3, H 2.</returns>
        public static int LevelIndicator(QrErrorCorrectionLevel level)
        {
            switch (level)
            {
                case QrErrorCorrectionLevel.Low:
                    return 1;
                case QrErrorCorrectionLevel.Medium:
                    return 0;
                case QrErrorCorrectionLevel.Quartile:
                    return 3;
                case QrErrorCorrectionLevel.High:
                    return 2;
                default:
                    throw new ArgumentOutOfRangeException(nameof(level));
            }
        }

        // Remainder of the polynomial division over GF(2), the value already shifted up by the code's
        // check-bit count.
        private static int Remainder(int shiftedData, int generator, int checkBits)
        {
            int generatorDegree = checkBits;
            int value = shiftedData;
            for (int bit = 30; bit >= generatorDegree; bit--)
            {
                if ((value & (1 << bit)) != 0)
                {
                    value ^= generator << (bit - generatorDegree);
                }
            }

            return value;
        }
    }
}
