using Terminal.Core.Journal;

namespace Terminal.App.Maintenance
{
    /// <summary>
    /// One line of <see cref="TransactionHistory"/>: what the technician's "last transactions" shows and what a
    /// reprint of the last receipt needs. It never holds a card number: the last four digits at most.
    /// </summary>
    public sealed class TransactionRecord
    {
        /// <summary>Gets or sets the journal's key namespace the sequence belongs to (a re-provisioned terminal starts a new one).</summary>
        public string KeyNamespace { get; set; }

        /// <summary>Gets or sets the journal sequence of the transaction's intent (the receipt's transaction number).</summary>
        public uint Sequence { get; set; }

        /// <summary>Gets or sets when the transaction started, UTC milliseconds since 1970.</summary>
        public long CreatedUtcMilliseconds { get; set; }

        /// <summary>Gets or sets sale or refund.</summary>
        public TransactionKind Kind { get; set; }

        /// <summary>Gets or sets card or QR.</summary>
        public PaymentMethod Method { get; set; }

        /// <summary>Gets or sets the amount in minor units.</summary>
        public long AmountMinorUnits { get; set; }

        /// <summary>Gets or sets the ISO 4217 numeric currency code.</summary>
        public int CurrencyNumericCode { get; set; }

        /// <summary>Gets or sets the last four digits of the card; empty for QR. Never more.</summary>
        public string CardLast4 { get; set; }

        /// <summary>Gets or sets the card brand; empty for QR.</summary>
        public string CardBrand { get; set; }

        /// <summary>Gets or sets the merchant's order reference.</summary>
        public string MerchantReference { get; set; }

        /// <summary>Gets or sets where the transaction stands.</summary>
        public TransactionFinalState State { get; set; }

        /// <summary>Gets or sets whether it was UNKNOWN before its outcome arrived (a late confirmation, an inquiry's answer).</summary>
        public bool WasUnknown { get; set; }

        /// <summary>Gets or sets whether the host answered (approved or declined): only then is there a receipt to reprint.</summary>
        public bool HasResponse { get; set; }

        /// <summary>Gets or sets the host's response code; empty without an answer.</summary>
        public string ResponseCode { get; set; }

        /// <summary>Gets or sets the authorization code; empty without one.</summary>
        public string AuthorizationCode { get; set; }

        /// <summary>Gets or sets the host's reference; empty without one.</summary>
        public string HostReference { get; set; }

        /// <summary>Gets or sets whether the host flagged the answer as late (the receipt's LATE CONFIRMATION marker).</summary>
        public bool IsLate { get; set; }
    }
}
