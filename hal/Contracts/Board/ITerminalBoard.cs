using Terminal.Hal.Network;
using Terminal.Hal.Platform;
using Terminal.Hal.Storage;
using Terminal.Hal.Time;

namespace Terminal.Hal.Board
{
    /// <summary>
    /// The terminal's hardware as the application sees it. One board object per platform (the
    /// ESP32 board on the device, the simulated board on a PC) is the only place that knows pins
    /// and wiring; it opens the buses and owns, and finally disposes, everything it hands out.
    /// The same <c>TerminalApp</c> runs on either, handed a different board.
    /// </summary>
    public interface ITerminalBoard
    {
        /// <summary>Gets the flash file store that holds the journal (LittleFS <c>I:</c> on the device).</summary>
        IFileStorage Storage { get; }

        /// <summary>Gets the identity witness kept outside <see cref="Storage"/>, to detect a silent format.</summary>
        IIdentityWitness IdentityWitness { get; }

        /// <summary>Gets the wall clock and monotonic tick source.</summary>
        IClock Clock { get; }

        /// <summary>
        /// Gets the link to the payment host; <c>null</c> when the board has none configured. Without
        /// it the terminal still boots, recovers its journal and keeps every result queued.
        /// </summary>
        IHttpLink HostLink { get; }

        /// <summary>Gets how the display is connected; <c>null</c> when the board has none (results stay queued for it).</summary>
        DisplayWiring Display { get; }

        /// <summary>Gets how the receipt printer is connected; <c>null</c> when the board has none.</summary>
        PrinterWiring Printer { get; }

        /// <summary>Gets how the keypad is connected; <c>null</c> when the board has none.</summary>
        KeypadWiring Keypad { get; }

        /// <summary>Gets how the NFC card reader is connected; <c>null</c> when the board has none.</summary>
        CardReaderWiring CardReader { get; }

        /// <summary>Gets how the QR scanner is connected; <c>null</c> when the board has none.</summary>
        ScannerWiring Scanner { get; }

        /// <summary>Gets the platform services (heap, supply, firmware image, network interface, time source, restart); never <c>null</c>, its parts may be.</summary>
        PlatformWiring Platform { get; }
    }
}
