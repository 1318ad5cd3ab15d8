namespace Terminal.Hal.Printer
{
    /// <summary>How a print job ended.</summary>
    public enum PrintOutcome
    {
        /// <summary>Every line and the cut went out and the status after the job was clean: the document is on paper, whole.</summary>
        Printed = 1,

        /// <summary>
        /// The printer could not print (before the first byte, or part-way): the status says why (paper out,
        /// cover open, ...). The document may be partly on paper; it must be printed again, whole.
        /// </summary>
        Stopped = 2,

        /// <summary>
        /// The printer did not answer, or answered garbage (HW-LINK): nothing is known about the paper. The
        /// document may be partly on paper; it must be printed again, whole, once the link is back.
        /// </summary>
        LinkFault = 3,
    }
}
