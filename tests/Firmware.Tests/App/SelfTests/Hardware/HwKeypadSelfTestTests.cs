using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.SelfTests;
using Terminal.App.SelfTests.Hardware;
using Terminal.Hal.Keypad;

namespace Terminal.Tests.App.SelfTests.Hardware
{
    /// <summary>HW-KEYPAD: the real matrix driver over the keypad emulator; the technician's presses go through the matrix.</summary>
    [TestClass]
    public sealed class HwKeypadSelfTestTests
    {
        private static readonly KeyCode[] AllKeys = Enumerable.Range(0, 16).Select(code => (KeyCode)code).ToArray();

        [TestMethod]
        public void Every_key_pressed_once_passes()
        {
            var rig = new HardwareRig();
            rig.ScanKeypad(100);
            rig.Context.Operator = new ScriptedOperator(rig).Press(AllKeys);

            SelfTestResult result = new HwKeypadSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary);
            Assert.AreEqual("16", HardwareRig.Measured(result, "keys_seen"));
            Assert.AreEqual("none", HardwareRig.Measured(result, "keys_missing"));
        }

        [TestMethod]
        public void A_stuck_key_fails_and_is_named()
        {
            var rig = new HardwareRig();
            rig.Board.KeypadEmulator.SetStuck(KeyCode.Digit5, true);
            rig.ScanKeypad(11000);

            SelfTestResult result = new HwKeypadSelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "HW-KEYPAD", CheckVerdict.Fail);
            Assert.AreEqual("5", HardwareRig.Measured(result, "stuck_key"));
            StringAssert.Contains(result.Summary, "key 5 is stuck");
        }

        [TestMethod]
        public void Keys_that_never_answer_fail_and_are_listed()
        {
            var rig = new HardwareRig();
            rig.ScanKeypad(100);
            KeyCode[] pressed = AllKeys.Where(key => key != KeyCode.Menu && key != KeyCode.Digit0).ToArray();
            rig.Context.Operator = new ScriptedOperator(rig).Press(pressed);

            SelfTestResult result = new HwKeypadSelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "HW-KEYPAD", CheckVerdict.Fail);
            Assert.AreEqual("0 MENU", HardwareRig.Measured(result, "keys_missing"));
            Assert.AreEqual("14", HardwareRig.Measured(result, "keys_seen"));
        }

        [TestMethod]
        public void Without_a_technician_a_keypad_with_no_stuck_key_needs_an_operator()
        {
            var rig = new HardwareRig();
            rig.ScanKeypad(100);

            SelfTestResult result = new HwKeypadSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Operator, result.Verdict);
            Assert.AreEqual("none", HardwareRig.Measured(result, "stuck_key"));
        }

        [TestMethod]
        public void Key_names_are_the_printed_labels()
        {
            Assert.AreEqual("00", HwKeypadSelfTest.KeyName(KeyCode.DoubleZero));
            Assert.AreEqual("CANCEL", HwKeypadSelfTest.KeyName(KeyCode.Cancel));
            Assert.AreEqual("?", HwKeypadSelfTest.KeyName((KeyCode)99));
        }
    }
}
