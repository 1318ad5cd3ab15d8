using System.Collections.Generic;
using System.Linq;
using Terminal.App.Outbox;
using Terminal.App.Receipts;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Drivers.Printer.EscPos;
using Terminal.Hal.Simulated.Board;
using Terminal.Hal.Simulated.Buses;
using Terminal.Hal.Simulated.Printer;

namespace Terminal.Tests.App.Receipts
{
    /// <summary>
    /// A terminal's printing side: the real journal on the simulated flash, its outbox pump with the real
    /// printer sink, the real ESC/POS driver on a simulated UART, and the printer emulator. It can lose power
    /// and reboot from the same flash; the printer (and its paper) is another device and keeps what it printed.
    /// </summary>
    internal sealed class ReceiptTerminal
    {
        public const string KeyNamespace = "T0001234.1795392000";
        public const string MerchantId = "M88990001";
        public const string TerminalId = "T0001234";

        public ReceiptTerminal(int seed, CashierLanguage language = CashierLanguage.English)
        {
            Board = SimulatedBoard.Create(seed);
            Settings = new ReceiptSettings { Language = language };
            Port = new SimulatedSerialPort(9600, Board.ManualClock);
            Emulator = new EscPosPrinterEmulator(Port);
            Boot();
        }

        public SimulatedBoard Board { get; }

        public ReceiptSettings Settings { get; }

        public SimulatedSerialPort Port { get; }

        public EscPosPrinterEmulator Emulator { get; }

        public EscPosPrinter Driver { get; private set; } = null!;

        public TransactionJournal Journal { get; private set; } = null!;

        public PrinterOutboxSink Sink { get; private set; } = null!;

        public OutboxPump Pump { get; private set; } = null!;

        public int PendingReceipts => Journal.PendingCount(Destinations.Printer);

        /// <summary>The texts of every slip cut so far, then of what is still on the roll, blank lines dropped.</summary>
        public List<IReadOnlyList<string>> SlipTexts
        {
            get
            {
                var slips = Emulator.Slips.Select(EscPosPrinterEmulator.TextOf).ToList();
                if (Emulator.CurrentSlip.Any(line => line.Text.Length > 0))
                {
                    slips.Add(EscPosPrinterEmulator.TextOf(Emulator.CurrentSlip));
                }

                return slips;
            }
        }

        /// <summary>Every non-blank line on paper.</summary>
        public List<string> Paper => Emulator.Lines.Where(line => line.Text.Length > 0).Select(line => line.Text).ToList();

        public void Boot()
        {
            if (Board.Flash.IsPoweredOff)
            {
                Board.Flash.PowerOn();
            }

            Journal = new TransactionJournal(Board.Storage, KeyNamespace, JournalSettings.CreateDefault());
            Journal.Open();
            Driver = new EscPosPrinter(Port, EscPosPrinterSettings.CreateDefault());
            Sink = new PrinterOutboxSink(Driver, Journal, MerchantId, TerminalId, Settings, Board.Storage);
            Pump = new OutboxPump(Journal);
            Pump.Attach(Destinations.Printer, Sink);
        }

        public void PowerCutAndReboot()
        {
            Board.Flash.CutPowerNow();
            Boot();
        }

        /// <summary>A card sale the host answered, its result queued for the printer.</summary>
        public uint Sale(long amountMinorUnits, bool approved = true, bool late = false, string hostReference = "H-20261123-000042", string last4 = "7894")
        {
            var intent = new TransactionIntent
            {
                Kind = TransactionKind.Sale,
                Method = PaymentMethod.Card,
                AmountMinorUnits = amountMinorUnits,
                CurrencyNumericCode = 156,
                CreatedUtcMilliseconds = Board.ManualClock.UtcNowMilliseconds,
                CardLast4 = last4,
                CardBrand = "UnionPay",
                MerchantReference = "ORD-20261123-000123",
            };
            CapacityVerdict verdict = Journal.BeginTransaction(intent, intent.CreatedUtcMilliseconds, out uint sequence);
            Microsoft.VisualStudio.TestTools.UnitTesting.Assert.IsTrue(verdict.IsAccepted, verdict.Message);
            if (late)
            {
                Journal.RecordOutcomeUnknown(sequence);
            }

            var response = new HostResponse
            {
                Outcome = approved ? TransactionOutcome.Approved : TransactionOutcome.Declined,
                ResponseCode = approved ? "00" : "51",
                AuthorizationCode = approved ? "A12345" : string.Empty,
                HostReference = hostReference,
                HostTimeUtcMilliseconds = Board.ManualClock.UtcNowMilliseconds,
            };
            Microsoft.VisualStudio.TestTools.UnitTesting.Assert.IsNotNull(Journal.RecordResponse(sequence, response, Destinations.Printer | Destinations.Host));
            return sequence;
        }

        /// <summary>Delivers the oldest receipt to the sink directly, as the pump would, without committing the acknowledgement.</summary>
        public bool DeliverOldestWithoutCommit()
        {
            Microsoft.VisualStudio.TestTools.UnitTesting.Assert.IsTrue(Journal.TryPeek(Destinations.Printer, out JournalEntry item));
            bool delivered = Sink.Deliver(item, Journal.IdempotencyKeyFor(item));
            if (delivered)
            {
                Journal.MarkDelivered(item, Destinations.Printer);
            }

            return delivered;
        }
    }
}
