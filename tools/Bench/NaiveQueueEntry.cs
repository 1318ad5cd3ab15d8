namespace Terminal.Tools.Bench
{
    /// <summary>One transaction in the naive baseline's queue: its intent, its result once known, and where the result still has to go.</summary>
    internal sealed class NaiveQueueEntry
    {
        /// <summary>Creates an entry for a transaction whose intent was just recorded.</summary>
        /// <param name="sequence">The transaction's id.</param>
        /// <param name="intent">The encoded intent (the same bytes the journal stores).</param>
        public NaiveQueueEntry(uint sequence, byte[] intent)
        {
            Sequence = sequence;
            Intent = intent;
        }

        /// <summary>Gets the transaction's id.</summary>
        public uint Sequence { get; }

        /// <summary>Gets the encoded intent.</summary>
        public byte[] Intent { get; }

        /// <summary>Gets or sets the encoded result (destinations byte + host response, as the journal stores it); <c>null</c> until the host answered.</summary>
        public byte[]? Response { get; set; }

        /// <summary>Gets or sets the destinations the result has not reached yet (<see cref="Terminal.Core.Journal.Destinations"/> flags).</summary>
        public int Pending { get; set; }

        /// <summary>Gets whether the entry can be dropped: answered and delivered everywhere.</summary>
        public bool IsDone
        {
            get { return Response != null && Pending == 0; }
        }
    }
}
