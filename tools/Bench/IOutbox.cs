using Terminal.Core.Journal;

namespace Terminal.Tools.Bench
{
    /// <summary>
    /// A durable outbox as the benchmark drives it: the journal, or the naive baseline. Opening one
    /// over a drive (the constructor) is the boot-time recovery.
    /// </summary>
    internal interface IOutbox
    {
        /// <summary>Gets the commits (durable writes: file closes) the store made since it was opened.</summary>
        long Commits { get; }

        /// <summary>Gets the number of files the store keeps on the drive.</summary>
        int FileCount { get; }

        /// <summary>Makes a sale's intent durable; throws when the store refuses it.</summary>
        /// <param name="intent">The intent.</param>
        /// <param name="nowUtcMilliseconds">The fake wall clock.</param>
        /// <returns>The transaction's id.</returns>
        uint Begin(TransactionIntent intent, long nowUtcMilliseconds);

        /// <summary>Records the host's answer, queued for display, printer and host.</summary>
        /// <param name="transactionSequence">The transaction's id.</param>
        /// <param name="response">The answer.</param>
        void RecordResponse(uint transactionSequence, HostResponse response);

        /// <summary>Delivers every item waiting for one destination.</summary>
        /// <param name="destination">A single <see cref="Destinations"/> flag.</param>
        /// <returns>How many items were delivered.</returns>
        int Deliver(int destination);

        /// <summary>Ends a delivery round: makes what is pending durable.</summary>
        void Commit();
    }
}
