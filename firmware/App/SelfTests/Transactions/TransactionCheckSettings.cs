namespace Terminal.App.SelfTests.Transactions
{
    /// <summary>The thresholds of the data-flow self-tests (TX-PENDING, TX-UNKNOWN).</summary>
    public sealed class TransactionCheckSettings
    {
        /// <summary>
        /// Gets or sets how old the oldest queued result may be before TX-PENDING fails, in milliseconds (default
        /// 10 minutes). The outbox is retried every few seconds and a printer or network fault is normally fixed
        /// within minutes, so a result still queued after 10 minutes is not draining by itself: the merchant has
        /// already seen "paid but nothing shown". It is far below the journal's own limit (72 h, after which new
        /// sales are refused), so the technician can act while the terminal still sells.
        /// </summary>
        public long PendingFailAgeMilliseconds { get; set; } = 10L * 60 * 1000;

        /// <summary>
        /// Gets or sets how old an unresolved payment may be before TX-UNKNOWN fails, in milliseconds (default
        /// 5 minutes). A merchant-presented QR order is legitimately open for its 2-minute window, and the status
        /// inquiry backs off to at most 60 s (PaymentFlowSettings), so after 5 minutes a reachable host has been
        /// asked several times: an outcome still unknown means the inquiries get no answer.
        /// </summary>
        public long UnknownFailAgeMilliseconds { get; set; } = 5L * 60 * 1000;

        /// <summary>Creates the defaults.</summary>
        /// <returns>A new settings object.</returns>
        public static TransactionCheckSettings CreateDefault()
        {
            return new TransactionCheckSettings();
        }
    }
}
