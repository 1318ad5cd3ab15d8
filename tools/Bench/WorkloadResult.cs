using Terminal.Hal.Simulated.Storage;

namespace Terminal.Tools.Bench
{
    /// <summary>What one store did over the measured window of the standard workload.</summary>
    internal sealed class WorkloadResult
    {
        /// <summary>Gets or sets the transactions in the window.</summary>
        public int Transactions { get; set; }

        /// <summary>Gets or sets the simulated flash's counters over the window.</summary>
        public StorageCounters Flash { get; set; } = new StorageCounters();

        /// <summary>Gets or sets the journal's RecordPayloadBytes over the window (0 for the baseline, which has no such counter).</summary>
        public long RecordPayloadBytes { get; set; }

        /// <summary>Gets or sets the journal's own StorageBytesWritten over the window (0 for the baseline), a cross-check of the flash counter.</summary>
        public long JournalStorageBytesWritten { get; set; }

        /// <summary>Gets or sets the store's own commit count over the window.</summary>
        public long Commits { get; set; }

        /// <summary>Gets or sets the journal's records copied forward by compaction over the window.</summary>
        public long RecordsCarried { get; set; }

        /// <summary>Gets or sets the files the store keeps after the workload.</summary>
        public int FilesAfter { get; set; }

        /// <summary>Gets or sets the managed bytes allocated over the window, storage included.</summary>
        public long Allocated { get; set; }

        /// <summary>Gets or sets the allocations per phase of a transaction, storage included (see <see cref="StoreBench.PhaseNames"/>).</summary>
        public long[] AllocatedByPhase { get; set; } = new long[StoreBench.PhaseNames.Length];

        /// <summary>Gets or sets the managed bytes the same storage calls allocate when replayed alone.</summary>
        public long StorageAllocated { get; set; }

        /// <summary>Gets or sets the replayed storage allocations per call kind (indexed by <see cref="StorageOpKind"/>).</summary>
        public long[] StorageAllocatedByKind { get; set; } = new long[StoreBench.StorageOpKindCount];

        /// <summary>Gets or sets the replayed storage calls per kind in the window.</summary>
        public long[] StorageCallsByKind { get; set; } = new long[StoreBench.StorageOpKindCount];

        /// <summary>Gets or sets the recorded storage calls of the same workload.</summary>
        public StorageTrace Trace { get; set; } = new StorageTrace();

        /// <summary>Gets or sets the first recorded call of the window.</summary>
        public int TraceFrom { get; set; }

        /// <summary>Gets or sets one past the last recorded call of the window.</summary>
        public int TraceTo { get; set; }
    }
}
