using System;
using Terminal.App.Outbox;
using Terminal.App.Receipts;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Drivers.Printer.EscPos;
using Terminal.Hal.Buses;
using Terminal.Hal.Simulated.Board;
using Terminal.Hal.Simulated.Buses;
using Terminal.Hal.Simulated.Printer;

namespace Terminal.Tools.Bench
{
    /// <summary>
    /// The printer's figures: bytes on the wire for one standard sale receipt, through the real journal,
    /// outbox pump, <see cref="PrinterOutboxSink"/> and <see cref="EscPosPrinter"/>, into the printer emulator
    /// on a simulated 9600-baud UART. "On the wire" is everything the terminal sends: the document (ESC/POS
    /// commands and GB18030 text) and the DLE EOT status queries before, between the lines and after.
    /// Counts only, no clock. Allocations are given twice: the whole round on this thread, and the same
    /// without what the simulated UART and the printer emulator allocate (host-only; the rest, receipt
    /// layout, journal and simulated flash, is the terminal's side).
    /// </summary>
    /// <remarks>
    /// The standard receipt: an approved card sale of CNY 1,234.56, UnionPay, last four 7894, merchant
    /// M88990001, terminal T0001234, authorization code A12345, host reference H-20261123-000042, order
    /// ORD-20261123-000123; not late, not a reprint. Target: at most 2048 bytes (issue #4).
    /// </remarks>
    internal static class PrinterBenchmark
    {
        /// <summary>The target for a standard receipt, in bytes on the wire.</summary>
        public const int TargetReceiptBytes = 2048;

        private const int BaudRate = 9600;

        /// <summary>Prints the <c>printer.*</c> figures.</summary>
        /// <param name="output">Where the figures go.</param>
        public static void Measure(BenchOutput output)
        {
            ReceiptRun english = Run(CashierLanguage.English);
            ReceiptRun chinese = Run(CashierLanguage.SimplifiedChinese);
            output.Write("printer.receipt_bytes", english.WireBytes);
            output.Write("printer.receipt_bytes_chinese", chinese.WireBytes);
            output.Write("printer.receipt_document_bytes", english.DocumentBytes);
            output.Write("printer.receipt_document_bytes_chinese", chinese.DocumentBytes);
            output.Write("printer.receipt_status_queries", english.StatusQueries);
            output.Write("printer.receipt_lines", english.PrintedLines);

            // 8N1: ten bits a byte.
            output.Write("printer.receipt_wire_milliseconds_at_9600_baud", english.WireBytes * 10.0 * 1000.0 / BaudRate, 0);
            output.Write("printer.receipt_alloc_bytes", english.AllocatedBytes);
            output.Write("printer.receipt_alloc_bytes_wire_excluded", english.AllocatedBytes - english.WireAllocatedBytes);
            output.Write("printer.receipt_bytes_target_met", english.WireBytes <= TargetReceiptBytes && chinese.WireBytes <= TargetReceiptBytes);
        }

        private static ReceiptRun Run(CashierLanguage language)
        {
            SimulatedBoard board = SimulatedBoard.Create(20261123);
            var journal = new TransactionJournal(board.Storage, "T0001234.1795392000", JournalSettings.CreateDefault());
            journal.Open();
            var port = new SimulatedSerialPort(BaudRate, board.ManualClock);
            var emulator = new EscPosPrinterEmulator(port);
            var wire = new AllocationCountingPort(port);
            var driver = new EscPosPrinter(wire, EscPosPrinterSettings.CreateDefault());
            var sink = new PrinterOutboxSink(driver, journal, "M88990001", "T0001234", new ReceiptSettings { Language = language }, board.Storage);
            var pump = new OutboxPump(journal);
            pump.Attach(Destinations.Printer, sink);

            // One receipt first, so the measured one finds the driver's buffers grown and the mark file there.
            QueueSale(journal, board.ManualClock.UtcNowMilliseconds);
            pump.DeliverRound();

            QueueSale(journal, board.ManualClock.UtcNowMilliseconds);
            long bytesBefore = port.BytesFromTerminal;
            int queriesBefore = emulator.StatusQueries;
            int linesBefore = emulator.Lines.Count;
            long wireAllocatedBefore = wire.AllocatedBytes;
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            int delivered = pump.DeliverRound();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            long wireAllocated = wire.AllocatedBytes - wireAllocatedBefore;
            if (delivered != 1 || !sink.LastResult.IsPrinted)
            {
                throw new InvalidOperationException("the standard receipt did not print");
            }

            return new ReceiptRun(
                port.BytesFromTerminal - bytesBefore,
                sink.LastResult.DocumentBytesSent,
                emulator.StatusQueries - queriesBefore,
                emulator.Lines.Count - linesBefore,
                allocated,
                wireAllocated);
        }

        private static void QueueSale(TransactionJournal journal, long nowUtcMilliseconds)
        {
            var intent = new TransactionIntent
            {
                Kind = TransactionKind.Sale,
                Method = PaymentMethod.Card,
                AmountMinorUnits = 123456,
                CurrencyNumericCode = 156,
                CreatedUtcMilliseconds = nowUtcMilliseconds,
                CardLast4 = "7894",
                CardBrand = "UnionPay",
                MerchantReference = "ORD-20261123-000123",
            };
            journal.BeginTransaction(intent, nowUtcMilliseconds, out uint sequence);
            var response = new HostResponse
            {
                Outcome = TransactionOutcome.Approved,
                ResponseCode = "00",
                AuthorizationCode = "A12345",
                HostReference = "H-20261123-000042",
                HostTimeUtcMilliseconds = nowUtcMilliseconds,
            };
            journal.RecordResponse(sequence, response, Destinations.Printer);
        }

        private readonly record struct ReceiptRun(long WireBytes, int DocumentBytes, int StatusQueries, int PrintedLines, long AllocatedBytes, long WireAllocatedBytes);

        /// <summary>
        /// Counts what the simulated UART and the printer emulator behind it allocate on this thread: they
        /// run inside the driver's port calls (the emulator answers from within <c>Write</c>), and neither
        /// exists on the device. About three quarters of the round's allocations are theirs.
        /// </summary>
        private sealed class AllocationCountingPort : ISerialPort
        {
            private readonly ISerialPort _port;

            public AllocationCountingPort(ISerialPort port)
            {
                _port = port;
            }

            public long AllocatedBytes { get; private set; }

            public void Write(byte[] buffer, int offset, int count)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                _port.Write(buffer, offset, count);
                AllocatedBytes += GC.GetAllocatedBytesForCurrentThread() - before;
            }

            public int Read(byte[] buffer, int offset, int count, int timeoutMilliseconds)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                int read = _port.Read(buffer, offset, count, timeoutMilliseconds);
                AllocatedBytes += GC.GetAllocatedBytesForCurrentThread() - before;
                return read;
            }

            public void DiscardInput()
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                _port.DiscardInput();
                AllocatedBytes += GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }
    }
}
