using Terminal.App.Screens;
using Terminal.Drivers.CardReader.Pn532;
using Terminal.Drivers.Display.Canvas;
using Terminal.Drivers.Display.St7789;
using Terminal.Drivers.Keypad.Matrix4x4;
using Terminal.Drivers.Printer.EscPos;
using Terminal.Drivers.Scanner.Gm65;
using Terminal.Hal.Board;
using Terminal.Hal.CardReader;
using Terminal.Hal.Display;
using Terminal.Hal.Keypad;
using Terminal.Hal.Printer;
using Terminal.Hal.Scanner;

namespace Terminal.App.Peripherals
{
    /// <summary>
    /// The peripheral drivers, built from the board's wiring: the same code on the device and in the
    /// simulator, so what the tests run over the emulators is what runs on the terminal. A part the board
    /// does not have stays <c>null</c>, and whatever would go to it stays queued in the journal.
    /// </summary>
    /// <remarks>Constructing touches no hardware: the panel is initialised on its first <c>Present</c>, the reader on its first poll.</remarks>
    public sealed class TerminalPeripherals
    {
        private TerminalPeripherals()
        {
        }

        /// <summary>Gets the display panel (the portable ST7789/ILI9341 driver, or the platform's own); <c>null</c> without a display.</summary>
        public IPixelPanel Panel { get; private set; }

        /// <summary>Gets the framebuffer the screens draw on; <c>null</c> without a display.</summary>
        public FramebufferCanvas Canvas { get; private set; }

        /// <summary>Gets the screens; <c>null</c> without a display.</summary>
        public ScreenPresenter Screens { get; private set; }

        /// <summary>Gets the receipt printer; <c>null</c> without one.</summary>
        public IReceiptPrinter Printer { get; private set; }

        /// <summary>Gets the contactless card reader; <c>null</c> without one.</summary>
        public ICardReader CardReader { get; private set; }

        /// <summary>Gets the keypad; <c>null</c> without one. The app's loop calls its <c>Scan</c> every few milliseconds.</summary>
        public Matrix4x4Keypad Keypad { get; private set; }

        /// <summary>Gets the QR scanner for the customer's code; <c>null</c> without one.</summary>
        public IQrScanner Scanner { get; private set; }

        /// <summary>Builds a driver for every part the board has.</summary>
        /// <param name="board">The board; its wiring must stay valid while the drivers are used.</param>
        /// <param name="settings">The terminal's settings.</param>
        /// <returns>The drivers.</returns>
        public static TerminalPeripherals Create(ITerminalBoard board, TerminalSettings settings)
        {
            TerminalPeripherals peripherals = new TerminalPeripherals();
            DisplayWiring display = board.Display;
            if (display != null)
            {
                peripherals.Panel = display.NativePanel != null ? display.NativePanel : new St7789Panel(display.Spi, display.DataCommand, display.Reset, display.Backlight, new St7789Settings(PanelController.St7789, display.Delay.Wait));
                peripherals.Canvas = new FramebufferCanvas(peripherals.Panel);
                peripherals.Screens = new ScreenPresenter(peripherals.Canvas);
                peripherals.Screens.Language = settings.Language;
            }

            PrinterWiring printer = board.Printer;
            if (printer != null)
            {
                peripherals.Printer = new EscPosPrinter(printer.Port, settings.Printer);
            }

            CardReaderWiring reader = board.CardReader;
            if (reader != null)
            {
                peripherals.CardReader = new Pn532Reader(reader.Device, reader.Interrupt, reader.Reset, board.Clock, reader.Delay, settings.CardReader);
            }

            KeypadWiring keypad = board.Keypad;
            if (keypad != null)
            {
                peripherals.Keypad = new Matrix4x4Keypad(keypad.Rows, keypad.Columns, Matrix4x4KeypadSettings.CreateDefault());
            }

            ScannerWiring scanner = board.Scanner;
            if (scanner != null)
            {
                peripherals.Scanner = new Gm65Scanner(scanner.Port, scanner.Line, scanner.Trigger, board.Clock, Gm65Settings.CreateDefault());
            }

            return peripherals;
        }
    }
}
