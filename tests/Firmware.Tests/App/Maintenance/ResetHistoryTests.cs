using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Maintenance;
using Terminal.Core.Maintenance;
using Terminal.Hal.Simulated.Storage;
using Terminal.Hal.Simulated.Time;

namespace Terminal.Tests.App.Maintenance
{
    /// <summary>The reset history over a flash that loses power between boots, as a terminal's does.</summary>
    [TestClass]
    public sealed class ResetHistoryTests
    {
        private static PreviousRunEnd Boot(SimulatedFlash flash, out ResetHistory history, EventLog? log = null)
        {
            if (flash.IsPoweredOff)
            {
                flash.PowerOn();
            }

            history = new ResetHistory(flash.Storage);
            return history.MarkRunning(log);
        }

        [TestMethod]
        public void The_first_boot_counts_one_boot_and_no_unclean_restart()
        {
            var flash = new SimulatedFlash(2 * 1024 * 1024, 1);

            PreviousRunEnd end = Boot(flash, out ResetHistory history);

            Assert.AreEqual(PreviousRunEnd.FirstBoot, end);
            Assert.AreEqual(1, history.BootCount);
            Assert.AreEqual(0, history.UncleanRestarts);
            Assert.IsTrue(history.Persisted);
            Assert.IsFalse(history.HistoryLost);
        }

        [TestMethod]
        public void A_power_cut_between_boots_is_counted_as_an_unclean_restart()
        {
            var flash = new SimulatedFlash(2 * 1024 * 1024, 1);
            Boot(flash, out _);
            flash.CutPowerNow();

            PreviousRunEnd end = Boot(flash, out ResetHistory history);

            Assert.AreEqual(PreviousRunEnd.Unclean, end);
            Assert.AreEqual(2, history.BootCount);
            Assert.AreEqual(1, history.UncleanRestarts);
            Assert.AreEqual(1, history.UncleanInLastBoots(10));
        }

        [TestMethod]
        public void An_orderly_restart_is_counted_as_clean()
        {
            var flash = new SimulatedFlash(2 * 1024 * 1024, 1);
            Boot(flash, out ResetHistory first);
            Assert.IsTrue(first.MarkCleanShutdown());
            flash.CutPowerNow();

            PreviousRunEnd end = Boot(flash, out ResetHistory history);

            Assert.AreEqual(PreviousRunEnd.Clean, end);
            Assert.AreEqual(2, history.BootCount);
            Assert.AreEqual(0, history.UncleanRestarts);
        }

        [TestMethod]
        public void Only_the_recent_boots_count_towards_the_recent_unclean_restarts()
        {
            var flash = new SimulatedFlash(2 * 1024 * 1024, 1);
            Boot(flash, out _);
            flash.CutPowerNow();
            Boot(flash, out _);
            flash.CutPowerNow();
            ResetHistory history = null!;
            for (int i = 0; i < 5; i++)
            {
                Boot(flash, out history);
                history.MarkCleanShutdown();
            }

            // Boots: 1 first, 2 and 3 after a cut each, 4 to 7 after an orderly shutdown each.
            Assert.AreEqual(7, history.BootCount);
            Assert.AreEqual(2, history.UncleanRestarts);
            Assert.AreEqual(0, history.UncleanInLastBoots(4));
            Assert.AreEqual(1, history.UncleanInLastBoots(5));
            Assert.AreEqual(2, history.UncleanInLastBoots(10));
        }

        [TestMethod]
        public void A_power_cut_during_the_marker_write_keeps_the_counts()
        {
            // Cut at every mutation of the boot's marker write, until a boot completes uncut: the next boot must
            // still know the earlier boots, and count the cut boot as unclean or as not having happened.
            int cuts = 0;
            for (long cutAt = 1; cutAt < 20; cutAt++)
            {
                var flash = new SimulatedFlash(2 * 1024 * 1024, (int)cutAt);
                Boot(flash, out ResetHistory first);
                first.MarkCleanShutdown();
                flash.CutPowerNow();
                flash.PowerOn();
                flash.CutPowerAtMutation(flash.MutationCount + cutAt);
                bool cut = false;
                try
                {
                    Boot(flash, out _);
                }
                catch (PowerCutException)
                {
                    cut = true;
                }

                if (!cut)
                {
                    break;
                }

                cuts++;
                Boot(flash, out ResetHistory history);

                Assert.IsFalse(history.HistoryLost, "cut at " + cutAt);
                Assert.IsTrue(history.BootCount >= 2, "cut at " + cutAt + ": " + history.BootCount);
                Assert.IsTrue(history.UncleanRestarts <= 1, "cut at " + cutAt + ": " + history.UncleanRestarts);
            }

            Assert.IsTrue(cuts >= 3, "the marker write has several mutations: " + cuts);
        }

        [TestMethod]
        public void A_damaged_counters_file_starts_again_and_says_so()
        {
            var flash = new SimulatedFlash(2 * 1024 * 1024, 1);
            Boot(flash, out ResetHistory first);
            first.MarkCleanShutdown();
            flash.FlipBits(ResetHistory.FileName, 3, new System.Random(5));

            PreviousRunEnd end = Boot(flash, out ResetHistory history);

            Assert.AreEqual(PreviousRunEnd.FirstBoot, end);
            Assert.IsTrue(history.HistoryLost);
            Assert.AreEqual(1, history.BootCount);
        }

        [TestMethod]
        public void A_boot_after_a_power_cut_writes_a_reset_record_to_the_event_log()
        {
            var flash = new SimulatedFlash(2 * 1024 * 1024, 1);
            var clock = new ManualClock(1795392000000);
            Boot(flash, out _);
            flash.CutPowerNow();
            flash.PowerOn();
            var log = new EventLog(flash.Storage, clock, 16);
            log.Open();

            Boot(flash, out _, log);

            Assert.AreEqual(1, log.CountOf(EventKind.Reset));
            EventRecord record = log.Read(log.Count - 1);
            Assert.AreEqual(EventKind.Reset, record.Kind);
            StringAssert.Contains(record.Text, "unclean");
        }
    }
}
