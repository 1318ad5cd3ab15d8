using Terminal.App.Outbox;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;

namespace Terminal.App.Payments
{
    /// <summary>
    /// The receiver of the journal's host queue: result uploads and reversals, each sent under the
    /// idempotency key of its journal record, so a retry after a timeout or a reboot is answered
    /// from the host's stored response instead of being processed twice. A request is acknowledged
    /// only when the host answered it; anything else stays queued and is retried.
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

        /// <inheritdoc/>
        public bool Deliver(JournalEntry item, string idempotencyKey)
        {
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
    }
}
