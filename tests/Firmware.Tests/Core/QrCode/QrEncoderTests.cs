using System;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Core.QrCode;

namespace Terminal.Tests.Core.QrCode
{
    /// <summary>What the screens rely on: mode and version choice, too-long payloads as values, argument checks.</summary>
    [TestClass]
    public sealed class QrEncoderTests
    {
        private const string PaymentUrl = "https://pay.example.com/qr/T1-00042?amount=1234";

        [TestMethod]
        public void A_payment_url_at_level_M_fits_a_240_pixel_screen_at_five_pixels_per_module()
        {
            QrMatrix matrix = QrEncoder.Encode(PaymentUrl, QrErrorCorrectionLevel.Medium);

            Assert.AreEqual(QrEncodingMode.Byte, matrix.Mode);
            Assert.AreEqual(4, matrix.Version, "47 bytes: version 3-M holds 42, version 4-M 62");
            Assert.AreEqual(33, matrix.Size);
            Assert.IsTrue(matrix.PackedSize(4) * 5 <= 240, "33 modules + 2 x 4 quiet zone, 5 pixels each");
        }

        [TestMethod]
        [DataRow("0123456789", QrEncodingMode.Numeric)]
        [DataRow("", QrEncodingMode.Numeric)]
        [DataRow("HELLO WORLD $%*+-./:", QrEncodingMode.Alphanumeric)]
        [DataRow("T1-00042", QrEncodingMode.Alphanumeric)]
        [DataRow("t1-00042", QrEncodingMode.Byte)]
        [DataRow("金额 12.34", QrEncodingMode.Byte)]
        public void The_densest_mode_that_holds_the_whole_text_is_chosen(string text, QrEncodingMode expected)
        {
            Assert.AreEqual(expected, QrEncoder.ChooseMode(text));
            Assert.AreEqual(expected, QrEncoder.Encode(text, QrErrorCorrectionLevel.Low).Mode);
        }

        [TestMethod]
        public void Text_in_byte_mode_is_written_as_its_UTF8_bytes()
        {
            foreach (string text in new[] { PaymentUrl, "收款：测试商户，金额 12.34 元", "café ¥ 💳", "lone \uD800 surrogate" })
            {
                byte[] utf8 = Encoding.UTF8.GetBytes(text);
                byte[] framed = new byte[utf8.Length + 6];
                Array.Copy(utf8, 0, framed, 3, utf8.Length);
                AssertSameModules(QrEncoder.Encode(text, QrErrorCorrectionLevel.Quartile), QrEncoder.Encode(framed, 3, utf8.Length, QrErrorCorrectionLevel.Quartile));
            }
        }

        [TestMethod]
        public void A_higher_level_never_gives_a_smaller_symbol()
        {
            int previous = 0;
            foreach (QrErrorCorrectionLevel level in new[] { QrErrorCorrectionLevel.Low, QrErrorCorrectionLevel.Medium, QrErrorCorrectionLevel.Quartile, QrErrorCorrectionLevel.High })
            {
                QrMatrix matrix = QrEncoder.Encode(PaymentUrl, level);
                Assert.AreEqual(level, matrix.ErrorCorrectionLevel);
                Assert.IsTrue(matrix.Version >= previous);
                previous = matrix.Version;
            }
        }

        [TestMethod]
        public void Too_long_text_is_refused_with_a_reason_naming_size_and_limit()
        {
            string text = new string('x', 1274);

            bool encoded = QrEncoder.TryEncode(text, QrErrorCorrectionLevel.High, out QrMatrix? matrix, out string? error);

            Assert.IsFalse(encoded);
            Assert.IsNull(matrix);
            Assert.AreEqual("Payload too long for a QR code: 1274 bytes in byte mode; version 40 at level H holds at most 1273.", error);
            Assert.IsTrue(QrEncoder.TryEncode(text.Substring(1), QrErrorCorrectionLevel.High, out matrix, out error));
            Assert.AreEqual(40, matrix!.Version);
            Assert.IsNull(error);
        }

        [TestMethod]
        public void Too_long_digits_and_bytes_are_refused_too()
        {
            Assert.IsFalse(QrEncoder.TryEncode(new string('7', 7090), QrErrorCorrectionLevel.Low, out _, out string? digitsError));
            StringAssert.Contains(digitsError, "7090 digits in numeric mode; version 40 at level L holds at most 7089");
            Assert.IsFalse(QrEncoder.TryEncode(new string('A', 1853), QrErrorCorrectionLevel.High, out _, out string? alphanumericError));
            StringAssert.Contains(alphanumericError, "1853 characters in alphanumeric mode");
            Assert.IsFalse(QrEncoder.TryEncode(new byte[2332], 0, 2332, QrErrorCorrectionLevel.Medium, out _, out string? bytesError));
            StringAssert.Contains(bytesError, "holds at most 2331");

            // UTF-8 length counts, not characters: 500 Chinese characters are 1500 bytes.
            Assert.IsFalse(QrEncoder.TryEncode(new string('码', 500), QrErrorCorrectionLevel.High, out _, out string? chineseError));
            StringAssert.Contains(chineseError, "1500 bytes");
        }

        [TestMethod]
        public void Encode_throws_for_a_too_long_payload_because_the_caller_could_have_asked_first()
        {
            ArgumentException thrown = Assert.ThrowsException<ArgumentException>(() => QrEncoder.Encode(new string('x', 3000), QrErrorCorrectionLevel.Low));
            StringAssert.Contains(thrown.Message, "3000 bytes");
            Assert.ThrowsException<ArgumentException>(() => QrEncoder.Encode(new byte[3000], 0, 3000, QrErrorCorrectionLevel.Low));
        }

        [TestMethod]
        public void Programming_errors_throw()
        {
            Assert.ThrowsException<ArgumentNullException>(() => QrEncoder.Encode((string)null!, QrErrorCorrectionLevel.Low));
            Assert.ThrowsException<ArgumentNullException>(() => QrEncoder.TryEncode((byte[])null!, 0, 0, QrErrorCorrectionLevel.Low, out _, out _));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => QrEncoder.Encode(new byte[4], 2, 3, QrErrorCorrectionLevel.Low));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => QrEncoder.Encode(new byte[4], -1, 1, QrErrorCorrectionLevel.Low));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => QrEncoder.Encode("x", (QrErrorCorrectionLevel)4));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => QrEncoder.Capacity(41, QrErrorCorrectionLevel.Low, QrEncodingMode.Byte));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => QrFormatInformation.FormatBits(QrErrorCorrectionLevel.Low, 8));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => QrFormatInformation.VersionBits(6));
        }

        [TestMethod]
        public void Function_patterns_sit_where_a_scanner_looks_for_them()
        {
            QrMatrix matrix = QrEncoder.Encode(new string('a', 200), QrErrorCorrectionLevel.Medium);
            int size = matrix.Size;

            // Finder corners dark, separators light, timing alternating, the dark module dark.
            Assert.IsTrue(matrix.IsDark(0, 0) && matrix.IsDark(size - 1, 0) && matrix.IsDark(0, size - 1));
            Assert.IsFalse(matrix.IsDark(7, 7) || matrix.IsDark(size - 8, 7) || matrix.IsDark(7, size - 8));
            for (int index = 8; index < size - 8; index++)
            {
                Assert.AreEqual(index % 2 == 0, matrix.IsDark(index, 6), "timing row at " + index);
                Assert.AreEqual(index % 2 == 0, matrix.IsDark(6, index), "timing column at " + index);
            }

            Assert.IsTrue(matrix.IsDark(8, size - 8));
            Assert.IsTrue(matrix.Version >= 7, "version information present");
        }

        private static void AssertSameModules(QrMatrix expected, QrMatrix actual)
        {
            Assert.AreEqual(expected.Size, actual.Size);
            for (int y = 0; y < expected.Size; y++)
            {
                for (int x = 0; x < expected.Size; x++)
                {
                    Assert.AreEqual(expected.IsDark(x, y), actual.IsDark(x, y), "module (" + x + ", " + y + ")");
                }
            }
        }
    }
}
