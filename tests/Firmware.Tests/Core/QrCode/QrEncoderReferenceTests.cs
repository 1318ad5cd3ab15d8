using System;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using QRCoder;
using Terminal.Core.QrCode;

namespace Terminal.Tests.Core.QrCode
{
    /// <summary>
    /// The check: our symbols equal the QRCoder package's module for module, quiet zone included,
    /// for the payloads the terminal shows and for lengths across all 40 versions and 4 levels.
    /// </summary>
    [TestClass]
    public sealed class QrEncoderReferenceTests
    {
        private static readonly QrErrorCorrectionLevel[] Levels =
        {
            QrErrorCorrectionLevel.Low, QrErrorCorrectionLevel.Medium, QrErrorCorrectionLevel.Quartile, QrErrorCorrectionLevel.High,
        };

        private static readonly string[] Texts =
        {
            "",
            "0",
            "01234567",
            "HELLO WORLD",
            "Hello, world!",
            "https://pay.example.com/qr/T1-00042?amount=1234",
            "HTTPS://PAY.EXAMPLE.COM/QR/T1-00042?AMOUNT=1234",
            "https://qr.alipay.com/bax01234abcdEFGH5678",
            "wxp://f2f0AbCdEfGhIjKlMnOpQrStUvWxYz0123456789",
            "商户付款码 ¥12.34",
            "收款：测试商户 T1-00042，金额 12.34 元",
            "emoji 💳 pay 😀",
            "00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678520441115802CN5914BEST TRANSPORT6007BEIJING64200002ZH0104最佳运输0202北京540523.7253031565502016233030412340603***0708A60086670902ME91320016A0112233449988770708123456786304A13A",
        };

        [TestMethod]
        public void Payment_texts_match_QRCoder_module_for_module_at_every_level()
        {
            foreach (string text in Texts)
            {
                foreach (QrErrorCorrectionLevel level in Levels)
                {
                    AssertSameAsReference(text, level);
                }
            }
        }

        [TestMethod]
        public void QRCoders_default_call_gives_the_same_symbols_for_digits_alphanumerics_the_payment_url_and_Chinese()
        {
            string[] texts =
            {
                "", "0", "01234567", "HELLO WORLD", "Hello, world!", "https://pay.example.com/qr/T1-00042?amount=1234",
                "商户付款码 ¥12.34", "收款：测试商户 T1-00042，金额 12.34 元", "emoji 💳 pay 😀", Texts[Texts.Length - 1],
            };
            foreach (string text in texts)
            {
                foreach (QrErrorCorrectionLevel level in Levels)
                {
                    string? difference = QrCoderReference.Difference(QrEncoder.Encode(text, level), QrCoderReference.TextDefault(text, level));
                    Assert.IsNull(difference, QrCoderReference.Describe(text) + " at " + level + ": " + difference);
                }
            }
        }

        [TestMethod]
        public void QRCoders_default_call_differs_only_where_it_mixes_modes_or_writes_ISO_8859_1()
        {
            // QRCoder 1.8.1 splits text whose characters all lie in U+0000-U+00FF into numeric, alphanumeric
            // and byte segments (ISO/IEC 18004 Annex J.2, OptimizedLatin1DataSegment) and writes its byte
            // segments in ISO-8859-1. We write one segment, and byte mode as UTF-8. QRCoder's forceUtf8 turns
            // both off; with it the symbols are equal.
            string[] texts =
            {
                "HTTPS://PAY.EXAMPLE.COM/QR/T1-00042?AMOUNT=1234", // alphanumeric run, then byte
                "order 20261123000123",                            // byte, then a numeric run
                "café",                                            // é is E9 in ISO-8859-1, C3 A9 in UTF-8
            };
            foreach (string text in texts)
            {
                QrMatrix ours = QrEncoder.Encode(text, QrErrorCorrectionLevel.Medium);
                Assert.IsNotNull(QrCoderReference.Difference(ours, QrCoderReference.TextDefault(text, QrErrorCorrectionLevel.Medium)), text);
                Assert.IsNull(QrCoderReference.Difference(ours, QrCoderReference.Text(text, QrErrorCorrectionLevel.Medium)), text);
            }
        }

        [TestMethod]
        public void Digits_alphanumerics_and_bytes_match_QRCoder_across_all_forty_versions()
        {
            var random = new Random(4242);
            foreach (QrErrorCorrectionLevel level in Levels)
            {
                // Lengths that step through every version of each mode, up to each mode's capacity.
                for (int length = 1; length <= 7089; length = (length * 9 / 8) + 1)
                {
                    AssertIfFits(RandomText(random, "0123456789", length), level);
                    AssertIfFits(RandomText(random, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:", length), level);
                    AssertIfFits(RandomText(random, "abcdefghijklmnopqrstuvwxyz0123456789/?=&.-_:", length), level);
                }
            }
        }

        [TestMethod]
        public void Every_version_and_level_matches_QRCoder_at_its_byte_capacity_and_one_byte_more()
        {
            var random = new Random(18004);
            foreach (QrErrorCorrectionLevel level in Levels)
            {
                for (int version = 1; version <= 40; version++)
                {
                    int capacity = QrEncoder.Capacity(version, level, QrEncodingMode.Byte);
                    byte[] payload = new byte[capacity + 1];
                    random.NextBytes(payload);

                    // The fullest symbol of this version: no pad codewords, terminator possibly cut short.
                    QrMatrix full = QrEncoder.Encode(payload, 0, capacity, level);
                    Assert.AreEqual(version, full.Version);
                    string? difference = QrCoderReference.Difference(full, QrCoderReference.Bytes(payload.AsSpan(0, capacity).ToArray(), level));
                    Assert.IsNull(difference, capacity + " bytes, version " + version + ", level " + level + ": " + difference);

                    // One byte more needs the next version, in QRCoder too.
                    if (version < 40)
                    {
                        QrMatrix bigger = QrEncoder.Encode(payload, 0, capacity + 1, level);
                        Assert.AreEqual(version + 1, bigger.Version);
                        Assert.AreEqual(version + 1, QrCoderReference.Bytes(payload, level).Version);
                    }
                    else
                    {
                        Assert.IsFalse(QrEncoder.TryEncode(payload, 0, capacity + 1, level, out _, out _));
                        Assert.ThrowsException<QRCoder.Exceptions.DataTooLongException>(() => QrCoderReference.Bytes(payload, level));
                    }
                }
            }
        }

        private static void AssertIfFits(string text, QrErrorCorrectionLevel level)
        {
            QRCodeData reference;
            try
            {
                reference = QrCoderReference.Text(text, level);
            }
            catch (QRCoder.Exceptions.DataTooLongException)
            {
                Assert.IsFalse(QrEncoder.TryEncode(text, level, out _, out string? error), "QRCoder refuses " + text.Length + " chars at " + level);
                Assert.IsNotNull(error);
                return;
            }

            QrMatrix ours = QrEncoder.Encode(text, level);
            string? difference = QrCoderReference.Difference(ours, reference);
            Assert.IsNull(difference, QrCoderReference.Describe(text.Length > 40 ? text.Substring(0, 40) : text) + " len " + text.Length + " at " + level + ": " + difference);
        }

        private static void AssertSameAsReference(string text, QrErrorCorrectionLevel level)
        {
            QrMatrix ours = QrEncoder.Encode(text, level);
            string? difference = QrCoderReference.Difference(ours, QrCoderReference.Text(text, level));
            Assert.IsNull(difference, QrCoderReference.Describe(text) + " at " + level + ": " + difference);
        }

        private static string RandomText(Random random, string alphabet, int length)
        {
            var builder = new StringBuilder(length);
            for (int index = 0; index < length; index++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }

            return builder.ToString();
        }
    }
}
