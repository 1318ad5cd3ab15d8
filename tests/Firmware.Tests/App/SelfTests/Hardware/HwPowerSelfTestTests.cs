using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Maintenance;
using Terminal.App.SelfTests;
using Terminal.App.SelfTests.Hardware;

namespace Terminal.Tests.App.SelfTests.Hardware
{
    /// <summary>HW-POWER over the reset history on the board's flash (power really cut between boots) and the simulated supply.</summary>
    [TestClass]
    public sealed class HwPowerSelfTestTests
    {
        private static void RebootAfterPowerCut(HardwareRig rig)
        {
            rig.Board.Flash.CutPowerNow();
            rig.Board.Flash.PowerOn();
            rig.Context.Resets = new ResetHistory(rig.Board.Storage);
            rig.Context.Resets.MarkRunning(null);
        }

        [TestMethod]
        public void Steady_supply_and_clean_restarts_pass()
        {
            var rig = new HardwareRig();
            rig.Resets.MarkCleanShutdown();
            rig.Context.Resets = new ResetHistory(rig.Board.Storage);
            rig.Context.Resets.MarkRunning(null);

            SelfTestResult result = new HwPowerSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary);
            Assert.AreEqual("5050", HardwareRig.Measured(result, "supply"));
            Assert.AreEqual("2", HardwareRig.Measured(result, "boots"));
            Assert.AreEqual("clean", HardwareRig.Measured(result, "previous_run"));
        }

        [TestMethod]
        public void One_power_cut_in_the_last_boots_warns()
        {
            var rig = new HardwareRig();
            RebootAfterPowerCut(rig);

            SelfTestResult result = new HwPowerSelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "HW-POWER", CheckVerdict.Warn);
            Assert.AreEqual("1", HardwareRig.Measured(result, "unclean_recent"));
            Assert.AreEqual("unclean", HardwareRig.Measured(result, "previous_run"));
        }

        [TestMethod]
        public void Three_power_cuts_in_the_last_boots_fail_with_the_adapter_remedy()
        {
            var rig = new HardwareRig();
            RebootAfterPowerCut(rig);
            RebootAfterPowerCut(rig);
            RebootAfterPowerCut(rig);

            SelfTestResult result = new HwPowerSelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "HW-POWER", CheckVerdict.Fail);
            Assert.AreEqual("3", HardwareRig.Measured(result, "unclean_recent"));
            StringAssert.Contains(result.Remedy.English, "adapter");
        }

        [TestMethod]
        public void A_supply_below_its_minimum_fails()
        {
            var rig = new HardwareRig();
            rig.Board.PlatformServices.SupplyMillivolts = 4400;

            SelfTestResult result = new HwPowerSelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "HW-POWER", CheckVerdict.Fail);
            Assert.AreEqual("4400", HardwareRig.Measured(result, "supply"));
            StringAssert.Contains(result.Remedy.English, "adapter");
        }

        [TestMethod]
        public void An_unwired_supply_monitor_skips_that_part_only()
        {
            var rig = new HardwareRig();
            rig.Board.PlatformServices.SupplyWired = false;

            SelfTestResult result = new HwPowerSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary);
            Assert.AreEqual("unreadable", HardwareRig.Measured(result, "supply"));
        }

        [TestMethod]
        public void Without_supply_monitor_and_counters_the_test_skips()
        {
            var rig = new HardwareRig();
            rig.Board.Platform.Supply = null;
            rig.Context.Resets = null;

            SelfTestResult result = new HwPowerSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Skip, result.Verdict);
            Assert.AreEqual("not wired", HardwareRig.Measured(result, "supply"));
        }
    }
}
