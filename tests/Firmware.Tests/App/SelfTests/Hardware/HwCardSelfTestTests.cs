using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.SelfTests;
using Terminal.App.SelfTests.Hardware;
using Terminal.Hal.Simulated.CardReader;

namespace Terminal.Tests.App.SelfTests.Hardware
{
    /// <summary>HW-CARD: the real PN532 driver over the chip emulator; the technician presents a test card.</summary>
    [TestClass]
    public sealed class HwCardSelfTestTests
    {
        [TestMethod]
        public void A_healthy_reader_reads_the_test_card_and_keeps_only_its_last_four_digits()
        {
            var rig = new HardwareRig();
            rig.Context.Operator = new ScriptedOperator(rig) { OnInstruct = _ => rig.Board.CardReaderEmulator.PresentCard(EmvTestCard.UnionPay()) };

            SelfTestResult result = new HwCardSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary + " | " + result.MeasurementsText());
            Assert.AreEqual("UnionPay last4 8599", HardwareRig.Measured(result, "test_card"));
            StringAssert.StartsWith(HardwareRig.Measured(result, "chip"), "PN532");
            Assert.IsFalse((result.Summary + result.MeasurementsText()).Contains("6250941006528599"), "no full card number");
        }

        [TestMethod]
        public void An_unplugged_reader_fails_with_the_cable_remedy()
        {
            var rig = new HardwareRig();
            rig.Board.CardReaderEmulator.Unplugged = true;

            SelfTestResult result = new HwCardSelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "HW-CARD", CheckVerdict.Fail);
            Assert.AreEqual("link fault", HardwareRig.Measured(result, "chip_self_test"));
            StringAssert.Contains(result.Remedy.English, "Re-seat the reader cable");
        }

        [TestMethod]
        public void A_reader_failing_its_rom_test_fails_as_a_chip_fault()
        {
            var rig = new HardwareRig();
            rig.Board.CardReaderEmulator.RomTestFails = true;

            SelfTestResult result = new HwCardSelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "HW-CARD", CheckVerdict.Fail);
            Assert.AreEqual("fail", HardwareRig.Measured(result, "chip_self_test"));
            StringAssert.Contains(result.Summary, "ROM");
        }

        [TestMethod]
        public void No_card_in_the_field_before_the_timeout_fails()
        {
            var rig = new HardwareRig();
            rig.Context.Operator = new ScriptedOperator(rig);

            SelfTestResult result = new HwCardSelfTest { CardTimeoutMilliseconds = 3000 }.Run(rig.Context);

            HardwareRig.AssertFinding(result, "HW-CARD", CheckVerdict.Fail);
            Assert.AreEqual("no card", HardwareRig.Measured(result, "test_card"));
        }

        [TestMethod]
        public void Without_a_technician_a_healthy_chip_needs_an_operator()
        {
            var rig = new HardwareRig();

            SelfTestResult result = new HwCardSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Operator, result.Verdict);
            Assert.AreEqual("pass", HardwareRig.Measured(result, "chip_self_test"));
        }
    }
}
