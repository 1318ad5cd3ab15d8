using System;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Payments;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Hal.Simulated.Board;
using Terminal.Hal.Simulated.Network;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.App
{
    /// <summary>The cashier's side of a sale: keys, confirmation, and the guards against operator errors.</summary>
    [TestClass]
    public sealed class SaleSessionTests
    {
        private sealed class Counter : IDisposable
        {
            private readonly HttpClientLink _link;

            public Counter(PaymentHostServer host, long maximumAmount = 5000000)
            {
                Board = SimulatedBoard.Create(11);
                _link = new HttpClientLink(host.BaseAddress);
                Journal = new TransactionJournal(Board.Storage, "T0001234.1795392000", JournalSettings.CreateDefault());
                Journal.Open();
                Settings = new PaymentFlowSettings { MaximumAmountMinorUnits = maximumAmount };
                var client = new HostClient(_link, new HostClientSettings { TerminalId = "T0001234", MerchantId = "M88990001", FirmwareVersion = "1.0.0", TimeoutMilliseconds = 5000 });
                Flow = new PaymentFlow(Journal, client, Board.Clock, Settings);
                Session = new SaleSession(Flow, Settings);
            }

            public SimulatedBoard Board { get; }

            public TransactionJournal Journal { get; }

            public PaymentFlowSettings Settings { get; }

            public PaymentFlow Flow { get; }

            public SaleSession Session { get; }

            public void Type(params SaleKey[] keys)
            {
                foreach (SaleKey key in keys)
                {
                    Session.Press(key);
                }
            }

            public void Dispose() => _link.Dispose();
        }

        private static CardSale Card(string reference) => new CardSale
        {
            MerchantReference = reference,
            CardLast4 = "4242",
            CardBrand = "UnionPay",
            EntryMode = CardEntryMode.Contactless,
            ReaderPayload = "AAECAwQFBgc=",
        };

        [TestMethod]
        public void Digits_00_backspace_and_clear_build_the_amount_in_minor_units()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var counter = new Counter(host);

            counter.Type(SaleKey.Digit1, SaleKey.Digit2, SaleKey.DoubleZero);
            Assert.AreEqual(1200, counter.Session.AmountMinorUnits);
            Assert.AreEqual("Amount 12.00", counter.Session.Prompt);

            counter.Type(SaleKey.Backspace);
            Assert.AreEqual(120, counter.Session.AmountMinorUnits);

            counter.Type(SaleKey.Clear);
            Assert.AreEqual(SaleState.Idle, counter.Session.State);
            Assert.IsFalse(counter.Session.Press(SaleKey.Ok), "no sale of nothing");
        }

        [TestMethod]
        public void An_amount_above_the_limit_cannot_be_typed()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var counter = new Counter(host, maximumAmount: 10000);

            counter.Type(SaleKey.Digit1, SaleKey.Digit0, SaleKey.Digit0, SaleKey.Digit0, SaleKey.Digit0);
            bool accepted = counter.Session.Press(SaleKey.Digit0);

            Assert.IsFalse(accepted);
            Assert.AreEqual(10000, counter.Session.AmountMinorUnits);
            StringAssert.Contains(counter.Session.Prompt, "Maximum amount is 100.00");
        }

        [TestMethod]
        public void The_amount_is_confirmed_before_the_card_is_asked_for()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var counter = new Counter(host);
            counter.Type(SaleKey.Digit1, SaleKey.Digit2, SaleKey.Digit5, SaleKey.Digit0, SaleKey.Ok);

            Assert.AreEqual(SaleState.Confirm, counter.Session.State);
            StringAssert.Contains(counter.Session.Prompt, "Confirm 12.50");
            Assert.IsNull(counter.Session.PresentCard(Card("ORD-C1")), "no card is taken before the amount is confirmed");

            counter.Type(SaleKey.Ok);
            PaymentOutcome outcome = counter.Session.PresentCard(Card("ORD-C1"));

            Assert.AreEqual(PaymentOutcomeKind.Approved, outcome.Kind);
            Assert.AreEqual(SaleState.Approved, counter.Session.State);
            Assert.AreEqual(1250, host.Ledger.Charges("ORD-C1").NetChargedMinor);
        }

        [TestMethod]
        public void Function_keys_never_act_during_a_sale()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var counter = new Counter(host);
            counter.Type(SaleKey.Digit5);

            Assert.IsFalse(counter.Session.Press(SaleKey.Function));
            counter.Type(SaleKey.Ok);
            Assert.IsFalse(counter.Session.Press(SaleKey.Function));
            Assert.AreEqual(SaleState.Confirm, counter.Session.State);
        }

        [TestMethod]
        public async Task Keys_pressed_while_authorizing_are_ignored_and_cancel_reverses_the_approval_that_came()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var counter = new Counter(host);
            counter.Type(SaleKey.Digit8, SaleKey.Digit0, SaleKey.Digit0, SaleKey.Ok, SaleKey.Ok);
            FaultHold hold = host.Faults.Hold(HostOperation.Authorize);

            Task<PaymentOutcome> paying = Task.Run(() => counter.Session.PresentCard(Card("ORD-C2")));
            await hold.Arrived;
            Assert.AreEqual(SaleState.Authorizing, counter.Session.State);
            Assert.IsFalse(counter.Session.Press(SaleKey.Digit1));
            Assert.IsFalse(counter.Session.Press(SaleKey.Ok));
            Assert.IsFalse(counter.Session.Press(SaleKey.Function));
            Assert.IsTrue(counter.Session.Press(SaleKey.Cancel));
            hold.Release();
            PaymentOutcome outcome = await paying;
            counter.Flow.SendQueuedHostItems();

            Assert.AreEqual(PaymentOutcomeKind.Cancelled, outcome.Kind);
            Assert.AreEqual(SaleState.Cancelled, counter.Session.State);
            Assert.AreEqual(0, host.Ledger.Charges("ORD-C2").NetChargedMinor, "no orphan charge");
        }

        [TestMethod]
        public async Task Cancel_pressed_while_a_payment_goes_unanswered_cancels_it()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var counter = new Counter(host);
            counter.Type(SaleKey.Digit9, SaleKey.Digit0, SaleKey.Digit0, SaleKey.Ok, SaleKey.Ok);
            host.Faults.Arm(new FaultRule(FaultKind.ApproveWhileRebooting, count: 1, operation: HostOperation.Authorize));
            FaultHold hold = host.Faults.Hold(HostOperation.Authorize);

            Task<PaymentOutcome> paying = Task.Run(() => counter.Session.PresentCard(Card("ORD-C3")));
            await hold.Arrived;
            counter.Session.Press(SaleKey.Cancel);
            hold.Release();
            PaymentOutcome outcome = await paying;
            counter.Flow.SendQueuedHostItems();

            Assert.AreEqual(PaymentOutcomeKind.Cancelled, outcome.Kind);
            Assert.AreEqual(0, host.Ledger.Charges("ORD-C3").NetChargedMinor, "the approval the terminal never heard of is reversed");
        }

        [TestMethod]
        public void An_unknown_payment_holds_the_screen_until_its_late_result_arrives()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var counter = new Counter(host);
            host.Faults.Arm(new FaultRule(FaultKind.DropResponse, count: 1, operation: HostOperation.Authorize));
            counter.Type(SaleKey.Digit3, SaleKey.Digit0, SaleKey.Digit0, SaleKey.Ok, SaleKey.Ok);

            counter.Session.PresentCard(Card("ORD-C4"));
            Assert.AreEqual(SaleState.Unknown, counter.Session.State);
            StringAssert.Contains(counter.Session.Prompt, "Do not pay again");
            Assert.IsFalse(counter.Session.Press(SaleKey.Ok), "no new sale while this one is unknown");
            Assert.IsFalse(counter.Session.Press(SaleKey.Digit1));

            counter.Board.ManualClock.Advance(2000);
            foreach (PaymentOutcome resolved in counter.Flow.ResolveUnknown())
            {
                counter.Session.Resolve(resolved);
            }

            Assert.AreEqual(SaleState.Approved, counter.Session.State);
            Assert.IsTrue(counter.Session.Outcome.IsLate);
            StringAssert.Contains(counter.Session.Prompt, "Late confirmation");
            Assert.AreEqual(1, host.Ledger.Charges("ORD-C4").Charges);
        }
    
        [TestMethod]
        public void A_merchant_qr_sale_shows_the_code_and_ends_approved_once_the_customer_pays()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var counter = new Counter(host);
            counter.Type(SaleKey.Digit6, SaleKey.Digit0, SaleKey.Digit0, SaleKey.Ok, SaleKey.Ok);

            PaymentOutcome shown = counter.Session.ShowMerchantQr("ORD-Q1")!;
            Assert.AreEqual(SaleState.ShowingQr, counter.Session.State);
            Assert.AreNotEqual(string.Empty, counter.Session.QrContent);
            Assert.IsFalse(counter.Session.Press(SaleKey.Ok), "no key but Cancel acts while the code is shown");

            Assert.IsTrue(host.Ledger.TryPayQrOrder(counter.Journal.IdempotencyKeyFor(counter.Journal.FindTransaction(shown.TransactionSequence).Intent), out _));
            counter.Board.ManualClock.Advance(3000);
            PaymentOutcome paid = counter.Session.PollQr()!;

            Assert.AreEqual(PaymentOutcomeKind.Approved, paid.Kind);
            Assert.AreEqual(SaleState.Approved, counter.Session.State);
            Assert.AreEqual(600, host.Ledger.Charges("ORD-Q1").NetChargedMinor);
        }

        [TestMethod]
        public void A_wallet_code_shown_by_the_customer_is_authorized_for_the_confirmed_amount()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var counter = new Counter(host);
            counter.Type(SaleKey.Digit7, SaleKey.Digit5, SaleKey.Digit0, SaleKey.Ok, SaleKey.Ok); // 7.50: the scripted issuer declines amounts ending in 75

            PaymentOutcome outcome = counter.Session.PresentCustomerQr("ORD-Q2", "284712398471239847")!;

            Assert.AreEqual(PaymentOutcomeKind.Approved, outcome.Kind);
            Assert.AreEqual(750, host.Ledger.Charges("ORD-Q2").NetChargedMinor);
        }
    
        [TestMethod]
        public async Task Cancel_pressed_while_a_qr_order_is_being_created_cancels_the_order()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var counter = new Counter(host);
            counter.Type(SaleKey.Digit4, SaleKey.Digit0, SaleKey.Digit0, SaleKey.Ok, SaleKey.Ok);
            FaultHold hold = host.Faults.Hold(HostOperation.Authorize);

            Task<PaymentOutcome> creating = Task.Run(() => counter.Session.ShowMerchantQr("ORD-Q3")!);
            await hold.Arrived;
            Assert.IsTrue(counter.Session.Press(SaleKey.Cancel));
            hold.Release();
            PaymentOutcome outcome = (await creating)!;
            counter.Flow.SendQueuedHostItems();

            Assert.AreEqual(PaymentOutcomeKind.Cancelled, outcome.Kind, "the cancel acknowledged on screen is carried out");
            Assert.AreEqual(SaleState.Cancelled, counter.Session.State);
            Assert.IsNull(counter.Journal.FindTransaction(outcome.TransactionSequence), "cancelled and its reversal acknowledged: forgotten");
            Assert.IsFalse(host.Ledger.TryPayQrOrder("T0001234.1795392000-" + outcome.TransactionSequence, out _), "the order can no longer be paid");
            Assert.AreEqual(0, host.Ledger.Charges("ORD-Q3").NetChargedMinor);
        }
    }
}
