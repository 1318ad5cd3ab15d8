using Terminal.Core.Journal;

namespace Terminal.Tools.Bench
{
    /// <summary>What one boot of a store read, after a given history and pending set.</summary>
    internal sealed class RecoveryResult
    {
        /// <summary>Gets or sets the delivered transactions before the pending set.</summary>
        public int History { get; set; }

        /// <summary>Gets or sets the transactions left waiting for the host.</summary>
        public int Pending { get; set; }

        /// <summary>Gets or sets the flash bytes read while the store was opened: the recovery's work.</summary>
        public long BytesRead { get; set; }

        /// <summary>Gets or sets the files on the drive at the reboot, with their lengths.</summary>
        public string FilesAtReboot { get; set; } = string.Empty;

        /// <summary>
        /// Gets or sets the bytes of the files at the reboot that were already on flash before the
        /// pending set began (all of them delivered history); -1 when not meaningful (the baseline
        /// rewrites its file).
        /// </summary>
        public long HistoryBytesAtReboot { get; set; } = -1;

        /// <summary>Gets or sets the items the reopened store offered the host (must equal <see cref="Pending"/>).</summary>
        public int Redelivered { get; set; }

        /// <summary>Gets or sets the journal's recovery report; <c>null</c> for the baseline.</summary>
        public RecoveryReport? Report { get; set; }
    }
}
