using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App;
using Terminal.App.Payments;
using Terminal.Core.Identity;
using Terminal.Hal.Keypad;
using Terminal.Hal.Simulated.Board;
using Terminal.Hal.Simulated.CardReader;
using Terminal.Hal.Simulated.Network;
using Terminal.Hal.Simulated.Printer;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.App.Peripherals
{
    /// <summary>
    /// One scenario per field symptom (S1-S5 of shared/failure-causes.md), run through the whole terminal: keys on
    /// the emulated matrix, a card on the emulated PN532 or a code under the emulated GM65, the real payment host on
    /// loopback with its fault switches, and what the emulated panel showed, what the emulated printer printed and
    /// what the host's ledger holds.
    /// </summary>
    [TestClass]
    public sealed class SymptomScenarioTests
    {
        private static readonly TerminalIdentity Identity = new TerminalIdentity("T0001234", "M88990001", 1795392000);

        [TestMethod]
        public void S1_an_approval_whose_answer_was_lost_shows_checking_then_late_confirmation_prints_once_and_charges_once()
        {
            using var desk = new Desk(31);
            desk.Host.Faults.Arm(new FaultRule(FaultKind.DropResponse, count: 1, operation: HostOperation.Authorize));

            desk.Key("4200");
            desk.TapCard();
            string checking = desk.Screen;
            desk.Later();

            StringAssert.Contains(checking, "请勿重复支付", "UNKNOWN says: do not pay again");
            Assert.IsFalse(checking.Contains("失败", StringComparison.Ordinal), checking);
            StringAssert.Contains(desk.Screen, "LATE CONFIRMATION", "the late approval replaced the checking screen");
            Assert.AreEqual(1, desk.Slips.Length, "one receipt, for the late approval");
            StringAssert.Contains(desk.Slips[0], "LATE CONFIRMATION");
            Assert.AreEqual(1, desk.Host.Ledger.Summary().Payments);
            Assert.AreEqual(0, desk.Host.Ledger.Summary().DoubleCharges);
        }

        [TestMethod]
        public void S2_a_decline_shows_the_reason_and_the_next_step_not_a_bare_failure_and_charges_nothing()
        {
            using var desk = new Desk(32);

            desk.Key("1251"); // the scripted issuer declines amounts ending in 51
            desk.TapCard();
            desk.App.DeliverPending();

            Assert.AreEqual(SaleState.Declined, desk.App.Sale.State);
            StringAssert.Contains(desk.Screen, "余额不足", "the reason, from the response-code catalogue");
            Assert.AreEqual(1, desk.Host.Ledger.Summary().ByStatus.GetValueOrDefault("declined"), "the host holds one declined payment");
            Assert.AreEqual(0, desk.Host.Ledger.Summary().ByStatus.GetValueOrDefault("approved"), "nobody was charged");
            Assert.AreEqual(1, desk.Slips.Length, "the decline's slip");
        }

        [TestMethod]
        public void S3_a_wallet_code_paid_while_the_answer_was_lost_is_found_and_shown_late_charged_once()
        {
            using var desk = new Desk(33);
            desk.Host.Faults.Arm(new FaultRule(FaultKind.DropResponse, count: 1, operation: HostOperation.Authorize));

            desk.Key("3300");
            desk.Board.ScannerEmulator.Scan("281234567890123456");
            desk.Poll(40);
            string checking = desk.Screen;
            desk.Later();

            Assert.IsFalse(checking.Contains("失败", StringComparison.Ordinal), checking);
            Assert.AreEqual(SaleState.Approved, desk.App.Sale.State, "the inquiry found the payment");
            StringAssert.Contains(desk.Screen, "LATE CONFIRMATION", "shown as late, not as an approval on time");
            Assert.AreEqual(1, desk.Slips.Length);
            StringAssert.Contains(desk.Slips[0], "LATE CONFIRMATION");
            Assert.AreEqual(1, desk.Host.Ledger.Summary().Payments);
        }

        [TestMethod]
        public void S4_a_printer_out_of_paper_keeps_the_receipt_and_the_settlement_report_and_prints_both_when_paper_is_back()
        {
            using var desk = new Desk(34);
            desk.Board.PrinterEmulator.PaperOut = true;

            desk.Key("2000");
            desk.TapCard();
            desk.App.DeliverPending();
            SettlementOutcome settled = desk.App.Payments.Settle();
            bool queued = desk.App.PrintSettlementReport(settled);
            int printedWhileOut = desk.Slips.Length;

            desk.Board.PrinterEmulator.PaperOut = false;
            desk.App.DeliverPending();
            desk.App.SettlementReports.PrintPending();

            Assert.AreEqual(SettlementOutcomeStatus.Settled, settled.Status);
            Assert.IsTrue(queued);
            Assert.AreEqual(0, printedWhileOut, "nothing prints without paper");
            Assert.AreEqual(2, desk.Slips.Length, "the sale's receipt and the settlement report, once paper is back");
            Assert.AreEqual(1, desk.Host.Ledger.Summary().SettlementsSettled);
        }

        [TestMethod]
        public void S5_an_unknown_payment_holds_settlement_until_it_is_resolved_then_settles_with_it()
        {
            using var desk = new Desk(35);
            desk.Host.Faults.Arm(new FaultRule(FaultKind.DropResponse, count: 1, operation: HostOperation.Authorize));

            desk.Key("5000");
            desk.TapCard();
            SettlementOutcome refused = desk.App.Payments.Settle();
            desk.Later();
            SettlementOutcome settled = desk.App.Payments.Settle();

            Assert.AreEqual(SettlementOutcomeStatus.Refused, refused.Status, "never settle while a result is unknown");
            Assert.AreEqual(SettlementOutcomeStatus.Settled, settled.Status);
            Assert.AreEqual(5000, settled.Totals.Sum(total => total.AmountMinorUnits), "the late approval is in the batch");
            Assert.AreEqual(1, desk.Host.Ledger.Summary().SettlementsSettled);
        }

        /// <summary>A provisioned terminal on a simulated board, talking to a real payment host on loopback.</summary>
        private sealed class Desk : IDisposable
        {
            private readonly HttpClientLink link;

            public Desk(int seed)
            {
                Host = PaymentHostServer.Start(new PaymentHostOptions());
                link = new HttpClientLink(Host.BaseAddress);
                Board = SimulatedBoard.Create(seed);
                Board.HostLink = link;
                App = new TerminalApp(Board, TerminalSettings.CreateDefault());
                Assert.IsTrue(App.Provision(Identity));
                Poll(10);
            }

            public PaymentHostServer Host { get; }

            public SimulatedBoard Board { get; }

            public TerminalApp App { get; }

            public string Screen => App.Peripherals.Screens.VisibleText;

            public string[] Slips => Board.PrinterEmulator.Slips.Select(slip => string.Join("\n", EscPosPrinterEmulator.TextOf(slip))).ToArray();

            /// <summary>Keys the amount's digits (minor units) and confirms it twice: amount, then the confirmation screen.</summary>
            public void Key(string digits)
            {
                foreach (char digit in digits)
                {
                    Press((KeyCode)(digit - '0'));
                }

                Press(KeyCode.Ok);
                Press(KeyCode.Ok);
                Assert.AreEqual(SaleState.WaitingForCard, App.Sale.State);
            }

            public void TapCard()
            {
                Board.CardReaderEmulator.PresentCard(EmvTestCard.UnionPay());
                Poll(40); // a tap: the card stays in the field for 200 ms
                Board.CardReaderEmulator.RemoveCard();
                Poll(5);
            }

            /// <summary>Time passes and the terminal does its host round: inquiries, uploads, deliveries.</summary>
            public void Later()
            {
                Board.ManualClock.Advance(5000);
                App.ServiceHost();
                App.DeliverPending();
                Poll(5);
            }

            public void Poll(int passes)
            {
                for (int pass = 0; pass < passes; pass++)
                {
                    Board.ManualClock.Advance(5);
                    App.PollCashier();
                }
            }

            public void Dispose()
            {
                link.Dispose();
                Host.Dispose();
            }

            private void Press(KeyCode key)
            {
                Board.KeypadEmulator.Press(key);
                Poll(10);
                Board.KeypadEmulator.Release(key);
                Poll(10);
            }
        }
    }
}
