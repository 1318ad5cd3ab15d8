using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Core.QrCode;

namespace Terminal.Tests.Core.QrCode
{
    /// <summary>
    /// Known answers from ISO/IEC 18004:2015 and its annexes: the worked example "01234567" at 1-M (Annex I),
    /// the generator polynomials (Annex A), the format information table (Annex C) and version information
    /// (Annex D), and the capacity table (Table 7).
    /// </summary>
    [TestClass]
    public sealed class QrKnownAnswerTests
    {
        // Annex I: "01234567" in numeric mode, version 1-M: 16 data codewords (segment, terminator, pad
        // codewords EC 11 ...) and their 10 error correction codewords.
        private static readonly byte[] SpecExampleData =
        {
            0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11,
        };

        private static readonly byte[] SpecExampleErrorCorrection =
        {
            0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55,
        };

        [TestMethod]
        public void Spec_example_01234567_at_1M_gets_the_published_error_correction_codewords()
        {
            byte[] generator = new byte[10];
            QrReedSolomon.ComputeGenerator(10, generator);
            byte[] remainder = new byte[12];
            QrReedSolomon.ComputeRemainder(SpecExampleData, 0, SpecExampleData.Length, generator, 10, remainder, 1);

            CollectionAssert.AreEqual(SpecExampleErrorCorrection, remainder.AsSpan(1, 10).ToArray());
            Assert.AreEqual(0, remainder[0], "nothing written before the offset");
            Assert.AreEqual(0, remainder[11], "nothing written after the codewords");
        }

        [TestMethod]
        public void Spec_example_01234567_at_1M_carries_the_published_codewords_in_the_symbol()
        {
            QrMatrix matrix = QrEncoder.Encode("01234567", QrErrorCorrectionLevel.Medium);

            Assert.AreEqual(1, matrix.Version);
            Assert.AreEqual(QrEncodingMode.Numeric, matrix.Mode);
            byte[] codewords = QrSymbolReader.ReadVersion1Codewords(matrix);
            CollectionAssert.AreEqual(SpecExampleData, codewords.AsSpan(0, 16).ToArray());
            CollectionAssert.AreEqual(SpecExampleErrorCorrection, codewords.AsSpan(16, 10).ToArray());
        }

        [TestMethod]
        public void Hello_world_at_1Q_gets_the_widely_published_error_correction_codewords()
        {
            // "HELLO WORLD", alphanumeric, 1-Q: 13 data codewords and 13 error correction codewords.
            byte[] data = { 32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236 };
            byte[] expected = { 168, 72, 22, 82, 217, 54, 156, 0, 46, 15, 180, 122, 16 };
            byte[] generator = new byte[13];
            QrReedSolomon.ComputeGenerator(13, generator);
            byte[] remainder = new byte[13];
            QrReedSolomon.ComputeRemainder(data, 0, data.Length, generator, 13, remainder, 0);

            CollectionAssert.AreEqual(expected, remainder);
            CollectionAssert.AreEqual(data, QrSymbolReader.ReadVersion1Codewords(QrEncoder.Encode("HELLO WORLD", QrErrorCorrectionLevel.Quartile)).AsSpan(0, 13).ToArray());
        }

        [TestMethod]
        public void Generator_polynomial_of_degree_7_is_the_one_in_Annex_A()
        {
            // g(x) = x^7 + a^87 x^6 + a^229 x^5 + a^146 x^4 + a^149 x^3 + a^238 x^2 + a^102 x + a^21.
            byte[] generator = new byte[7];
            QrReedSolomon.ComputeGenerator(7, generator);

            CollectionAssert.AreEqual(new byte[] { 127, 122, 154, 164, 11, 68, 117 }, generator);
        }

        [TestMethod]
        public void Field_multiplication_reduces_by_0x11D()
        {
            Assert.AreEqual(0x1D, QrReedSolomon.Multiply(0x80, 2), "a^8 = x^4 + x^3 + x^2 + 1");
            Assert.AreEqual(0, QrReedSolomon.Multiply(0, 0xFF));
            Assert.AreEqual(1, QrReedSolomon.Multiply(0x8E, 2), "a^254 times a is 1");
        }

        [TestMethod]
        [DataRow(QrErrorCorrectionLevel.Low, new[] { "111011111000100", "111001011110011", "111110110101010", "111100010011101", "110011000101111", "110001100011000", "110110001000001", "110100101110110" })]
        [DataRow(QrErrorCorrectionLevel.Medium, new[] { "101010000010010", "101000100100101", "101111001111100", "101101101001011", "100010111111001", "100000011001110", "100111110010111", "100101010100000" })]
        [DataRow(QrErrorCorrectionLevel.Quartile, new[] { "011010101011111", "011000001101000", "011111100110001", "011101000000110", "010010010110100", "010000110000011", "010111011011010", "010101111101101" })]
        [DataRow(QrErrorCorrectionLevel.High, new[] { "001011010001001", "001001110111110", "001110011100111", "001100111010000", "000011101100010", "000001001010101", "000110100001100", "000100000111011" })]
        public void Format_information_matches_Annex_C_for_every_mask(QrErrorCorrectionLevel level, string[] expected)
        {
            for (int mask = 0; mask < 8; mask++)
            {
                Assert.AreEqual(Convert.ToInt32(expected[mask], 2), QrFormatInformation.FormatBits(level, mask), "mask " + mask);
            }
        }

        [TestMethod]
        public void Format_information_in_the_symbol_names_its_level_and_mask()
        {
            foreach (QrErrorCorrectionLevel level in new[] { QrErrorCorrectionLevel.Low, QrErrorCorrectionLevel.Medium, QrErrorCorrectionLevel.Quartile, QrErrorCorrectionLevel.High })
            {
                QrMatrix matrix = QrEncoder.Encode("https://pay.example.com/qr/T1-00042?amount=1234", level);
                Assert.AreEqual(QrFormatInformation.FormatBits(level, matrix.MaskPattern), QrSymbolReader.ReadFormatBits(matrix));
            }
        }

        [TestMethod]
        [DataRow(7, "000111110010010100")]
        [DataRow(8, "001000010110111100")]
        [DataRow(9, "001001101010011001")]
        [DataRow(10, "001010010011010011")]
        [DataRow(21, "010101011010000011")]
        [DataRow(40, "101000110001101001")]
        public void Version_information_matches_Annex_D(int version, string expected)
        {
            Assert.AreEqual(Convert.ToInt32(expected, 2), QrFormatInformation.VersionBits(version));
        }

        [TestMethod]
        public void Every_version_information_word_is_a_BCH_18_6_codeword()
        {
            for (int version = 7; version <= 40; version++)
            {
                int bits = QrFormatInformation.VersionBits(version);
                Assert.AreEqual(version, bits >> 12);
                Assert.AreEqual(0, RemainderModGenerator(bits, 0x1F25, 12), "version " + version);
            }
        }

        [TestMethod]
        [DataRow(1, QrErrorCorrectionLevel.Low, 41, 25, 17)]
        [DataRow(1, QrErrorCorrectionLevel.Medium, 34, 20, 14)]
        [DataRow(1, QrErrorCorrectionLevel.Quartile, 27, 16, 11)]
        [DataRow(1, QrErrorCorrectionLevel.High, 17, 10, 7)]
        [DataRow(10, QrErrorCorrectionLevel.Medium, 513, 311, 213)]
        [DataRow(40, QrErrorCorrectionLevel.Low, 7089, 4296, 2953)]
        [DataRow(40, QrErrorCorrectionLevel.Medium, 5596, 3391, 2331)]
        [DataRow(40, QrErrorCorrectionLevel.Quartile, 3993, 2420, 1663)]
        [DataRow(40, QrErrorCorrectionLevel.High, 3057, 1852, 1273)]
        public void Capacities_match_Table_7(int version, QrErrorCorrectionLevel level, int digits, int alphanumerics, int bytes)
        {
            Assert.AreEqual(digits, QrEncoder.Capacity(version, level, QrEncodingMode.Numeric));
            Assert.AreEqual(alphanumerics, QrEncoder.Capacity(version, level, QrEncodingMode.Alphanumeric));
            Assert.AreEqual(bytes, QrEncoder.Capacity(version, level, QrEncodingMode.Byte));
        }

        private static int RemainderModGenerator(int value, int generator, int degree)
        {
            for (int bit = 30; bit >= degree; bit--)
            {
                if ((value & (1 << bit)) != 0)
                {
                    value ^= generator << (bit - degree);
                }
            }

            return value;
        }
    }
}
