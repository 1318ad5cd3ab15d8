namespace Terminal.Hal.Printer
{
    /// <summary>What the printer's roll paper sensors report (ESC/POS <c>DLE EOT 4</c>, roll paper sensor status).</summary>
    public enum PaperLevel
    {
        /// <summary>Paper is present and the near-end sensor does not trip.</summary>
        Present = 0,

        /// <summary>The roll is nearly used up: printing goes on, but the cashier should change it soon.</summary>
        NearEnd = 1,

        /// <summary>No paper: the printer stops (failure cause HW-PRINTER, "load paper").</summary>
        Out = 2,
    }
}
