namespace Terminal.Core.Journal
{
    /// <summary>Running counts of what the journal wrote, for the benchmarks, the HW-STORAGE self-test and the console.</summary>
    public sealed class JournalStatistics
    {
        /// <summary>Gets the payload bytes of the records callers asked to write (intents, responses, state changes, messages, acknowledgements).</summary>
        public long RecordPayloadBytes { get; internal set; }

        /// <summary>Gets the bytes handed to storage: frames, segment headers, compaction copies and tail rewrites.</summary>
        public long StorageBytesWritten { get; internal set; }

        /// <summary>Gets the commits (file closes that made bytes durable).</summary>
        public long Commits { get; internal set; }

        /// <summary>Gets the commits that failed with a storage error.</summary>
        public long FailedCommits { get; internal set; }

        /// <summary>Gets the segment files created.</summary>
        public long SegmentsCreated { get; internal set; }

        /// <summary>Gets the segment files deleted by compaction.</summary>
        public long SegmentsDeleted { get; internal set; }

        /// <summary>Gets the records copied forward by compaction.</summary>
        public long RecordsCarried { get; internal set; }
    }
}
