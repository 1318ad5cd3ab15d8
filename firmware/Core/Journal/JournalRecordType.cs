namespace Terminal.Core.Journal
{
    /// <summary>The kinds of journal record. Stored in 6 bits of every frame: values are part of the on-flash format.</summary>
    public enum JournalRecordType
    {
        /// <summary>First frame of every segment file: format version, segment number, terminal identity.</summary>
        SegmentHeader = 1,

        /// <summary>A transaction's intent, made durable before anything is sent to the host. Its sequence is the transaction's id.</summary>
        TransactionIntent = 2,

        /// <summary>The host's answer to a transaction: an outbox item for the display, the printer and the host queue.</summary>
        HostResponse = 3,

        /// <summary>A transaction's state changed (outcome unknown, cancelled).</summary>
        StateTransition = 4,

        /// <summary>A reversal or advice for the host: an outbox item for the host queue.</summary>
        HostMessage = 5,

        /// <summary>One or more outbox items reached a destination.</summary>
        Delivered = 6,

        /// <summary>A live record copied forward by compaction, keeping its original sequence and what is still undelivered.</summary>
        Carried = 7,

        /// <summary>
        /// A diagnostic report for the host (a self-test run): a host item of its own, in no transaction, moving no
        /// money. Added after the first format: older records are unchanged, and older firmware counts it as a
        /// rejected record instead of misreading it.
        /// </summary>
        DiagnosticReport = 8,
    }
}
