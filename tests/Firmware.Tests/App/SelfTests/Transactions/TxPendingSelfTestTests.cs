using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Payments;
using Terminal.App.SelfTests;
using Terminal.App.SelfTests.Transactions;
using Terminal.Core.Journal;
using Terminal.Tests.App.SelfTests.Network;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.App.SelfTests.Transactions
{
    [TestClass]
    public sealed class TxPendingSelfTestTests
    {
        [TestMethod]
        public void An_empty_journal_passes_with_every_queue_at_zero()
        {
            using var rig = new NetworkRig(31, startHost: false);

            SelfTestResult result = new TxPendingSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary);
            Assert.AreEqual("TX-PENDING", result.CauseId);
            Assert.AreEqual("0", result.FindMeasurement("host_queued")!.Value);
            Assert.AreEqual("0", result.FindMeasurement("printer_queued")!.Value);
        }

        [TestMethod]
        public void A_fresh_queued_result_warns_with_the_depth_of_each_queue()
        {
            using var rig = new NetworkRig(32, startHost: false);
            rig.QueueApprovedResult(1200);
            rig.Board.ManualClock.Advance(30_000);

            SelfTestResult result = new TxPendingSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Warn, result.Verdict, result.Summary);
            Assert.AreEqual("1", result.FindMeasurement("display_queued")!.Value);
            Assert.AreEqual("1", result.FindMeasurement("printer_queued")!.Value);
            Assert.AreEqual("1", result.FindMeasurement("host_queued")!.Value);
            Assert.AreEqual("30", result.FindMeasurement("host_oldest_age")!.Value);
            StringAssert.Contains(result.Summary, "draining by itself");
            Assert.IsTrue(result.Remedy.Chinese.Length > 0 && result.Remedy.English.Length > 0);
        }

        [TestMethod]
        public void A_result_queued_for_eleven_minutes_fails_as_not_draining()
        {
            using var rig = new NetworkRig(33, startHost: false);
            rig.QueueApprovedResult(1300);
            rig.Board.ManualClock.Advance(11 * 60_000);

            SelfTestResult result = new TxPendingSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Fail, result.Verdict);
            Assert.AreEqual("660", result.FindMeasurement("display_oldest_age")!.Value);
            StringAssert.Contains(result.Summary, "not draining");
            StringAssert.Contains(result.Remedy.English, "queue drains by itself");
        }

        [TestMethod]
        public void An_upload_refused_by_a_platform_in_maintenance_is_seen_in_the_host_queue_and_left_there()
        {
            using var rig = new NetworkRig(34);
            rig.Host!.Faults.Arm(new FaultRule(FaultKind.Error5xx, operation: HostOperation.Result));
            rig.Flow.ResultDisplay = null;
            PaymentOutcome outcome = rig.Flow.Pay(NetworkRig.Sale(1400, "ORD-1400"));
            rig.Flow.SendQueuedHostItems();
            Assert.AreEqual(PaymentOutcomeKind.Approved, outcome.Kind);

            SelfTestResult result = new TxPendingSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Warn, result.Verdict);
            Assert.AreEqual("1", result.FindMeasurement("host_queued")!.Value);
            Assert.AreEqual(1, rig.Journal.PendingCount(Destinations.Host), "the self-test only reads the queue");
        }

        [TestMethod]
        public void A_queued_self_test_report_is_not_counted_as_a_waiting_result()
        {
            using var rig = new NetworkRig(36, startHost: false);
            byte[] body = System.Text.Encoding.ASCII.GetBytes("{}");
            rig.Journal.EnqueueReport(new[] { body }, new[] { body.Length }, rig.Board.Clock.UtcNowMilliseconds);
            rig.Board.ManualClock.Advance(60 * 60_000);

            SelfTestResult result = new TxPendingSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary);
            Assert.AreEqual("0", result.FindMeasurement("host_queued")!.Value);
            Assert.AreEqual("1", result.FindMeasurement("reports_queued")!.Value);
        }

        [TestMethod]
        public void A_journal_that_could_not_be_opened_fails_and_points_at_storage()
        {
            using var rig = new NetworkRig(35, startHost: false);
            rig.Context.Journal = null;

            SelfTestResult result = new TxPendingSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Fail, result.Verdict);
            StringAssert.Contains(result.Summary, "HW-STORAGE");
            StringAssert.Contains(result.Remedy.English, "power off");
        }
    }
}
