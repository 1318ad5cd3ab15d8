using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Drivers.Scanner.Gm65;
using Terminal.Hal.Scanner;
using Terminal.Hal.Simulated.Scanner;

namespace Terminal.Tests.Drivers.Scanner
{
    /// <summary>The GM65 frame codec and stream parser against the byte sequences printed in the Grow GM65 user manual (chapter 8).</summary>
    [TestClass]
    public sealed class Gm65CodecTests
    {
        [TestMethod]
        [DataRow("07 01 00 0A 01", 0xEE8A, DisplayName = "read 0x000A, manual 8.2")]
        [DataRow("08 01 00 0A 3E", 0x4CCF, DisplayName = "write 0x3E to 0x000A, manual 8.3")]
        [DataRow("00 01 3E", 0xE4AC, DisplayName = "read reply 0x3E, manual 8.2")]
        [DataRow("00 01 00", 0x3331, DisplayName = "write and save reply, manual 8.3 and 8.4")]
        [DataRow("09 01 00 00 00", 0xDEC8, DisplayName = "save, manual 8.4")]
        [DataRow("07 01 00 2A 02", 0xD80F, DisplayName = "read the speed, GM812 command list")]
        [DataRow("08 02 00 2A 39 01", 0xA7EA, DisplayName = "set 9600, GM812 command list")]
        public void The_crc_matches_the_manual_vectors_in_both_implementations(string hex, int expected)
        {
            byte[] bytes = Convert.FromHexString(hex.Replace(" ", string.Empty));

            Assert.AreEqual(expected, Gm65Crc.Compute(bytes, 0, bytes.Length));
            Assert.AreEqual(expected, Gm65Emulator.Crc(bytes, 0, bytes.Length));
        }

        [TestMethod]
        public void Commands_are_encoded_byte_for_byte_as_the_manual_prints_them()
        {
            var frame = new byte[16];

            Assert.AreEqual(9, Gm65Codec.EncodeRead(0x000A, 1, frame, 0));
            Assert.AreEqual("7E000701000A01EE8A", Convert.ToHexString(frame, 0, 9));
            Gm65Codec.EncodeWrite(0x000A, 0x3E, frame, 0);
            Assert.AreEqual("7E000801000A3E4CCF", Convert.ToHexString(frame, 0, 9));
            Gm65Codec.EncodeSave(frame, 0);
            Assert.AreEqual("7E000901000000DEC8", Convert.ToHexString(frame, 0, 9));
            int length = Gm65Codec.EncodeCommand(Gm65CommandType.WriteZoneBit, 0x002A, new byte[] { 0x39, 0x01 }, 0, 2, frame, 3);
            Assert.AreEqual(10, length);
            Assert.AreEqual("7E000802002A3901A7EA", Convert.ToHexString(frame, 3, 10));
        }

        [TestMethod]
        public void The_manual_replies_parse_as_replies_with_their_data()
        {
            var parser = new Gm65StreamParser(512);

            Assert.AreEqual(Gm65ParseResult.Reply, FeedAll(parser, "02 00 00 01 3E E4 AC"));
            Assert.AreEqual(1, parser.ReplyLength);
            Assert.AreEqual(0x3E, parser.ReplyByte(0));
            Assert.AreEqual(Gm65ParseResult.Reply, FeedAll(parser, "02 00 00 01 00 33 31"));
            Assert.AreEqual(0x00, parser.ReplyByte(0));
        }

        [TestMethod]
        public void A_reply_with_AB_CD_instead_of_its_crc_is_refused_because_the_module_never_sends_one()
        {
            var parser = new Gm65StreamParser(512);

            Assert.AreEqual(Gm65ParseResult.Rejected, FeedAll(parser, "02 00 00 01 00 AB CD"));
            Assert.AreEqual(ScanRejection.ChecksumMismatch, parser.Rejection);
        }

        [TestMethod]
        public void A_code_ends_at_CR_and_the_LF_of_a_CRLF_end_mark_is_ignored()
        {
            var parser = new Gm65StreamParser(512);

            Assert.AreEqual(Gm65ParseResult.Code, FeedAll(parser, "41 42 43 0D"));
            Assert.AreEqual("ABC", parser.CodeText());
            Assert.AreEqual(Gm65ParseResult.NeedMore, FeedAll(parser, "0A"));
            Assert.AreEqual(Gm65ParseResult.Code, FeedAll(parser, "31 0D"));
            Assert.AreEqual("1", parser.CodeText());
        }

        [TestMethod]
        public void A_reply_inside_a_code_rejects_the_code_as_truncated_and_still_parses_the_reply()
        {
            var parser = new Gm65StreamParser(512);

            Assert.AreEqual(Gm65ParseResult.NeedMore, FeedAll(parser, "31 32 33"));
            Assert.AreEqual(Gm65ParseResult.Rejected, parser.Feed(0x02));
            Assert.AreEqual(ScanRejection.Truncated, parser.Rejection);
            Assert.AreEqual(Gm65ParseResult.Reply, FeedAll(parser, "00 00 01 00 33 31"));
        }

        [TestMethod]
        public void Encoding_refuses_arguments_outside_the_protocol()
        {
            var frame = new byte[300];
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => Gm65Codec.EncodeRead(0x10000, 1, frame, 0));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => Gm65Codec.EncodeRead(0, 257, frame, 0));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => Gm65Codec.EncodeRead(0, 1, frame, 295));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => Gm65Codec.EncodeCommand((Gm65CommandType)5, 0, frame, 0, 1, frame, 0));
            Assert.ThrowsException<ArgumentNullException>(() => Gm65Codec.EncodeSave(null!, 0));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => new Gm65StreamParser(0));
        }

        private static Gm65ParseResult FeedAll(Gm65StreamParser parser, string hex)
        {
            Gm65ParseResult last = Gm65ParseResult.NeedMore;
            foreach (byte value in Convert.FromHexString(hex.Replace(" ", string.Empty)))
            {
                last = parser.Feed(value);
            }

            return last;
        }
    }
}
