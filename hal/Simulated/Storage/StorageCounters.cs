namespace Terminal.Hal.Simulated.Storage
{
    /// <summary>
    /// What the firmware asked of a <see cref="SimulatedFlash"/>, for tests and benchmarks that assert on
    /// flash traffic (bytes per transaction, commits per receipt). Only completed operations count: a
    /// mutation that was cut by power or failed by <see cref="SimulatedFlash.FailNextMutationWith"/>
    /// does not.
    /// </summary>
    public sealed class StorageCounters
    {
        /// <summary>Gets the bytes appended.</summary>
        public long BytesWritten { get; private set; }

        /// <summary>Gets the bytes returned by reads.</summary>
        public long BytesRead { get; private set; }

        /// <summary>Gets the commits: closes of handles that appended or created (<see cref="MutationKind.Sync"/>).</summary>
        public long Syncs { get; private set; }

        /// <summary>Gets the files created by opening a missing file for appending.</summary>
        public long FilesCreated { get; private set; }

        /// <summary>Gets the renames.</summary>
        public long Renames { get; private set; }

        /// <summary>Gets the deletes of existing files.</summary>
        public long Deletes { get; private set; }

        /// <summary>Gets the successful opens, for reading and for appending.</summary>
        public long Opens { get; private set; }

        /// <summary>Gets the mutations of every <see cref="MutationKind"/>.</summary>
        public long Mutations { get; private set; }

        /// <summary>Sets every counter to zero.</summary>
        public void Reset()
        {
            BytesWritten = 0;
            BytesRead = 0;
            Syncs = 0;
            FilesCreated = 0;
            Renames = 0;
            Deletes = 0;
            Opens = 0;
            Mutations = 0;
        }

        /// <summary>Takes a snapshot that later operations do not change.</summary>
        /// <returns>A new counters object holding the current values.</returns>
        public StorageCounters Clone()
        {
            return (StorageCounters)MemberwiseClone();
        }

        internal void CountWrite(long bytes) => BytesWritten += bytes;

        internal void CountRead(long bytes) => BytesRead += bytes;

        internal void CountOpen() => Opens++;

        internal void CountMutation(MutationKind kind)
        {
            Mutations++;
            switch (kind)
            {
                case MutationKind.Create:
                    FilesCreated++;
                    break;
                case MutationKind.Sync:
                    Syncs++;
                    break;
                case MutationKind.Delete:
                    Deletes++;
                    break;
                case MutationKind.Rename:
                    Renames++;
                    break;
            }
        }
    }
}
