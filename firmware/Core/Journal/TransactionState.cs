namespace Terminal.Core.Journal
{
    /// <summary>Where a transaction stands, as the journal knows it.</summary>
    public enum TransactionState
    {
        /// <summary>The intent is durable and the request may be on its way; no answer yet.</summary>
        Authorizing = 1,

        /// <summary>
        /// No answer arrived in time (timeout, network loss, reboot mid-flight). Never "failed": the
        /// customer may have been charged. Resolved by a status inquiry.
        /// </summary>
        OutcomeUnknown = 2,

        /// <summary>The host approved.</summary>
        Approved = 3,

        /// <summary>The host declined.</summary>
        Declined = 4,

        /// <summary>The terminal cancelled it; a reversal is queued for the host.</summary>
        Cancelled = 5,
    }
}
