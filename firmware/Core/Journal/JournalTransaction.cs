using System.Collections;

namespace Terminal.Core.Journal
{
    /// <summary>
    /// A transaction the journal still tracks: open, unresolved, or resolved with something not yet
    /// delivered. Once its outcome is final and every item reached every destination it is
    /// forgotten in memory, and compaction reclaims its bytes.
    /// </summary>
    public sealed class JournalTransaction : ISequenced
    {
        private readonly ArrayList _entries = new ArrayList();

        /// <summary>Creates a transaction from its intent record.</summary>
        /// <param name="intent">The intent entry; its sequence becomes the transaction's id.</param>
        /// <param name="segmentNumber">The segment the intent was read from or written to.</param>
        public JournalTransaction(JournalEntry intent, int segmentNumber)
        {
            Intent = intent;
            Sequence = intent.Sequence;
            AmountMinorUnits = TransactionIntent.PeekAmount(intent.Payload);
            CreatedUtcMilliseconds = TransactionIntent.PeekCreatedUtcMilliseconds(intent.Payload);
            State = TransactionState.Authorizing;
            OldestSegment = segmentNumber;
            _entries.Add(intent);
        }

        /// <summary>Gets the transaction's id: its intent's journal sequence.</summary>
        public uint Sequence { get; }

        /// <summary>Gets the intent record.</summary>
        public JournalEntry Intent { get; }

        /// <summary>Gets whether it is a sale or a refund.</summary>
        public TransactionKind Kind
        {
            // The intent payload's first byte, validated when the intent was applied.
            get { return (TransactionKind)Intent.Payload[0]; }
        }

        /// <summary>Gets the amount in minor units.</summary>
        public long AmountMinorUnits { get; }

        /// <summary>Gets when the transaction was started, UTC milliseconds since 1970.</summary>
        public long CreatedUtcMilliseconds { get; }

        /// <summary>Gets the transaction's state.</summary>
        public TransactionState State { get; internal set; }

        /// <summary>Gets whether the outcome is settled: approved, declined or cancelled.</summary>
        public bool IsResolved
        {
            get { return State == TransactionState.Approved || State == TransactionState.Declined || State == TransactionState.Cancelled; }
        }

        /// <summary>Gets whether the journal has to keep it: unresolved, or something not yet durably delivered.</summary>
        public bool IsLive
        {
            get
            {
                if (!IsResolved)
                {
                    return true;
                }

                for (int i = 0; i < _entries.Count; i++)
                {
                    if (!((JournalEntry)_entries[i]).IsFullyDelivered)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>Gets the number of records the transaction has.</summary>
        public int EntryCount
        {
            get { return _entries.Count; }
        }

        /// <summary>Gets one of the transaction's records, in journal order.</summary>
        /// <param name="index">0 .. <see cref="EntryCount"/> - 1.</param>
        /// <returns>The entry.</returns>
        public JournalEntry GetEntry(int index)
        {
            return (JournalEntry)_entries[index];
        }

        /// <summary>Gets the lowest-numbered segment holding one of its records: older segments do not need it.</summary>
        internal int OldestSegment { get; set; }

        /// <summary>Adds a record in sequence order.</summary>
        /// <param name="entry">The record.</param>
        internal void AddEntry(JournalEntry entry)
        {
            int index = _entries.Count;
            while (index > 0 && ((JournalEntry)_entries[index - 1]).Sequence > entry.Sequence)
            {
                index--;
            }

            _entries.Insert(index, entry);
        }

        /// <summary>Gets the bytes its records take on flash, framing included: what copying it forward costs.</summary>
        internal int StoredBytes
        {
            get
            {
                int total = 0;
                for (int i = 0; i < _entries.Count; i++)
                {
                    total += ((JournalEntry)_entries[i]).Payload.Length + FrameFormat.OverheadBytes + CarriedPrefixBytes;
                }

                return total;
            }
        }

        /// <summary>Extra payload bytes a carried copy adds: original type, original sequence, pending mask.</summary>
        internal const int CarriedPrefixBytes = 6;
    }
}
