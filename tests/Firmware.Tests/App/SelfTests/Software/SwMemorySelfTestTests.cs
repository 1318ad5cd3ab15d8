using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Maintenance;
using Terminal.App.SelfTests;
using Terminal.App.SelfTests.Software;
using Terminal.Tests.App.SelfTests.Hardware;

namespace Terminal.Tests.App.SelfTests.Software
{
    /// <summary>SW-MEMORY over the simulated platform's heap monitor and the reset history on the board's flash.</summary>
    [TestClass]
    public sealed class SwMemorySelfTestTests
    {
        [TestMethod]
        public void Plenty_of_free_heap_and_no_crashes_pass()
        {
            var rig = new HardwareRig();

            SelfTestResult result = new SwMemorySelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary);
            Assert.AreEqual((96 * 1024).ToString(), HardwareRig.Measured(result, "free_heap"));
            Assert.AreEqual("0", HardwareRig.Measured(result, "unclean_restarts"));
        }

        [TestMethod]
        public void Free_heap_below_the_floor_fails_with_the_restart_remedy()
        {
            var rig = new HardwareRig();
            rig.Board.PlatformServices.FreeBytes = 8 * 1024;

            SelfTestResult result = new SwMemorySelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "SW-MEMORY", CheckVerdict.Fail);
            Assert.AreEqual((8 * 1024).ToString(), HardwareRig.Measured(result, "free_heap"));
            StringAssert.Contains(result.Remedy.English, "Restart");
        }

        [TestMethod]
        public void Free_heap_between_the_floors_warns()
        {
            var rig = new HardwareRig();
            rig.Board.PlatformServices.FreeBytes = 20 * 1024;

            SelfTestResult result = new SwMemorySelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "SW-MEMORY", CheckVerdict.Warn);
            StringAssert.Contains(result.Summary, "20 KB");
        }

        [TestMethod]
        public void Repeated_unclean_restarts_warn_as_crashes()
        {
            var rig = new HardwareRig();
            for (int i = 0; i < 2; i++)
            {
                rig.Board.Flash.CutPowerNow();
                rig.Board.Flash.PowerOn();
                rig.Context.Resets = new ResetHistory(rig.Board.Storage);
                rig.Context.Resets.MarkRunning(null);
            }

            SelfTestResult result = new SwMemorySelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "SW-MEMORY", CheckVerdict.Warn);
            Assert.AreEqual("2", HardwareRig.Measured(result, "unclean_recent"));
        }

        [TestMethod]
        public void A_board_without_heap_monitor_or_counters_skips()
        {
            var rig = new HardwareRig();
            rig.Board.Platform.Memory = null;
            rig.Context.Resets = null;

            SelfTestResult result = new SwMemorySelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Skip, result.Verdict);
        }
    }
}
