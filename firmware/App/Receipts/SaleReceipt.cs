using Terminal.Core.Journal;

namespace Terminal.App.Receipts
{
    /// <summary>
    /// What a payment receipt says: plain fields, filled from the journal by <see cref="FromJournal"/>
    /// (or by a test). Any field may hold anything: <see cref="ReceiptRenderer"/> makes it safe. It holds
    /// the last four card digits at most, like the journal.
    /// </summary>
    public sealed class SaleReceipt
    {
        /// <summary>Gets or sets the merchant id.</summary>
        public string MerchantId { get; set; }

        /// <summary>Gets or sets the terminal id.</summary>
        public string TerminalId { get; set; }

        /// <summary>Gets or sets the terminal's transaction number (the journal sequence of the intent).</summary>
        public uint TransactionNumber { get; set; }

        /// <summary>Gets or sets when the transaction started, UTC milliseconds since 1970 (printed as local time).</summary>
        public long TransactionUtcMilliseconds { get; set; }

        /// <summary>Gets or sets sale or refund.</summary>
        public TransactionKind Kind { get; set; }

        /// <summary>Gets or sets card or QR.</summary>
        public PaymentMethod Method { get; set; }

        /// <summary>Gets or sets the card brand; empty for QR.</summary>
        public string CardBrand { get; set; }

        /// <summary>Gets or sets the last four digits of the card; empty for QR. Only these four are ever printed.</summary>
        public string CardLast4 { get; set; }

        /// <summary>Gets or sets the amount in minor units.</summary>
        public long AmountMinorUnits { get; set; }

        /// <summary>Gets or sets the ISO 4217 numeric currency code.</summary>
        public int CurrencyNumericCode { get; set; }

        /// <summary>Gets or sets whether the host approved (otherwise declined: nobody was charged).</summary>
        public bool Approved { get; set; }

        /// <summary>Gets or sets the host's response code.</summary>
        public string ResponseCode { get; set; }

        /// <summary>Gets or sets the authorization code.</summary>
        public string AuthorizationCode { get; set; }

        /// <summary>Gets or sets the host's reference.</summary>
        public string HostReference { get; set; }

        /// <summary>Gets or sets the merchant's order reference.</summary>
        public string MerchantReference { get; set; }

        /// <summary>Gets or sets whether the result came after the terminal had shown it as unknown: marked LATE CONFIRMATION.</summary>
        public bool IsLate { get; set; }

        /// <summary>Gets or sets whether this copy may not be the first: marked REPRINT.</summary>
        public bool IsReprint { get; set; }

        /// <summary>Builds a receipt from a journal transaction's intent and its result.</summary>
        /// <param name="transactionSequence">The transaction's id.</param>
        /// <param name="intent">The intent.</param>
        /// <param name="response">The host's answer.</param>
        /// <param name="merchantId">The merchant id.</param>
        /// <param name="terminalId">The terminal id.</param>
        /// <param name="isReprint">Whether to mark the copy REPRINT.</param>
        /// <returns>The receipt.</returns>
        public static SaleReceipt FromJournal(uint transactionSequence, TransactionIntent intent, HostResponse response, string merchantId, string terminalId, bool isReprint)
        {
            SaleReceipt receipt = new SaleReceipt();
            receipt.MerchantId = merchantId;
            receipt.TerminalId = terminalId;
            receipt.TransactionNumber = transactionSequence;
            receipt.TransactionUtcMilliseconds = intent.CreatedUtcMilliseconds;
            receipt.Kind = intent.Kind;
            receipt.Method = intent.Method;
            receipt.CardBrand = intent.CardBrand;
            receipt.CardLast4 = intent.CardLast4;
            receipt.AmountMinorUnits = intent.AmountMinorUnits;
            receipt.CurrencyNumericCode = intent.CurrencyNumericCode;
            receipt.Approved = response.Outcome == TransactionOutcome.Approved;
            receipt.ResponseCode = response.ResponseCode;
            receipt.AuthorizationCode = response.AuthorizationCode;
            receipt.HostReference = response.HostReference;
            receipt.MerchantReference = intent.MerchantReference;
            receipt.IsLate = response.IsLate;
            receipt.IsReprint = isReprint;
            return receipt;
        }
    }
}
