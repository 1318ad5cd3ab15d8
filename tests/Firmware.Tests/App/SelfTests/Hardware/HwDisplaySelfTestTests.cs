using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.SelfTests;
using Terminal.App.SelfTests.Hardware;
using Terminal.Drivers.Display;

namespace Terminal.Tests.App.SelfTests.Hardware
{
    /// <summary>HW-DISPLAY: the real ST7789 driver and canvas over the emulated controller, patterns judged by a scripted technician.</summary>
    [TestClass]
    public sealed class HwDisplaySelfTestTests
    {
        private static HardwareRig RigShowingIdle()
        {
            var rig = new HardwareRig();
            rig.Peripherals.Screens!.ShowIdle();
            Assert.IsTrue(rig.Peripherals.Canvas!.Present());
            return rig;
        }

        [TestMethod]
        public void Confirmed_patterns_pass_and_the_idle_screen_comes_back()
        {
            HardwareRig rig = RigShowingIdle();
            ushort[] before = rig.Board.Panel.CopyFrame();
            var seen = new System.Collections.Generic.List<string>();
            var person = new ScriptedOperator(rig).Answer(OperatorAnswer.Yes, OperatorAnswer.Yes, OperatorAnswer.Yes, OperatorAnswer.Yes);
            person.OnAsk = question => seen.Add(question + " " + rig.Board.Panel.GetGlassPixel(120, 160).ToString("X4") + " " + rig.Board.Panel.ShowsImage);
            rig.Context.Operator = person;

            SelfTestResult result = new HwDisplaySelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary);
            Assert.AreEqual("4", HardwareRig.Measured(result, "patterns_confirmed"));
            Assert.AreEqual("answers", HardwareRig.Measured(result, "controller"));
            Assert.AreEqual(4, seen.Count);
            StringAssert.Contains(seen[1], Rgb565.White.ToString("X4") + " True", "the glass was white when the technician was asked");
            StringAssert.Contains(seen[2], Rgb565.Black.ToString("X4") + " True", "the glass was black when the technician was asked");
            CollectionAssert.AreEqual(before, rig.Board.Panel.CopyFrame(), "the idle screen is back on the glass");
        }

        [TestMethod]
        public void An_unplugged_panel_fails_without_asking_anybody()
        {
            HardwareRig rig = RigShowingIdle();
            rig.Board.Panel.Unplugged = true;
            var person = new ScriptedOperator(rig);
            rig.Context.Operator = person;

            SelfTestResult result = new HwDisplaySelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "HW-DISPLAY", CheckVerdict.Fail);
            Assert.AreEqual("not answering", HardwareRig.Measured(result, "controller"));
            StringAssert.Contains(result.Remedy.English, "ribbon");
            Assert.AreEqual(0, person.Questions.Count);
        }

        [TestMethod]
        public void A_pattern_the_technician_rejects_fails_as_a_damaged_screen()
        {
            HardwareRig rig = RigShowingIdle();
            rig.Context.Operator = new ScriptedOperator(rig).Answer(OperatorAnswer.Yes, OperatorAnswer.No);

            SelfTestResult result = new HwDisplaySelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "HW-DISPLAY", CheckVerdict.Fail);
            StringAssert.Contains(result.Summary, "full white");
            Assert.AreEqual("1", HardwareRig.Measured(result, "patterns_confirmed"));
        }

        [TestMethod]
        public void Without_a_technician_a_working_panel_needs_an_operator()
        {
            HardwareRig rig = RigShowingIdle();

            SelfTestResult result = new HwDisplaySelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Operator, result.Verdict);
            StringAssert.Contains(result.Summary, "technician");
            Assert.AreEqual("not shown", HardwareRig.Measured(result, "patterns"));
        }
    }
}
