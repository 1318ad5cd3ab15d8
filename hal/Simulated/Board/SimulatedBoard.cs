using System;
using Terminal.Hal.Board;
using Terminal.Hal.Network;
using Terminal.Hal.Simulated.Buses;
using Terminal.Hal.Simulated.CardReader;
using Terminal.Hal.Simulated.Display;
using Terminal.Hal.Platform;
using Terminal.Hal.Simulated.Keypad;
using Terminal.Hal.Simulated.Platform;
using Terminal.Hal.Simulated.Printer;
using Terminal.Hal.Simulated.Scanner;
using Terminal.Hal.Simulated.Storage;
using Terminal.Hal.Simulated.Time;
using Terminal.Hal.Storage;
using Terminal.Hal.Time;

namespace Terminal.Hal.Simulated.Board
{
    /// <summary>
    /// The terminal's hardware on a PC: simulated parts with their fault switches reachable through
    /// <see cref="Flash"/>, <see cref="Witness"/>, <see cref="ManualClock"/> and the peripheral emulators
    /// (<see cref="Panel"/>, <see cref="PrinterEmulator"/>, <see cref="CardReaderEmulator"/>), each wired at
    /// its bus exactly as the reference board wires the real part. The board owns them; none holds an
    /// unmanaged resource, so there is nothing to dispose.
    /// </summary>
    public sealed class SimulatedBoard : ITerminalBoard
    {
        /// <summary>Assembles a board from parts the caller made (e.g. a flash imported from an image).</summary>
        /// <param name="flash">The flash behind <see cref="Storage"/>.</param>
        /// <param name="witness">The identity witness.</param>
        /// <param name="clock">The clock.</param>
        public SimulatedBoard(SimulatedFlash flash, SimulatedIdentityWitness witness, ManualClock clock)
        {
            ArgumentNullException.ThrowIfNull(flash);
            ArgumentNullException.ThrowIfNull(witness);
            ArgumentNullException.ThrowIfNull(clock);
            Flash = flash;
            Witness = witness;
            ManualClock = clock;

            var dataCommand = new SimulatedOutputPin();
            var displayReset = new SimulatedOutputPin(initialLevel: true);
            var backlight = new SimulatedOutputPin();
            Panel = new SimulatedSt7789(EmulatedController.St7789, dataCommand, displayReset, backlight, clock);
            Display = new DisplayWiring { Spi = Panel, DataCommand = dataCommand, Reset = displayReset, Backlight = backlight, Delay = new SimulatedPollingDelay(clock) };

            PrinterPort = new SimulatedSerialPort(PrinterBaudRate, clock);
            PrinterEmulator = new EscPosPrinterEmulator(PrinterPort);
            Printer = new PrinterWiring { Port = PrinterPort };

            var readerReset = new SimulatedOutputPin(initialLevel: true);
            CardReaderEmulator = new SimulatedPn532(clock);
            CardReaderEmulator.ConnectReset(readerReset);
            CardReader = new CardReaderWiring
            {
                Device = CardReaderEmulator,
                Interrupt = CardReaderEmulator.InterruptLine,
                Reset = readerReset,
                Delay = new SimulatedPollingDelay(clock),
            };

            KeypadEmulator = new KeypadMatrixEmulator(clock, seed: 1);
            Keypad = new KeypadWiring { Rows = KeypadEmulator.Rows, Columns = KeypadEmulator.Columns };

            ScannerPort = new SimulatedSerialPort(ScannerBaudRate, clock);
            var scannerTrigger = new SimulatedOutputPin(initialLevel: true);
            ScannerEmulator = new Gm65Emulator(ScannerPort, clock, scannerTrigger);
            Scanner = new ScannerWiring { Port = ScannerPort, Line = ScannerPort, Trigger = scannerTrigger };

            PlatformServices = new SimulatedPlatform(clock, "1.0.0", BuildUtcMilliseconds);
        }

        /// <summary>When the simulated firmware image was built: 2026-11-01T00:00:00Z, before the default clock.</summary>
        public static readonly long BuildUtcMilliseconds = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

        /// <summary>The scanner's line speed as the firmware configures it (bits per second).</summary>
        public const int ScannerBaudRate = 115200;

        /// <summary>The printer's line speed on the reference board (bits per second).</summary>
        public const int PrinterBaudRate = 9600;

        /// <summary>Gets the simulated flash, with its fault switches.</summary>
        public SimulatedFlash Flash { get; }

        /// <summary>Gets the simulated identity witness, with its fault switches.</summary>
        public SimulatedIdentityWitness Witness { get; }

        /// <summary>Gets the clock, for tests to move time.</summary>
        public ManualClock ManualClock { get; }

        /// <inheritdoc/>
        public IFileStorage Storage => Flash.Storage;

        /// <inheritdoc/>
        public IIdentityWitness IdentityWitness => Witness;

        /// <inheritdoc/>
        public IClock Clock => ManualClock;

        /// <summary>
        /// Gets or sets the link to the payment host: an <c>HttpClientLink</c> to a <c>tools/PaymentHost</c>
        /// on loopback, or <c>null</c> (the default) for a terminal without one. The board does not own it.
        /// </summary>
        public IHttpLink? HostLink { get; set; }

        /// <summary>Gets the emulated display controller on the SPI bus: its GRAM is what the screen shows, with its fault switches.</summary>
        public SimulatedSt7789 Panel { get; }

        /// <summary>Gets the printer's UART, with its pulled-cable and line-speed switches.</summary>
        public SimulatedSerialPort PrinterPort { get; }

        /// <summary>Gets the emulated ESC/POS printer: what it printed, and its paper, cover, head and cutter switches.</summary>
        public EscPosPrinterEmulator PrinterEmulator { get; }

        /// <summary>Gets the emulated PN532 reader: the card in its field, and its fault switches.</summary>
        public SimulatedPn532 CardReaderEmulator { get; }

        /// <inheritdoc/>
        public DisplayWiring Display { get; }

        /// <inheritdoc/>
        public PrinterWiring Printer { get; }

        /// <summary>Gets the emulated key matrix: press, release, bounce, stuck keys and a pulled cable.</summary>
        public KeypadMatrixEmulator KeypadEmulator { get; }

        /// <summary>Gets the scanner's UART, with its pulled-cable and line-speed switches.</summary>
        public SimulatedSerialPort ScannerPort { get; }

        /// <summary>Gets the emulated GM65 scanner: codes to scan, factory reset, and its fault switches.</summary>
        public Gm65Emulator ScannerEmulator { get; }

        /// <inheritdoc/>
        public KeypadWiring Keypad { get; }

        /// <inheritdoc/>
        public CardReaderWiring CardReader { get; }

        /// <inheritdoc/>
        public ScannerWiring Scanner { get; }

        /// <summary>Gets the platform services with their switches (heap, supply, image, Wi-Fi, SNTP, restart).</summary>
        public SimulatedPlatform PlatformServices { get; }

        /// <inheritdoc/>
        public PlatformWiring Platform => PlatformServices.Wiring;

        /// <summary>
        /// Makes a new terminal: a blank 2 MB flash (the <c>I:</c> of an 8 MB module), a blank witness and
        /// a clock at 2026-11-23T00:00:00Z.
        /// </summary>
        /// <param name="seed">The flash's seed.</param>
        /// <returns>The board.</returns>
        public static SimulatedBoard Create(int seed)
        {
            long startMilliseconds = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
            return new SimulatedBoard(
                new SimulatedFlash(2 * 1024 * 1024, seed),
                new SimulatedIdentityWitness(),
                new ManualClock(startMilliseconds));
        }
    }
}
