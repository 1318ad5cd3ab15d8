using System;
using System.Collections.Generic;
using Terminal.App.Outbox;
using Terminal.Core.Journal;

namespace Terminal.Tools.Chaos
{
    /// <summary>A screen or printer that keeps what it got by idempotency key and drops a key it already has.</summary>
    public sealed class RecordingSink : IOutboxSink
    {
        private readonly Action<JournalEntry>? _onFirstDelivery;

        /// <summary>Creates one.</summary>
        /// <param name="onFirstDelivery">Called with each item the first time its key arrives.</param>
        public RecordingSink(Action<JournalEntry>? onFirstDelivery = null)
        {
            _onFirstDelivery = onFirstDelivery;
        }

        /// <summary>What arrived, by key.</summary>
        public Dictionary<string, JournalEntry> Received { get; } = new(StringComparer.Ordinal);

        /// <summary>Deliveries of a key already received (deduplicated).</summary>
        public long Redeliveries { get; private set; }

        /// <inheritdoc/>
        public bool Deliver(JournalEntry item, string idempotencyKey)
        {
            if (Received.ContainsKey(idempotencyKey))
            {
                Redeliveries++;
                return true;
            }

            Received[idempotencyKey] = item;
            _onFirstDelivery?.Invoke(item);
            return true;
        }
    }
}
