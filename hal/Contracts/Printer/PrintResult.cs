namespace Terminal.Hal.Printer
{
    /// <summary>The result of one print job: how it ended, the status that says why, and what went out.</summary>
    public readonly struct PrintResult
    {
        /// <summary>Creates a result.</summary>
        /// <param name="outcome">How the job ended.</param>
        /// <param name="status">The status read last: after the job, or the one that stopped it.</param>
        /// <param name="documentBytesSent">Bytes of the document (commands and text) sent, status queries not counted.</param>
        /// <param name="linesSent">Document lines sent before the job ended.</param>
        public PrintResult(PrintOutcome outcome, PrinterStatus status, int documentBytesSent, int linesSent)
        {
            Outcome = outcome;
            Status = status;
            DocumentBytesSent = documentBytesSent;
            LinesSent = linesSent;
        }

        /// <summary>Gets how the job ended.</summary>
        public PrintOutcome Outcome { get; }

        /// <summary>Gets the status read last: after the job, or the one that stopped it.</summary>
        public PrinterStatus Status { get; }

        /// <summary>Gets the bytes of the document sent to the printer, 0 or more; status queries are not counted.</summary>
        public int DocumentBytesSent { get; }

        /// <summary>Gets the document lines sent before the job ended, 0 to the document's line count.</summary>
        public int LinesSent { get; }

        /// <summary>Gets whether the document is on paper, whole.</summary>
        public bool IsPrinted
        {
            get { return Outcome == PrintOutcome.Printed; }
        }

        /// <summary>Gets whether any of the document reached the printer: part of it may be on paper.</summary>
        public bool HasStarted
        {
            get { return DocumentBytesSent > 0; }
        }
    }
}
