using System.Collections.Generic;
using Terminal.Core.Journal;

namespace Terminal.Tools.Chaos
{
    /// <summary>
    /// What the test knows the journal was asked to keep: every transaction and item whose commit
    /// returned, the one operation in flight, and every delivery the receivers got. The power-cut
    /// campaign checks each recovered image against it.
    /// </summary>
    public sealed class WorkloadModel
    {
        /// <summary>Transactions by id.</summary>
        public Dictionary<uint, ModelTransaction> Transactions { get; } = new();

        /// <summary>Items (responses, host messages) by sequence.</summary>
        public Dictionary<uint, ModelItem> Items { get; } = new();

        /// <summary>Per destination: idempotency keys the receiver accepted, with the content it got.</summary>
        public Dictionary<int, Dictionary<string, string>> Received { get; } = new()
        {
            [Destinations.Display] = new Dictionary<string, string>(),
            [Destinations.Printer] = new Dictionary<string, string>(),
            [Destinations.Host] = new Dictionary<string, string>(),
        };

        /// <summary>The intent being committed right now, if any: it may or may not survive a cut.</summary>
        public ModelTransaction? IntentInFlight { get; set; }

        /// <summary>The item being committed right now, if any (content only: its sequence is not known yet).</summary>
        public ModelItem? ItemInFlight { get; set; }

        /// <summary>The content string an item is compared by.</summary>
        public static string ContentOf(JournalEntry item)
        {
            if (item.Type == JournalRecordType.HostResponse)
            {
                HostResponse response = item.DecodeResponse();
                return "R:" + response.TransactionSequence + ":" + (int)response.Outcome + ":" + response.HostReference + ":" + item.Destinations;
            }

            HostMessage message = item.DecodeHostMessage();
            return "M:" + message.TransactionSequence + ":" + (int)message.Kind + ":" + message.Reason + ":" + item.Destinations;
        }
    }

    /// <summary>A transaction as the model knows it.</summary>
    public sealed class ModelTransaction
    {
        /// <summary>Creates one.</summary>
        public ModelTransaction(long amountMinorUnits, string reference)
        {
            AmountMinorUnits = amountMinorUnits;
            Reference = reference;
        }

        /// <summary>The id, once the begin call returned.</summary>
        public uint Sequence { get; set; }

        /// <summary>The amount written.</summary>
        public long AmountMinorUnits { get; }

        /// <summary>The unique reference written: how a recovered intent is matched to the model.</summary>
        public string Reference { get; }

        /// <summary>Whether a final answer or a cancellation was committed.</summary>
        public bool Resolved { get; set; }

        /// <summary>Items of this transaction, by sequence.</summary>
        public List<ModelItem> Items { get; } = new();
    }

    /// <summary>An outbox item as the model knows it.</summary>
    public sealed class ModelItem
    {
        /// <summary>Creates one.</summary>
        public ModelItem(uint transactionSequence, string content, int destinations)
        {
            TransactionSequence = transactionSequence;
            Content = content;
            Destinations = destinations;
        }

        /// <summary>The item's sequence once committed.</summary>
        public uint Sequence { get; set; }

        /// <summary>The transaction.</summary>
        public uint TransactionSequence { get; }

        /// <summary>What the receivers must get.</summary>
        public string Content { get; }

        /// <summary>Where it must go.</summary>
        public int Destinations { get; }

        /// <summary>Destinations acknowledged to the journal (durable no earlier than the next commit).</summary>
        public int Acknowledged { get; set; }

        /// <summary>Destinations whose acknowledgement a returned commit made durable.</summary>
        public int DurablyAcknowledged { get; set; }
    }
}
