namespace Terminal.Hal.Printer
{
    /// <summary>How the printer answered the last real-time status query: the link's state, apart from the printer's own.</summary>
    public enum PrinterLink
    {
        /// <summary>No query was made yet: nothing is known, so nothing may be printed on the strength of it.</summary>
        NotQueried = 0,

        /// <summary>Every query got a well-formed reply: the other fields of the status are the printer's word.</summary>
        Answered = 1,

        /// <summary>
        /// A query got no reply within the timeout, on every attempt: cable pulled, printer unpowered, or a
        /// broken receive wire. A link fault (HW-LINK), never "no paper".
        /// </summary>
        NoReply = 2,

        /// <summary>
        /// A reply came but broke the fixed bits of the ESC/POS status byte (or had extra bytes), on every
        /// attempt: line noise, a wrong baud rate, a damaged cable. A link fault (HW-LINK), not a status.
        /// </summary>
        GarbledReply = 3,
    }
}
