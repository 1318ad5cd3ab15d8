namespace Terminal.Core.Journal
{
    /// <summary>
    /// A record the journal keeps in memory while its transaction is live: the intent, a state
    /// change, or an outbox item (a host response or a host message) bound for one or more
    /// destinations. Its <see cref="Sequence"/> is its identity, kept when compaction copies it.
    /// </summary>
    public sealed class JournalEntry : ISequenced
    {
        private int _deliveredDurable;
        private int _deliveredVolatile;

        /// <summary>Creates an entry.</summary>
        /// <param name="sequence">The record's original journal sequence.</param>
        /// <param name="type">The record's type.</param>
        /// <param name="transactionSequence">The transaction it belongs to.</param>
        /// <param name="destinations">The destinations it must reach (<see cref="Journal.Destinations"/> flags).</param>
        /// <param name="payload">The record's payload; the entry keeps this array.</param>
        public JournalEntry(uint sequence, JournalRecordType type, uint transactionSequence, int destinations, byte[] payload)
        {
            Sequence = sequence;
            Type = type;
            TransactionSequence = transactionSequence;
            Destinations = destinations;
            Payload = payload;
        }

        /// <summary>Gets the record's journal sequence; with the terminal id it forms the idempotency key receivers deduplicate on.</summary>
        public uint Sequence { get; }

        /// <summary>Gets the record's type.</summary>
        public JournalRecordType Type { get; }

        /// <summary>Gets the transaction the record belongs to.</summary>
        public uint TransactionSequence { get; }

        /// <summary>Gets the destinations the item must reach; 0 for records that are state, not items.</summary>
        public int Destinations { get; }

        /// <summary>Gets the record's payload. Do not modify.</summary>
        public byte[] Payload { get; }

        /// <summary>Gets the destinations whose delivery is durable in the journal.</summary>
        public int DurablyDelivered
        {
            get { return _deliveredDurable; }
        }

        /// <summary>Tells whether the item still has to reach a destination (acknowledged-but-uncommitted counts as reached).</summary>
        /// <param name="destination">A single destination.</param>
        /// <returns><c>true</c> when the item is bound there and not yet delivered.</returns>
        public bool IsPendingFor(int destination)
        {
            return (Destinations & destination) != 0 && (_deliveredVolatile & destination) == 0;
        }

        /// <summary>Gets whether every destination's delivery is durable.</summary>
        public bool IsFullyDelivered
        {
            get { return (Destinations & ~_deliveredDurable) == 0; }
        }

        /// <summary>Gets the destinations not yet durably delivered.</summary>
        public int DurablyPending
        {
            get { return Destinations & ~_deliveredDurable; }
        }

        /// <summary>
        /// Gets whether the item stands alone: a diagnostic report, in no transaction (its
        /// <see cref="TransactionSequence"/> is 0), not a payment's result. The host queue never holds a payment's
        /// item back behind it, and settlement does not wait for it.
        /// </summary>
        public bool IsStandalone
        {
            get { return Type == JournalRecordType.DiagnosticReport; }
        }

        /// <summary>Decodes the payload of a <see cref="JournalRecordType.DiagnosticReport"/> item.</summary>
        /// <returns>The report: when it was queued and its body for the host.</returns>
        public QueuedReport DecodeReport()
        {
            return QueuedReport.Decode(Payload);
        }

        /// <summary>Decodes the payload of a <see cref="JournalRecordType.HostResponse"/> item.</summary>
        /// <returns>The response.</returns>
        public HostResponse DecodeResponse()
        {
            // Item payloads start with their destinations byte.
            return HostResponse.Decode(new PayloadReader(Payload, 1, Payload.Length - 1));
        }

        /// <summary>Decodes the payload of a <see cref="JournalRecordType.HostMessage"/> item.</summary>
        /// <returns>The message.</returns>
        public HostMessage DecodeHostMessage()
        {
            return HostMessage.Decode(new PayloadReader(Payload, 1, Payload.Length - 1));
        }

        /// <summary>Decodes the payload of a <see cref="JournalRecordType.TransactionIntent"/> record.</summary>
        /// <returns>The intent.</returns>
        public TransactionIntent DecodeIntent()
        {
            return TransactionIntent.Decode(new PayloadReader(Payload, 0, Payload.Length));
        }

        /// <summary>Records a delivery in memory only: the item is no longer offered, but a reboot before the next commit offers it again.</summary>
        /// <param name="destination">The destination reached.</param>
        internal void MarkDeliveredVolatile(int destination)
        {
            _deliveredVolatile |= destination & Destinations;
        }

        /// <summary>Records a delivery that is durable on flash.</summary>
        /// <param name="destination">The destination(s) reached.</param>
        internal void MarkDeliveredDurable(int destination)
        {
            _deliveredDurable |= destination & Destinations;
            _deliveredVolatile |= destination & Destinations;
        }
    }
}
