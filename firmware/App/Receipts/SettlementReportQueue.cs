using System;
using System.Collections;
using Terminal.App.Payments;
using Terminal.Hal.Printer;
using Terminal.Hal.Time;

namespace Terminal.App.Receipts
{
    /// <summary>
    /// A small queue in RAM in front of the receipt printer for settlement reports (issue #3, "a printed
    /// settlement report"). <see cref="Enqueue"/> takes the payment flow's <see cref="SettlementOutcome"/>;
    /// <see cref="PrintPending"/> prints the reports oldest first, each whole or not at all: one stopped
    /// part-way is kept and printed again whole, marked REPRINT, once the printer is back.
    /// </summary>
    /// <remarks>
    /// RAM is enough here, unlike for receipts: the settlement itself (the batch, its totals, its
    /// result) is durable in the batch file and the journal, and a report only shows it. A reboot
    /// loses reports not yet printed, never money or a result. The queue holds
    /// <see cref="Capacity"/> reports; a new one beyond that drops the oldest (counted in
    /// <see cref="Dropped"/>), since the newest says where the batch stands. Not thread-safe: the app's
    /// loop calls it.
    /// </remarks>
    public sealed class SettlementReportQueue
    {
        /// <summary>The default number of reports kept.</summary>
        public const int DefaultCapacity = 4;

        private readonly IReceiptPrinter _printer;
        private readonly IClock _clock;
        private readonly string _merchantId;
        private readonly string _terminalId;
        private readonly int _currencyNumericCode;
        private readonly ReceiptRenderer _renderer;
        private readonly ArrayList _reports = new ArrayList();
        private readonly int _capacity;
        private SettlementReport _lastEnqueued;

        /// <summary>Creates the queue.</summary>
        /// <param name="printer">The receipt printer (the same driver the receipts use).</param>
        /// <param name="clock">The terminal's clock: a report shows when the settlement ended.</param>
        /// <param name="merchantId">The merchant id printed on reports.</param>
        /// <param name="terminalId">The terminal id printed on reports.</param>
        /// <param name="currencyNumericCode">The terminal's ISO 4217 currency (the payment settings' code).</param>
        /// <param name="settings">Language and local time offset.</param>
        /// <param name="capacity">Reports kept, 1 or more (<see cref="DefaultCapacity"/>).</param>
        public SettlementReportQueue(IReceiptPrinter printer, IClock clock, string merchantId, string terminalId, int currencyNumericCode, ReceiptSettings settings, int capacity)
        {
            if (printer == null || clock == null || settings == null)
            {
                throw new ArgumentNullException(printer == null ? "printer" : clock == null ? "clock" : "settings");
            }

            if (capacity < 1)
            {
                throw new ArgumentOutOfRangeException("capacity", "the queue must hold at least one report");
            }

            _printer = printer;
            _clock = clock;
            _merchantId = merchantId;
            _terminalId = terminalId;
            _currencyNumericCode = currencyNumericCode;
            _renderer = new ReceiptRenderer(settings, printer.ColumnsPerLine);
            _capacity = capacity;
        }

        /// <summary>Gets how many reports wait to be printed.</summary>
        public int PendingCount
        {
            get { return _reports.Count; }
        }

        /// <summary>Gets the number of reports the queue keeps.</summary>
        public int Capacity
        {
            get { return _capacity; }
        }

        /// <summary>Gets how many reports were dropped since boot because the queue was full.</summary>
        public int Dropped { get; private set; }

        /// <summary>Gets how many reports were printed whole since boot.</summary>
        public int Printed { get; private set; }

        /// <summary>Gets the printer's status as last read by this queue.</summary>
        public PrinterStatus LastStatus { get; private set; }

        /// <summary>
        /// Queues the report of a settlement. The daily automatic settlement returns the same refusal
        /// every round until it can settle: with <paramref name="printRepeats"/> <c>false</c>, a report
        /// equal to the last one queued (same batch, result and cause) is not queued again. The cashier's
        /// own settlement passes <c>true</c>: they asked, they get a slip.
        /// </summary>
        /// <param name="outcome">The settlement's outcome; <c>null</c> (automatic settlement not due) queues nothing.</param>
        /// <param name="printRepeats">Whether to queue a report equal to the last one queued.</param>
        /// <returns><c>true</c> when a report was queued.</returns>
        public bool Enqueue(SettlementOutcome outcome, bool printRepeats)
        {
            if (outcome == null)
            {
                return false;
            }

            SettlementReport report = SettlementReport.FromOutcome(outcome, _merchantId, _terminalId, _clock.UtcNowMilliseconds, _currencyNumericCode);
            if (!printRepeats && _lastEnqueued != null && _lastEnqueued.BatchNumber == report.BatchNumber
                && _lastEnqueued.Status == report.Status && _lastEnqueued.CauseId == report.CauseId)
            {
                return false;
            }

            _lastEnqueued = report;
            if (_reports.Count == _capacity)
            {
                _reports.RemoveAt(0);
                Dropped++;
            }

            _reports.Add(report);
            return true;
        }

        /// <summary>
        /// Prints the waiting reports, oldest first, stopping at the first that does not print whole (it
        /// stays first, and is marked REPRINT next time when any of it went out).
        /// </summary>
        /// <returns>The reports printed whole in this call.</returns>
        public int PrintPending()
        {
            int printed = 0;
            while (_reports.Count > 0)
            {
                SettlementReport report = (SettlementReport)_reports[0];
                PrintResult result = _printer.Print(_renderer.Render(report));
                LastStatus = result.Status;
                if (!result.IsPrinted)
                {
                    if (result.HasStarted)
                    {
                        report.IsReprint = true;
                    }

                    break;
                }

                _reports.RemoveAt(0);
                printed++;
                Printed++;
            }

            return printed;
        }
    }
}
