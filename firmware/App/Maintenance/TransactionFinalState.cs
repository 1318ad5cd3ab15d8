namespace Terminal.App.Maintenance
{
    /// <summary>Where a transaction in <see cref="TransactionHistory"/> stands. Stored in one byte on flash: values are part of the format.</summary>
    public enum TransactionFinalState
    {
        /// <summary>No answer yet after a timeout (never "failed"): a status inquiry will resolve it.</summary>
        Unknown = 1,

        /// <summary>The host approved: the customer was charged.</summary>
        Approved = 2,

        /// <summary>The host declined, or closed or reversed the payment: the customer was not charged.</summary>
        Declined = 3,

        /// <summary>The terminal cancelled it; a reversal undoes any charge.</summary>
        Cancelled = 4,
    }
}
