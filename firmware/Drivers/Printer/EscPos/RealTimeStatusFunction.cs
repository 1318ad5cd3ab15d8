namespace Terminal.Drivers.Printer.EscPos
{
    /// <summary>The n of <c>DLE EOT n</c>, "transmit real-time status": which status byte the printer sends back.</summary>
    public enum RealTimeStatusFunction
    {
        /// <summary>n = 1, printer status: offline (bit 3), waiting for online recovery (bit 5), feed button (bit 6).</summary>
        PrinterStatus = 1,

        /// <summary>n = 2, offline cause status: cover open (bit 2), feed button feeding (bit 3), printing stopped by paper end (bit 5), error (bit 6).</summary>
        OfflineCause = 2,

        /// <summary>n = 3, error cause status: recoverable error (bit 2), auto-cutter error (bit 3), unrecoverable error (bit 5), automatically recoverable error such as head temperature (bit 6).</summary>
        ErrorCause = 3,

        /// <summary>n = 4, roll paper sensor status: near end (bits 2 and 3), paper end (bits 5 and 6).</summary>
        RollPaperSensor = 4,
    }
}
