using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Payments;
using Terminal.App.SelfTests;
using Terminal.App.SelfTests.Network;
using Terminal.App.SelfTests.Transactions;
using Terminal.Core.Journal;
using Terminal.Core.Maintenance;
using Terminal.Core.Protocol;
using Terminal.Tests.App.SelfTests.Network;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.App.SelfTests
{
    [TestClass]
    public sealed class JournalSelfTestReportQueueTests
    {
        private const string TerminalId = "T0001234";

        private static SelfTestRunner Runner(NetworkRig rig, string terminalId = TerminalId)
        {
            SelfTest[] tests = { new NetLinkSelfTest(), new NetGatewaySelfTest(), new TxPendingSelfTest(), new TxUnknownSelfTest() };
            return new SelfTestRunner(rig.Context, null, tests) { Reports = new JournalSelfTestReportQueue(rig.Journal, rig.Board.Clock, terminalId) };
        }

        [TestMethod]
        public void A_report_queued_before_a_power_cut_reaches_the_host_once_after_the_reboot()
        {
            using var rig = new NetworkRig(51);
            rig.Board.PlatformServices.LinkUp = false;
            SelfTestRun run = Runner(rig).RunAll();
            int parts = rig.Journal.QueuedReportCount;
            Assert.IsTrue(parts >= 1);

            rig.PowerCutAndReboot();
            Assert.AreEqual(parts, rig.Journal.QueuedReportCount, "the report is durable");
            rig.Board.PlatformServices.LinkUp = true;
            rig.Flow.SendQueuedHostItems();
            rig.Flow.SendQueuedHostItems();
            rig.PowerCutAndReboot();
            rig.Flow.SendQueuedHostItems();

            var stored = rig.Host!.Ledger.Diagnostics(TerminalId);
            Assert.AreEqual(parts, stored.Count, "each part sent once, never again after it was acknowledged");
            Assert.IsTrue(stored.All(s => s.Plan == "ALL" && s.Parts == parts));
            Assert.AreEqual(run.Results.Length, stored.Sum(s => s.Results));
            Assert.IsTrue(stored.Any(s => s.Worst == "FAIL"), "NET-LINK and NET-GATEWAY failed without the link");
            Assert.AreEqual(0, rig.Journal.QueuedReportCount);
            Assert.AreEqual(0, rig.Host.Ledger.Summary().Payments, "a report is never a payment");
        }

        [TestMethod]
        public void A_report_whose_answer_was_lost_is_sent_again_and_the_host_keeps_it_once()
        {
            using var rig = new NetworkRig(52);
            rig.Host!.Faults.Arm(new FaultRule(FaultKind.DropResponse, count: 1, operation: HostOperation.Diagnostics));
            Runner(rig).RunOne("TX-PENDING");

            rig.Flow.SendQueuedHostItems();
            Assert.AreEqual(1, rig.Journal.QueuedReportCount, "no answer: kept for later");
            Assert.AreEqual(1, rig.Host.Ledger.Diagnostics(TerminalId).Count, "the host had stored it before the answer was lost");
            rig.Flow.SendQueuedHostItems();

            Assert.AreEqual(0, rig.Journal.QueuedReportCount);
            Assert.AreEqual(1, rig.Host.Ledger.Diagnostics(TerminalId).Count, "the retry was answered from the stored response");
        }

        [TestMethod]
        public void A_report_the_host_refuses_for_now_does_not_hold_back_a_payment_result_behind_it()
        {
            using var rig = new NetworkRig(53);
            rig.Host!.Faults.Arm(new FaultRule(FaultKind.Error5xx, operation: HostOperation.Diagnostics));
            Runner(rig).RunOne("TX-PENDING");
            Assert.AreEqual(PaymentOutcomeKind.Approved, rig.Flow.Pay(NetworkRig.Sale(2100, "ORD-2100")).Kind);

            rig.Flow.SendQueuedHostItems();

            Assert.AreEqual(1, rig.Host.Ledger.Summary().Results, "the payment's result went past the refused report");
            Assert.AreEqual(1, rig.Journal.QueuedReportCount, "503: the report waits for a later round");
            Assert.AreEqual(1, rig.Journal.PendingCount(Destinations.Host));
            rig.Host.Faults.Clear();
            rig.Flow.SendQueuedHostItems();
            Assert.AreEqual(1, rig.Host.Ledger.Diagnostics(TerminalId).Count);
        }

        [TestMethod]
        public void A_report_the_host_refuses_for_good_is_dropped_with_a_log_entry_and_the_payment_goes_on()
        {
            using var rig = new NetworkRig(54);
            var log = new EventLog(rig.Board.Storage, rig.Board.Clock, 64);
            log.Open();
            rig.Flow.HostOutbox.EventLog = log;

            // The report names another terminal than the request's header: the host answers 400 malformed.
            Runner(rig, "T9999999").RunOne("TX-PENDING");
            rig.Flow.Pay(NetworkRig.Sale(2200, "ORD-2200"));
            rig.Flow.SendQueuedHostItems();

            Assert.AreEqual(0, rig.Journal.QueuedReportCount, "a 4xx is final: the report is dropped");
            Assert.AreEqual(1, rig.Flow.HostOutbox.ReportsDropped);
            Assert.AreEqual(1, rig.Host!.Ledger.Summary().Results);
            Assert.AreEqual(0, rig.Journal.PendingCount(Destinations.Host));
            Assert.AreEqual(1L, log.CountOf(EventKind.Fault));
            StringAssert.Contains(log.Read(log.Count - 1).Text, "HTTP 400");
        }

        [TestMethod]
        public void A_queued_report_does_not_block_settlement()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 55, withBatch: true);
            host.Faults.Arm(new FaultRule(FaultKind.Error5xx, operation: HostOperation.Diagnostics));
            terminal.Flow.Pay(new CardSale { AmountMinorUnits = 2300, MerchantReference = "ORD-2300", CardLast4 = "4242", CardBrand = "UnionPay", EntryMode = CardEntryMode.Contactless, ReaderPayload = "AAECAwQFBgc=" });
            var context = new SelfTestContext { Board = terminal.Board, Clock = terminal.Board.Clock, Journal = terminal.Journal, Payments = terminal.Flow };
            var runner = new SelfTestRunner(context, null, new SelfTest[] { new TxPendingSelfTest() }) { Reports = new JournalSelfTestReportQueue(terminal.Journal, terminal.Board.Clock, TerminalId) };
            runner.RunAll();

            SettlementOutcome outcome = terminal.Flow.Settle();

            Assert.AreEqual(SettlementOutcomeStatus.Settled, outcome.Status, outcome.Message);
            Assert.AreEqual(1, terminal.Journal.QueuedReportCount, "still waiting for the diagnostics endpoint");
        }

        [TestMethod]
        public void A_long_run_is_split_into_parts_that_each_fit_a_journal_record_and_all_arrive()
        {
            using var rig = new NetworkRig(56);
            SelfTest[] tests = Enumerable.Range(0, 12).Select(_ => (SelfTest)new NetLinkSelfTest()).ToArray();
            var runner = new SelfTestRunner(rig.Context, null, tests) { Reports = new JournalSelfTestReportQueue(rig.Journal, rig.Board.Clock, TerminalId) };
            rig.Board.PlatformServices.LinkSignalDbm = -80;

            SelfTestRun run = runner.RunSymptom("S2");
            int parts = rig.Journal.QueuedReportCount;
            rig.Flow.SendQueuedHostItems();

            var stored = rig.Host!.Ledger.Diagnostics(TerminalId);
            Assert.IsTrue(parts >= 1);
            Assert.AreEqual(parts, stored.Count);
            Assert.IsTrue(stored.All(s => s.Parts == parts && s.Plan == "S2"));
            Assert.AreEqual(run.Results.Length, stored.Sum(s => s.Results), "every result arrived in some part");
            Assert.IsTrue(stored.All(s => System.Text.Encoding.UTF8.GetByteCount(s.Body) <= QueuedReport.MaximumBodyBytes));
        }

        [TestMethod]
        public void A_card_number_in_a_summary_never_leaves_the_terminal()
        {
            using var rig = new NetworkRig(57);
            var runner = new SelfTestRunner(rig.Context, null, new SelfTest[] { new LeakySelfTest() }) { Reports = new JournalSelfTestReportQueue(rig.Journal, rig.Board.Clock, TerminalId) };

            runner.RunAll();
            rig.Flow.SendQueuedHostItems();

            string body = rig.Host!.Ledger.Diagnostics(TerminalId).Single().Body;
            Assert.IsFalse(body.Contains("4111111111111111"), body);
            Assert.IsFalse(body.Contains("4111 1111 1111 1111"), body);
            StringAssert.Contains(body, "[masked]");
        }

        [TestMethod]
        public void Reports_over_the_queue_limit_are_refused_and_the_runner_says_so()
        {
            using var rig = new NetworkRig(58, startHost: false);
            SelfTestRunner runner = Runner(rig);
            int limit = JournalSettings.CreateDefault().MaximumQueuedReports;
            for (int i = 0; i < limit; i++)
            {
                runner.RunOne("TX-PENDING");
                Assert.AreEqual(string.Empty, runner.LastKeepProblem);
            }

            runner.RunOne("TX-PENDING");

            Assert.AreEqual(limit, rig.Journal.QueuedReportCount);
            StringAssert.Contains(runner.LastKeepProblem, "not queued");
            Assert.AreEqual(PaymentOutcomeKind.Unknown, rig.Flow.Pay(NetworkRig.Sale(2400, "ORD-2400")).Kind, "a sale still starts (nobody answers, so unknown)");
        }

        private sealed class LeakySelfTest : SelfTest
        {
            public LeakySelfTest()
                : base("TX-PENDING")
            {
            }

            public override SelfTestResult Run(SelfTestContext context) =>
                Verdict(CheckVerdict.Warn, "card 4111 1111 1111 1111 seen").Measure("pan", "4111111111111111", string.Empty);
        }
    }
}
