namespace Terminal.App.Receipts
{
    /// <summary>Every fixed text printed on receipts and settlement reports; <see cref="ReceiptText"/> holds them in both languages.</summary>
    public enum ReceiptPhrase
    {
        /// <summary>Fallback for a value the receipt does not know (an enum from newer firmware).</summary>
        Unknown = 0,

        /// <summary>Title of a sale receipt.</summary>
        SaleTitle,

        /// <summary>Title of a refund receipt.</summary>
        RefundTitle,

        /// <summary>Label of the merchant id.</summary>
        MerchantId,

        /// <summary>Label of the terminal id.</summary>
        TerminalId,

        /// <summary>Label of the local date and time.</summary>
        DateTime,

        /// <summary>Label of the terminal's transaction number (the journal sequence).</summary>
        TransactionNumber,

        /// <summary>Label of the payment method.</summary>
        PaymentMethod,

        /// <summary>Payment by card.</summary>
        MethodCard,

        /// <summary>Payment by a QR code the terminal showed and the customer scanned.</summary>
        MethodQrMerchantPresented,

        /// <summary>Payment by the customer's QR code, scanned by the terminal.</summary>
        MethodQrCustomerPresented,

        /// <summary>Label of the card brand.</summary>
        CardBrand,

        /// <summary>Label of the masked card number.</summary>
        CardNumber,

        /// <summary>Label of the amount.</summary>
        Amount,

        /// <summary>Label of the result.</summary>
        Result,

        /// <summary>The result: approved.</summary>
        Approved,

        /// <summary>The result: declined.</summary>
        Declined,

        /// <summary>The sentence under a decline: nobody was charged.</summary>
        NotCharged,

        /// <summary>Label of the host's response code.</summary>
        ResponseCode,

        /// <summary>Label of the authorization code.</summary>
        AuthorizationCode,

        /// <summary>Label of the host's reference.</summary>
        HostReference,

        /// <summary>Label of the merchant's order reference.</summary>
        OrderReference,

        /// <summary>The LATE CONFIRMATION marker (docs/late-approval-policy.md).</summary>
        LateConfirmation,

        /// <summary>The sentence under the late-confirmation marker.</summary>
        LateConfirmationNote,

        /// <summary>The REPRINT marker: this copy may not be the first one printed.</summary>
        Reprint,

        /// <summary>The closing line of a receipt.</summary>
        KeepReceipt,

        /// <summary>Title of a settlement report.</summary>
        SettlementTitle,

        /// <summary>Label of the batch number.</summary>
        BatchNumber,

        /// <summary>A transaction kind: sale.</summary>
        KindSale,

        /// <summary>A transaction kind: refund.</summary>
        KindRefund,

        /// <summary>Heading of the terminal's totals.</summary>
        TerminalTotals,

        /// <summary>Heading of the host's totals (a mismatch).</summary>
        HostTotals,

        /// <summary>Label of the number of transactions.</summary>
        TotalCount,

        /// <summary>Label of the sales minus the refunds.</summary>
        NetAmount,

        /// <summary>A settlement with no transactions.</summary>
        NoTransactions,

        /// <summary>Settlement result: settled.</summary>
        Settled,

        /// <summary>Settlement result: the host's totals differ.</summary>
        TotalsDiffer,

        /// <summary>Settlement result: not settled (refused or no answer).</summary>
        NotSettled,

        /// <summary>The next step after a settlement that did not close the batch.</summary>
        BatchKept,

        /// <summary>Label of the failure-cause id.</summary>
        Cause,
    }
}
