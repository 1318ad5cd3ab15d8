using Terminal.Core.Journal;

namespace Terminal.App.Outbox
{
    /// <summary>
    /// Drains the journal's three outbound queues into their sinks, oldest first, and commits the
    /// acknowledgements once per round. A queue whose sink refuses stops there until the next round,
    /// so its items keep their order; the other queues go on. The one exception is a standalone item
    /// (a diagnostic report, <see cref="JournalEntry.IsStandalone"/>): when it is refused, the later
    /// reports wait with it (reports keep their order among themselves) but the payments' items behind
    /// it go on, so a report can never hold a payment's result back.
    /// </summary>
    public sealed class OutboxPump
    {
        private readonly TransactionJournal _journal;
        private readonly IOutboxSink[] _sinks = new IOutboxSink[3];

        /// <summary>Creates a pump over a journal.</summary>
        /// <param name="journal">The open journal.</param>
        public OutboxPump(TransactionJournal journal)
        {
            _journal = journal;
        }

        /// <summary>Connects the receiver of one queue. A queue without a sink keeps its items.</summary>
        /// <param name="destination">A single destination.</param>
        /// <param name="sink">The receiver; <c>null</c> disconnects it.</param>
        public void Attach(int destination, IOutboxSink sink)
        {
            _sinks[Destinations.IndexOf(destination)] = sink;
        }

        /// <summary>Delivers what each connected sink takes, then commits: one round.</summary>
        /// <returns>The number of items delivered in this round.</returns>
        public int DeliverRound()
        {
            int delivered = DeliverTo(Destinations.Display) + DeliverTo(Destinations.Printer) + DeliverTo(Destinations.Host);
            _journal.Commit();
            return delivered;
        }

        /// <summary>
        /// Delivers what one queue's sink takes, oldest first, stopping at the first item it refuses,
        /// and commits the acknowledgements when there were any.
        /// </summary>
        /// <param name="destination">A single destination.</param>
        /// <returns>The number of items delivered.</returns>
        public int DeliverQueue(int destination)
        {
            int delivered = DeliverTo(destination);
            if (delivered > 0)
            {
                _journal.Commit();
            }

            return delivered;
        }

        private int DeliverTo(int destination)
        {
            IOutboxSink sink = _sinks[Destinations.IndexOf(destination)];
            if (sink == null)
            {
                return 0;
            }

            int delivered = 0;
            uint after = 0;
            bool reportsHeld = false;
            JournalEntry item;
            while (_journal.TryPeekAfter(destination, after, out item))
            {
                after = item.Sequence;
                if (item.IsStandalone && reportsHeld)
                {
                    continue;
                }

                if (!sink.Deliver(item, _journal.IdempotencyKeyFor(item)))
                {
                    if (!item.IsStandalone)
                    {
                        break;
                    }

                    reportsHeld = true;
                    continue;
                }

                _journal.MarkDelivered(item, destination);
                delivered++;
            }

            return delivered;
        }
    }
}
