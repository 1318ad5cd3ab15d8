namespace Terminal.Tools.Bench
{
    /// <summary>Every measurement of one store, and the figures the benchmark prints from them.</summary>
    internal sealed class StoreFigures
    {
        /// <summary>Gets or sets the standard workload's window.</summary>
        public WorkloadResult Workload { get; set; } = new WorkloadResult();

        /// <summary>Gets or sets the boot after 1x delivered history and the small pending set.</summary>
        public RecoveryResult History1x { get; set; } = new RecoveryResult();

        /// <summary>Gets or sets the boot after 10x delivered history and the same pending set.</summary>
        public RecoveryResult History10x { get; set; } = new RecoveryResult();

        /// <summary>Gets or sets the boot with 1x pending host uploads.</summary>
        public RecoveryResult Pending1x { get; set; } = new RecoveryResult();

        /// <summary>Gets or sets the boot with 10x pending host uploads.</summary>
        public RecoveryResult Pending10x { get; set; } = new RecoveryResult();

        /// <summary>Gets the flash bytes written per record payload byte.</summary>
        /// <param name="recordPayloadBytes">The denominator: the journal's RecordPayloadBytes over the same workload.</param>
        /// <returns>The ratio.</returns>
        public double WriteAmplification(long recordPayloadBytes)
        {
            return (double)Workload.Flash.BytesWritten / recordPayloadBytes;
        }

        /// <summary>Gets the flash commits per transaction.</summary>
        public double SyncsPerTransaction
        {
            get { return (double)Workload.Flash.Syncs / Workload.Transactions; }
        }

        /// <summary>Gets the flash bytes written per transaction.</summary>
        public double StorageBytesPerTransaction
        {
            get { return (double)Workload.Flash.BytesWritten / Workload.Transactions; }
        }

        /// <summary>Gets the recovery work with 10x delivered history over that with 1x.</summary>
        public double HistoryGrowth
        {
            get { return (double)History10x.BytesRead / History1x.BytesRead; }
        }

        /// <summary>Gets the recovery work with 10x pending items over that with 1x.</summary>
        public double PendingGrowth
        {
            get { return (double)Pending10x.BytesRead / Pending1x.BytesRead; }
        }

        /// <summary>Gets the managed bytes allocated per transaction, storage included.</summary>
        public double AllocatedPerTransaction
        {
            get { return (double)Workload.Allocated / Workload.Transactions; }
        }

        /// <summary>Gets the managed bytes allocated per transaction minus what the same storage calls allocate alone.</summary>
        public double AllocatedPerTransactionStorageExcluded
        {
            get { return (double)(Workload.Allocated - Workload.StorageAllocated) / Workload.Transactions; }
        }
    }
}
