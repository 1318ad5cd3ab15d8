using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.SelfTests;

namespace Terminal.Tests.App.SelfTests.Hardware
{
    /// <summary>The hardware self-tests as the runner sees them: registered by id, and quiet on a healthy terminal.</summary>
    [TestClass]
    public sealed class HardwareCatalogTests
    {
        private static readonly string[] HardwareIds = { "HW-DISPLAY", "HW-PRINTER", "HW-KEYPAD", "HW-CARD", "HW-SCANNER", "HW-LINK", "HW-POWER", "HW-STORAGE", "SW-MEMORY" };

        [TestMethod]
        public void Every_hardware_cause_and_SW_MEMORY_has_a_self_test_in_the_catalogue()
        {
            SelfTest[] all = SelfTestCatalog.CreateAll();

            foreach (string id in HardwareIds)
            {
                Assert.IsNotNull(SelfTestCatalog.Find(all, id), id);
            }
        }

        [TestMethod]
        public void A_healthy_unattended_terminal_finds_no_hardware_fault_and_logs_the_run()
        {
            var rig = new HardwareRig();
            rig.WriteTransactions(3);
            SelfTest[] all = SelfTestCatalog.CreateAll();
            var tests = new SelfTest[HardwareIds.Length];
            for (int i = 0; i < tests.Length; i++)
            {
                tests[i] = SelfTestCatalog.Find(all, HardwareIds[i]);
            }

            SelfTestRun run = new SelfTestRunner(rig.Context, null, tests).RunAll();

            Assert.AreEqual(0, run.Count(CheckVerdict.Fail), SelfTestRunner.RunLine(run));
            Assert.AreEqual(0, run.Count(CheckVerdict.Warn), SelfTestRunner.RunLine(run));
            Assert.AreEqual(4, run.Count(CheckVerdict.Operator), "display, keypad, card and scanner need a technician: " + SelfTestRunner.RunLine(run));
            Assert.AreEqual(1L, rig.EventLog.CountOf(Terminal.Core.Maintenance.EventKind.SelfTest));
        }

        [TestMethod]
        public void A_printer_out_of_paper_shows_in_the_S4_run()
        {
            var rig = new HardwareRig();
            rig.Board.PrinterEmulator.PaperOut = true;

            SelfTestRun run = new SelfTestRunner(rig.Context, null).RunSymptom("S4");

            SelfTestResult printer = System.Array.Find(run.Results, result => result.CauseId == "HW-PRINTER")!;
            Assert.AreEqual(CheckVerdict.Fail, printer.Verdict);
            Assert.AreEqual("out", HardwareRig.Measured(printer, "paper"));
        }
    }
}
