namespace Terminal.Core.Journal
{
    /// <summary>
    /// The journal's limits. Defaults suit an ESP32-S3 with a 2 MB LittleFS <c>I:</c> drive shared
    /// with Wi-Fi settings and certificates.
    /// </summary>
    public sealed class JournalSettings
    {
        /// <summary>Gets or sets the largest segment file in bytes. A segment is read whole at boot, so it also bounds a RAM buffer.</summary>
        public int SegmentSizeBytes { get; set; } = 8192;

        /// <summary>
        /// Gets or sets how many segment files compaction aims to keep. Above it, the oldest segment's
        /// live records are copied forward so the segment can be deleted.
        /// </summary>
        public int TargetSegmentCount { get; set; } = 4;

        /// <summary>Gets or sets the most transactions that may be open or not yet fully delivered; new ones are refused above it.</summary>
        public int MaximumLiveTransactions { get; set; } = 200;

        /// <summary>Gets or sets the most money, in minor units, that open or undelivered sales may add up to (offline exposure).</summary>
        public long MaximumPendingAmountMinorUnits { get; set; } = 5000000;

        /// <summary>Gets or sets the oldest an undelivered result may be, in milliseconds, before new transactions are refused (default 72 h).</summary>
        public long MaximumPendingAgeMilliseconds { get; set; } = 72L * 3600 * 1000;

        /// <summary>Gets or sets the free bytes the drive must keep for acknowledgements and compaction; below it new transactions are refused.</summary>
        public long ReserveFreeBytes { get; set; } = 32768;

        /// <summary>
        /// Gets or sets the most diagnostic report parts (self-test runs) that may wait for the host, 0 or more
        /// (default 48: a full run of every self-test takes about 10 parts of at most 524 bytes each, so a few runs fit
        /// in at most 25 KB of flash). A new report over it is refused, never a payment.
        /// </summary>
        public int MaximumQueuedReports { get; set; } = 48;

        /// <summary>Gets or sets how many delivery acknowledgements may wait for a commit; one more triggers a commit.</summary>
        public int MaximumPendingAcknowledgements { get; set; } = 64;

        /// <summary>Creates the default settings.</summary>
        /// <returns>A new settings object.</returns>
        public static JournalSettings CreateDefault()
        {
            return new JournalSettings();
        }
    }
}
