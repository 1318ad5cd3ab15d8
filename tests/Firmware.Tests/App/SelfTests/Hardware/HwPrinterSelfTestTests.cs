using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.SelfTests;
using Terminal.App.SelfTests.Hardware;
using Terminal.Core.Journal;
using Terminal.Hal.Simulated.Printer;

namespace Terminal.Tests.App.SelfTests.Hardware
{
    /// <summary>HW-PRINTER: the real ESC/POS driver over the printer emulator, every status fault with its own remedy.</summary>
    [TestClass]
    public sealed class HwPrinterSelfTestTests
    {
        [TestMethod]
        public void A_ready_printer_prints_a_test_slip_and_passes_without_touching_the_receipt_queue()
        {
            var rig = new HardwareRig();
            rig.WriteTransactions(2);
            int queuedReceipts = rig.Journal!.PendingCount(Destinations.Printer);

            SelfTestResult result = new HwPrinterSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary);
            Assert.AreEqual("printed", HardwareRig.Measured(result, "slip"));
            var slip = EscPosPrinterEmulator.TextOf(rig.Board.PrinterEmulator.Slips.Last());
            Assert.IsTrue(slip.Any(line => line.Contains("SELF-TEST")), string.Join("|", slip));
            Assert.IsTrue(slip.Any(line => line.Contains("2026-11-23")), string.Join("|", slip));
            Assert.AreEqual(queuedReceipts, rig.Journal.PendingCount(Destinations.Printer), "queued receipts stay queued");
            Assert.AreEqual(1, rig.Board.PrinterEmulator.Slips.Count, "only the test slip was printed");
        }

        [TestMethod]
        [DataRow("paper-out", "paper", "out", "Load")]
        [DataRow("cover-open", "cover", "open", "Close the paper cover")]
        [DataRow("head-hot", "head", "over-temperature", "cool")]
        [DataRow("cutter-jam", "cutter", "jammed", "cutter jam")]
        [DataRow("no-reply", "link", "no-reply", "Re-seat the printer cable")]
        [DataRow("garbled", "link", "garbled", "Re-seat the printer cable")]
        public void Each_printer_fault_fails_with_its_own_remedy_and_prints_nothing(string fault, string measurement, string value, string remedy)
        {
            var rig = new HardwareRig();
            EscPosPrinterEmulator printer = rig.Board.PrinterEmulator;
            switch (fault)
            {
                case "paper-out": printer.PaperOut = true; break;
                case "cover-open": printer.CoverOpen = true; break;
                case "head-hot": printer.HeadOverheated = true; break;
                case "cutter-jam": printer.CutterJam = true; break;
                case "no-reply": printer.NoReply = true; break;
                case "garbled": printer.GarbledReply = true; break;
            }

            SelfTestResult result = new HwPrinterSelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "HW-PRINTER", CheckVerdict.Fail);
            Assert.AreEqual(value, HardwareRig.Measured(result, measurement));
            StringAssert.Contains(result.Remedy.English, remedy);
            Assert.AreEqual("not printed", HardwareRig.Measured(result, "slip"));
            Assert.AreEqual(0, printer.Slips.Count);
        }

        [TestMethod]
        public void Paper_near_end_warns_and_still_prints_the_slip()
        {
            var rig = new HardwareRig();
            rig.Board.PrinterEmulator.PaperNearEnd = true;

            SelfTestResult result = new HwPrinterSelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "HW-PRINTER", CheckVerdict.Warn);
            Assert.AreEqual("near-end", HardwareRig.Measured(result, "paper"));
            Assert.AreEqual(1, rig.Board.PrinterEmulator.Slips.Count);
        }

        [TestMethod]
        public void A_slip_the_technician_finds_illegible_fails_as_a_blocked_head()
        {
            var rig = new HardwareRig();
            rig.Context.Operator = new ScriptedOperator(rig).Answer(OperatorAnswer.No);

            SelfTestResult result = new HwPrinterSelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "HW-PRINTER", CheckVerdict.Fail);
            Assert.AreEqual("no", HardwareRig.Measured(result, "slip_legible"));
            StringAssert.Contains(result.Remedy.English, "print head");
        }

        [TestMethod]
        public void A_terminal_without_a_printer_skips()
        {
            var rig = new HardwareRig();
            rig.Context.Peripherals = Terminal.App.Peripherals.TerminalPeripherals.Create(new NoPartsBoard(rig.Board), rig.Settings);

            SelfTestResult result = new HwPrinterSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Skip, result.Verdict);
        }
    }
}
