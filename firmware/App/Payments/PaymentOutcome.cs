using Terminal.Core.Journal;
using Terminal.Core.Protocol;

namespace Terminal.App.Payments
{
    /// <summary>How a payment attempt ended, as the cashier must see it.</summary>
    public enum PaymentOutcomeKind
    {
        /// <summary>The customer was charged.</summary>
        Approved = 1,

        /// <summary>The host declined; the customer was not charged.</summary>
        Declined = 2,

        /// <summary>No answer: "checking the result, do not pay again". Never shown as failed.</summary>
        Unknown = 3,

        /// <summary>The terminal did not start the payment (amount limit, queue full, storage fault); nothing was sent.</summary>
        Refused = 4,

        /// <summary>The cashier cancelled it; a reversal is queued, so any charge will be undone.</summary>
        Cancelled = 5,

        /// <summary>A merchant-presented QR order is waiting for the customer: show <see cref="PaymentOutcome.QrContent"/> and keep polling.</summary>
        AwaitingCustomer = 6,
    }

    /// <summary>The result of a payment attempt, with what to tell the cashier and what to do next.</summary>
    public sealed class PaymentOutcome
    {
        /// <summary>Creates an outcome.</summary>
        /// <param name="kind">How it ended.</param>
        /// <param name="transactionSequence">The journal's id of the transaction; 0 when none was started.</param>
        /// <param name="isLate">Whether the answer came after the terminal had shown UNKNOWN.</param>
        /// <param name="responseCode">The host's response code; empty when there is none.</param>
        /// <param name="message">The sentence for the cashier.</param>
        /// <param name="nextStep">What the cashier should do next.</param>
        /// <param name="causeId">The failure-cause id when one applies (e.g. "SW-CLOCK"); empty otherwise.</param>
        public PaymentOutcome(PaymentOutcomeKind kind, uint transactionSequence, bool isLate, string responseCode, string message, string nextStep, string causeId)
            : this(kind, transactionSequence, isLate, responseCode, message, nextStep, causeId, string.Empty)
        {
        }

        /// <summary>Creates an outcome that carries a QR code to show (merchant-presented QR, <see cref="PaymentOutcomeKind.AwaitingCustomer"/>).</summary>
        /// <param name="kind">How it ended, or <see cref="PaymentOutcomeKind.AwaitingCustomer"/>.</param>
        /// <param name="transactionSequence">The journal's id of the transaction; 0 when none was started.</param>
        /// <param name="isLate">Whether the answer came after the terminal had shown UNKNOWN.</param>
        /// <param name="responseCode">The host's response code; empty when there is none.</param>
        /// <param name="message">The sentence for the cashier.</param>
        /// <param name="nextStep">What the cashier should do next.</param>
        /// <param name="causeId">The failure-cause id when one applies; empty otherwise.</param>
        /// <param name="qrContent">The text to encode as the QR code to show; empty when there is none.</param>
        public PaymentOutcome(PaymentOutcomeKind kind, uint transactionSequence, bool isLate, string responseCode, string message, string nextStep, string causeId, string qrContent)
        {
            QrContent = qrContent == null ? string.Empty : qrContent;
            Kind = kind;
            TransactionSequence = transactionSequence;
            IsLate = isLate;
            ResponseCode = responseCode;
            Message = message;
            NextStep = nextStep;
            CauseId = causeId;
        }

        /// <summary>Gets how it ended.</summary>
        public PaymentOutcomeKind Kind { get; }

        /// <summary>Gets the journal's id of the transaction; 0 when none was started.</summary>
        public uint TransactionSequence { get; }

        /// <summary>Gets whether the answer came after the terminal had shown UNKNOWN: a late confirmation.</summary>
        public bool IsLate { get; }

        /// <summary>Gets the host's response code; empty when there is none.</summary>
        public string ResponseCode { get; }

        /// <summary>Gets the sentence for the cashier.</summary>
        public string Message { get; }

        /// <summary>Gets what the cashier should do next.</summary>
        public string NextStep { get; }

        /// <summary>Gets the failure-cause id when one applies; empty otherwise.</summary>
        public string CauseId { get; }

        /// <summary>Gets the text to encode as the QR code the customer scans; empty unless <see cref="Kind"/> is <see cref="PaymentOutcomeKind.AwaitingCustomer"/>.</summary>
        public string QrContent { get; }

        /// <summary>
        /// The outcome of a host's answer as the journal records it: approved (a late confirmation when
        /// <paramref name="late"/>), or declined with the response-code catalogue's reason and next step.
        /// One place, so the screen shows a result the same whether it was drawn at once or replayed from
        /// the display queue after a reboot.
        /// </summary>
        /// <param name="sequence">The transaction's journal sequence.</param>
        /// <param name="response">The recorded answer.</param>
        /// <param name="late">Whether the terminal had shown UNKNOWN before this answer came.</param>
        /// <param name="language">The cashier's language, for the decline reason.</param>
        /// <returns>The outcome.</returns>
        public static PaymentOutcome FromResponse(uint sequence, HostResponse response, bool late, CashierLanguage language)
        {
            ResponseCodeEntry entry = ResponseCodeCatalog.Lookup(response.ResponseCode);
            bool approved = response.Outcome == TransactionOutcome.Approved;
            string message = approved ? (late ? "Late confirmation: approved." : "Approved.") : entry.Message(language);
            string nextStep = approved ? string.Empty : entry.NextStep(language);
            return new PaymentOutcome(approved ? PaymentOutcomeKind.Approved : PaymentOutcomeKind.Declined, sequence, late, response.ResponseCode == null ? string.Empty : response.ResponseCode, message, nextStep, entry.CauseId == null ? string.Empty : entry.CauseId);
        }
    }
}
