using System;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Core.Journal;
using Terminal.Hal.Simulated.Storage;
using Terminal.Hal.Storage;

namespace Terminal.Tests.Core.Journal
{
    [TestClass]
    public sealed class TransactionJournalTests
    {
        [TestMethod]
        public void Intent_survives_a_power_cut_and_is_marked_for_a_status_inquiry_not_failed()
        {
            var harness = new JournalHarness();
            uint transaction = harness.Begin(4200);
            harness.Flash.CutPowerNow();

            RecoveryReport report = harness.Reboot();

            JournalTransaction recovered = harness.Journal.FindTransaction(transaction);
            Assert.IsNotNull(recovered, "the intent was committed before BeginTransaction returned");
            Assert.AreEqual(TransactionState.OutcomeUnknown, recovered.State);
            Assert.AreEqual(4200, recovered.AmountMinorUnits);
            Assert.AreEqual(1, report.MarkedForInquiry);
        }

        [TestMethod]
        public void Result_is_queued_for_display_printer_and_host_and_survives_a_reboot()
        {
            var harness = new JournalHarness();
            uint transaction = harness.Begin();
            harness.Journal.RecordResponse(transaction, JournalHarness.Approval(), Destinations.All);
            harness.Flash.CutPowerNow();
            harness.Reboot();

            foreach (int destination in new[] { Destinations.Display, Destinations.Printer, Destinations.Host })
            {
                Assert.IsTrue(harness.Journal.TryPeek(destination, out JournalEntry item), Destinations.NameOf(destination));
                Assert.AreEqual(transaction, item.TransactionSequence);
                Assert.AreEqual(TransactionOutcome.Approved, item.DecodeResponse().Outcome);
            }

            Assert.AreEqual(TransactionState.Approved, harness.Journal.FindTransaction(transaction).State);
        }

        [TestMethod]
        public void Committed_deliveries_are_not_offered_again_after_a_reboot()
        {
            var harness = new JournalHarness();
            uint transaction = harness.CompleteTransaction();
            harness.Reboot();

            Assert.IsFalse(harness.Journal.TryPeek(Destinations.Display, out _));
            Assert.IsFalse(harness.Journal.TryPeek(Destinations.Printer, out _));
            Assert.IsFalse(harness.Journal.TryPeek(Destinations.Host, out _));
            Assert.IsNull(harness.Journal.FindTransaction(transaction), "a delivered transaction is forgotten");
        }

        [TestMethod]
        public void Uncommitted_delivery_is_offered_again_after_a_power_cut_with_the_same_idempotency_key()
        {
            var harness = new JournalHarness();
            uint transaction = harness.Begin();
            JournalEntry result = harness.Journal.RecordResponse(transaction, JournalHarness.Approval(), Destinations.All);
            string key = harness.Journal.IdempotencyKeyFor(result);
            harness.Journal.MarkDelivered(result, Destinations.Host);
            Assert.IsFalse(harness.Journal.TryPeek(Destinations.Host, out _), "not offered twice within one boot");
            harness.Flash.CutPowerNow();
            harness.Reboot();

            Assert.IsTrue(harness.Journal.TryPeek(Destinations.Host, out JournalEntry again));
            Assert.AreEqual(key, harness.Journal.IdempotencyKeyFor(again));
            StringAssert.StartsWith(key, JournalHarness.TerminalId + "-");
        }

        [TestMethod]
        public void Result_that_arrives_after_the_outcome_was_unknown_is_marked_late()
        {
            var harness = new JournalHarness();
            uint transaction = harness.Begin();
            Assert.IsTrue(harness.Journal.RecordOutcomeUnknown(transaction));
            JournalEntry result = harness.Journal.RecordResponse(transaction, JournalHarness.Approval(), Destinations.All);

            Assert.IsTrue(result.DecodeResponse().IsLate);
        }

        [TestMethod]
        public void Result_after_a_reboot_mid_flight_is_marked_late()
        {
            var harness = new JournalHarness();
            uint transaction = harness.Begin();
            harness.Flash.CutPowerNow();
            harness.Reboot();

            JournalEntry result = harness.Journal.RecordResponse(transaction, JournalHarness.Approval(), Destinations.All);

            Assert.IsTrue(result.DecodeResponse().IsLate);
        }

        [TestMethod]
        public void A_second_answer_for_a_resolved_transaction_is_ignored()
        {
            var harness = new JournalHarness();
            uint transaction = harness.Begin();
            harness.Journal.RecordResponse(transaction, JournalHarness.Approval(), Destinations.All);

            Assert.IsNull(harness.Journal.RecordResponse(transaction, JournalHarness.Approval("DUPLICATE"), Destinations.All));
            Assert.AreEqual(1, harness.Journal.PendingCount(Destinations.Display));
        }

        [TestMethod]
        public void Cancellation_queues_a_reversal_for_the_host_only_and_survives_a_reboot()
        {
            var harness = new JournalHarness();
            uint transaction = harness.Begin();
            JournalEntry reversal = harness.Journal.RecordCancellation(transaction, "CANCEL");
            harness.Flash.CutPowerNow();
            harness.Reboot();

            Assert.AreEqual(TransactionState.Cancelled, harness.Journal.FindTransaction(transaction).State);
            Assert.IsTrue(harness.Journal.TryPeek(Destinations.Host, out JournalEntry queued));
            Assert.AreEqual(reversal.Sequence, queued.Sequence);
            Assert.AreEqual(HostMessageKind.Reversal, queued.DecodeHostMessage().Kind);
            Assert.IsFalse(harness.Journal.TryPeek(Destinations.Display, out _));

            harness.Journal.MarkDelivered(queued, Destinations.Host);
            harness.Journal.Commit();
            Assert.IsNull(harness.Journal.FindTransaction(transaction));
        }

        [TestMethod]
        public void Torn_tail_of_a_commit_is_cut_and_the_journal_keeps_working()
        {
            // The simulated flash keeps a seeded random prefix of the cut append (none, part or all of
            // it): several seeds, so that at least one really leaves a torn frame to cut.
            int tornRuns = 0;
            for (int seed = 1; seed <= 8; seed++)
            {
                var harness = new JournalHarness(seed: seed);
                uint first = harness.Begin(100);
                // Cut the next commit's append after a part of its bytes landed.
                harness.Flash.CutPowerAtMutation(harness.Flash.MutationCount + 1);
                Assert.ThrowsException<PowerCutException>(() => harness.Begin(200));
                harness.Flash.PowerOn();
                RecoveryReport report = harness.Reboot();

                Assert.IsNotNull(harness.Journal.FindTransaction(first), $"seed {seed}");
                Assert.IsTrue(harness.Journal.LiveTransactionCount is 1 or 2, $"seed {seed}");
                uint third = harness.Begin(300);
                harness.Reboot();
                Assert.IsNotNull(harness.Journal.FindTransaction(third), $"seed {seed}: commits after a cut tail are readable");
                Assert.AreEqual(0, harness.LastRecovery.CorruptRegions, $"seed {seed}: a torn tail is cut, not left as damage");
                Assert.AreEqual(0, report.CorruptRegions, $"seed {seed}");
                if (report.TornTailBytes > 0)
                {
                    tornRuns++;
                }
            }

            Assert.IsTrue(tornRuns > 0, "no seed left a torn tail: the test would prove nothing about cutting one");
        }

        [TestMethod]
        public void Sequence_numbers_never_repeat_after_compaction_and_reboots()
        {
            var settings = new JournalSettings { SegmentSizeBytes = 1024, TargetSegmentCount = 2 };
            var harness = new JournalHarness(settings);
            uint last = 0;
            for (int i = 0; i < 60; i++)
            {
                last = harness.CompleteTransaction();
            }

            harness.Reboot();
            uint next = harness.Begin();

            Assert.IsTrue(next > last, $"next {next} must be above {last}");
        }

        [TestMethod]
        public void Delivered_history_is_reclaimed_so_segments_stay_bounded()
        {
            var settings = new JournalSettings { SegmentSizeBytes = 2048, TargetSegmentCount = 3 };
            var harness = new JournalHarness(settings);
            for (int i = 0; i < 500; i++)
            {
                harness.CompleteTransaction();
            }

            Assert.IsTrue(harness.Journal.SegmentCount <= 2, $"segments: {harness.Journal.SegmentCount}");
            RecoveryReport report = harness.Reboot();
            Assert.IsTrue(report.BytesRead <= 2 * settings.SegmentSizeBytes, $"recovery read {report.BytesRead} bytes");
        }

        [TestMethod]
        public void An_old_undelivered_result_is_carried_forward_and_its_segment_reclaimed()
        {
            var settings = new JournalSettings { SegmentSizeBytes = 1024, TargetSegmentCount = 3 };
            var harness = new JournalHarness(settings);
            uint stuck = harness.Begin();
            harness.Journal.RecordResponse(stuck, JournalHarness.Approval("STUCK"), Destinations.All);
            harness.Drain(Destinations.Display);
            harness.Drain(Destinations.Host);
            harness.Journal.Commit();
            // The printer is out of paper: the receipt stays queued while 200 more sales go through.
            for (int i = 0; i < 200; i++)
            {
                uint sequence = harness.Begin();
                harness.Journal.RecordResponse(sequence, JournalHarness.Approval(), Destinations.Display | Destinations.Host);
                harness.Drain(Destinations.Display);
                harness.Drain(Destinations.Host);
                harness.Journal.Commit();
            }

            Assert.IsTrue(harness.Journal.SegmentCount <= settings.TargetSegmentCount, $"segments: {harness.Journal.SegmentCount}");
            Assert.IsFalse(Array.Exists(harness.Flash.FileNames, name => name == TransactionJournal.SegmentName(1)), "the first segment was reclaimed");
            harness.Reboot();
            Assert.IsTrue(harness.Journal.TryPeek(Destinations.Printer, out JournalEntry receipt));
            Assert.AreEqual(stuck, receipt.TransactionSequence);
            Assert.AreEqual("STUCK", receipt.DecodeResponse().HostReference);
            Assert.IsFalse(harness.Journal.TryPeek(Destinations.Display, out _), "delivered destinations stay delivered in the copy");
        }

        [TestMethod]
        public void New_transactions_are_refused_with_a_message_when_too_many_are_pending_and_nothing_is_evicted()
        {
            var settings = new JournalSettings { MaximumLiveTransactions = 5 };
            var harness = new JournalHarness(settings);
            for (int i = 0; i < 5; i++)
            {
                harness.Begin();
            }

            CapacityVerdict verdict = harness.Journal.BeginTransaction(JournalHarness.Sale(100), harness.NowUtcMilliseconds, out uint refused);

            Assert.IsFalse(verdict.IsAccepted);
            Assert.AreEqual(CapacityRefusal.TooManyPending, verdict.Refusal);
            StringAssert.Contains(verdict.Message, "Queue full");
            Assert.AreEqual(0u, refused);
            Assert.AreEqual(5, harness.Journal.LiveTransactionCount);
        }

        [TestMethod]
        public void New_sales_are_refused_above_the_offline_amount_limit()
        {
            var settings = new JournalSettings { MaximumPendingAmountMinorUnits = 10000 };
            var harness = new JournalHarness(settings);
            harness.Begin(6000);

            CapacityVerdict verdict = harness.Journal.BeginTransaction(JournalHarness.Sale(5000), harness.NowUtcMilliseconds, out _);

            Assert.AreEqual(CapacityRefusal.AmountLimit, verdict.Refusal);
            Assert.IsTrue(harness.Journal.BeginTransaction(JournalHarness.Sale(4000), harness.NowUtcMilliseconds, out _).IsAccepted);
        }

        [TestMethod]
        public void New_sales_are_refused_when_the_oldest_undelivered_result_is_too_old()
        {
            var settings = new JournalSettings { MaximumPendingAgeMilliseconds = 3600 * 1000 };
            var harness = new JournalHarness(settings);
            harness.Begin();
            harness.NowUtcMilliseconds += 2 * 3600 * 1000;

            CapacityVerdict verdict = harness.Journal.BeginTransaction(JournalHarness.Sale(100), harness.NowUtcMilliseconds, out _);

            Assert.AreEqual(CapacityRefusal.OldestTooOld, verdict.Refusal);
        }

        [TestMethod]
        public void A_full_drive_fails_the_commit_loudly_and_loses_nothing_already_committed()
        {
            var harness = new JournalHarness();
            uint committed = harness.Begin();
            harness.Flash.CapacityBytes = 0;

            Assert.ThrowsException<StorageException>(() => harness.Journal.RecordResponse(committed, JournalHarness.Approval(), Destinations.All));

            harness.Flash.CapacityBytes = 2 * 1024 * 1024;
            JournalEntry result = harness.Journal.RecordResponse(committed, JournalHarness.Approval(), Destinations.All);
            Assert.IsNotNull(result, "the response can be recorded once space is back");
            harness.Reboot();
            Assert.IsTrue(harness.Journal.TryPeek(Destinations.Display, out JournalEntry shown));
            Assert.AreEqual(committed, shown.TransactionSequence);
        }

        [TestMethod]
        public void A_full_drive_during_acknowledgements_keeps_the_items_offered_and_loses_nothing()
        {
            var settings = new JournalSettings { MaximumPendingAcknowledgements = 2 };
            var harness = new JournalHarness(settings);
            for (int i = 0; i < 4; i++)
            {
                uint sequence = harness.Begin();
                harness.Journal.RecordResponse(sequence, JournalHarness.Approval(), Destinations.All);
            }

            harness.Drain(Destinations.Display); // fills the acknowledgement buffer
            harness.Flash.CapacityBytes = 0;
            for (int attempt = 0; attempt < 3; attempt++)
            {
                Assert.IsTrue(harness.Journal.TryPeek(Destinations.Printer, out JournalEntry item));
                Assert.ThrowsException<StorageException>(() => harness.Journal.MarkDelivered(item, Destinations.Printer));
            }

            harness.Flash.CapacityBytes = 2 * 1024 * 1024;
            Assert.AreEqual(4, harness.Drain(Destinations.Printer), "every receipt is still offered once the drive has room");
            harness.Journal.Commit();
            harness.Reboot();
            Assert.AreEqual(0, harness.Journal.PendingCount(Destinations.Printer));
            Assert.AreEqual(4, harness.Journal.PendingCount(Destinations.Host));
        }

        [TestMethod]
        public void A_bit_flip_in_an_old_group_is_reported_and_later_groups_are_still_recovered()
        {
            var harness = new JournalHarness();
            uint first = harness.Begin(111, "FIRST");
            uint second = harness.Begin(222, "SECOND");
            uint third = harness.Begin(333, "THIRD");
            string segment = TransactionJournal.SegmentName(1);
            byte[] bytes = harness.Flash.ReadDurableBytes(segment);
            // Damage the middle of the second intent's frame.
            int secondFrame = Find(bytes, Encoding.ASCII.GetBytes("SECOND"));
            RewriteWithByteInverted(harness.Flash, segment, secondFrame);

            RecoveryReport report = harness.Reboot();

            Assert.IsTrue(report.CorruptRegions >= 1);
            Assert.IsTrue(report.NeedsAttention);
            Assert.IsNotNull(harness.Journal.FindTransaction(first));
            Assert.IsNull(harness.Journal.FindTransaction(second), "a damaged record is never accepted");
            Assert.IsNotNull(harness.Journal.FindTransaction(third));
        }

        [TestMethod]
        public void An_oversized_file_with_a_segment_name_is_read_only_up_to_the_limit_and_reported()
        {
            var harness = new JournalHarness();
            uint kept = harness.Begin(100, "KEPT");
            IStorageFile junk = harness.Flash.Storage.OpenAppend(TransactionJournal.SegmentName(9));
            byte[] block = new byte[4096];
            for (int i = 0; i < 64; i++)
            {
                junk.Append(block, 0, block.Length);
            }

            junk.Close();

            RecoveryReport report = harness.Reboot();

            Assert.IsTrue(report.BytesRead <= 65536 + 8192, $"read {report.BytesRead} bytes");
            Assert.IsTrue(report.NeedsAttention);
            Assert.IsNotNull(harness.Journal.FindTransaction(kept));
        }

        [TestMethod]
        public void Card_numbers_never_reach_the_flash()
        {
            const string pan = "6222021234567894";
            var harness = new JournalHarness();
            TransactionIntent intent = JournalHarness.Sale(100);
            intent.CardLast4 = pan.Substring(pan.Length - 4);
            harness.Journal.BeginTransaction(intent, harness.NowUtcMilliseconds, out uint sequence);
            harness.Journal.RecordResponse(sequence, JournalHarness.Approval(), Destinations.All);

            TransactionIntent leaking = JournalHarness.Sale(100, "REF " + pan);
            Assert.ThrowsException<ArgumentException>(() => harness.Journal.BeginTransaction(leaking, harness.NowUtcMilliseconds, out _));
            TransactionIntent fullNumber = JournalHarness.Sale(100);
            fullNumber.CardLast4 = pan;
            Assert.ThrowsException<ArgumentException>(() => harness.Journal.BeginTransaction(fullNumber, harness.NowUtcMilliseconds, out _));

            foreach (string name in harness.Flash.FileNames)
            {
                byte[] bytes = harness.Flash.ReadDurableBytes(name);
                Assert.AreEqual(-1, Find(bytes, Encoding.ASCII.GetBytes(pan)), $"full card number in {name}");
                Assert.AreEqual(-1, Find(bytes, Encoding.ASCII.GetBytes(pan.Substring(0, 6))), $"card BIN in {name}");
                Assert.AreEqual(-1, Find(bytes, PackedBcd(pan)), $"packed card number in {name}");
            }
        }

        /// <summary>Simulates a damaged flash cell: the file's durable bytes with one byte inverted.</summary>
        internal static void RewriteWithByteInverted(SimulatedFlash flash, string name, int offset)
        {
            byte[] bytes = flash.ReadDurableBytes(name);
            bytes[offset] ^= 0xFF;
            flash.Storage.Delete(name);
            IStorageFile file = flash.Storage.OpenAppend(name);
            file.Append(bytes, 0, bytes.Length);
            file.Close();
        }

        private static byte[] PackedBcd(string digits)
        {
            byte[] packed = new byte[digits.Length / 2];
            for (int i = 0; i < packed.Length; i++)
            {
                packed[i] = (byte)(((digits[2 * i] - '0') << 4) | (digits[(2 * i) + 1] - '0'));
            }

            return packed;
        }

        internal static int Find(byte[] haystack, byte[] needle)
        {
            for (int i = 0; i + needle.Length <= haystack.Length; i++)
            {
                int j = 0;
                while (j < needle.Length && haystack[i + j] == needle[j])
                {
                    j++;
                }

                if (j == needle.Length)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
