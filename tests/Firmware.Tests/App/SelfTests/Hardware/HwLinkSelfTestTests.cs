using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.SelfTests;
using Terminal.App.SelfTests.Hardware;
using Terminal.Hal.Simulated.Buses;

namespace Terminal.Tests.App.SelfTests.Hardware
{
    /// <summary>HW-LINK: every driver's link counters since boot and a live probe, with power-cycling where there is a reset line.</summary>
    [TestClass]
    public sealed class HwLinkSelfTestTests
    {
        [TestMethod]
        public void Clean_links_to_every_part_pass()
        {
            var rig = new HardwareRig();

            SelfTestResult result = new HwLinkSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary + " | " + result.MeasurementsText());
            Assert.AreEqual("answers", HardwareRig.Measured(result, "printer"));
            Assert.AreEqual("answers", HardwareRig.Measured(result, "display"));
            Assert.AreEqual("answers", HardwareRig.Measured(result, "reader"));
            Assert.AreEqual("answers", HardwareRig.Measured(result, "scanner"));

            SelfTestResult again = new HwLinkSelfTest().Run(rig.Context);
            Assert.AreEqual(CheckVerdict.Pass, again.Verdict, "probing leaves no evidence of its own: " + again.MeasurementsText());
        }

        [TestMethod]
        public void A_pulled_printer_cable_fails_and_names_that_cable()
        {
            var rig = new HardwareRig();
            rig.Board.PrinterPort.Unplugged = true;

            SelfTestResult result = new HwLinkSelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "HW-LINK", CheckVerdict.Fail);
            StringAssert.Contains(result.Summary, "printer cable");
            Assert.AreEqual("no answer", HardwareRig.Measured(result, "printer"));
            StringAssert.Contains(result.Remedy.English, "Re-seat");
        }

        [TestMethod]
        public void A_few_lost_printer_replies_since_boot_warn_and_name_the_cable()
        {
            var rig = new HardwareRig();
            rig.Board.PrinterEmulator.DropNextReplies = 3;
            for (int i = 0; i < 3; i++)
            {
                rig.Peripherals.Printer!.ReadStatus();
            }

            SelfTestResult result = new HwLinkSelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "HW-LINK", CheckVerdict.Warn);
            StringAssert.Contains(result.Summary, "printer cable");
            Assert.AreEqual("3", HardwareRig.Measured(result, "printer_timeouts"));
        }

        [TestMethod]
        public void Many_garbled_reader_frames_since_boot_fail()
        {
            var rig = new HardwareRig();
            rig.Board.CardReaderEmulator.CorruptDataChecksumNextFrames = 40;
            for (int i = 0; i < 40; i++)
            {
                rig.Peripherals.CardReader!.CheckHealth();
            }

            SelfTestResult result = new HwLinkSelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "HW-LINK", CheckVerdict.Fail);
            StringAssert.Contains(result.Summary, "reader cable");
            Assert.IsTrue(int.Parse(HardwareRig.Measured(result, "reader_checksum_errors")) >= 20, result.MeasurementsText());
        }

        [TestMethod]
        public void A_panel_that_lost_its_cable_fails_after_a_reset_attempt()
        {
            var rig = new HardwareRig();
            rig.Board.Panel.Unplugged = true;
            int resetsBefore = rig.Board.Panel.Resets;
            rig.Board.Panel.Unplugged = false;
            rig.Board.Panel.NotAnswering = true;

            SelfTestResult result = new HwLinkSelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "HW-LINK", CheckVerdict.Fail);
            StringAssert.Contains(result.Summary, "display cable");
            Assert.AreEqual("no answer", HardwareRig.Measured(result, "display"));
        }

        [TestMethod]
        public void A_panel_that_was_replugged_answers_after_its_reset_and_gets_its_screen_back()
        {
            var rig = new HardwareRig();
            rig.Peripherals.Screens!.ShowIdle();
            Assert.IsTrue(rig.Peripherals.Canvas!.Present());
            ushort[] idle = rig.Board.Panel.CopyFrame();
            rig.Board.Panel.NotAnswering = true;
            ((SimulatedOutputPin)rig.Board.Display.Reset).Changed += high =>
            {
                if (!high)
                {
                    rig.Board.Panel.NotAnswering = false;
                }
            };

            SelfTestResult result = new HwLinkSelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "HW-LINK", CheckVerdict.Warn);
            Assert.AreEqual("answered after reset", HardwareRig.Measured(result, "display"));
            StringAssert.Contains(result.Summary, "display cable");
            CollectionAssert.AreEqual(idle, rig.Board.Panel.CopyFrame(), "the idle screen is back on the glass");
        }

        [TestMethod]
        public void A_hung_reader_that_answers_after_its_reset_pulse_warns()
        {
            var rig = new HardwareRig();
            Assert.AreEqual(Terminal.Hal.CardReader.CardReaderVerdict.Pass, rig.Peripherals.CardReader!.CheckHealth().Verdict);
            // The chip hangs; only a pulse on its RSTPDN line brings it back.
            rig.Board.CardReaderEmulator.Silent = true;
            ((SimulatedOutputPin)rig.Board.CardReader.Reset).Changed += high =>
            {
                if (!high)
                {
                    rig.Board.CardReaderEmulator.Silent = false;
                }
            };
            int pulses = rig.Board.CardReaderEmulator.ResetPulses;

            SelfTestResult result = new HwLinkSelfTest().Run(rig.Context);

            Assert.AreEqual("HW-LINK", result.CauseId);
            Assert.AreEqual("answered after reset", HardwareRig.Measured(result, "reader"), result.MeasurementsText());
            Assert.AreEqual(CheckVerdict.Warn, result.Verdict, result.Summary);
            Assert.AreEqual(pulses + 1, rig.Board.CardReaderEmulator.ResetPulses);
            StringAssert.Contains(result.Summary, "reader cable");
        }
    }
}
