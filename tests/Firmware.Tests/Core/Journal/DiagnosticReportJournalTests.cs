using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Core.Journal;

namespace Terminal.Tests.Core.Journal
{
    [TestClass]
    public sealed class DiagnosticReportJournalTests
    {
        private static bool Enqueue(JournalHarness harness, string text)
        {
            byte[] body = Encoding.ASCII.GetBytes(text);
            return harness.Journal.EnqueueReport(new[] { body }, new[] { body.Length }, harness.NowUtcMilliseconds);
        }

        [TestMethod]
        public void A_queued_report_survives_a_power_cut_with_its_body_and_key()
        {
            var harness = new JournalHarness();
            Assert.IsTrue(Enqueue(harness, "{\"plan\":\"S1\"}"));
            harness.Journal.TryPeek(Destinations.Host, out JournalEntry? before);

            harness.Flash.CutPowerNow();
            harness.Reboot();

            Assert.AreEqual(1, harness.Journal.QueuedReportCount);
            Assert.IsTrue(harness.Journal.TryPeek(Destinations.Host, out JournalEntry? after));
            Assert.AreEqual(before!.Sequence, after!.Sequence, "same idempotency key after the reboot");
            Assert.IsTrue(after.IsStandalone);
            Assert.AreEqual("{\"plan\":\"S1\"}", Encoding.ASCII.GetString(after.DecodeReport().Body));
            Assert.AreEqual(0, harness.Journal.LiveTransactionCount, "a report is not a transaction");
            Assert.AreEqual(0, harness.LastRecovery.RejectedRecords);
        }

        [TestMethod]
        public void A_delivered_report_is_forgotten_and_stays_forgotten_after_a_reboot()
        {
            var harness = new JournalHarness();
            Enqueue(harness, "{}");
            harness.Journal.TryPeek(Destinations.Host, out JournalEntry? item);
            harness.Journal.MarkDelivered(item!, Destinations.Host);
            harness.Journal.Commit();

            harness.Reboot();

            Assert.AreEqual(0, harness.Journal.QueuedReportCount);
            Assert.IsFalse(harness.Journal.TryPeek(Destinations.Host, out _));
        }

        [TestMethod]
        public void A_queued_report_is_carried_forward_by_compaction_and_its_old_segments_are_reclaimed()
        {
            var harness = new JournalHarness(new JournalSettings { SegmentSizeBytes = 2048, TargetSegmentCount = 2 });
            Enqueue(harness, "{\"plan\":\"ALL\"}");
            harness.Journal.TryPeek(Destinations.Host, out JournalEntry? report);
            for (int i = 0; i < 60; i++)
            {
                // A whole payment, delivered everywhere, leaving the report queued.
                uint transaction = harness.Begin(1000 + i);
                JournalEntry result = harness.Journal.RecordResponse(transaction, JournalHarness.Approval(), Destinations.All);
                harness.Journal.MarkDelivered(result, Destinations.Display);
                harness.Journal.MarkDelivered(result, Destinations.Printer);
                harness.Journal.MarkDelivered(result, Destinations.Host);
                harness.Journal.Commit();
            }

            Assert.IsTrue(harness.Journal.SegmentCount <= 3, "segments pinned only by the report were reclaimed: " + harness.Journal.SegmentCount);
            Assert.IsTrue(harness.Journal.Statistics.RecordsCarried > 0, "carried: " + harness.Journal.Statistics.RecordsCarried + ", segments created " + harness.Journal.Statistics.SegmentsCreated + ", deleted " + harness.Journal.Statistics.SegmentsDeleted + ", now " + harness.Journal.SegmentCount);
            harness.Flash.CutPowerNow();
            harness.Reboot();

            Assert.AreEqual(1, harness.Journal.QueuedReportCount);
            Assert.IsTrue(harness.Journal.TryPeek(Destinations.Host, out JournalEntry? again));
            Assert.AreEqual(report!.Sequence, again!.Sequence);
            Assert.AreEqual("{\"plan\":\"ALL\"}", Encoding.ASCII.GetString(again.DecodeReport().Body));
        }

        [TestMethod]
        public void Reports_never_count_against_the_payments_limits()
        {
            var harness = new JournalHarness(new JournalSettings { MaximumLiveTransactions = 1 });
            Enqueue(harness, "{}");
            Enqueue(harness, "{}");

            Assert.IsTrue(harness.Journal.CheckCapacity(1250, harness.NowUtcMilliseconds).IsAccepted);
            Assert.AreEqual(-1, harness.Journal.OldestPendingCreatedUtcMilliseconds(Destinations.Host), "no payment item waits");
        }

        [TestMethod]
        public void A_report_is_refused_when_the_queue_is_full_and_nothing_is_written()
        {
            var harness = new JournalHarness(new JournalSettings { MaximumQueuedReports = 2 });
            Assert.IsTrue(Enqueue(harness, "{}"));
            Assert.IsTrue(Enqueue(harness, "{}"));
            uint next = harness.Journal.NextSequence;

            Assert.IsFalse(Enqueue(harness, "{}"));
            Assert.AreEqual(next, harness.Journal.NextSequence);
            Assert.AreEqual(2, harness.Journal.QueuedReportCount);
        }

        [TestMethod]
        public void A_sender_can_step_past_a_report_to_the_payment_item_behind_it()
        {
            var harness = new JournalHarness();
            Enqueue(harness, "{}");
            uint transaction = harness.Begin();
            harness.Journal.RecordResponse(transaction, JournalHarness.Approval(), Destinations.Host);

            Assert.IsTrue(harness.Journal.TryPeek(Destinations.Host, out JournalEntry? first));
            Assert.IsTrue(first!.IsStandalone);
            Assert.IsTrue(harness.Journal.TryPeekAfter(Destinations.Host, first.Sequence, out JournalEntry? second));
            Assert.IsFalse(second!.IsStandalone);
            Assert.AreEqual(transaction, second.TransactionSequence);
            Assert.AreEqual(JournalHarness.StartUtcMilliseconds, harness.Journal.OldestPendingCreatedUtcMilliseconds(Destinations.Host), "the payment's age, not the report's");
        }
    }
}
