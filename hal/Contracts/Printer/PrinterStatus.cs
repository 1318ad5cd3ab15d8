namespace Terminal.Hal.Printer
{
    /// <summary>
    /// The printer's real-time status as one value: whether it answered (<see cref="Link"/>), and when it
    /// did, its paper, cover, head, cutter and error state. The default value is <see cref="PrinterLink.NotQueried"/>,
    /// so a status nobody read never says "ready".
    /// </summary>
    /// <remarks>
    /// Failure causes (shared/failure-causes.md): a link fault is HW-LINK ("re-seat the named cable"),
    /// never "no paper"; everything the printer itself reports is HW-PRINTER.
    /// </remarks>
    public readonly struct PrinterStatus
    {
        /// <summary>Creates a status.</summary>
        /// <param name="link">How the printer answered; the other arguments count only for <see cref="PrinterLink.Answered"/>.</param>
        /// <param name="paper">The roll paper sensors.</param>
        /// <param name="coverOpen">Whether the cover is open.</param>
        /// <param name="headOverheated">Whether the head is too hot (ESC/POS: automatically recoverable error).</param>
        /// <param name="cutterJam">Whether the auto-cutter failed.</param>
        /// <param name="unrecoverableError">Whether the printer reports an unrecoverable error.</param>
        /// <param name="offline">Whether the printer says it is offline (it is whenever one of the above stops it).</param>
        public PrinterStatus(PrinterLink link, PaperLevel paper, bool coverOpen, bool headOverheated, bool cutterJam, bool unrecoverableError, bool offline)
        {
            bool answered = link == PrinterLink.Answered;
            Link = link;
            Paper = answered ? paper : PaperLevel.Present;
            CoverOpen = answered && coverOpen;
            HeadOverheated = answered && headOverheated;
            CutterJam = answered && cutterJam;
            UnrecoverableError = answered && unrecoverableError;
            Offline = answered && offline;
        }

        /// <summary>Gets how the printer answered.</summary>
        public PrinterLink Link { get; }

        /// <summary>Gets the paper level; <see cref="PaperLevel.Present"/> when the printer did not answer (unknown, see <see cref="Link"/>).</summary>
        public PaperLevel Paper { get; }

        /// <summary>Gets whether the cover is open.</summary>
        public bool CoverOpen { get; }

        /// <summary>Gets whether the print head is over temperature.</summary>
        public bool HeadOverheated { get; }

        /// <summary>Gets whether the auto-cutter is jammed.</summary>
        public bool CutterJam { get; }

        /// <summary>Gets whether the printer reports an unrecoverable error.</summary>
        public bool UnrecoverableError { get; }

        /// <summary>Gets whether the printer says it is offline.</summary>
        public bool Offline { get; }

        /// <summary>Gets whether the link is at fault: no reply or a garbled one (HW-LINK).</summary>
        public bool IsLinkFault
        {
            get { return Link == PrinterLink.NoReply || Link == PrinterLink.GarbledReply; }
        }

        /// <summary>Gets whether the paper is nearly out: a warning to show, printing goes on.</summary>
        public bool PaperNearEnd
        {
            get { return Link == PrinterLink.Answered && Paper == PaperLevel.NearEnd; }
        }

        /// <summary>Gets the reason the printer cannot print now, the most actionable first; <see cref="PrinterFault.None"/> when it can.</summary>
        public PrinterFault Fault
        {
            get
            {
                switch (Link)
                {
                    case PrinterLink.NotQueried:
                        return PrinterFault.NotQueried;
                    case PrinterLink.NoReply:
                        return PrinterFault.NoReply;
                    case PrinterLink.GarbledReply:
                        return PrinterFault.GarbledReply;
                }

                // An open cover often also trips the paper sensor: closing it is the first thing to do.
                if (CoverOpen)
                {
                    return PrinterFault.CoverOpen;
                }

                if (Paper == PaperLevel.Out)
                {
                    return PrinterFault.PaperOut;
                }

                if (CutterJam)
                {
                    return PrinterFault.CutterJam;
                }

                if (HeadOverheated)
                {
                    return PrinterFault.HeadOverheated;
                }

                if (UnrecoverableError)
                {
                    return PrinterFault.UnrecoverableError;
                }

                return Offline ? PrinterFault.Offline : PrinterFault.None;
            }
        }

        /// <summary>Gets whether the printer can print now.</summary>
        public bool CanPrint
        {
            get { return Fault == PrinterFault.None; }
        }

        /// <summary>
        /// Gets the failure-cause id to report: "HW-LINK" for a link fault, "HW-PRINTER" for a printer fault
        /// or paper near end, empty when all is well or nothing was queried.
        /// </summary>
        public string CauseId
        {
            get
            {
                PrinterFault fault = Fault;
                if (fault == PrinterFault.NoReply || fault == PrinterFault.GarbledReply)
                {
                    return "HW-LINK";
                }

                if (fault == PrinterFault.NotQueried)
                {
                    return string.Empty;
                }

                return fault != PrinterFault.None || PaperNearEnd ? "HW-PRINTER" : string.Empty;
            }
        }

        /// <summary>Makes the status of a printer that did not answer or answered garbage.</summary>
        /// <param name="link"><see cref="PrinterLink.NoReply"/> or <see cref="PrinterLink.GarbledReply"/>.</param>
        /// <returns>The status; every printer field is at its "unknown" value.</returns>
        public static PrinterStatus LinkFault(PrinterLink link)
        {
            return new PrinterStatus(link, PaperLevel.Present, false, false, false, false, false);
        }
    }
}
