using System;
using Terminal.Core.Journal;
using Terminal.Hal.Storage;

namespace Terminal.Tools.Bench
{
    /// <summary>The <see cref="TransactionJournal"/> behind the benchmark's <see cref="IOutbox"/>, driven as JournalHarness does.</summary>
    internal sealed class JournalOutbox : IOutbox
    {
        /// <summary>The terminal id every benchmark journal uses.</summary>
        public const string TerminalId = "T0001234";

        /// <summary>Creates a journal over a drive and opens it (recovery).</summary>
        /// <param name="storage">The drive.</param>
        /// <param name="settings">The journal's limits.</param>
        public JournalOutbox(IFileStorage storage, JournalSettings settings)
        {
            Journal = new TransactionJournal(storage, TerminalId, settings);
            Recovery = Journal.Open();
        }

        /// <summary>Gets the journal under test.</summary>
        public TransactionJournal Journal { get; }

        /// <summary>Gets what <see cref="TransactionJournal.Open"/> reported.</summary>
        public RecoveryReport Recovery { get; }

        /// <inheritdoc/>
        public long Commits
        {
            get { return Journal.Statistics.Commits; }
        }

        /// <inheritdoc/>
        public int FileCount
        {
            get { return Journal.SegmentCount; }
        }

        /// <inheritdoc/>
        public uint Begin(TransactionIntent intent, long nowUtcMilliseconds)
        {
            CapacityVerdict verdict = Journal.BeginTransaction(intent, nowUtcMilliseconds, out uint sequence);
            if (!verdict.IsAccepted)
            {
                throw new InvalidOperationException("journal refused a benchmark transaction: " + verdict.Message);
            }

            return sequence;
        }

        /// <inheritdoc/>
        public void RecordResponse(uint transactionSequence, HostResponse response)
        {
            if (Journal.RecordResponse(transactionSequence, response, Destinations.All) == null)
            {
                throw new InvalidOperationException("journal did not queue the result of transaction " + transactionSequence.ToString());
            }
        }

        /// <inheritdoc/>
        public int Deliver(int destination)
        {
            int delivered = 0;
            while (Journal.TryPeek(destination, out JournalEntry item))
            {
                Journal.MarkDelivered(item, destination);
                delivered++;
            }

            return delivered;
        }

        /// <inheritdoc/>
        public void Commit()
        {
            Journal.Commit();
        }
    }
}
