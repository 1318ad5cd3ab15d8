namespace Terminal.Core.Journal
{
    /// <summary>
    /// What a read-only scan of the journal's segment files found (<see cref="TransactionJournal.VerifySegments"/>):
    /// the evidence for the journal part of cause HW-STORAGE. Counts only; no record content.
    /// </summary>
    public sealed class JournalScanReport
    {
        /// <summary>Gets how many segment files were read.</summary>
        public int SegmentsScanned { get; internal set; }

        /// <summary>Gets how many bytes were read from them.</summary>
        public long BytesScanned { get; internal set; }

        /// <summary>Gets how many frames passed their CRC-32 and belong to a committed group.</summary>
        public int FramesValid { get; internal set; }

        /// <summary>Gets how many damaged regions were found: frames whose CRC-32 or framing fails, skipped up to the next valid group.</summary>
        public int DamagedRegions { get; internal set; }

        /// <summary>Gets how many bytes those damaged regions hold.</summary>
        public int DamagedBytes { get; internal set; }

        /// <summary>
        /// Gets how many bytes follow the last complete commit group of a segment (a torn tail). Recovery cuts a torn
        /// tail at boot, so any found later was made by damage since.
        /// </summary>
        public int TornTailBytes { get; internal set; }

        /// <summary>Gets how many segments hold no readable header and no frame at all.</summary>
        public int UnreadableSegments { get; internal set; }

        /// <summary>Gets how many segments carry another terminal's or format's header.</summary>
        public int ForeignSegments { get; internal set; }

        /// <summary>Gets how many sequence gaps were seen between committed groups.</summary>
        public int SequenceGaps { get; internal set; }

        /// <summary>Gets whether nothing was damaged: every byte of every segment belongs to a valid, committed frame.</summary>
        public bool IsClean
        {
            get { return DamagedRegions == 0 && DamagedBytes == 0 && TornTailBytes == 0 && UnreadableSegments == 0 && ForeignSegments == 0; }
        }
    }
}
