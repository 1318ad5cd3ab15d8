namespace Terminal.Core.Journal
{
    /// <summary>
    /// What the journal found and did at boot. The HW-STORAGE and TX-* self-tests, the technician
    /// menu and the console read it; a corrupt region or a foreign segment is an alarm, a torn tail
    /// is an ordinary power cut.
    /// </summary>
    public sealed class RecoveryReport
    {
        /// <summary>Gets the segment files read.</summary>
        public int SegmentsRead { get; internal set; }

        /// <summary>Gets the bytes read from storage during recovery: the recovery's work.</summary>
        public long BytesRead { get; internal set; }

        /// <summary>Gets the frames accepted and applied.</summary>
        public int FramesAccepted { get; internal set; }

        /// <summary>Gets the bytes of the torn tail cut from the newest segment (a power cut during a commit).</summary>
        public int TornTailBytes { get; internal set; }

        /// <summary>Gets the damaged regions skipped inside segments (bit rot, a failed flash write): an alarm.</summary>
        public int CorruptRegions { get; internal set; }

        /// <summary>Gets the bytes in damaged regions and in damaged tails of older segments.</summary>
        public int CorruptBytes { get; internal set; }

        /// <summary>Gets the places where the sequence skipped numbers (a failed commit, or lost groups).</summary>
        public int SequenceGaps { get; internal set; }

        /// <summary>Gets the records whose CRC matched but whose payload did not decode (rejected, never applied).</summary>
        public int RejectedRecords { get; internal set; }

        /// <summary>Gets the records that referred to a transaction the journal does not hold.</summary>
        public int OrphanRecords { get; internal set; }

        /// <summary>Gets the segments written by a terminal with another identity: an alarm.</summary>
        public int ForeignSegments { get; internal set; }

        /// <summary>Gets the leftover files of an interrupted rewrite that recovery finished or removed.</summary>
        public int InterruptedRewritesRepaired { get; internal set; }

        /// <summary>Gets the transactions found with a durable intent and no outcome, now marked for a status inquiry.</summary>
        public int MarkedForInquiry { get; internal set; }

        /// <summary>Gets the transactions the journal holds after recovery.</summary>
        public int LiveTransactions { get; internal set; }

        /// <summary>Gets whether anything was found that a technician should look at (corruption or a foreign segment).</summary>
        public bool NeedsAttention
        {
            get { return CorruptRegions > 0 || CorruptBytes > 0 || RejectedRecords > 0 || ForeignSegments > 0; }
        }
    }
}
