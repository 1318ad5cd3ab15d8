using Terminal.Hal.Buses;

namespace Terminal.Hal.Printer
{
    /// <summary>
    /// The configuration and diagnostics side of a receipt printer, apart from its data path
    /// (<see cref="IReceiptPrinter"/>): putting it in a known state, and the counters a self-test or a
    /// technician reads (failure causes HW-PRINTER and HW-LINK).
    /// </summary>
    public interface IReceiptPrinterSetup
    {
        /// <summary>Gets the link's fault counters since boot: timeouts, garbled replies, reconnects (HW-LINK evidence).</summary>
        LinkCounters LinkCounters { get; }

        /// <summary>Gets the bytes sent to the printer since boot: documents and status queries.</summary>
        long BytesSent { get; }

        /// <summary>Gets how many characters since boot the printer could not print and got as '?' instead.</summary>
        int UnknownCharacters { get; }

        /// <summary>
        /// Resets the printer to the driver's settings (character mode, code page, styles) and reads its
        /// status: at boot, after a reconnect, before a test slip.
        /// </summary>
        /// <returns>The status after the reset.</returns>
        PrinterStatus Initialize();
    }
}
