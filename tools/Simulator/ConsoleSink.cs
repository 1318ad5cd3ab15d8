using System;
using System.Collections.Generic;
using System.IO;
using Terminal.App.Outbox;
using Terminal.Core.Journal;

namespace Terminal.Tools.Simulator
{
    /// <summary>
    /// A simulated receiver for one outbound queue that prints what it receives. Like the real
    /// receivers it deduplicates by idempotency key, and it can be switched off (network down,
    /// paper out) so that items stay queued.
    /// </summary>
    public sealed class ConsoleSink : IOutboxSink
    {
        private readonly string _name;
        private readonly TextWriter _output;
        private readonly HashSet<string> _keys = new();

        /// <summary>Creates a sink.</summary>
        /// <param name="name">"display", "printer" or "host".</param>
        /// <param name="output">Where to print.</param>
        public ConsoleSink(string name, TextWriter output)
        {
            _name = name;
            _output = output;
        }

        /// <summary>Whether the receiver answers (false: network down, paper out, screen dead).</summary>
        public bool Online { get; set; } = true;

        /// <summary>Items received for the first time.</summary>
        public int Received { get; private set; }

        /// <summary>Items received again under a key the receiver already had (ignored).</summary>
        public int DuplicatesIgnored { get; private set; }

        /// <inheritdoc/>
        public bool Deliver(JournalEntry item, string idempotencyKey)
        {
            if (!Online)
            {
                return false;
            }

            if (!_keys.Add(idempotencyKey))
            {
                DuplicatesIgnored++;
                _output.WriteLine($"  [{_name}] duplicate {idempotencyKey} ignored");
                return true;
            }

            Received++;
            _output.WriteLine($"  [{_name}] {Describe(item)}  (key {idempotencyKey})");
            return true;
        }

        private static string Describe(JournalEntry item)
        {
            if (item.Type == JournalRecordType.HostMessage)
            {
                HostMessage message = item.DecodeHostMessage();
                return (message.Kind == HostMessageKind.Reversal ? "REVERSAL" : "ADVICE") + " of transaction " + message.TransactionSequence + " (" + message.Reason + ")";
            }

            HostResponse response = item.DecodeResponse();
            string outcome = response.Outcome == TransactionOutcome.Approved ? "APPROVED" : "DECLINED " + response.ResponseCode;
            return (response.IsLate ? "LATE CONFIRMATION: " : string.Empty) + outcome + " transaction " + response.TransactionSequence + " ref " + response.HostReference;
        }
    }
}
