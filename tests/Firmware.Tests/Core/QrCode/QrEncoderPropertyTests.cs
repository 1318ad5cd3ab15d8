using System;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using QRCoder;
using Terminal.Core.QrCode;

namespace Terminal.Tests.Core.QrCode
{
    /// <summary>
    /// Generated payloads at generated levels: every symbol equals QRCoder's module for module (quiet zone
    /// included), nothing throws, and every payload too long for version 40 is refused with a reason.
    /// </summary>
    [TestClass]
    public sealed class QrEncoderPropertyTests
    {
        private const int Cases = 10_000;
        private const string Alphanumerics = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

        private static readonly Gen<QrErrorCorrectionLevel> Level = Gen.Enum<QrErrorCorrectionLevel>();

        [TestMethod]
        public void Random_bytes_at_random_levels_match_QRCoder_module_for_module()
        {
            // Mostly the sizes a screen shows (versions 1-10), now and then up to version 20 or so; every
            // version 1-40 is also compared at its exact capacity by QrEncoderReferenceTests.
            Gen<byte[]> payload = Gen.Frequency((20, Gen.Byte.Array[0, 220]), (1, Gen.Byte.Array[220, 800]));
            Gen.Select(payload, Level).SampleSeeded((bytes, level) =>
            {
                QrMatrix ours = QrEncoder.Encode(bytes, 0, bytes.Length, level);
                string? difference = QrCoderReference.Difference(ours, QrCoderReference.Bytes(bytes, level));
                if (difference != null)
                {
                    throw new AssertFailedException(bytes.Length + " bytes at " + level + ": " + difference);
                }
            }, iter: Cases, seed: "0N0XIzNsQ0QR");
        }

        [TestMethod]
        public void Random_text_at_random_levels_matches_QRCoder_module_for_module()
        {
            Gen<string> text = Gen.OneOf(
                Gen.String[Gen.Char["0123456789"], 0, 500],
                Gen.String[Gen.Char[Alphanumerics], 0, 300],
                Gen.String[Gen.Char["0123456789ABCabc:/?=&-."], 0, 120],
                Gen.String[Gen.Char[' ', '~'], 0, 200],
                Gen.String[Gen.OneOf(Gen.Char['\u4E00', '\u9FA5'], Gen.Char["0123456789.元¥：， "]), 0, 90],
                Gen.String[Gen.Char, 0, 60]);
            Gen.Select(text, Level).SampleSeeded((value, level) =>
            {
                if (!QrCoderReference.SegmentsLikeOurs(value))
                {
                    // QRCoder writes a numeric segment here: other data bits, not comparable (see SegmentsLikeOurs).
                    return;
                }

                QrMatrix ours = QrEncoder.Encode(value, level);
                string? difference = QrCoderReference.Difference(ours, QrCoderReference.Text(value, level));
                if (difference != null)
                {
                    throw new AssertFailedException(QrCoderReference.Describe(value) + " at " + level + ": " + difference);
                }
            }, iter: Cases, seed: "0N0XIzNsQ0QT");
        }

        [TestMethod]
        public void Every_payload_too_long_for_version_40_is_refused_with_a_reason_never_an_exception()
        {
            Gen.Select(Level, Gen.Int[0, 3], Gen.Int[1, 600]).SampleSeeded((level, kind, excess) =>
            {
                QrEncodingMode mode = kind == 0 ? QrEncodingMode.Numeric : kind == 1 ? QrEncodingMode.Alphanumeric : QrEncodingMode.Byte;
                int limit = QrEncoder.Capacity(40, level, mode);
                int length = limit + excess;
                bool encoded;
                QrMatrix? matrix;
                string? error;
                if (kind == 3)
                {
                    encoded = QrEncoder.TryEncode(new byte[length], 0, length, level, out matrix, out error);
                    Assert.ThrowsException<QRCoder.Exceptions.DataTooLongException>(() => QrCoderReference.Bytes(new byte[length], level));
                }
                else
                {
                    string payload = new string(kind == 0 ? '9' : kind == 1 ? 'Q' : 'q', length);
                    encoded = QrEncoder.TryEncode(payload, level, out matrix, out error);
                    Assert.ThrowsException<QRCoder.Exceptions.DataTooLongException>(() => QrCoderReference.Text(payload, level));
                }

                Assert.IsFalse(encoded);
                Assert.IsNull(matrix);
                StringAssert.Contains(error, " " + length + " ");
                StringAssert.Contains(error, "holds at most " + limit + ".");
            }, iter: Cases, seed: "0N0XIzNsQ0QU");
        }
    }
}
