using System;
using System.Device.Gpio;
using System.Device.I2c;
using System.Device.Spi;
using nanoFramework.Hardware.Esp32;
using Terminal.Hal.Board;
using Terminal.Hal.Buses;
using Terminal.Hal.Esp32.Buses;
using Terminal.Hal.Esp32.Display;
using Terminal.Hal.Esp32.Network;
using Terminal.Hal.Esp32.Platform;
using Terminal.Hal.Network;
using Terminal.Hal.Platform;
using Terminal.Hal.Storage;
using Terminal.Hal.Time;

namespace Terminal.Hal.Esp32
{
    /// <summary>
    /// The reference terminal board: an ESP32-S3 module with PSRAM. The only place that knows pins and
    /// wiring. It routes the bus pins first (<see cref="Configuration.SetPinFunction"/> must run before a
    /// bus is opened), then opens what it hands out, and disposes all of it.
    /// </summary>
    /// <remarks>
    /// <para>Today it owns the flash storage, the identity witness (an EEPROM on I2C1) and the clock. The
    /// display, printer, keypad, NFC reader and scanner drivers will be created here too, each handed its
    /// bus and pins; their pins are already routed and listed below so that nothing else needs to know them.</para>
    /// <para>Pin map for the reference hardware, an ESP32-S3-WROOM-1-N16R8 (16 MB quad flash, 8 MB octal
    /// PSRAM, 3.3 V) flashed with the ESP32_S3_ALL firmware:</para>
    /// <code>
    /// Function                      GPIO   nanoFramework function  Notes
    /// ----------------------------  -----  ----------------------  -----------------------------------------------
    /// TFT SCLK (ST7789/ILI9341)     12     SPI1_CLOCK              FSPICLK: the IO MUX pin of SPI2, the host
    /// TFT MOSI / SDA                11     SPI1_MOSI               nanoFramework's SPI1 drives on ESP32-S3 (FSPID)
    /// TFT MISO (SDO)                13     SPI1_MISO               FSPIQ; lets the self-test read the controller id (RDDID)
    /// TFT CS                        10     GPIO                    FSPICS0
    /// TFT D/C                       14     GPIO
    /// TFT RESET                     21     GPIO
    /// TFT backlight                 47     GPIO or PWM             3.3 V domain on N16R8 (not on 1.8 V "V" parts)
    /// Printer RXD (ESP32 TX)        17     COM2_TX                 UART1; 58 mm ESC/POS, TTL level
    /// Printer TXD (ESP32 RX)        18     COM2_RX
    /// Printer BUSY / DTR            16     COM2_CTS                used when SerialPort.Handshake is RequestToSend
    /// QR scanner RXD (ESP32 TX)     40     COM3_TX                 UART2; GM65-class, TTL level
    /// QR scanner TXD (ESP32 RX)     39     COM3_RX
    /// QR scanner trigger            41     GPIO output             active low
    /// I2C SDA                       8      I2C1_DATA               PN532 at 0x24, witness EEPROM at 0x50,
    /// I2C SCL                       9      I2C1_CLOCK              4.7 kOhm pull-ups to 3.3 V
    /// PN532 IRQ                     48     GPIO input              active low
    /// PN532 RSTPDN                  15     GPIO output             active low reset / power-down
    /// Keypad rows 1-4               4 5 6 7     GPIO outputs       driven low one at a time while scanning
    /// Keypad columns 1-4            1 2 38 42   GPIO inputs        internal pull-ups
    /// </code>
    /// <para>Never used: 0, 3, 45, 46 (strapping pins, ESP32-S3 datasheet "Strapping Pins"); 19 and 20 (USB D-/D+:
    /// ESP32_S3_ALL runs the debugger and deployment over USB CDC); 26-32 (SPI flash and PSRAM); 33-37 (octal
    /// PSRAM on R8 modules); 43 and 44 (UART0, COM1: boot log). 39-42 are the pad-JTAG pins, free because the
    /// ESP32-S3 debugs over its USB-Serial-JTAG unless eFuses select pad JTAG. On ESP32-S3-DevKitC-1 boards
    /// GPIO38 (v1.1) or GPIO48 (v1.0) drives the RGB LED: move a keypad column or the PN532 IRQ there.</para>
    /// <para>Serial ports: COM1 is the debugger's; COM2 maps to UART1 and COM3 to UART2 (ESP32-S3 has three UARTs).</para>
    /// </remarks>
    public sealed class Esp32Board : ITerminalBoard, IDisposable
    {
        // nanoFramework bus numbering: I2C1 / SPI1 are the first bus of each kind
        // (nanoFramework.Hardware.Esp32 DeviceFunction I2C1_*, SPI1_*; on ESP32-S3 SPI1 is SPI2_HOST,
        // nf-interpreter Target_System_IO_FileSystem.c "First available bus on ESP32_S3 is SPI2_HOST").
        private const int I2cBusId = 1;
        private const int SpiBusId = 1;
        private const int DisplayClockHertz = 40000000;
        private const int PrinterBaudRate = 9600;
        private const int ScannerBaudRate = 115200;
        private const int NfcAddress = 0x24;

        private const int I2cDataPin = 8;
        private const int I2cClockPin = 9;

        private const int DisplayClockPin = 12;
        private const int DisplayDataPin = 11;
        private const int DisplayReadPin = 13;
        private const int DisplayChipSelectPin = 10;
        private const int DisplayDataCommandPin = 14;
        private const int DisplayResetPin = 21;
        private const int DisplayBacklightPin = 47;

        private const int PrinterTransmitPin = 17;
        private const int PrinterReceivePin = 18;
        private const int PrinterBusyPin = 16;

        private const int ScannerTransmitPin = 40;
        private const int ScannerReceivePin = 39;
        private const int ScannerTriggerPin = 41;

        private const int NfcInterruptPin = 48;
        private const int NfcResetPin = 15;

        private const int KeypadRow1Pin = 4;
        private const int KeypadRow2Pin = 5;
        private const int KeypadRow3Pin = 6;
        private const int KeypadRow4Pin = 7;
        private const int KeypadColumn1Pin = 1;
        private const int KeypadColumn2Pin = 2;
        private const int KeypadColumn3Pin = 38;
        private const int KeypadColumn4Pin = 42;

        private readonly LittleFsFileStorage _storage;
        private readonly Esp32Clock _clock;
        private readonly I2cDevice _witnessEeprom;
        private readonly Esp32IdentityWitness _identityWitness;
        private readonly Esp32HttpLink _hostLink;
        private readonly GpioController _gpio;
        private readonly SpiDevice _displaySpi;
        private readonly Esp32SerialPort _printerPort;
        private readonly Esp32SerialPort _scannerPort;
        private readonly I2cDevice _readerI2c;
        private readonly DisplayWiring _display;
        private readonly PrinterWiring _printer;
        private readonly KeypadWiring _keypad;
        private readonly CardReaderWiring _cardReader;
        private readonly ScannerWiring _scanner;
        private readonly PlatformWiring _platform = new PlatformWiring();
        private bool _disposed;

        /// <summary>Creates the board with the production storage and witness locations.</summary>
        public Esp32Board()
            : this(new Esp32BoardOptions())
        {
        }

        /// <summary>
        /// Creates the board: routes every bus pin of the pin map, then opens the witness EEPROM on I2C1.
        /// Touches no flash: storage is opened lazily on first use.
        /// </summary>
        /// <param name="options">Where the data lives; see <see cref="Esp32BoardOptions"/>.</param>
        /// <exception cref="ArgumentNullException"><paramref name="options"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentException">An option is out of range.</exception>
        public Esp32Board(Esp32BoardOptions options)
        {
            if (options == null)
            {
                throw new ArgumentNullException("options");
            }

            RouteBusPins();

            _clock = new Esp32Clock();
            _storage = new LittleFsFileStorage(options.StorageDirectory, options.StoragePartitionBytes, _clock);

            // The board creates the EEPROM device, so the board disposes it (the witness only borrows it).
            _witnessEeprom = I2cDevice.Create(new I2cConnectionSettings(I2cBusId, options.WitnessEepromAddress));

            try
            {
                _identityWitness = new Esp32IdentityWitness(_witnessEeprom, options.WitnessBaseAddress);
            }
            catch
            {
                _witnessEeprom.Dispose();
                throw;
            }

            // The board creates the link, so the board disposes it.
            if (options.HostBaseAddress != null)
            {
                _hostLink = new Esp32HttpLink(options.HostBaseAddress, options.HostRootCertificate, _clock);
            }

            // The peripherals' buses and pins. The board opens them and disposes them; the app builds the portable
            // drivers over this wiring (Terminal.App.Peripherals.TerminalPeripherals), the same code the simulator runs.
            ThreadSleepDelay delay = new ThreadSleepDelay();
            _gpio = new GpioController();

            // SPI1 with chip select on GPIO10, mode 0 (ST7789V datasheet 8.4: data latched on the rising edge),
            // 40 MHz: the ESP32-S3's IO MUX pins allow it (nanoframework.md: a full frame is >= 30.7 ms).
            SpiConnectionSettings displaySettings = new SpiConnectionSettings(SpiBusId, DisplayChipSelectPin);
            displaySettings.ClockFrequency = DisplayClockHertz;
            displaySettings.Mode = SpiMode.Mode0;
            _displaySpi = SpiDevice.Create(displaySettings);
            _display = new DisplayWiring();
            _display.Spi = new Esp32SpiDevice(_displaySpi);
            _display.DataCommand = new Esp32DigitalOutput(_gpio, DisplayDataCommandPin, true);
            _display.Reset = new Esp32DigitalOutput(_gpio, DisplayResetPin, true);
            _display.Backlight = new Esp32DigitalOutput(_gpio, DisplayBacklightPin, false);
            _display.Delay = delay;

            // 9600 8N1: a 58 mm head prints slower than 9600 baud delivers, so a paper-out stops a job within a line.
            _printerPort = new Esp32SerialPort("COM2", PrinterBaudRate, 2048);
            _printer = new PrinterWiring();
            _printer.Port = _printerPort;

            // Rows idle high and are pulled low one at a time; two keys in one column then short a high row to a
            // low one, which the driver's ghosting rule handles.
            _keypad = new KeypadWiring();
            _keypad.Rows = new IDigitalOutput[]
            {
                new Esp32DigitalOutput(_gpio, KeypadRow1Pin, true), new Esp32DigitalOutput(_gpio, KeypadRow2Pin, true),
                new Esp32DigitalOutput(_gpio, KeypadRow3Pin, true), new Esp32DigitalOutput(_gpio, KeypadRow4Pin, true),
            };
            _keypad.Columns = new IDigitalInput[]
            {
                new Esp32DigitalInput(_gpio, KeypadColumn1Pin, true), new Esp32DigitalInput(_gpio, KeypadColumn2Pin, true),
                new Esp32DigitalInput(_gpio, KeypadColumn3Pin, true), new Esp32DigitalInput(_gpio, KeypadColumn4Pin, true),
            };

            // The PN532 shares I2C1 with the witness EEPROM (different addresses).
            _readerI2c = I2cDevice.Create(new I2cConnectionSettings(I2cBusId, NfcAddress));
            _cardReader = new CardReaderWiring();
            _cardReader.Device = new Esp32I2cDevice(_readerI2c, NfcAddress);
            _cardReader.Interrupt = new Esp32DigitalInput(_gpio, NfcInterruptPin, true);
            _cardReader.Reset = new Esp32DigitalOutput(_gpio, NfcResetPin, true);
            _cardReader.Delay = delay;

            // The GM65 driver moves the line itself when it resynchronises after a factory reset.
            _scannerPort = new Esp32SerialPort("COM3", ScannerBaudRate, 1024);
            _scanner = new ScannerWiring();
            _scanner.Port = _scannerPort;
            _scanner.Line = _scannerPort;
            _scanner.Trigger = new Esp32DigitalOutput(_gpio, ScannerTriggerPin, true);

            // Platform services for the self-tests and the technician. Supply stays null: every ADC1 pin (GPIO1-10)
            // is taken by the keypad, I2C and the display's chip select or is a strapping pin (GPIO3), and ADC2 cannot
            // be read while Wi-Fi runs (ESP-IDF ADC docs), so no supply divider can be wired; HW-POWER then judges by
            // the unclean-restart count alone.
            _platform.Memory = new Esp32MemoryMonitor(0);
            _platform.Firmware = new Esp32FirmwareImage();
            _platform.Network = new Esp32NetworkStatus();
            _platform.TimeSource = new SntpTimeSource();
            _platform.Restart = new Esp32RestartControl();
        }

        /// <inheritdoc/>
        public DisplayWiring Display
        {
            get
            {
                ThrowIfDisposed();
                return _display;
            }
        }

        /// <inheritdoc/>
        public PrinterWiring Printer
        {
            get
            {
                ThrowIfDisposed();
                return _printer;
            }
        }

        /// <inheritdoc/>
        public KeypadWiring Keypad
        {
            get
            {
                ThrowIfDisposed();
                return _keypad;
            }
        }

        /// <inheritdoc/>
        public CardReaderWiring CardReader
        {
            get
            {
                ThrowIfDisposed();
                return _cardReader;
            }
        }

        /// <inheritdoc/>
        public ScannerWiring Scanner
        {
            get
            {
                ThrowIfDisposed();
                return _scanner;
            }
        }

        /// <inheritdoc/>
        public PlatformWiring Platform
        {
            get
            {
                ThrowIfDisposed();
                return _platform;
            }
        }

        /// <inheritdoc/>
        public IFileStorage Storage
        {
            get
            {
                ThrowIfDisposed();
                return _storage;
            }
        }

        /// <inheritdoc/>
        public IIdentityWitness IdentityWitness
        {
            get
            {
                ThrowIfDisposed();
                return _identityWitness;
            }
        }

        /// <inheritdoc/>
        public IClock Clock
        {
            get
            {
                ThrowIfDisposed();
                return _clock;
            }
        }

        /// <inheritdoc/>
        public IHttpLink HostLink
        {
            get
            {
                ThrowIfDisposed();
                return _hostLink;
            }
        }

        /// <summary>Releases every bus and pin the board opened. Files opened on <see cref="Storage"/> are their opener's to close.</summary>
        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _scannerPort.Dispose();
            _printerPort.Dispose();
            _readerI2c.Dispose();
            _displaySpi.Dispose();
            _gpio.Dispose();
            _witnessEeprom.Dispose();
            if (_hostLink != null)
            {
                _hostLink.Dispose();
            }
        }

        private static void RouteBusPins()
        {
            // nanoFramework.Hardware.Esp32 Configuration.SetPinFunction routes a GPIO to a peripheral
            // signal through the ESP32 GPIO matrix; it has to happen before the bus is opened.
            Configuration.SetPinFunction(I2cDataPin, DeviceFunction.I2C1_DATA);
            Configuration.SetPinFunction(I2cClockPin, DeviceFunction.I2C1_CLOCK);

            Configuration.SetPinFunction(DisplayClockPin, DeviceFunction.SPI1_CLOCK);
            Configuration.SetPinFunction(DisplayDataPin, DeviceFunction.SPI1_MOSI);
            Configuration.SetPinFunction(DisplayReadPin, DeviceFunction.SPI1_MISO);

            Configuration.SetPinFunction(PrinterTransmitPin, DeviceFunction.COM2_TX);
            Configuration.SetPinFunction(PrinterReceivePin, DeviceFunction.COM2_RX);
            Configuration.SetPinFunction(PrinterBusyPin, DeviceFunction.COM2_CTS);

            Configuration.SetPinFunction(ScannerTransmitPin, DeviceFunction.COM3_TX);
            Configuration.SetPinFunction(ScannerReceivePin, DeviceFunction.COM3_RX);

            // Plain GPIOs (display CS/DC/RESET/backlight, scanner trigger, NFC IRQ/RESET, keypad) need no
            // routing: their drivers open them through System.Device.Gpio with the numbers above.
        }

        private void ThrowIfDisposed()
        {
            if (_disposed)
            {
                throw new ObjectDisposedException("Esp32Board");
            }
        }
    }
}
