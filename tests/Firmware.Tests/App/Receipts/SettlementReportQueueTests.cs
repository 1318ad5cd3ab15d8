using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Payments;
using Terminal.App.Receipts;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Drivers.Printer.EscPos;
using Terminal.Hal.Printer;
using Terminal.Hal.Simulated.Buses;
using Terminal.Hal.Simulated.Printer;
using Terminal.Tests.App;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.App.Receipts
{
    /// <summary>Settlement reports (issue #3) through the in-RAM queue, the real driver and the printer emulator.</summary>
    [TestClass]
    public sealed class SettlementReportQueueTests
    {
        private static readonly SettlementTotal[] Totals =
        {
            new SettlementTotal { Method = PaymentMethod.Card, Kind = TransactionKind.Sale, Count = 2, AmountMinorUnits = 2050 },
        };

        private static SettlementOutcome Outcome(SettlementOutcomeStatus status, long batch, string cause = "")
        {
            return new SettlementOutcome(status, batch, Totals, null, "message", "next", cause);
        }

        private static (SettlementReportQueue Queue, EscPosPrinterEmulator Emulator) Rig(int capacity = SettlementReportQueue.DefaultCapacity)
        {
            var clock = new Terminal.Hal.Simulated.Time.ManualClock(1795392000000);
            var port = new SimulatedSerialPort(9600, clock);
            var emulator = new EscPosPrinterEmulator(port);
            var driver = new EscPosPrinter(port, EscPosPrinterSettings.CreateDefault());
            var queue = new SettlementReportQueue(driver, clock, "M88990001", "T0001234", 156, new ReceiptSettings { Language = CashierLanguage.English }, capacity);
            return (queue, emulator);
        }

        [TestMethod]
        public void A_settled_batch_prints_its_report()
        {
            var (queue, emulator) = Rig();

            Assert.IsTrue(queue.Enqueue(Outcome(SettlementOutcomeStatus.Settled, 7), printRepeats: false));
            Assert.AreEqual(1, queue.PrintPending());

            IReadOnlyList<string> slip = EscPosPrinterEmulator.TextOf(emulator.Slips.Single());
            CollectionAssert.IsSubsetOf(new[] { "SETTLEMENT", ReceiptRendererTests.Pair("BATCH NO.", "7"), ReceiptRendererTests.Pair("CARD SALE x2", "CNY 20.50"), ReceiptRendererTests.Pair("RESULT", "SETTLED") }, slip.ToList(), string.Join("\n", slip));
            Assert.AreEqual(0, queue.PendingCount);
        }

        [TestMethod]
        public void A_report_stopped_by_paper_out_prints_again_whole_marked_REPRINT_once_paper_is_back()
        {
            var (queue, emulator) = Rig();
            queue.Enqueue(Outcome(SettlementOutcomeStatus.Settled, 7), printRepeats: false);
            emulator.RunOutOfPaperAfterLines(4);

            Assert.AreEqual(0, queue.PrintPending());
            Assert.AreEqual(1, queue.PendingCount);
            Assert.AreEqual(PrinterFault.PaperOut, queue.LastStatus.Fault);

            emulator.LoadPaper();
            Assert.AreEqual(1, queue.PrintPending());

            IReadOnlyList<string> reprint = EscPosPrinterEmulator.TextOf(emulator.Slips.Last());
            Assert.AreEqual("SETTLEMENT", reprint[0]);
            Assert.AreEqual("* REPRINT *", reprint[1]);
            Assert.AreEqual(ReceiptRendererTests.Pair("RESULT", "SETTLED"), reprint[^1]);
        }

        [TestMethod]
        public void A_refusal_the_automatic_settlement_repeats_every_round_is_printed_once()
        {
            var (queue, emulator) = Rig();

            Assert.IsTrue(queue.Enqueue(Outcome(SettlementOutcomeStatus.Refused, 7, "TX-PENDING"), printRepeats: false));
            Assert.IsFalse(queue.Enqueue(Outcome(SettlementOutcomeStatus.Refused, 7, "TX-PENDING"), printRepeats: false));
            Assert.IsTrue(queue.Enqueue(Outcome(SettlementOutcomeStatus.Refused, 7, "TX-PENDING"), printRepeats: true), "the cashier asked");
            Assert.IsTrue(queue.Enqueue(Outcome(SettlementOutcomeStatus.Settled, 7), printRepeats: false));
            Assert.IsFalse(queue.Enqueue(null!, printRepeats: true));

            Assert.AreEqual(3, queue.PrintPending());
            Assert.AreEqual(3, emulator.Slips.Count);
            IReadOnlyList<string> refusal = EscPosPrinterEmulator.TextOf(emulator.Slips[0]);
            CollectionAssert.IsSubsetOf(new[] { ReceiptRendererTests.Pair("RESULT", "NOT SETTLED"), "Batch kept: settle again later.", ReceiptRendererTests.Pair("CAUSE", "TX-PENDING") }, refusal.ToList());
        }

        [TestMethod]
        public void A_full_queue_drops_the_oldest_report()
        {
            var (queue, emulator) = Rig(capacity: 2);
            emulator.PaperOut = true;
            queue.Enqueue(Outcome(SettlementOutcomeStatus.NoAnswer, 1), printRepeats: true);
            queue.Enqueue(Outcome(SettlementOutcomeStatus.NoAnswer, 2), printRepeats: true);
            queue.Enqueue(Outcome(SettlementOutcomeStatus.Settled, 3), printRepeats: true);

            Assert.AreEqual(0, queue.PrintPending());
            Assert.AreEqual(1, queue.Dropped);
            emulator.LoadPaper();
            Assert.AreEqual(2, queue.PrintPending());

            CollectionAssert.AreEqual(new[] { "2", "3" }, emulator.Slips.Select(slip => EscPosPrinterEmulator.TextOf(slip).Single(line => line.StartsWith("BATCH NO.", StringComparison.Ordinal)).Split(' ').Last()).ToArray());
        }

        [TestMethod]
        public void A_settlement_with_the_real_host_prints_the_report_with_the_hosts_batch_and_totals()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 41, withBatch: true);
            var sale = new CardSale { AmountMinorUnits = 1250, MerchantReference = "SR-1", CardLast4 = "4242", CardBrand = "UnionPay", EntryMode = CardEntryMode.Contactless, ReaderPayload = "AAECAwQFBgc=" };
            Assert.AreEqual(PaymentOutcomeKind.Approved, terminal.Flow.Pay(sale).Kind);
            Assert.AreEqual(PaymentOutcomeKind.Approved, terminal.Flow.PayByCustomerQr(800, "SR-2", "281234567890123456").Kind);
            terminal.Board.ManualClock.Advance(1000);
            var port = new SimulatedSerialPort(9600, terminal.Board.ManualClock);
            var emulator = new EscPosPrinterEmulator(port);
            var queue = new SettlementReportQueue(new EscPosPrinter(port, EscPosPrinterSettings.CreateDefault()), terminal.Board.Clock, "M88990001", "T0001234", 156, ReceiptSettings.CreateDefault(), SettlementReportQueue.DefaultCapacity);

            SettlementOutcome outcome = terminal.Flow.Settle();
            Assert.AreEqual(SettlementOutcomeStatus.Settled, outcome.Status, outcome.Message);
            queue.Enqueue(outcome, printRepeats: true);
            Assert.AreEqual(1, queue.PrintPending());

            IReadOnlyList<string> slip = EscPosPrinterEmulator.TextOf(emulator.Slips.Single());
            CollectionAssert.IsSubsetOf(
                new[] { "结算单", ReceiptRendererTests.Pair("批次号", "1"), ReceiptRendererTests.Pair("银行卡 消费 x1", "CNY 12.50"), ReceiptRendererTests.Pair("扫付款码 消费 x1", "CNY 8.00"), ReceiptRendererTests.Pair("总笔数", "2"), ReceiptRendererTests.Pair("净额", "CNY 20.50"), ReceiptRendererTests.Pair("交易结果", "结算成功") },
                slip.ToList(),
                string.Join("\n", slip));
        }
    }
}
