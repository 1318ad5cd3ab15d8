using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.SelfTests;
using Terminal.App.SelfTests.Hardware;

namespace Terminal.Tests.App.SelfTests.Hardware
{
    /// <summary>HW-SCANNER: the real GM65 driver over the module emulator; the technician scans the test code.</summary>
    [TestClass]
    public sealed class HwScannerSelfTestTests
    {
        [TestMethod]
        public void A_healthy_scanner_reads_the_test_code_and_passes()
        {
            var rig = new HardwareRig();
            rig.Context.Operator = new ScriptedOperator(rig) { OnInstruct = _ => rig.Board.ScannerEmulator.Scan(HwScannerSelfTest.DefaultTestCode) };

            SelfTestResult result = new HwScannerSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary + " | " + result.MeasurementsText());
            Assert.AreEqual("verified", HardwareRig.Measured(result, "configuration"));
            Assert.AreEqual("matched", HardwareRig.Measured(result, "test_scan"));
            Assert.IsFalse(rig.Peripherals.Scanner!.IsArmed, "the scanner is disarmed after the test");
        }

        [TestMethod]
        public void A_hung_scanner_fails_with_the_cable_remedy()
        {
            var rig = new HardwareRig();
            rig.Board.ScannerEmulator.Silent = true;

            SelfTestResult result = new HwScannerSelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "HW-SCANNER", CheckVerdict.Fail);
            Assert.AreEqual("no-reply", HardwareRig.Measured(result, "status"));
            Assert.AreEqual("no answer", HardwareRig.Measured(result, "version"));
        }

        [TestMethod]
        public void A_setting_that_does_not_stick_fails_as_a_configuration_mismatch()
        {
            var rig = new HardwareRig();
            // A replaced module at factory settings whose read-mode setting does not stick.
            rig.Board.ScannerEmulator.FactoryReset();
            rig.Board.ScannerEmulator.FrozenZoneBit = 0x0060;

            SelfTestResult result = new HwScannerSelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "HW-SCANNER", CheckVerdict.Fail);
            Assert.AreEqual("configuration-mismatch", HardwareRig.Measured(result, "status"));
        }

        [TestMethod]
        public void A_misread_test_code_fails()
        {
            var rig = new HardwareRig();
            rig.Context.Operator = new ScriptedOperator(rig) { OnInstruct = _ => rig.Board.ScannerEmulator.Scan("SOMETHING-ELSE") };

            SelfTestResult result = new HwScannerSelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "HW-SCANNER", CheckVerdict.Fail);
            Assert.AreEqual("misread", HardwareRig.Measured(result, "test_scan"));
        }

        [TestMethod]
        public void Without_a_technician_a_healthy_scanner_needs_an_operator()
        {
            var rig = new HardwareRig();

            SelfTestResult result = new HwScannerSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Operator, result.Verdict);
            Assert.AreEqual("ok", HardwareRig.Measured(result, "status"));
        }
    }
}
