using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.SelfTests;
using Terminal.App.SelfTests.Hardware;
using Terminal.Core.Journal;
using Terminal.Hal.Storage;

namespace Terminal.Tests.App.SelfTests.Hardware
{
    /// <summary>HW-STORAGE over the simulated flash: a full drive, bit rot in a journal segment, a refusing drive, a dead one.</summary>
    [TestClass]
    public sealed class HwStorageSelfTestTests
    {
        [TestMethod]
        public void A_healthy_drive_with_an_intact_journal_passes_and_leaves_no_sentinel()
        {
            var rig = new HardwareRig();
            rig.WriteTransactions(5);

            SelfTestResult result = new HwStorageSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary + " | " + result.MeasurementsText());
            Assert.AreEqual("verified", HardwareRig.Measured(result, "sentinel"));
            Assert.AreEqual("0", HardwareRig.Measured(result, "journal_crc_errors"));
            Assert.IsFalse(rig.Board.Storage.Exists(HwStorageSelfTest.SentinelFileName));
            Assert.IsFalse(TransactionJournal.IsJournalFile(HwStorageSelfTest.SentinelFileName));
        }

        [TestMethod]
        public void A_flipped_bit_in_a_journal_segment_fails_with_the_do_not_power_off_remedy()
        {
            var rig = new HardwareRig();
            rig.WriteTransactions(5);
            rig.Board.Flash.FlipBits(TransactionJournal.SegmentName(1), 1, new Random(3));

            SelfTestResult result = new HwStorageSelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "HW-STORAGE", CheckVerdict.Fail);
            StringAssert.Contains(result.Summary, "journal damaged");
            StringAssert.Contains(result.Remedy.English, "do not power off");
            int damage = int.Parse(HardwareRig.Measured(result, "journal_crc_errors")) + int.Parse(HardwareRig.Measured(result, "journal_torn_tail"));
            Assert.IsTrue(damage > 0, result.MeasurementsText());
        }

        [TestMethod]
        public void A_full_drive_fails_and_nothing_is_lost()
        {
            var rig = new HardwareRig();
            rig.WriteTransactions(3);
            int pending = rig.Journal!.PendingCount(Destinations.Host);
            rig.Board.Flash.CapacityBytes = rig.Board.Flash.CapacityBytes - rig.Board.Storage.FreeBytes;

            SelfTestResult result = new HwStorageSelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "HW-STORAGE", CheckVerdict.Fail);
            Assert.AreEqual("0", HardwareRig.Measured(result, "free"));
            Assert.AreEqual("failed", HardwareRig.Measured(result, "sentinel"));
            Assert.AreEqual(pending, rig.Journal.PendingCount(Destinations.Host));
        }

        [TestMethod]
        public void A_nearly_full_drive_warns()
        {
            var rig = new HardwareRig();
            rig.Board.Flash.CapacityBytes = rig.Board.Flash.CapacityBytes - rig.Board.Storage.FreeBytes + (40 * 1024);

            SelfTestResult result = new HwStorageSelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "HW-STORAGE", CheckVerdict.Warn);
            StringAssert.Contains(result.Summary, "nearly full");
        }

        [TestMethod]
        public void A_drive_that_refuses_the_sentinel_write_fails()
        {
            var rig = new HardwareRig();
            rig.Board.Flash.FailNextMutationWith = StorageError.MediaFault;

            SelfTestResult result = new HwStorageSelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "HW-STORAGE", CheckVerdict.Fail);
            StringAssert.Contains(result.Summary, "sentinel");
        }

        [TestMethod]
        public void A_journal_that_could_not_be_opened_fails()
        {
            var rig = new HardwareRig(withJournal: false);

            SelfTestResult result = new HwStorageSelfTest().Run(rig.Context);

            HardwareRig.AssertFinding(result, "HW-STORAGE", CheckVerdict.Fail);
            Assert.AreEqual("not open", HardwareRig.Measured(result, "journal"));
        }

        [TestMethod]
        public void Damage_that_boot_recovery_skipped_is_reported()
        {
            var rig = new HardwareRig();
            rig.WriteTransactions(30);
            rig.Board.Flash.FlipBits(TransactionJournal.SegmentName(1), 1, new Random(4));
            var rebooted = new TransactionJournal(rig.Board.Storage, HardwareRig.TerminalId, rig.Settings.Journal);
            RecoveryReport boot = rebooted.Open();
            Assert.IsTrue(boot.NeedsAttention, "the flip must land where recovery reports it");
            rig.Context.Journal = rebooted;

            SelfTestResult result = new HwStorageSelfTest().Run(rig.Context);

            Assert.AreEqual("needs attention", HardwareRig.Measured(result, "boot_recovery"));
            Assert.AreNotEqual(CheckVerdict.Pass, result.Verdict);
            Assert.AreEqual("HW-STORAGE", result.CauseId);
        }

        [TestMethod]
        public void A_flash_without_power_is_reported_as_a_storage_failure_by_the_runner()
        {
            var rig = new HardwareRig();
            rig.Board.Flash.CutPowerNow();
            var runner = new SelfTestRunner(rig.Context, null, new SelfTest[] { new HwStorageSelfTest() });
            rig.Context.EventLog = null;

            SelfTestRun run = runner.RunOne("HW-STORAGE");

            HardwareRig.AssertFinding(run.Results[0], "HW-STORAGE", CheckVerdict.Fail);
        }
    }
}
