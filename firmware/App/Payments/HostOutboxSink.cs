using Terminal.App.Outbox;
using Terminal.Core.Journal;
using Terminal.Core.Maintenance;
using Terminal.Core.Protocol;
using Terminal.Hal.Storage;

namespace Terminal.App.Payments
{
    /// <summary>
    /// The receiver of the journal's host queue: result uploads and reversals, each sent under the
    /// idempotency key of its journal record, so a retry after a timeout or a reboot is answered
    /// from the host's stored response instead of being processed twice. A request is acknowledged
    /// only when the host answered it; anything else stays queued and is retried.
    /// <para>
    /// Diagnostic reports (<c>POST /v1/diagnostics</c>) follow their own rule, because they move no money: a 4xx
    /// refusal other than 401/403/408/409/429 means this host will never take the report (an old host without the
    /// endpoint answers 404; a malformed one 400/422), so it is dropped, counted and noted in the event log instead of
    /// being retried forever; 401/403 (configuration, fixable), 408/409/429, 5xx and no answer leave it queued.
    /// </para>
    /// </summary>
    public sealed class HostOutboxSink : IOutboxSink
    {
        private readonly TransactionJournal _journal;
        private readonly HostClient _host;

        /// <summary>Creates the sink.</summary>
        /// <param name="journal">The journal whose host queue it drains.</param>
        /// <param name="host">The client of the payment host.</param>
        public HostOutboxSink(TransactionJournal journal, HostClient host)
        {
            _journal = journal;
            _host = host;
        }

        /// <summary>Gets the reply to the last request, for diagnostics (TX-PENDING, NET-GATEWAY).</summary>
        public HostReply LastReply { get; private set; }

        /// <summary>Gets or sets the event log a dropped diagnostic report is noted in; <c>null</c> for none.</summary>
        public EventLog EventLog { get; set; }

        /// <summary>Gets the number of diagnostic reports the host refused for good and that were dropped, since boot.</summary>
        public int ReportsDropped { get; private set; }

        /// <inheritdoc/>
        public bool Deliver(JournalEntry item, string idempotencyKey)
        {
            if (item.IsStandalone)
            {
                return DeliverReport(item, idempotencyKey);
            }

            JournalTransaction transaction = _journal.FindTransaction(item.TransactionSequence);
            if (transaction == null)
            {
                return false;
            }

            string paymentKey = _journal.IdempotencyKeyFor(transaction.Intent);
            if (item.Type == JournalRecordType.HostMessage)
            {
                // A reversal: any payment object means the host holds the key as reversed, declined or burned.
                LastReply = _host.Reverse(paymentKey, idempotencyKey);
                return LastReply.Advice == HostReplyAdvice.Success;
            }

            HostResponse response = item.DecodeResponse();
            TransactionIntent intent = transaction.Intent.DecodeIntent();
            ResultUpload upload = new ResultUpload();
            upload.PaymentKey = paymentKey;
            upload.Status = response.Outcome == TransactionOutcome.Approved ? PaymentStatus.Approved : PaymentStatus.Declined;
            upload.AmountMinorUnits = intent.AmountMinorUnits;
            upload.CurrencyNumericCode = intent.CurrencyNumericCode;
            upload.Method = intent.Method;
            // QR payments have no card: the journal stores an empty last4, the protocol wants null (else Encode throws).
            upload.Last4 = intent.CardLast4 != null && intent.CardLast4.Length > 0 ? intent.CardLast4 : null;
            upload.HostReference = response.HostReference;
            upload.IsLate = response.IsLate;

            // The same bytes on every retry: the host replays its stored answer only for an identical payload.
            upload.TerminalTimeUtcMilliseconds = intent.CreatedUtcMilliseconds;
            LastReply = _host.UploadResult(idempotencyKey, upload);
            return LastReply.Advice == HostReplyAdvice.Success;
        }

        private bool DeliverReport(JournalEntry item, string idempotencyKey)
        {
            byte[] body = item.DecodeReport().Body;
            LastReply = _host.UploadDiagnostics(idempotencyKey, body, 0, body.Length);
            if (LastReply.Advice == HostReplyAdvice.Success)
            {
                return true;
            }

            int status = LastReply.StatusCode;
            if (!LastReply.IsAnswered || status < 400 || status > 499 || status == 401 || status == 403 || status == 408 || status == 409 || status == 429)
            {
                return false;
            }

            // Refused for good: acknowledging it takes it out of the queue; the log keeps the trace.
            ReportsDropped++;
            EventLog log = EventLog;
            if (log != null)
            {
                string code = LastReply.Error == null || LastReply.Error.Error == null ? string.Empty : " " + LastReply.Error.Error;
                try
                {
                    log.Append(EventKind.Fault, "diagnostics", "report " + idempotencyKey + " dropped: host refused it, HTTP " + status.ToString() + code);
                }
                catch (StorageException)
                {
                    // The log is best effort here; the report is dropped either way, and SW-LOG tests the log.
                }
            }

            return true;
        }
    }
}
