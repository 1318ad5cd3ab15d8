namespace Terminal.Tools.Bench
{
    /// <summary>One recorded storage call with what is needed to make it again.</summary>
    internal struct StorageOp
    {
        /// <summary>Gets or sets the call.</summary>
        public StorageOpKind Kind { get; set; }

        /// <summary>Gets or sets the handle id (calls on a file), numbered in opening order from 0.</summary>
        public int Handle { get; set; }

        /// <summary>Gets or sets the file name (calls on the drive); the rename's source.</summary>
        public string? Name { get; set; }

        /// <summary>Gets or sets the rename's target.</summary>
        public string? Target { get; set; }

        /// <summary>Gets or sets where an append's bytes start in <see cref="StorageTrace.Data"/>.</summary>
        public int DataOffset { get; set; }

        /// <summary>Gets or sets the byte count of an append or a read, or the position set.</summary>
        public long Count { get; set; }
    }
}
