using System;
using Terminal.App.Outbox;
using Terminal.App.Payments;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Hal.Simulated.Board;
using Terminal.Hal.Simulated.Storage;

namespace Terminal.Tools.Chaos
{
    /// <summary>
    /// One simulated terminal of the network campaign: board (flash, clock), journal, payment flow,
    /// and a pump that drains the display and printer queues into recording sinks. A reboot makes a
    /// new journal and flow over the same flash; the sinks and the link live on (they are the test's record).
    /// </summary>
    public sealed class NetworkTerminal : IDisposable
    {
        /// <summary>The journal's key namespace (terminal id and provisioning number).</summary>
        public const string KeyNamespace = "T0001234.1795392000";

        /// <summary>Creates a terminal and boots it.</summary>
        public NetworkTerminal(Uri hostAddress, int seed, int timeoutMilliseconds, Action<JournalEntry> onDisplayed)
        {
            Board = SimulatedBoard.Create(seed);
            Link = new FaultingLink(hostAddress, Board.Flash);
            Client = new HostClient(Link, new HostClientSettings { TerminalId = "T0001234", MerchantId = "M88990001", FirmwareVersion = "1.0.0", TimeoutMilliseconds = timeoutMilliseconds });
            Display = new RecordingSink(onDisplayed);
            Printer = new RecordingSink();
            Boot();
        }

        /// <summary>The board.</summary>
        public SimulatedBoard Board { get; }

        /// <summary>The flash.</summary>
        public SimulatedFlash Flash => Board.Flash;

        /// <summary>The link to the host.</summary>
        public FaultingLink Link { get; }

        /// <summary>The host client.</summary>
        public HostClient Client { get; }

        /// <summary>The screen.</summary>
        public RecordingSink Display { get; }

        /// <summary>The printer.</summary>
        public RecordingSink Printer { get; }

        /// <summary>The journal of this boot.</summary>
        public TransactionJournal Journal { get; private set; } = null!;

        /// <summary>The flow of this boot.</summary>
        public PaymentFlow Flow { get; private set; } = null!;

        /// <summary>The display and printer pump of this boot.</summary>
        public OutboxPump Pump { get; private set; } = null!;

        /// <summary>Opens the journal and makes the flow: a boot. Throws <see cref="PowerCutException"/> when recovery itself is cut.</summary>
        public void Boot()
        {
            Journal = new TransactionJournal(Board.Storage, KeyNamespace, JournalSettings.CreateDefault());
            Journal.Open();
            Flow = new PaymentFlow(Journal, Client, Board.Clock, PaymentFlowSettings.CreateDefault());
            Pump = new OutboxPump(Journal);
            Pump.Attach(Destinations.Display, Display);
            Pump.Attach(Destinations.Printer, Printer);
        }

        /// <summary>Finds the live transaction of a merchant reference not in <paramref name="known"/>; 0 when none.</summary>
        public uint FindByReference(string reference, System.Collections.Generic.ICollection<uint> known)
        {
            for (int i = 0; i < Journal.LiveTransactionCount; i++)
            {
                JournalTransaction transaction = Journal.GetTransaction(i);
                if (!known.Contains(transaction.Sequence) && transaction.Intent.DecodeIntent().MerchantReference == reference)
                {
                    return transaction.Sequence;
                }
            }

            return 0;
        }

        /// <summary>Whether nothing waits for any destination and nothing is unresolved.</summary>
        public bool IsQuiet()
        {
            if (Journal.PendingCount(Destinations.Display) + Journal.PendingCount(Destinations.Printer) + Journal.PendingCount(Destinations.Host) > 0)
            {
                return false;
            }

            for (int i = 0; i < Journal.LiveTransactionCount; i++)
            {
                if (!Journal.GetTransaction(i).IsResolved)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Disposes the link.</summary>
        public void Dispose() => Link.Dispose();
    }
}
