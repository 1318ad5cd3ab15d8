using System;
using System.Collections;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Hal.Storage;

namespace Terminal.App.Payments
{
    /// <summary>
    /// QR payments (docs/host-protocol.md, "Authorize", "Close", "Notifications").
    /// <para>
    /// Merchant-presented: the intent is committed, the host answers <c>pending</c> with the code to
    /// show, and <see cref="PollQr"/> asks about the order (no more often than
    /// <see cref="PaymentFlowSettings.QrPollIntervalMilliseconds"/>) until it is paid, declined, or the
    /// window (<see cref="PaymentFlowSettings.QrWindowMilliseconds"/>) passes; then the order is closed.
    /// </para>
    /// <para>
    /// The close record, and why it is safe at every reboot: the close needs an idempotency key of
    /// its own, from a durable journal record, the same on every retry. The journal has no "close"
    /// record type (Core/Journal is not this feature's to change), and a queued reversal would be
    /// wrong (it would reverse the very payment the close may reveal). So the close record is the
    /// transaction's first <see cref="JournalRecordType.StateTransition"/> to
    /// <see cref="TransactionState.OutcomeUnknown"/>: when the window passes, the flow commits
    /// <see cref="TransactionJournal.RecordOutcomeUnknown"/> and only then sends the close under that
    /// record's key. That record is durable before the close goes out, is carried forward by
    /// compaction with its sequence, and is never rewritten, so:
    /// <list type="bullet">
    /// <item>a reboot before the close: the journal's recovery writes the same kind of record for
    /// every order still authorizing; at the next <see cref="PollQr"/> (or <see cref="ResolveQrOrders"/>
    /// at boot) the order is no longer offered (nothing in memory) and is closed at once;</item>
    /// <item>a reboot or a lost answer after the close went out: the close is sent again under the
    /// same key with the same empty body, and the host replays its stored answer;</item>
    /// <item>the close answers <c>approved</c> (paid between the last poll and the close): it is
    /// recorded as an approval and queued for the screen, the printer and the backend. Because the
    /// transaction is in OutcomeUnknown by then, the journal marks it late: it is shown and printed as
    /// a LATE CONFIRMATION, which is what happened (the terminal had stopped offering the code);</item>
    /// <item><c>closed</c>: recorded as not paid (a decline); the customer was not charged.</item>
    /// </list>
    /// Until the close is answered, the order stays unknown ("do not pay again"), never failed;
    /// <see cref="ResolveUnknown"/> also covers it once the window has passed.
    /// </para>
    /// <para>
    /// Notifications: the cursor is kept in memory only. After a reboot the first poll starts from
    /// the beginning (the host's page is bounded), and in any case every order still open in the
    /// journal is resolved by its status inquiry or its close, so no notice is needed for
    /// correctness; notices only make an approval show sooner.
    /// </para>
    /// </summary>
    public sealed partial class PaymentFlow
    {
        private const int RememberedNotificationIds = 32;

        private readonly ArrayList _qrOrders = new ArrayList();
        private readonly string[] _seenNotificationIds = new string[RememberedNotificationIds];
        private int _nextSeenNotification;
        private string _notificationCursor = string.Empty;

        /// <summary>Gets the notification cursor: in memory only, empty after a boot (see the class remarks).</summary>
        public string NotificationCursor
        {
            get { return _notificationCursor; }
        }

        /// <summary>
        /// Starts a merchant-presented QR sale: commits the intent, asks the host for an order, and
        /// returns <see cref="PaymentOutcomeKind.AwaitingCustomer"/> with the code to show. Then call
        /// <see cref="PollQr"/> every few seconds.
        /// </summary>
        /// <param name="amountMinorUnits">The amount in minor units, confirmed by the cashier.</param>
        /// <param name="reference">The merchant's order reference (ASCII, at most 32 characters).</param>
        /// <returns>AwaitingCustomer with <see cref="PaymentOutcome.QrContent"/>; or a final, unknown or refused outcome.</returns>
        public PaymentOutcome PayByMerchantQr(long amountMinorUnits, string reference)
        {
            uint sequence;
            PaymentOutcome refused = BeginQr(PaymentMethod.QrMerchantPresented, amountMinorUnits, reference, out sequence);
            if (refused != null)
            {
                return refused;
            }

            JournalTransaction transaction = _journal.FindTransaction(sequence);
            PaymentRequest request = QrRequest(transaction, PaymentMethod.QrMerchantPresented, null);
            HostReply reply = _host.Authorize(_journal.IdempotencyKeyFor(transaction.Intent), request);
            if (IsPending(reply))
            {
                // Nothing is written here: the code is drawn at once (no flash write between an answer and the screen).
                QrOrder order = new QrOrder(sequence, _clock.MonotonicMilliseconds, reply.Payment.QrContent);
                _qrOrders.Add(order);
                return Awaiting(order);
            }

            // A final answer (declined), or none: no code to show. An unknown order is closed by the next
            // PollQr or by ResolveUnknown, never left to be paid unseen.
            return ConcludeQr(transaction, reply);
        }

        /// <summary>
        /// Takes a customer-presented QR sale (the terminal scanned the customer's code): like a card.
        /// </summary>
        /// <param name="amountMinorUnits">The amount in minor units, confirmed by the cashier.</param>
        /// <param name="reference">The merchant's order reference (ASCII, at most 32 characters).</param>
        /// <param name="scannedCode">The scanned text, at most 256 characters; never stored in the journal.</param>
        /// <returns>The outcome to show.</returns>
        public PaymentOutcome PayByCustomerQr(long amountMinorUnits, string reference, string scannedCode)
        {
            if (scannedCode == null || scannedCode.Length == 0 || scannedCode.Length > 256)
            {
                return Refused("The scanned code is empty or too long.", "Scan the customer's code again.", string.Empty);
            }

            uint sequence;
            PaymentOutcome refused = BeginQr(PaymentMethod.QrCustomerPresented, amountMinorUnits, reference, out sequence);
            if (refused != null)
            {
                return refused;
            }

            JournalTransaction transaction = _journal.FindTransaction(sequence);
            PaymentRequest request = QrRequest(transaction, PaymentMethod.QrCustomerPresented, scannedCode);
            HostReply reply = _host.Authorize(_journal.IdempotencyKeyFor(transaction.Intent), request);
            return Conclude(transaction, reply);
        }

        /// <summary>
        /// The app's QR step, called every 3 to 5 seconds while a code is shown: asks the host about the
        /// order when the poll interval has passed, closes it when the window has passed (or at once
        /// when the order is not offered any more, e.g. after a reboot), and records a result.
        /// </summary>
        /// <param name="transactionSequence">The order's transaction id.</param>
        /// <returns>AwaitingCustomer (keep showing the code), Approved, Declined (not paid, not charged),
        /// Unknown (closing; do not pay again); <c>null</c> when the journal no longer tracks it.</returns>
        public PaymentOutcome PollQr(uint transactionSequence)
        {
            JournalTransaction transaction = _journal.FindTransaction(transactionSequence);
            if (transaction == null)
            {
                ForgetQrOrder(transactionSequence);
                return null;
            }

            if (transaction.IsResolved)
            {
                ForgetQrOrder(transactionSequence);
                return RecordedOutcome(transaction);
            }

            long now = _clock.MonotonicMilliseconds;
            QrOrder order = FindQrOrder(transactionSequence);
            if (order == null || now - order.StartedMonotonicMilliseconds >= _settings.QrWindowMilliseconds)
            {
                if (order != null && order.HasTriedClose && now - order.LastPollMonotonicMilliseconds < _settings.QrPollIntervalMilliseconds)
                {
                    return Closing(transactionSequence);
                }

                if (order != null)
                {
                    order.HasTriedClose = true;
                    order.LastPollMonotonicMilliseconds = now;
                }

                return CloseQrOrder(transaction);
            }

            if (order.HasPolled && now - order.LastPollMonotonicMilliseconds < _settings.QrPollIntervalMilliseconds)
            {
                return Awaiting(order);
            }

            order.HasPolled = true;
            order.LastPollMonotonicMilliseconds = now;
            HostReply reply = _host.Inquire(_journal.IdempotencyKeyFor(transaction.Intent));
            if (IsFinal(reply))
            {
                return ConcludeQr(transaction, reply);
            }

            // Pending, no answer, or not found yet: keep showing the code; the window's close settles it.
            return Awaiting(order);
        }

        /// <summary>
        /// Closes every merchant-presented QR order the journal holds unresolved that is not offered
        /// any more: at boot (the screen that showed the code is gone) and whenever the app wants.
        /// </summary>
        /// <returns>The orders resolved in this round.</returns>
        public PaymentOutcome[] ResolveQrOrders()
        {
            ArrayList resolved = new ArrayList();
            long now = _clock.MonotonicMilliseconds;
            for (int i = 0; i < _journal.LiveTransactionCount; i++)
            {
                JournalTransaction transaction = _journal.GetTransaction(i);
                if (transaction.IsResolved || IsOfferedQrOrder(transaction.Sequence, now)
                    || transaction.Intent.DecodeIntent().Method != PaymentMethod.QrMerchantPresented)
                {
                    continue;
                }

                PaymentOutcome outcome = PollQr(transaction.Sequence);
                if (outcome != null && outcome.Kind != PaymentOutcomeKind.Unknown && outcome.Kind != PaymentOutcomeKind.AwaitingCustomer)
                {
                    resolved.Add(outcome);
                }
            }

            return ToArray(resolved);
        }

        /// <summary>
        /// Polls the host's QR payment notices and applies each to its payment once: a notice already
        /// seen (by id) is dropped, a notice for a payment already resolved is ignored, and a notice
        /// that a payment changed is confirmed by a status inquiry before anything is recorded (the
        /// payment object carries the codes a receipt needs).
        /// </summary>
        /// <returns>The payments resolved by notices in this round.</returns>
        public PaymentOutcome[] PollNotifications()
        {
            ArrayList resolved = new ArrayList();
            HostReply reply = _host.PollNotifications(_notificationCursor);
            if (reply.Advice != HostReplyAdvice.Success || reply.Notifications == null)
            {
                return ToArray(resolved);
            }

            PaymentNotification[] notices = reply.Notifications.Notifications;
            for (int i = 0; notices != null && i < notices.Length; i++)
            {
                PaymentNotification notice = notices[i];
                if (notice == null || HasSeenNotification(notice.Id))
                {
                    continue;
                }

                RememberNotification(notice.Id);
                if (notice.Status == PaymentStatus.Pending)
                {
                    continue;
                }

                JournalTransaction transaction = FindByPaymentKey(notice.PaymentKey);
                if (transaction == null || transaction.IsResolved)
                {
                    // Not ours any more, or already resolved: a payment's status is applied once.
                    continue;
                }

                HostReply status = _host.Inquire(notice.PaymentKey);
                if (IsFinal(status))
                {
                    resolved.Add(ConcludeQr(transaction, status));
                }
            }

            if (reply.Notifications.Cursor != null && reply.Notifications.Cursor.Length > 0)
            {
                _notificationCursor = reply.Notifications.Cursor;
            }

            return ToArray(resolved);
        }

        private PaymentOutcome BeginQr(PaymentMethod method, long amountMinorUnits, string reference, out uint sequence)
        {
            sequence = 0;
            if (amountMinorUnits <= 0 || amountMinorUnits > _settings.MaximumAmountMinorUnits)
            {
                return Refused("Amount outside the terminal's limit.", "Check the amount and enter it again.", string.Empty);
            }

            TransactionIntent intent = new TransactionIntent();
            intent.Kind = TransactionKind.Sale;
            intent.Method = method;
            intent.AmountMinorUnits = amountMinorUnits;
            intent.CurrencyNumericCode = _settings.CurrencyNumericCode;
            intent.CreatedUtcMilliseconds = _clock.UtcNowMilliseconds;
            intent.CardLast4 = string.Empty;
            intent.CardBrand = string.Empty;
            intent.MerchantReference = reference;
            try
            {
                CapacityVerdict verdict = _journal.BeginTransaction(intent, intent.CreatedUtcMilliseconds, out sequence);
                if (!verdict.IsAccepted)
                {
                    return Refused(verdict.Message, "Restore the connection and let the queue drain.", "TX-PENDING");
                }
            }
            catch (ArgumentException exception)
            {
                return Refused("The sale was not started: " + exception.Message, "Check the sale's details.", string.Empty);
            }
            catch (StorageException exception)
            {
                return Refused("The sale was not started: the terminal cannot write its journal (" + exception.Message + ").", "Call service.", "HW-STORAGE");
            }

            SendQueuedHostItems();
            return null;
        }

        private PaymentRequest QrRequest(JournalTransaction transaction, PaymentMethod method, string scannedCode)
        {
            TransactionIntent intent = transaction.Intent.DecodeIntent();
            PaymentRequest request = new PaymentRequest();
            request.Kind = TransactionKind.Sale;
            request.Method = method;
            request.AmountMinorUnits = intent.AmountMinorUnits;
            request.CurrencyNumericCode = intent.CurrencyNumericCode;
            request.CreatedUtcMilliseconds = intent.CreatedUtcMilliseconds;
            request.Reference = intent.MerchantReference;
            request.QrCode = scannedCode;
            return request;
        }

        private PaymentOutcome CloseQrOrder(JournalTransaction transaction)
        {
            // The close record must be durable before the close goes out (see the class remarks).
            if (transaction.State == TransactionState.Authorizing)
            {
                _journal.RecordOutcomeUnknown(transaction.Sequence);
            }

            JournalEntry closeRecord = null;
            for (int i = 0; i < transaction.EntryCount; i++)
            {
                JournalEntry entry = transaction.GetEntry(i);
                if (entry.Type == JournalRecordType.StateTransition)
                {
                    closeRecord = entry;
                    break;
                }
            }

            if (closeRecord == null)
            {
                return Closing(transaction.Sequence);
            }

            HostReply reply = _host.Close(_journal.IdempotencyKeyFor(transaction.Intent), _journal.IdempotencyKeyFor(closeRecord));
            if (IsFinal(reply))
            {
                return ConcludeQr(transaction, reply);
            }

            return Closing(transaction.Sequence);
        }

        /// <summary>Records a final QR answer (a closed order is shown as not paid, not as a bank decline) and stops polling it.</summary>
        private PaymentOutcome ConcludeQr(JournalTransaction transaction, HostReply reply)
        {
            PaymentOutcome outcome = Conclude(transaction, reply);
            if (outcome.Kind != PaymentOutcomeKind.Unknown)
            {
                ForgetQrOrder(transaction.Sequence);
            }

            return outcome;
        }

        /// <summary>The outcome of a resolved transaction as its journal records hold it.</summary>
        private PaymentOutcome RecordedOutcome(JournalTransaction transaction)
        {
            for (int i = transaction.EntryCount - 1; i >= 0; i--)
            {
                JournalEntry entry = transaction.GetEntry(i);
                if (entry.Type == JournalRecordType.HostResponse)
                {
                    HostResponse response = entry.DecodeResponse();
                    return Answered(transaction.Sequence, response, response.IsLate);
                }
            }

            return new PaymentOutcome(PaymentOutcomeKind.Cancelled, transaction.Sequence, false, string.Empty, "Cancelled. Any charge will be reversed.", "Take payment another way if the customer wishes.", string.Empty);
        }

        private PaymentOutcome Awaiting(QrOrder order)
        {
            return new PaymentOutcome(PaymentOutcomeKind.AwaitingCustomer, order.Sequence, false, string.Empty, "Show the code to the customer.", "Wait: the result is shown when the customer has paid.", string.Empty, order.QrContent);
        }

        private static PaymentOutcome Closing(uint sequence)
        {
            return new PaymentOutcome(PaymentOutcomeKind.Unknown, sequence, false, string.Empty, "Closing the QR order. Checking the result. Do not pay again.", "Wait: the result will be shown and printed when it arrives.", "TX-UNKNOWN");
        }

        private static bool IsPending(HostReply reply)
        {
            return reply.Advice == HostReplyAdvice.Success && reply.Payment != null && reply.Payment.Status == PaymentStatus.Pending
                && reply.Payment.QrContent != null && reply.Payment.QrContent.Length > 0;
        }

        private static bool IsFinal(HostReply reply)
        {
            return reply.Advice == HostReplyAdvice.Success && reply.Payment != null && reply.Payment.Status != PaymentStatus.Pending;
        }

        private bool IsOfferedQrOrder(uint sequence, long now)
        {
            QrOrder order = FindQrOrder(sequence);
            return order != null && now - order.StartedMonotonicMilliseconds < _settings.QrWindowMilliseconds;
        }

        private QrOrder FindQrOrder(uint sequence)
        {
            for (int i = 0; i < _qrOrders.Count; i++)
            {
                QrOrder order = (QrOrder)_qrOrders[i];
                if (order.Sequence == sequence)
                {
                    return order;
                }
            }

            return null;
        }

        private void ForgetQrOrder(uint sequence)
        {
            QrOrder order = FindQrOrder(sequence);
            if (order != null)
            {
                _qrOrders.Remove(order);
            }
        }

        private JournalTransaction FindByPaymentKey(string paymentKey)
        {
            if (paymentKey == null)
            {
                return null;
            }

            for (int i = 0; i < _journal.LiveTransactionCount; i++)
            {
                JournalTransaction transaction = _journal.GetTransaction(i);
                if (_journal.IdempotencyKeyFor(transaction.Intent) == paymentKey)
                {
                    return transaction;
                }
            }

            return null;
        }

        private bool HasSeenNotification(string id)
        {
            if (id == null)
            {
                return false;
            }

            for (int i = 0; i < _seenNotificationIds.Length; i++)
            {
                if (_seenNotificationIds[i] == id)
                {
                    return true;
                }
            }

            return false;
        }

        private void RememberNotification(string id)
        {
            // A small ring: older ids fall out, and the per-payment check (resolved once) still holds.
            _seenNotificationIds[_nextSeenNotification] = id;
            _nextSeenNotification = (_nextSeenNotification + 1) % _seenNotificationIds.Length;
        }

        private static PaymentOutcome[] ToArray(ArrayList outcomes)
        {
            PaymentOutcome[] result = new PaymentOutcome[outcomes.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = (PaymentOutcome)outcomes[i];
            }

            return result;
        }

        /// <summary>A merchant-presented QR order being offered: in memory only, so a reboot ends the offer (and the order is closed).</summary>
        private sealed class QrOrder
        {
            public QrOrder(uint sequence, long startedMonotonicMilliseconds, string qrContent)
            {
                Sequence = sequence;
                StartedMonotonicMilliseconds = startedMonotonicMilliseconds;
                QrContent = qrContent;
            }

            public uint Sequence { get; }

            public long StartedMonotonicMilliseconds { get; }

            public string QrContent { get; }

            public bool HasPolled { get; set; }

            public bool HasTriedClose { get; set; }

            public long LastPollMonotonicMilliseconds { get; set; }
        }
    }
}
