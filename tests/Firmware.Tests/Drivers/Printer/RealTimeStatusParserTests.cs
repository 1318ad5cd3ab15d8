using System;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Drivers.Printer.EscPos;
using Terminal.Hal.Printer;

namespace Terminal.Tests.Drivers.Printer
{
    /// <summary>The DLE EOT status parser: the Epson bit layout, and every bad reply rejected with a reason.</summary>
    [TestClass]
    public sealed class RealTimeStatusParserTests
    {
        private const int Cases = 10_000;

        [TestMethod]
        public void Four_idle_bytes_make_a_ready_status()
        {
            PrinterStatus status = Parse(0x12, 0x12, 0x12, 0x12);

            Assert.AreEqual(PrinterLink.Answered, status.Link);
            Assert.IsTrue(status.CanPrint);
            Assert.AreEqual(PaperLevel.Present, status.Paper);
        }

        [TestMethod]
        [DataRow(0x1A, 0x32, 0x12, 0x7E, PrinterFault.PaperOut)]
        [DataRow(0x1A, 0x16, 0x12, 0x12, PrinterFault.CoverOpen)]
        [DataRow(0x1A, 0x52, 0x1A, 0x12, PrinterFault.CutterJam)]
        [DataRow(0x1A, 0x52, 0x52, 0x12, PrinterFault.HeadOverheated)]
        [DataRow(0x1A, 0x52, 0x32, 0x12, PrinterFault.UnrecoverableError)]
        [DataRow(0x1A, 0x12, 0x12, 0x12, PrinterFault.Offline)]
        [DataRow(0x12, 0x12, 0x12, 0x1E, PrinterFault.None)]
        public void Each_condition_is_read_from_its_bit(int printer, int offlineCause, int errorCause, int paperSensor, PrinterFault expected)
        {
            PrinterStatus status = Parse(printer, offlineCause, errorCause, paperSensor);

            Assert.AreEqual(expected, status.Fault);
        }

        [TestMethod]
        public void Near_end_alone_is_a_warning_not_a_fault()
        {
            PrinterStatus status = Parse(0x12, 0x12, 0x12, 0x1E);

            Assert.AreEqual(PaperLevel.NearEnd, status.Paper);
            Assert.IsTrue(status.CanPrint);
            Assert.AreEqual("HW-PRINTER", status.CauseId);
        }

        [TestMethod]
        [DataRow(0x00, StatusReplyRejection.FixedBitsViolated)]
        [DataRow(0xFF, StatusReplyRejection.FixedBitsViolated)]
        [DataRow(0x13, StatusReplyRejection.FixedBitsViolated)]
        [DataRow(0x92, StatusReplyRejection.FixedBitsViolated)]
        [DataRow(0x10, StatusReplyRejection.FixedBitsViolated)]
        [DataRow(0x02, StatusReplyRejection.FixedBitsViolated)]
        [DataRow(0x16, StatusReplyRejection.SensorBitPairDisagrees)]
        [DataRow(0x32, StatusReplyRejection.SensorBitPairDisagrees)]
        public void A_reply_breaking_the_layout_is_rejected_with_its_reason(int value, StatusReplyRejection expected)
        {
            Assert.AreEqual(expected, RealTimeStatusParser.Check(RealTimeStatusFunction.RollPaperSensor, new[] { (byte)value }, 0, 1));
        }

        [TestMethod]
        public void No_byte_and_extra_bytes_are_rejected()
        {
            Assert.AreEqual(StatusReplyRejection.Empty, RealTimeStatusParser.Check(RealTimeStatusFunction.PrinterStatus, new byte[4], 0, 0));
            Assert.AreEqual(StatusReplyRejection.ExtraBytes, RealTimeStatusParser.Check(RealTimeStatusFunction.PrinterStatus, new byte[] { 0x12, 0x12 }, 0, 2));
        }

        [TestMethod]
        public void A_status_before_all_four_replies_is_a_programming_error()
        {
            var parser = new RealTimeStatusParser();
            parser.Accept(RealTimeStatusFunction.PrinterStatus, new byte[] { 0x12 }, 0, 1);

            Assert.ThrowsException<InvalidOperationException>(() => parser.ToStatus());
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => RealTimeStatusParser.Check((RealTimeStatusFunction)5, new byte[] { 0x12 }, 0, 1));
        }

        [TestMethod]
        public void Random_replies_are_accepted_exactly_when_they_follow_the_Epson_layout_and_rejected_with_a_reason_otherwise()
        {
            Gen.Select(Gen.Int[1, 4], Gen.Byte.Array[0, 6], Gen.Int[0, 3]).SampleSeeded((function, bytes, offset) =>
            {
                byte[] buffer = new byte[offset + bytes.Length];
                Array.Copy(bytes, 0, buffer, offset, bytes.Length);
                var parser = new RealTimeStatusParser();

                StatusReplyRejection rejection = parser.Accept((RealTimeStatusFunction)function, buffer, offset, bytes.Length);

                bool oneByte = bytes.Length == 1;
                bool fixedBits = oneByte && (bytes[0] & 0x93) == 0x12;
                bool pairs = !oneByte || function != 4 || (((bytes[0] & 0x0C) == 0 || (bytes[0] & 0x0C) == 0x0C) && ((bytes[0] & 0x60) == 0 || (bytes[0] & 0x60) == 0x60));
                bool wellFormed = oneByte && fixedBits && pairs;
                if (wellFormed != (rejection == StatusReplyRejection.None))
                {
                    throw new AssertFailedException("function " + function + " reply " + Convert.ToHexString(bytes) + " gave " + rejection);
                }

                if (!wellFormed)
                {
                    string reason = RealTimeStatusParser.Describe(rejection);
                    Assert.IsTrue(reason.Length > 10 && !reason.StartsWith("unknown", StringComparison.Ordinal), reason);
                }
            }, iter: Cases, seed: "0N0XIzNsQ0O4");
        }

        [TestMethod]
        public void Any_four_valid_replies_make_a_status_whose_verdict_matches_its_bits()
        {
            // Built valid rather than filtered: the fixed bits forced, the paper sensor's pairs set together.
            Gen<byte> valid = Gen.Byte.Select(value => (byte)((value & ~0x93) | 0x12));
            Gen<byte> paper = Gen.Select(valid, Gen.Bool, Gen.Bool).Select((value, nearEnd, paperEnd) =>
                (byte)((value & ~0x6C) | (nearEnd ? 0x0C : 0) | (paperEnd ? 0x60 : 0)));
            Gen.Select(valid, valid, valid, paper).SampleSeeded((printer, offlineCause, errorCause, paperSensor) =>
            {
                PrinterStatus status = Parse(printer, offlineCause, errorCause, paperSensor);

                bool stopped = (printer & 0x08) != 0 || (offlineCause & 0x64) != 0 || (errorCause & 0x6C) != 0 || (paperSensor & 0x60) != 0;
                Assert.AreEqual(!stopped, status.CanPrint, $"{printer:X2} {offlineCause:X2} {errorCause:X2} {paperSensor:X2}");
                Assert.AreEqual(PrinterLink.Answered, status.Link);
                Assert.AreNotEqual("HW-LINK", status.CauseId, "a valid reply is never a link fault");
            }, iter: Cases, seed: "0N0XIzNsQ0O4");
        }

        private static PrinterStatus Parse(int printer, int offlineCause, int errorCause, int paperSensor)
        {
            var parser = new RealTimeStatusParser();
            Accept(parser, RealTimeStatusFunction.PrinterStatus, printer);
            Accept(parser, RealTimeStatusFunction.OfflineCause, offlineCause);
            Accept(parser, RealTimeStatusFunction.ErrorCause, errorCause);
            Accept(parser, RealTimeStatusFunction.RollPaperSensor, paperSensor);
            return parser.ToStatus();
        }

        private static void Accept(RealTimeStatusParser parser, RealTimeStatusFunction function, int value)
        {
            StatusReplyRejection rejection = parser.Accept(function, new[] { (byte)value }, 0, 1);
            Assert.AreEqual(StatusReplyRejection.None, rejection, $"DLE EOT {(int)function} reply {value:X2}");
        }
    }
}
