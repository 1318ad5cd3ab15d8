using System;
using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Core.Journal;

namespace Terminal.Tests.Core.Journal
{
    /// <summary>The journal's read-only CRC scan: it finds damage made after boot and changes nothing.</summary>
    [TestClass]
    public sealed class JournalVerificationTests
    {
        private static JournalHarness JournalWithPendingResults(int transactions, int seed = 1)
        {
            // Small segments, so a few results span several segment files.
            JournalSettings settings = JournalSettings.CreateDefault();
            settings.SegmentSizeBytes = 2048;
            var harness = new JournalHarness(settings, seed);
            for (int i = 0; i < transactions; i++)
            {
                uint sequence = harness.Begin(1000 + i, "ORDER-" + i);
                harness.Journal.RecordResponse(sequence, JournalHarness.Approval("H" + i), Destinations.All);
                harness.Journal.Commit();
            }

            return harness;
        }

        [TestMethod]
        public void An_undamaged_journal_scans_clean_with_every_frame_counted()
        {
            JournalHarness harness = JournalWithPendingResults(30);

            JournalScanReport report = harness.Journal.VerifySegments();

            Assert.IsTrue(report.IsClean);
            Assert.AreEqual(harness.Journal.SegmentCount, report.SegmentsScanned);
            Assert.IsTrue(report.SegmentsScanned >= 2, "30 results should fill more than one segment");
            Assert.IsTrue(report.FramesValid >= 60, report.FramesValid.ToString());
            Assert.AreEqual(0, report.DamagedRegions);
            Assert.AreEqual(0, report.TornTailBytes);
        }

        [TestMethod]
        public void A_flipped_bit_anywhere_in_a_segment_is_reported()
        {
            for (int seed = 1; seed <= 300; seed++)
            {
                JournalHarness harness = JournalWithPendingResults(10, seed);
                string segment = TransactionJournal.SegmentName(1);

                harness.Flash.FlipBits(segment, 1, new Random(seed));
                JournalScanReport report = harness.Journal.VerifySegments();

                Assert.IsFalse(report.IsClean, "seed " + seed);
                Assert.IsTrue(report.DamagedRegions + report.TornTailBytes + report.UnreadableSegments > 0, "seed " + seed);
            }
        }

        [TestMethod]
        public void Verification_changes_no_file_and_no_journal_state()
        {
            JournalHarness harness = JournalWithPendingResults(25);
            harness.Flash.FlipBits(TransactionJournal.SegmentName(1), 4, new Random(9));
            Dictionary<string, byte[]> before = Snapshot(harness);
            long mutations = harness.Flash.MutationCount;
            uint nextSequence = harness.Journal.NextSequence;
            int segments = harness.Journal.SegmentCount;
            int printerPending = harness.Journal.PendingCount(Destinations.Printer);
            int hostPending = harness.Journal.PendingCount(Destinations.Host);

            JournalScanReport report = harness.Journal.VerifySegments();

            Assert.IsFalse(report.IsClean);
            Assert.AreEqual(mutations, harness.Flash.MutationCount, "no write, rename or delete");
            Dictionary<string, byte[]> after = Snapshot(harness);
            CollectionAssert.AreEquivalent(new List<string>(before.Keys), new List<string>(after.Keys));
            foreach (KeyValuePair<string, byte[]> file in before)
            {
                CollectionAssert.AreEqual(file.Value, after[file.Key], file.Key);
            }

            Assert.AreEqual(nextSequence, harness.Journal.NextSequence);
            Assert.AreEqual(segments, harness.Journal.SegmentCount);
            Assert.AreEqual(printerPending, harness.Journal.PendingCount(Destinations.Printer));
            Assert.AreEqual(hostPending, harness.Journal.PendingCount(Destinations.Host));

            // The journal still works: the next result is written and recovered as before.
            uint sequence = harness.Begin(777, "AFTER");
            harness.Journal.RecordResponse(sequence, JournalHarness.Approval("AFTER"), Destinations.All);
            harness.Journal.Commit();
            Assert.AreEqual(printerPending + 1, harness.Journal.PendingCount(Destinations.Printer));
        }

        [TestMethod]
        public void The_boot_recovery_report_is_kept_for_the_self_tests()
        {
            JournalHarness harness = JournalWithPendingResults(3);

            RecoveryReport report = harness.Reboot();

            Assert.AreSame(report, harness.Journal.BootRecovery);
        }

        [TestMethod]
        public void Verifying_a_closed_journal_is_a_programming_error()
        {
            var harness = new JournalHarness();
            var closed = new TransactionJournal(harness.Flash.Storage, JournalHarness.TerminalId, harness.Settings);

            Assert.ThrowsException<InvalidOperationException>(() => closed.VerifySegments());
        }

        private static Dictionary<string, byte[]> Snapshot(JournalHarness harness)
        {
            var files = new Dictionary<string, byte[]>();
            foreach (string name in harness.Flash.FileNames)
            {
                files[name] = harness.Flash.ReadDurableBytes(name);
            }

            return files;
        }
    }
}
