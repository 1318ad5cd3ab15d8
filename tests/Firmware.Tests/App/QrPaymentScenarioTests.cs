using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Payments;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Hal.Simulated.Board;
using Terminal.Hal.Simulated.Network;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.App
{
    /// <summary>
    /// QR payments against the real payment host over loopback, on the real journal over the
    /// simulated flash. Deterministic: the terminal's ManualClock drives polls and the window; the
    /// host never pays by itself (QrAutoPayMilliseconds is null) and its expiry is far away.
    /// </summary>
    [TestClass]
    public sealed class QrPaymentScenarioTests
    {
        private const string KeyNamespace = ScenarioTerminal.KeyNamespace;

        [TestMethod]
        public void A_merchant_qr_paid_by_the_customer_is_shown_approved_once_and_charged_once()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 21);

            PaymentOutcome offered = terminal.Flow.PayByMerchantQr(800, "QR-1");
            Assert.AreEqual(PaymentOutcomeKind.AwaitingCustomer, offered.Kind);
            Assert.AreEqual("pay://host/" + terminal.KeyOf(offered.TransactionSequence), offered.QrContent);
            Assert.AreEqual(PaymentOutcomeKind.AwaitingCustomer, terminal.Flow.PollQr(offered.TransactionSequence)!.Kind);

            Assert.IsTrue(host.Ledger.TryPayQrOrder(terminal.KeyOf(offered.TransactionSequence), out _));
            terminal.Board.ManualClock.Advance(1000);
            Assert.AreEqual(PaymentOutcomeKind.AwaitingCustomer, terminal.Flow.PollQr(offered.TransactionSequence)!.Kind, "no inquiry before the poll interval");
            terminal.Board.ManualClock.Advance(2000);
            PaymentOutcome paid = terminal.Flow.PollQr(offered.TransactionSequence)!;

            Assert.AreEqual(PaymentOutcomeKind.Approved, paid.Kind);
            Assert.IsFalse(paid.IsLate);
            Assert.AreEqual(PaymentOutcomeKind.Approved, terminal.Flow.PollQr(offered.TransactionSequence)!.Kind, "polling again repeats the result, records nothing");
            Assert.AreEqual(1, terminal.Journal.PendingCount(Destinations.Display));
            Assert.AreEqual(1, terminal.Journal.PendingCount(Destinations.Printer));
            Assert.AreEqual(1, host.Ledger.Charges("QR-1").Charges);
        }

        [TestMethod]
        public void A_merchant_qr_never_paid_is_closed_after_the_window_and_not_charged()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 22);

            PaymentOutcome offered = terminal.Flow.PayByMerchantQr(900, "QR-2");
            for (int i = 0; i < 39; i++)
            {
                terminal.Board.ManualClock.Advance(3000);
                Assert.AreEqual(PaymentOutcomeKind.AwaitingCustomer, terminal.Flow.PollQr(offered.TransactionSequence)!.Kind);
            }

            terminal.Board.ManualClock.Advance(3000); // 120 s
            PaymentOutcome closed = terminal.Flow.PollQr(offered.TransactionSequence)!;

            Assert.AreEqual(PaymentOutcomeKind.Declined, closed.Kind);
            StringAssert.Contains(closed.Message, "not charged");
            Assert.AreEqual("closed", PaymentStatusText(host, terminal.KeyOf(offered.TransactionSequence)));
            Assert.AreEqual(0, host.Ledger.Charges("QR-2").Charges);
            Assert.IsFalse(terminal.Flow.IsUnknown(offered.TransactionSequence));
        }

        [TestMethod]
        public void S3_a_merchant_qr_paid_between_the_last_poll_and_the_close_is_recorded_as_approved()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 23);

            PaymentOutcome offered = terminal.Flow.PayByMerchantQr(1200, "QR-3");
            terminal.Board.ManualClock.Advance(117000);
            Assert.AreEqual(PaymentOutcomeKind.AwaitingCustomer, terminal.Flow.PollQr(offered.TransactionSequence)!.Kind, "the last poll: still pending");
            Assert.IsTrue(host.Ledger.TryPayQrOrder(terminal.KeyOf(offered.TransactionSequence), out _));
            terminal.Board.ManualClock.Advance(3000);

            PaymentOutcome outcome = terminal.Flow.PollQr(offered.TransactionSequence)!;

            Assert.AreEqual(PaymentOutcomeKind.Approved, outcome.Kind, "the close revealed the payment: it is never lost");
            Assert.AreEqual(1, terminal.Journal.PendingCount(Destinations.Display));
            Assert.AreEqual(1, terminal.Journal.PendingCount(Destinations.Printer));
            Assert.AreEqual(1, host.Ledger.Charges("QR-3").Charges);
        }

        [TestMethod]
        public void A_close_whose_answer_was_lost_is_repeated_under_the_same_key_after_a_reboot()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 24);
            PaymentOutcome offered = terminal.Flow.PayByMerchantQr(1300, "QR-4");
            Assert.IsTrue(host.Ledger.TryPayQrOrder(terminal.KeyOf(offered.TransactionSequence), out _));
            host.Faults.Arm(new FaultRule(FaultKind.DropResponse, count: 1, operation: HostOperation.Close));
            terminal.Board.ManualClock.Advance(120000);

            Assert.AreEqual(PaymentOutcomeKind.Unknown, terminal.Flow.PollQr(offered.TransactionSequence)!.Kind, "the close's answer was lost");
            terminal.PowerCutAndReboot();
            PaymentOutcome[] resolved = terminal.Flow.ResolveQrOrders();

            Assert.AreEqual(1, resolved.Length);
            Assert.AreEqual(PaymentOutcomeKind.Approved, resolved[0].Kind);
            Assert.AreEqual(1, host.Ledger.Charges("QR-4").Charges);
        }

        [TestMethod]
        public void A_merchant_qr_order_left_open_by_a_reboot_is_closed_at_boot()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 25);
            PaymentOutcome offered = terminal.Flow.PayByMerchantQr(1400, "QR-5");

            terminal.PowerCutAndReboot();
            PaymentOutcome[] resolved = terminal.Flow.ResolveQrOrders();

            Assert.AreEqual(1, resolved.Length);
            Assert.AreEqual(PaymentOutcomeKind.Declined, resolved[0].Kind);
            Assert.AreEqual("closed", PaymentStatusText(host, terminal.KeyOf(offered.TransactionSequence)));
            Assert.IsFalse(host.Ledger.TryPayQrOrder(terminal.KeyOf(offered.TransactionSequence), out _), "a closed order can no longer be paid");
        }

        [TestMethod]
        public void A_customer_presented_qr_is_authorized_like_a_card()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 26);

            PaymentOutcome outcome = terminal.Flow.PayByCustomerQr(1500, "QR-6", "281234567890123456");
            PaymentOutcome declined = terminal.Flow.PayByCustomerQr(1551, "QR-7", "281234567890123457");

            Assert.AreEqual(PaymentOutcomeKind.Approved, outcome.Kind);
            Assert.AreEqual(PaymentOutcomeKind.Declined, declined.Kind);
            Assert.AreEqual("51", declined.ResponseCode);
            Assert.AreEqual(1, host.Ledger.Charges("QR-6").Charges);
            Assert.AreEqual(0, host.Ledger.Charges("QR-7").Charges);
            Assert.AreEqual("qr-customer", host.Ledger.FindPayment(terminal.KeyOf(outcome.TransactionSequence))!.Method);
        }

        [TestMethod]
        public void Duplicate_notifications_are_applied_once()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 27);
            PaymentOutcome offered = terminal.Flow.PayByMerchantQr(1600, "QR-8");
            Assert.IsTrue(host.Ledger.TryPayQrOrder(terminal.KeyOf(offered.TransactionSequence), out _));
            host.Faults.Arm(new FaultRule(FaultKind.DuplicateNotification, count: 1, operation: HostOperation.Notifications));

            PaymentOutcome[] first = terminal.Flow.PollNotifications();
            string cursor = terminal.Flow.NotificationCursor;
            PaymentOutcome[] again = terminal.Flow.PollNotifications();

            Assert.AreEqual(1, first.Length, "the notice was listed twice and applied once");
            Assert.AreEqual(PaymentOutcomeKind.Approved, first[0].Kind);
            Assert.AreNotEqual(string.Empty, cursor);
            Assert.AreEqual(0, again.Length);
            Assert.AreEqual(1, terminal.Journal.PendingCount(Destinations.Display));
            Assert.AreEqual(PaymentOutcomeKind.Approved, terminal.Flow.PollQr(offered.TransactionSequence)!.Kind);
            Assert.AreEqual(1, terminal.Journal.PendingCount(Destinations.Display), "the poll after the notice records nothing again");
        }

        [TestMethod]
        public void A_notice_for_a_payment_already_resolved_is_ignored()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 28);
            PaymentOutcome offered = terminal.Flow.PayByMerchantQr(1700, "QR-9");
            Assert.IsTrue(host.Ledger.TryPayQrOrder(terminal.KeyOf(offered.TransactionSequence), out _));
            terminal.Board.ManualClock.Advance(3000);
            Assert.AreEqual(PaymentOutcomeKind.Approved, terminal.Flow.PollQr(offered.TransactionSequence)!.Kind);

            PaymentOutcome[] notices = terminal.Flow.PollNotifications();

            Assert.AreEqual(0, notices.Length);
            Assert.AreEqual(1, terminal.Journal.PendingCount(Destinations.Display));
        }

        private static string PaymentStatusText(PaymentHostServer host, string key)
        {
            return host.Ledger.FindPayment(key)!.Status;
        }
    }
}
