using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Outbox;
using Terminal.App.Payments;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Hal.Simulated.Board;
using Terminal.Hal.Simulated.Network;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.App
{
    /// <summary>
    /// The payment flow against the real payment host over loopback HTTP, on the real journal over
    /// the simulated flash. The host's ledger is the truth for "was the customer charged, how often".
    /// </summary>
    [TestClass]
    public sealed class PaymentScenarioTests
    {
        private const string KeyNamespace = ScenarioTerminal.KeyNamespace;

        private static CardSale Sale(long amount, string reference)
        {
            return new CardSale
            {
                AmountMinorUnits = amount,
                MerchantReference = reference,
                CardLast4 = "4242",
                CardBrand = "UnionPay",
                EntryMode = CardEntryMode.Contactless,
                ReaderPayload = "AAECAwQFBgc=",
            };
        }

        [TestMethod]
        public void An_approved_card_payment_is_queued_for_screen_printer_and_backend_and_charged_once()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 1);

            PaymentOutcome outcome = terminal.Flow.Pay(Sale(1250, "ORD-1"));
            terminal.Pump.DeliverRound();

            Assert.AreEqual(PaymentOutcomeKind.Approved, outcome.Kind);
            Assert.IsFalse(outcome.IsLate);
            Assert.AreEqual(1, terminal.Journal.PendingCount(Destinations.Display));
            Assert.AreEqual(1, terminal.Journal.PendingCount(Destinations.Printer));
            Assert.AreEqual(0, terminal.Journal.PendingCount(Destinations.Host), "the result was uploaded");
            Assert.AreEqual(1, host.Ledger.Charges("ORD-1").Charges);
        }

        [TestMethod]
        public void A_decline_tells_the_cashier_why_and_what_to_do_next()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 2);

            PaymentOutcome outcome = terminal.Flow.Pay(Sale(1251, "ORD-2")); // the scripted issuer declines amounts ending in 51

            Assert.AreEqual(PaymentOutcomeKind.Declined, outcome.Kind);
            Assert.AreEqual("51", outcome.ResponseCode);
            StringAssert.Contains(outcome.Message, "Insufficient funds");
            Assert.AreNotEqual(string.Empty, outcome.NextStep);
            Assert.AreEqual(0, host.Ledger.Charges("ORD-2").Charges);
        }

        [TestMethod]
        public void S1_a_lost_approval_is_unknown_never_failed_and_arrives_as_a_late_confirmation_charged_once()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 3);
            host.Faults.Arm(new FaultRule(FaultKind.DropResponse, count: 1, operation: HostOperation.Authorize));

            PaymentOutcome first = terminal.Flow.Pay(Sale(4200, "ORD-3"));
            Assert.AreEqual(PaymentOutcomeKind.Unknown, first.Kind);
            StringAssert.Contains(first.Message, "Do not pay again");
            Assert.AreEqual(0, terminal.Journal.PendingCount(Destinations.Display), "nothing is shown as a result, least of all failed");
            Assert.AreEqual(0, terminal.Flow.ResolveUnknown().Length, "the first inquiry waits for its backoff");

            terminal.Board.ManualClock.Advance(2000);
            PaymentOutcome[] resolved = terminal.Flow.ResolveUnknown();

            Assert.AreEqual(1, resolved.Length);
            Assert.AreEqual(PaymentOutcomeKind.Approved, resolved[0].Kind);
            Assert.IsTrue(resolved[0].IsLate);
            Assert.IsTrue(terminal.Journal.TryPeek(Destinations.Display, out JournalEntry shown));
            Assert.IsTrue(shown.DecodeResponse().IsLate, "the screen shows it as a late confirmation");
            Assert.AreEqual(1, host.Ledger.Charges("ORD-3").Charges);
        }

        [TestMethod]
        public void S2_an_approval_lost_while_the_terminal_rebooted_is_found_at_boot_and_shown_late()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 4);
            host.Faults.Arm(new FaultRule(FaultKind.ApproveWhileRebooting, count: 1, operation: HostOperation.Authorize));

            PaymentOutcome first = terminal.Flow.Pay(Sale(9900, "ORD-4"));
            terminal.PowerCutAndReboot();
            PaymentOutcome[] resolved = terminal.Flow.ResolveUnknown();

            Assert.AreEqual(PaymentOutcomeKind.Unknown, first.Kind);
            Assert.AreEqual(1, resolved.Length, "every unknown payment is asked about at boot");
            Assert.AreEqual(PaymentOutcomeKind.Approved, resolved[0].Kind);
            Assert.IsTrue(resolved[0].IsLate);
            terminal.Pump.DeliverRound();
            Assert.AreEqual(1, host.Ledger.Charges("ORD-4").Charges);
            Assert.AreEqual(0, terminal.Journal.PendingCount(Destinations.Host));
        }

        [TestMethod]
        public void A_payment_the_host_never_received_is_burned_before_it_counts_as_not_charged()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 5);
            host.Faults.Arm(new FaultRule(FaultKind.DropRequest, count: 1, operation: HostOperation.Authorize));

            PaymentOutcome first = terminal.Flow.Pay(Sale(3000, "ORD-5"));
            terminal.Board.ManualClock.Advance(2000);
            PaymentOutcome[] resolved = terminal.Flow.ResolveUnknown();
            terminal.Pump.DeliverRound();

            Assert.AreEqual(PaymentOutcomeKind.Unknown, first.Kind);
            Assert.AreEqual(PaymentOutcomeKind.Cancelled, resolved[0].Kind);
            Assert.AreEqual(0, terminal.Journal.PendingCount(Destinations.Host), "the reversal that burns the key was acknowledged");

            // The lost request turns up after all: the burned key keeps it from charging the customer.
            var late = new PaymentRequest
            {
                Kind = TransactionKind.Sale, Method = PaymentMethod.Card, AmountMinorUnits = 3000, CurrencyNumericCode = 156,
                CreatedUtcMilliseconds = terminal.Board.Clock.UtcNowMilliseconds, Reference = "ORD-5", CardLast4 = "4242",
                CardBrand = "UnionPay", CardEntryMode = CardEntryMode.Contactless, CardPayload = "AAECAwQFBgc=",
            };
            HostReply reply = terminal.Client.Authorize(KeyNamespace + "-" + first.TransactionSequence, late);
            Assert.AreEqual(PaymentStatus.Closed, reply.Payment.Status);
            Assert.AreEqual(0, host.Ledger.Charges("ORD-5").Charges);
        }

        [TestMethod]
        public void Cancelling_an_unknown_payment_reverses_the_charge_it_turned_out_to_make()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 6);
            host.Faults.Arm(new FaultRule(FaultKind.ApproveWhileRebooting, count: 1, operation: HostOperation.Authorize));

            PaymentOutcome first = terminal.Flow.Pay(Sale(5000, "ORD-6"));
            PaymentOutcome cancelled = terminal.Flow.Cancel(first.TransactionSequence);
            terminal.Pump.DeliverRound();

            Assert.AreEqual(PaymentOutcomeKind.Cancelled, cancelled.Kind);
            Assert.AreEqual(0, host.Ledger.Charges("ORD-6").NetChargedMinor, "the customer is not left paying for a cancelled sale");
            Assert.AreEqual(0, terminal.Journal.PendingCount(Destinations.Host));
            Assert.IsNull(terminal.Flow.Cancel(first.TransactionSequence), "a second cancel changes nothing");
        }

        [TestMethod]
        public void A_result_upload_repeated_after_a_power_cut_is_answered_from_the_hosts_stored_response()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 7);
            terminal.Flow.Pay(Sale(1250, "ORD-7"));
            Assert.IsTrue(terminal.Journal.TryPeek(Destinations.Host, out JournalEntry upload));
            var sink = new HostOutboxSink(terminal.Journal, terminal.Client);
            Assert.IsTrue(sink.Deliver(upload, terminal.Journal.IdempotencyKeyFor(upload)));

            // The acknowledgement never reached flash: after the reboot the upload is sent again.
            terminal.PowerCutAndReboot();
            Assert.IsTrue(terminal.Journal.TryPeek(Destinations.Host, out JournalEntry again));
            var sinkAfterReboot = new HostOutboxSink(terminal.Journal, terminal.Client);

            Assert.IsTrue(sinkAfterReboot.Deliver(again, terminal.Journal.IdempotencyKeyFor(again)));
            Assert.AreEqual(HostReplyAdvice.Success, sinkAfterReboot.LastReply.Advice, "an identical payload is replayed, not refused as key reuse");
            Assert.AreEqual(1, host.Ledger.Charges("ORD-7").Charges);
        }

        [TestMethod]
        public void A_reversal_queued_while_the_host_was_down_is_sent_before_the_next_sale()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 9);
            host.Faults.Arm(new FaultRule(FaultKind.ApproveWhileRebooting, count: 1, operation: HostOperation.Authorize));
            PaymentOutcome first = terminal.Flow.Pay(Sale(7000, "ORD-9A"));
            host.Faults.Arm(new FaultRule(FaultKind.Error5xx, count: 1, operation: HostOperation.Reversal));
            terminal.Flow.Cancel(first.TransactionSequence);
            Assert.AreEqual(0, terminal.Flow.SendQueuedHostItems(), "the host is down for the reversal");
            Assert.AreEqual(7000, host.Ledger.Charges("ORD-9A").NetChargedMinor);

            PaymentOutcome second = terminal.Flow.Pay(Sale(2500, "ORD-9B"));

            Assert.AreEqual(PaymentOutcomeKind.Approved, second.Kind);
            Assert.AreEqual(0, host.Ledger.Charges("ORD-9A").NetChargedMinor, "the reversal went out before the new sale");
            Assert.AreEqual(1, host.Ledger.Charges("ORD-9B").Charges);
        }

        [TestMethod]
        public void Amounts_outside_the_limit_are_refused_before_anything_is_written_or_sent()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 8);

            PaymentOutcome outcome = terminal.Flow.Pay(Sale(5000001, "ORD-8"));

            Assert.AreEqual(PaymentOutcomeKind.Refused, outcome.Kind);
            Assert.AreEqual(0, terminal.Journal.LiveTransactionCount);
            Assert.AreEqual(0, host.Ledger.Charges("ORD-8").Charges);
        }
    }
}
