namespace Terminal.Hal.Printer
{
    /// <summary>
    /// The one reason a printer cannot print now, the most actionable first: what the cashier is told to
    /// fix. <see cref="PrinterStatus.Fault"/> picks it from the status.
    /// </summary>
    public enum PrinterFault
    {
        /// <summary>The printer is ready (paper near end is a warning, not a fault).</summary>
        None = 0,

        /// <summary>No status was read yet.</summary>
        NotQueried = 1,

        /// <summary>No reply to a status query (HW-LINK): re-seat the printer cable, check its power.</summary>
        NoReply = 2,

        /// <summary>Replies that are not ESC/POS status bytes (HW-LINK): re-seat the cable, check the baud rate.</summary>
        GarbledReply = 3,

        /// <summary>The cover is open (HW-PRINTER): close it.</summary>
        CoverOpen = 4,

        /// <summary>No paper (HW-PRINTER): load a roll.</summary>
        PaperOut = 5,

        /// <summary>The auto-cutter is jammed (HW-PRINTER): open the cover and clear it.</summary>
        CutterJam = 6,

        /// <summary>The print head is too hot (HW-PRINTER): wait for it to cool; it recovers by itself.</summary>
        HeadOverheated = 7,

        /// <summary>An unrecoverable printer error (HW-PRINTER): power-cycle the printer, call service if it stays.</summary>
        UnrecoverableError = 8,

        /// <summary>The printer says it is offline without a known cause (HW-PRINTER).</summary>
        Offline = 9,
    }
}
