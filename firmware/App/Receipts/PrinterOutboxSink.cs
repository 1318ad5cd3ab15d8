using System;
using Terminal.App.Outbox;
using Terminal.Core.Journal;
using Terminal.Hal.Printer;
using Terminal.Hal.Storage;

namespace Terminal.App.Receipts
{
    /// <summary>
    /// The receiver of the journal's printer queue: prints each transaction result's receipt and
    /// acknowledges it only when the printer printed it whole. Paper out, an open cover, a jam, a hot
    /// head or a dead link, before or during the receipt, refuse it: the journal keeps it, and the
    /// next delivery round tries again, printing it whole, marked REPRINT when part of it (or all of
    /// it) may already be on paper.
    /// </summary>
    /// <remarks>
    /// <para>
    /// REPRINT rule (see <see cref="ReprintMark"/>): a receipt is marked REPRINT exactly when its item
    /// is at or below the durable high-water mark of receipts whose printing started. That covers a
    /// retry after a stop mid-receipt, the same idempotency key offered again after it printed whole
    /// (IOutboxSink: a power cut between delivery and the acknowledgement's commit), and a reboot
    /// after any attempt that may have started. A receipt refused before its first byte (the status
    /// said the printer cannot print) does not raise the mark, so it later prints as the original.
    /// </para>
    /// <para>
    /// Only host responses are printed; any other item bound for the printer (none is today) is
    /// acknowledged without printing, so it cannot block the queue. One owner thread (the outbox pump's)
    /// calls it.
    /// </para>
    /// </remarks>
    public sealed class PrinterOutboxSink : IOutboxSink
    {
        private readonly IReceiptPrinter _printer;
        private readonly TransactionJournal _journal;
        private readonly string _merchantId;
        private readonly string _terminalId;
        private readonly ReceiptRenderer _renderer;
        private readonly ReprintMark _mark;

        /// <summary>Creates the sink.</summary>
        /// <param name="printer">The receipt printer (the board's driver).</param>
        /// <param name="journal">The open journal whose printer queue this sink receives; it holds each result's intent.</param>
        /// <param name="merchantId">The merchant id printed on receipts.</param>
        /// <param name="terminalId">The terminal id printed on receipts.</param>
        /// <param name="settings">Language and local time offset.</param>
        /// <param name="markStorage">The journal's drive, for <see cref="ReprintMark.FileName"/>; <c>null</c> keeps the mark in RAM (a reboot then cannot tell a reprint).</param>
        /// <exception cref="ArgumentNullException"><paramref name="printer"/>, <paramref name="journal"/> or <paramref name="settings"/> is <c>null</c>.</exception>
        public PrinterOutboxSink(IReceiptPrinter printer, TransactionJournal journal, string merchantId, string terminalId, ReceiptSettings settings, IFileStorage markStorage)
        {
            if (printer == null || journal == null || settings == null)
            {
                throw new ArgumentNullException(printer == null ? "printer" : journal == null ? "journal" : "settings");
            }

            _printer = printer;
            _journal = journal;
            _merchantId = merchantId;
            _terminalId = terminalId;
            _renderer = new ReceiptRenderer(settings, printer.ColumnsPerLine);
            _mark = new ReprintMark(markStorage);
        }

        /// <summary>Gets the printer's status as last read: for the idle screen's printer icon and the HW-PRINTER / HW-LINK self-tests.</summary>
        public PrinterStatus LastStatus { get; private set; }

        /// <summary>Gets the result of the last print job; its outcome is 0 before the first.</summary>
        public PrintResult LastResult { get; private set; }

        /// <summary>Gets how many receipts were printed whole since boot, reprints included.</summary>
        public int ReceiptsPrinted { get; private set; }

        /// <summary>Gets how many of those were marked REPRINT.</summary>
        public int ReprintsPrinted { get; private set; }

        /// <summary>Gets how many print attempts since boot stopped after their first byte (the receipt will be reprinted).</summary>
        public int AttemptsBrokenOff { get; private set; }

        /// <summary>Gets how many items since boot could not be decoded and were acknowledged without a receipt.</summary>
        public int UndecodableItems { get; private set; }

        /// <summary>Gets the durable mark that tells a reprint (its <see cref="ReprintMark.WriteFailures"/> are HW-STORAGE evidence).</summary>
        public ReprintMark Mark
        {
            get { return _mark; }
        }

        /// <inheritdoc/>
        public bool Deliver(JournalEntry item, string idempotencyKey)
        {
            if (item == null)
            {
                throw new ArgumentNullException("item");
            }

            if (item.Type != JournalRecordType.HostResponse)
            {
                return true;
            }

            JournalTransaction transaction = _journal.FindTransaction(item.TransactionSequence);
            if (transaction == null)
            {
                // The journal keeps a transaction while any of its items is undelivered: not reached.
                return false;
            }

            SaleReceipt receipt;
            try
            {
                receipt = SaleReceipt.FromJournal(transaction.Sequence, transaction.Intent.DecodeIntent(), item.DecodeResponse(), _merchantId, _terminalId, false);
            }
            catch (JournalFormatException)
            {
                // Recovery validated the record, so this is not expected; a receipt that cannot be read never will be.
                UndecodableItems++;
                return true;
            }

            _mark.Load(_journal.KeyNamespace, _journal.NextSequence);
            receipt.IsReprint = _mark.Covers(_journal.KeyNamespace, item.Sequence);
            if (!receipt.IsReprint)
            {
                PrinterStatus status = _printer.ReadStatus();
                LastStatus = status;
                if (!status.CanPrint)
                {
                    // Nothing went out: this receipt stays an original.
                    return false;
                }

                // Durable before the first byte (see ReprintMark): a cut from here on gives a REPRINT, never an unmarked copy.
                _mark.Raise(_journal.KeyNamespace, item.Sequence);
            }

            PrintResult result = _printer.Print(_renderer.Render(receipt));
            LastResult = result;
            LastStatus = result.Status;
            if (!result.IsPrinted)
            {
                if (result.HasStarted)
                {
                    AttemptsBrokenOff++;
                }

                return false;
            }

            ReceiptsPrinted++;
            if (receipt.IsReprint)
            {
                ReprintsPrinted++;
            }

            return true;
        }
    }
}
