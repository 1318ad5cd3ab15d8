using Terminal.Core.Journal;
using Terminal.Hal.Simulated.Storage;

namespace Terminal.Tests.Core.Journal
{
    /// <summary>A journal on a simulated flash that can be power-cut and rebooted, for the journal's tests.</summary>
    internal sealed class JournalHarness
    {
        public const string TerminalId = "T0001234";
        public const long StartUtcMilliseconds = 1795392000000; // 2026-11-23T00:00:00Z

        public JournalHarness(JournalSettings? settings = null, int seed = 1)
        {
            Settings = settings ?? JournalSettings.CreateDefault();
            Flash = new SimulatedFlash(2 * 1024 * 1024, seed);
            Reboot();
        }

        public SimulatedFlash Flash { get; }

        public JournalSettings Settings { get; }

        public TransactionJournal Journal { get; private set; } = null!;

        public RecoveryReport LastRecovery { get; private set; } = null!;

        public long NowUtcMilliseconds { get; set; } = StartUtcMilliseconds;

        /// <summary>Powers the flash back on if it was cut, and opens a fresh journal over it: a reboot.</summary>
        public RecoveryReport Reboot()
        {
            if (Flash.IsPoweredOff)
            {
                Flash.PowerOn();
            }

            Journal = new TransactionJournal(Flash.Storage, TerminalId, Settings);
            LastRecovery = Journal.Open();
            return LastRecovery;
        }

        public static TransactionIntent Sale(long amountMinorUnits, string reference = "ORDER-1")
        {
            return new TransactionIntent
            {
                Kind = TransactionKind.Sale,
                Method = PaymentMethod.Card,
                AmountMinorUnits = amountMinorUnits,
                CurrencyNumericCode = 156,
                CreatedUtcMilliseconds = StartUtcMilliseconds,
                CardLast4 = "4242",
                CardBrand = "UnionPay",
                MerchantReference = reference,
            };
        }

        public static HostResponse Approval(string reference = "HOST-REF-1")
        {
            return new HostResponse
            {
                Outcome = TransactionOutcome.Approved,
                ResponseCode = "00",
                AuthorizationCode = "A1B2C3",
                HostReference = reference,
                HostTimeUtcMilliseconds = StartUtcMilliseconds + 1500,
            };
        }

        public uint Begin(long amountMinorUnits = 1250, string reference = "ORDER-1")
        {
            CapacityVerdict verdict = Journal.BeginTransaction(Sale(amountMinorUnits, reference), NowUtcMilliseconds, out uint sequence);
            if (!verdict.IsAccepted)
            {
                throw new System.InvalidOperationException(verdict.Message);
            }

            return sequence;
        }

        /// <summary>Runs one whole transaction: intent, approval, delivery to all three queues, commit.</summary>
        public uint CompleteTransaction(long amountMinorUnits = 1250)
        {
            uint sequence = Begin(amountMinorUnits);
            Journal.RecordResponse(sequence, Approval(), Destinations.All);
            DrainAll();
            Journal.Commit();
            return sequence;
        }

        public void DrainAll()
        {
            Drain(Destinations.Display);
            Drain(Destinations.Printer);
            Drain(Destinations.Host);
        }

        public int Drain(int destination)
        {
            int delivered = 0;
            while (Journal.TryPeek(destination, out JournalEntry item))
            {
                Journal.MarkDelivered(item, destination);
                delivered++;
            }

            return delivered;
        }
    }
}
