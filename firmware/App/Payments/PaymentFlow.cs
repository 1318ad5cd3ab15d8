using System;
using System.Collections;
using Terminal.App.Outbox;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Hal.Storage;
using Terminal.Hal.Time;

namespace Terminal.App.Payments
{
    /// <summary>
    /// Card payments against the host, with the journal as the memory that outlives timeouts,
    /// network loss and reboots (docs/late-approval-policy.md).
    /// <list type="bullet">
    /// <item>The intent is committed before the first byte goes out; its idempotency key is the
    /// payment's key for the authorization and for every inquiry and reversal after it.</item>
    /// <item>No answer, or an answer that does not decode, is UNKNOWN, never failed. Unknown
    /// payments are asked about with backoff (<see cref="ResolveUnknown"/>), at boot first.</item>
    /// <item>A host that has never seen the payment is not proof of "not charged": the key is burned
    /// with a reversal first.</item>
    /// <item>Cancel is a committed reversal, so a cancelled payment can never stay charged.</item>
    /// </list>
    /// Results reach the display, the printer and the backend through the journal's queues; the
    /// host queue is drained by <see cref="HostOutboxSink"/>. One owner thread calls it.
    /// </summary>
    public sealed partial class PaymentFlow
    {
        private readonly TransactionJournal _journal;
        private readonly HostClient _host;
        private readonly IClock _clock;
        private readonly PaymentFlowSettings _settings;
        private readonly ArrayList _schedule = new ArrayList();
        private readonly OutboxPump _hostQueue;
        private readonly HostOutboxSink _hostSink;

        /// <summary>Creates the flow.</summary>
        /// <param name="journal">The open journal.</param>
        /// <param name="host">The client of the payment host.</param>
        /// <param name="clock">The terminal's clock.</param>
        /// <param name="settings">Limits and timings.</param>
        public PaymentFlow(TransactionJournal journal, HostClient host, IClock clock, PaymentFlowSettings settings)
        {
            if (journal == null || host == null || clock == null || settings == null)
            {
                throw new ArgumentNullException(journal == null ? "journal" : host == null ? "host" : clock == null ? "clock" : "settings");
            }

            _journal = journal;
            _host = host;
            _clock = clock;
            _settings = settings;
            _hostQueue = new OutboxPump(journal);
            _hostSink = new HostOutboxSink(journal, host);
            _hostQueue.Attach(Destinations.Host, _hostSink);
        }

        /// <summary>Gets the receiver of the host queue, to give it the event log (dropped diagnostic reports) and read its last reply.</summary>
        public HostOutboxSink HostOutbox
        {
            get { return _hostSink; }
        }

        /// <summary>
        /// Gets or sets the screen that shows a host's answer the moment it arrives, before anything is
        /// written to flash. When set, answers are committed for the printer and the backend only;
        /// when <c>null</c>, they are queued for the display too and shown by the outbox pump.
        /// </summary>
        public IResultDisplay ResultDisplay { get; set; }

        /// <summary>Gets or sets the language of the cashier's messages.</summary>
        public CashierLanguage Language { get; set; } = CashierLanguage.English;

        /// <summary>
        /// Takes a card sale: checks it, commits the intent, sends the authorization, and records
        /// the answer (queued for display, printer and backend) or the UNKNOWN state.
        /// </summary>
        /// <param name="sale">The sale, with the amount the cashier confirmed.</param>
        /// <returns>The outcome to show.</returns>
        public PaymentOutcome Pay(CardSale sale)
        {
            if (sale.AmountMinorUnits <= 0 || sale.AmountMinorUnits > _settings.MaximumAmountMinorUnits)
            {
                return Refused("Amount outside the terminal's limit.", "Check the amount and enter it again.", string.Empty);
            }

            TransactionIntent intent = new TransactionIntent();
            intent.Kind = TransactionKind.Sale;
            intent.Method = PaymentMethod.Card;
            intent.AmountMinorUnits = sale.AmountMinorUnits;
            intent.CurrencyNumericCode = _settings.CurrencyNumericCode;
            intent.CreatedUtcMilliseconds = _clock.UtcNowMilliseconds;
            intent.CardLast4 = sale.CardLast4;
            intent.CardBrand = sale.CardBrand;
            intent.MerchantReference = sale.MerchantReference;

            uint sequence;
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
                // The intent is not durable, so nothing may be sent.
                return Refused("The sale was not started: the terminal cannot write its journal (" + exception.Message + ").", "Call service.", "HW-STORAGE");
            }

            // Reversals and uploads queued earlier go first, so they never wait behind new sales.
            SendQueuedHostItems();

            JournalTransaction transaction = _journal.FindTransaction(sequence);
            PaymentRequest request = new PaymentRequest();
            request.Kind = TransactionKind.Sale;
            request.Method = PaymentMethod.Card;
            request.AmountMinorUnits = intent.AmountMinorUnits;
            request.CurrencyNumericCode = intent.CurrencyNumericCode;
            request.CreatedUtcMilliseconds = intent.CreatedUtcMilliseconds;
            request.Reference = intent.MerchantReference;
            request.CardLast4 = sale.CardLast4;
            request.CardBrand = sale.CardBrand;
            request.CardEntryMode = sale.EntryMode;
            request.CardPayload = sale.ReaderPayload;

            HostReply reply = _host.Authorize(_journal.IdempotencyKeyFor(transaction.Intent), request);
            return Conclude(transaction, reply);
        }

        /// <summary>
        /// Asks the host about every unknown payment whose inquiry is due (all of them right after
        /// boot), and records the answers that came: a late approval or decline is queued for the
        /// display, the printer and the backend like any result.
        /// </summary>
        /// <returns>The outcomes resolved in this round (approved, declined, or cancelled because the host never saw them).</returns>
        public PaymentOutcome[] ResolveUnknown()
        {
            ArrayList resolved = new ArrayList();
            long now = _clock.MonotonicMilliseconds;
            for (int i = 0; i < _journal.LiveTransactionCount; i++)
            {
                JournalTransaction transaction = _journal.GetTransaction(i);
                // A QR order still offered to the customer is polled by PollQr, at its own pace.
                if (transaction.IsResolved || IsOfferedQrOrder(transaction.Sequence, now) || !IsDue(transaction.Sequence, now))
                {
                    continue;
                }

                PaymentOutcome outcome = Inquire(transaction);
                if (outcome.Kind != PaymentOutcomeKind.Unknown)
                {
                    resolved.Add(outcome);
                    Unschedule(transaction.Sequence);
                }
            }

            PaymentOutcome[] result = new PaymentOutcome[resolved.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = (PaymentOutcome)resolved[i];
            }

            return result;
        }

        /// <summary>
        /// Sends what waits in the journal's host queue (reversals first in journal order, then
        /// result uploads), stopping at the first item the host does not take, and commits the
        /// acknowledgements. Called before every authorization; call it at boot and when the
        /// network returns too.
        /// </summary>
        /// <returns>The items the host took.</returns>
        public int SendQueuedHostItems()
        {
            return _hostQueue.DeliverQueue(Destinations.Host);
        }

        /// <summary>
        /// Cancels an unresolved payment at the cashier's request: commits the cancellation and its
        /// reversal together, so any charge will be undone (the reversal is retried until acknowledged).
        /// </summary>
        /// <param name="transactionSequence">The payment's transaction id.</param>
        /// <returns>The cancelled outcome, or <c>null</c> when the payment is already resolved or unknown to the journal.</returns>
        public PaymentOutcome Cancel(uint transactionSequence)
        {
            if (_journal.RecordCancellation(transactionSequence, "CANCEL") == null)
            {
                return null;
            }

            Unschedule(transactionSequence);
            return new PaymentOutcome(PaymentOutcomeKind.Cancelled, transactionSequence, false, string.Empty, "Cancelled. Any charge will be reversed.", "Take payment another way if the customer wishes.", string.Empty);
        }

        /// <summary>
        /// Tells the flow the network is back: every unknown payment is asked about at the next
        /// <see cref="ResolveUnknown"/>, whatever its backoff had reached.
        /// </summary>
        public void NetworkRestored()
        {
            _schedule.Clear();
        }

        /// <summary>
        /// Gets the number of unknown payments asked about since boot without an answer yet: each waits for its next
        /// status inquiry (backoff). Read-only, for TX-UNKNOWN; the schedule lives in memory, so it is 0 after a boot
        /// until <see cref="ResolveUnknown"/> has asked once.
        /// </summary>
        public int ScheduledInquiryCount
        {
            get { return _schedule.Count; }
        }

        /// <summary>Gets whether a payment has no outcome yet (UNKNOWN or still authorizing).</summary>
        /// <param name="transactionSequence">The payment's transaction id.</param>
        /// <returns><c>true</c> while the journal tracks it unresolved.</returns>
        public bool IsUnknown(uint transactionSequence)
        {
            JournalTransaction transaction = _journal.FindTransaction(transactionSequence);
            return transaction != null && !transaction.IsResolved;
        }

        private PaymentOutcome Inquire(JournalTransaction transaction)
        {
            string paymentKey = _journal.IdempotencyKeyFor(transaction.Intent);
            HostReply reply = _host.Inquire(paymentKey);
            if (reply.Advice == HostReplyAdvice.NotFound)
            {
                // Never seen by the host, or still in flight: burn the key before calling it "not charged".
                if (_journal.RecordCancellation(transaction.Sequence, "NOTFOUND") != null)
                {
                    return new PaymentOutcome(PaymentOutcomeKind.Cancelled, transaction.Sequence, true, string.Empty, "The host never received this payment; it is being cancelled so it cannot be charged.", "Take the payment again once the cancellation is confirmed.", "TX-UNKNOWN");
                }
            }

            return Conclude(transaction, reply);
        }

        private PaymentOutcome Conclude(JournalTransaction transaction, HostReply reply)
        {
            if (reply.Advice == HostReplyAdvice.Success && reply.Payment != null)
            {
                PaymentResult payment = reply.Payment;
                if ((payment.Status == PaymentStatus.Approved || payment.Status == PaymentStatus.Declined
                    || payment.Status == PaymentStatus.Closed || payment.Status == PaymentStatus.Reversed)
                    && FitsTheJournal(payment))
                {
                    HostResponse response = new HostResponse();
                    response.Outcome = payment.Status == PaymentStatus.Approved ? TransactionOutcome.Approved : TransactionOutcome.Declined;
                    response.ResponseCode = payment.ResponseCode;
                    response.AuthorizationCode = payment.AuthorizationCode;
                    response.HostReference = payment.HostReference;
                    response.HostTimeUtcMilliseconds = payment.HostTimeUtcMilliseconds;

                    // Late exactly when the journal will flag it: the terminal had shown UNKNOWN.
                    bool late = transaction.State == TransactionState.OutcomeUnknown;
                    bool notCharged = payment.Status == PaymentStatus.Closed || payment.Status == PaymentStatus.Reversed;
                    PaymentOutcome outcome = notCharged ? NotCharged(transaction.Sequence, late, response.ResponseCode) : Answered(transaction.Sequence, response, late);
                    if (transaction.IsResolved)
                    {
                        // A second answer for a settled payment: nothing new to show or record.
                        return outcome;
                    }

                    int destinations = Destinations.All;
                    if (ResultDisplay != null)
                    {
                        // Draw first, from RAM: the flash stalls the CPU while it writes
                        // (nanoframework.md, flash physics), so no write comes between the answer
                        // and the screen. A cut before the commit below makes the payment unknown
                        // again, and its inquiry shows it once more as a late confirmation.
                        ResultDisplay.Show(outcome);
                        destinations = Destinations.Printer | Destinations.Host;
                    }

                    _journal.RecordResponse(transaction.Sequence, response, destinations);
                    RememberResponseCode(response.ResponseCode);
                    CountIntoBatch(transaction, response);
                    return outcome;
                }
            }

            // No answer, retry later, an undecodable or unexpected answer: the outcome is unknown.
            if (transaction.State == TransactionState.Authorizing)
            {
                _journal.RecordOutcomeUnknown(transaction.Sequence);
            }

            Reschedule(transaction.Sequence);
            string cause = reply.Advice == HostReplyAdvice.ConfigurationError ? "SW-CONFIG" : "TX-UNKNOWN";
            return new PaymentOutcome(PaymentOutcomeKind.Unknown, transaction.Sequence, false, string.Empty, "Checking the result. Do not pay again.", "Wait: the result will be shown and printed when it arrives.", cause);
        }

        /// <summary>
        /// Whether the answer's fields fit the journal's record. The protocol allows longer codes than
        /// any host sends; an answer that does not fit is treated as undecodable (the payment stays
        /// unknown and is asked about again), never cut short and stored wrong.
        /// </summary>
        private static bool FitsTheJournal(PaymentResult payment)
        {
            return Length(payment.ResponseCode) <= HostResponse.MaximumResponseCodeLength
                && Length(payment.AuthorizationCode) <= HostResponse.MaximumAuthorizationCodeLength
                && Length(payment.HostReference) <= HostResponse.MaximumHostReferenceLength;
        }

        private static int Length(string text)
        {
            return text == null ? 0 : text.Length;
        }

        private PaymentOutcome Answered(uint sequence, HostResponse response, bool late)
        {
            return PaymentOutcome.FromResponse(sequence, response, late, Language);
        }

        private static PaymentOutcome NotCharged(uint sequence, bool late, string responseCode)
        {
            return new PaymentOutcome(PaymentOutcomeKind.Declined, sequence, late, responseCode == null ? string.Empty : responseCode, "Not paid: the payment was closed or reversed. The customer was not charged.", "Take payment another way, or start a new sale.", string.Empty);
        }

        private PaymentOutcome Refused(string message, string nextStep, string causeId)
        {
            return new PaymentOutcome(PaymentOutcomeKind.Refused, 0, false, string.Empty, message, nextStep, causeId);
        }

        // ---- inquiry schedule: in memory on purpose, so every unknown payment is asked about at boot.

        private bool IsDue(uint sequence, long now)
        {
            InquirySchedule schedule = Find(sequence);
            return schedule == null || now >= schedule.DueMonotonicMilliseconds;
        }

        private void Reschedule(uint sequence)
        {
            InquirySchedule schedule = Find(sequence);
            if (schedule == null)
            {
                schedule = new InquirySchedule(sequence, _settings.FirstInquiryDelayMilliseconds);
                _schedule.Add(schedule);
            }
            else
            {
                long doubled = schedule.DelayMilliseconds * 2;
                schedule.DelayMilliseconds = doubled > _settings.MaximumInquiryDelayMilliseconds ? _settings.MaximumInquiryDelayMilliseconds : doubled;
            }

            schedule.DueMonotonicMilliseconds = _clock.MonotonicMilliseconds + schedule.DelayMilliseconds;
        }

        private void Unschedule(uint sequence)
        {
            InquirySchedule schedule = Find(sequence);
            if (schedule != null)
            {
                _schedule.Remove(schedule);
            }
        }

        private InquirySchedule Find(uint sequence)
        {
            for (int i = 0; i < _schedule.Count; i++)
            {
                InquirySchedule schedule = (InquirySchedule)_schedule[i];
                if (schedule.Sequence == sequence)
                {
                    return schedule;
                }
            }

            return null;
        }

        /// <summary>When an unknown payment is next asked about, and how long the wait was.</summary>
        private sealed class InquirySchedule
        {
            public InquirySchedule(uint sequence, long delayMilliseconds)
            {
                Sequence = sequence;
                DelayMilliseconds = delayMilliseconds;
            }

            public uint Sequence { get; }

            public long DelayMilliseconds { get; set; }

            public long DueMonotonicMilliseconds { get; set; }
        }
    }
}
