namespace Terminal.Hal.Printer
{
    /// <summary>
    /// A receipt printer as the app sees it: the data path. It reads the printer's real-time status and
    /// prints documents, reporting field conditions (paper out, cover open, no reply) as values, never
    /// exceptions. Line settings, initialisation and link counters live apart, in
    /// <see cref="IReceiptPrinterSetup"/>. One owner thread calls it; every call blocks until done.
    /// </summary>
    public interface IReceiptPrinter
    {
        /// <summary>Gets how many columns a normal-width line holds (32 for font A on a 58 mm, 384-dot printer); see <see cref="PrintText"/>.</summary>
        int ColumnsPerLine { get; }

        /// <summary>
        /// Asks the printer for its real-time status now. A printer that does not answer within the
        /// implementation's timeout gives <see cref="PrinterLink.NoReply"/> (a link fault, never "no paper").
        /// </summary>
        /// <returns>The status; never throws for a field condition.</returns>
        PrinterStatus ReadStatus();

        /// <summary>
        /// Prints a document whole, or stops: checks the status before the first byte, watches it while the
        /// lines go out, and checks it again after the cut. <see cref="PrintOutcome.Printed"/> means the
        /// whole document is on paper; anything else means it must be printed again, whole (part of it may
        /// already be on paper: <see cref="PrintResult.HasStarted"/>).
        /// </summary>
        /// <param name="document">The document; not changed.</param>
        /// <returns>How the job ended, with the status that says why.</returns>
        /// <exception cref="System.ArgumentNullException"><paramref name="document"/> is <c>null</c>.</exception>
        PrintResult Print(PrintDocument document);
    }
}
