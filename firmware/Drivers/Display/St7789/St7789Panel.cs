using System;
using Terminal.Hal.Buses;
using Terminal.Hal.Display;

namespace Terminal.Drivers.Display.St7789
{
    /// <summary>
    /// Drives an ST7789V or ILI9341 TFT controller over 4-wire SPI (SCLK, MOSI, MISO, CS) with a D/C line, a
    /// reset line and a backlight switch. Portable: it talks only to our bus contracts.
    /// </summary>
    /// <remarks>
    /// <para>
    /// How it notices a panel that is gone or came back: SPI writes are never acknowledged, so every update
    /// is bracketed by a one-byte status read, RDDPM (0Ah). A panel that is not there reads as the idle data
    /// line (0x00 or 0xFF; bits 1-0 of RDDPM are always 0, so 0xFF is never a real answer). A panel that
    /// answers without "sleep out" and "display on" has been reset behind the driver's back (power dip,
    /// re-plugged cable): <see cref="BeginFrame"/> runs the whole initialisation again and returns
    /// <see cref="PanelStatus.ContentLost"/>, so the canvas sends a whole frame. The bracket costs 4 bytes
    /// per update.
    /// </para>
    /// <para>
    /// Reads: RDDPM returns one byte right after the command byte. The identity (RDDID on ST7789V, RDID4 on
    /// ILI9341) is 24 bits after a dummy period: one clock on ST7789V (9.1.3), one byte on ILI9341 (8.3.23).
    /// D/C stays low for the whole read frame, because <see cref="ISpiDevice.TransferFullDuplex"/> is one
    /// chip-select frame; the controllers ignore the data line while they answer.
    /// </para>
    /// <para>
    /// The backlight is lit by the first complete frame after each initialisation (<see cref="EndFrame"/>), so
    /// the garbage a controller wakes up with is never seen and a terminal whose app only draws still lights its
    /// screen. <see cref="SetBacklight"/> switches it at any time after that; it stays as set until the next
    /// initialisation.
    /// </para>
    /// <para>Owns nothing: the board created the SPI device and pins and disposes them. Not thread-safe.</para>
    /// </remarks>
    public sealed class St7789Panel : IPixelPanel
    {
        /// <summary>The ST7789V's identity from RDDID: manufacturer 0x85, version 0x85, module 0x52.</summary>
        public const int St7789Identity = 0x858552;

        /// <summary>The ILI9341's identity from RDID4: IC version 0x00, IC model 0x9341.</summary>
        public const int Ili9341Identity = 0x009341;

        // RDDPM bits (ST7789V 9.1.5, ILI9341 8.2.5).
        private const int PowerModeSleepOut = 0x10;
        private const int PowerModeDisplayOn = 0x04;

        // MADCTL bits (ST7789V 9.1.28).
        private const int MemoryRowOrder = 0x80;      // MY
        private const int MemoryColumnOrder = 0x40;   // MX
        private const int MemoryRowColumnExchange = 0x20; // MV
        private const int MemoryBlueGreenRed = 0x08;  // BGR

        // Reset: RESX low for at least 10 us (ST7789V 7.4.5, ILI9341 15.4: TRW), then 120 ms before the first
        // command when the controller may have been awake (TRT, same sections). 1 ms is the delay's resolution.
        private const int ResetPulseMilliseconds = 1;
        private const int ResetRecoveryMilliseconds = 120;

        private readonly ISpiDevice _spi;
        private readonly IDigitalOutput _dataCommand;
        private readonly IDigitalOutput _reset;
        private readonly IDigitalOutput _backlight;
        private readonly St7789Settings _settings;
        private readonly InitializationStep[] _sequence;
        private readonly LinkCounters _counters = new LinkCounters();
        private readonly byte[] _command = new byte[1];
        private readonly byte[] _parameters = new byte[4];
        private readonly byte[] _powerModeWrite = new byte[2];
        private readonly byte[] _powerModeRead = new byte[2];
        private readonly byte[] _identityWrite = new byte[5];
        private readonly byte[] _identityRead = new byte[5];
        private readonly int _width;
        private readonly int _height;
        private readonly byte _memoryAccess;
        private long _bytesSent;
        private bool _initialized;
        private bool _lost;
        private bool _lightAfterFrame;

        /// <summary>Creates the driver. Nothing is sent until <see cref="Initialize"/> or <see cref="BeginFrame"/>.</summary>
        /// <param name="spi">The controller on its SPI bus (mode 0, up to 40 MHz writes; reads need 15 MHz or less on ST7789V).</param>
        /// <param name="dataCommand">The D/C line: low for a command byte, high for parameters and pixels.</param>
        /// <param name="reset">The RESX line, active low; <c>null</c> when it is tied high (the driver then relies on SWRESET).</param>
        /// <param name="backlight">The backlight switch; <c>null</c> when the backlight is always on.</param>
        /// <param name="settings">The panel's build and mounting.</param>
        /// <exception cref="ArgumentNullException"><paramref name="spi"/>, <paramref name="dataCommand"/> or <paramref name="settings"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The settings' size or offsets do not fit the controller's 240x320 memory.</exception>
        public St7789Panel(ISpiDevice spi, IDigitalOutput dataCommand, IDigitalOutput reset, IDigitalOutput backlight, St7789Settings settings)
        {
            if (spi == null)
            {
                throw new ArgumentNullException(nameof(spi));
            }

            if (dataCommand == null)
            {
                throw new ArgumentNullException(nameof(dataCommand));
            }

            if (settings == null)
            {
                throw new ArgumentNullException(nameof(settings));
            }

            if (settings.NativeWidth < 1 || settings.ColumnOffset < 0 || settings.NativeWidth + settings.ColumnOffset > 240)
            {
                throw new ArgumentOutOfRangeException(nameof(settings), "The width and column offset must fit the controller's 240 columns.");
            }

            if (settings.NativeHeight < 1 || settings.RowOffset < 0 || settings.NativeHeight + settings.RowOffset > 320)
            {
                throw new ArgumentOutOfRangeException(nameof(settings), "The height and row offset must fit the controller's 320 rows.");
            }

            _spi = spi;
            _dataCommand = dataCommand;
            _reset = reset;
            _backlight = backlight;
            _settings = settings;
            _sequence = InitializationSequences.For(settings.Controller);
            bool landscape = settings.Rotation == PanelRotation.Landscape || settings.Rotation == PanelRotation.LandscapeFlipped;
            _width = landscape ? settings.NativeHeight : settings.NativeWidth;
            _height = landscape ? settings.NativeWidth : settings.NativeHeight;
            _memoryAccess = MemoryAccessFor(settings);
            _powerModeWrite[0] = (byte)St7789Command.RDDPM;
            _identityWrite[0] = (byte)(settings.Controller == PanelController.Ili9341 ? St7789Command.RDID4 : St7789Command.RDDID);
        }

        /// <inheritdoc/>
        public int Width
        {
            get { return _width; }
        }

        /// <inheritdoc/>
        public int Height
        {
            get { return _height; }
        }

        /// <inheritdoc/>
        public long BytesSent
        {
            get { return _bytesSent; }
        }

        /// <inheritdoc/>
        public LinkCounters Counters
        {
            get { return _counters; }
        }

        /// <summary>Gets the identity this driver expects from its controller.</summary>
        public int ExpectedIdentity
        {
            get { return _settings.Controller == PanelController.Ili9341 ? Ili9341Identity : St7789Identity; }
        }

        /// <summary>Gets the MADCTL byte the settings call for (orientation and colour order).</summary>
        public byte MemoryAccessControl
        {
            get { return _memoryAccess; }
        }

        /// <inheritdoc/>
        public PanelStatus Probe(out int controllerIdentity)
        {
            for (int index = 1; index < _identityWrite.Length; index++)
            {
                _identityWrite[index] = 0;
            }

            _dataCommand.Write(false);
            _spi.TransferFullDuplex(_identityWrite, _identityRead);
            _bytesSent += _identityWrite.Length;

            if (IsIdle(_identityRead, 1, 4))
            {
                controllerIdentity = (_identityRead[1] << 16) | (_identityRead[2] << 8) | _identityRead[3];
                _counters.CountTimeout();
                return PanelStatus.NotAnswering;
            }

            if (_settings.Controller == PanelController.Ili9341)
            {
                // One dummy byte, then three identity bytes (ILI9341 8.3.23).
                controllerIdentity = (_identityRead[2] << 16) | (_identityRead[3] << 8) | _identityRead[4];
            }
            else
            {
                // One dummy clock, then 24 identity bits (ST7789V 9.1.3): shift the 32 bits read left by one.
                uint bits = ((uint)_identityRead[1] << 24) | ((uint)_identityRead[2] << 16) | ((uint)_identityRead[3] << 8) | _identityRead[4];
                controllerIdentity = (int)((bits >> 7) & 0xFFFFFF);
            }

            if (controllerIdentity != ExpectedIdentity)
            {
                _counters.CountMalformedFrame();
                return PanelStatus.WrongController;
            }

            return PanelStatus.Ready;
        }

        /// <inheritdoc/>
        public PanelStatus Initialize()
        {
            _initialized = false;
            if (_reset != null)
            {
                _reset.Write(false);
                _settings.Delay(ResetPulseMilliseconds);
                _reset.Write(true);
                _settings.Delay(ResetRecoveryMilliseconds);
            }

            int identity;
            PanelStatus status = Probe(out identity);
            if (status != PanelStatus.Ready)
            {
                // Nobody (or the wrong chip) there: sending the sequence would only be more bytes into nothing.
                _lost = true;
                return status;
            }

            for (int index = 0; index < _sequence.Length; index++)
            {
                InitializationStep step = _sequence[index];
                St7789Command command = step.Command;
                if (command == St7789Command.INVON || command == St7789Command.INVOFF)
                {
                    command = _settings.InvertColors ? St7789Command.INVON : St7789Command.INVOFF;
                }

                SendCommand(command);
                if (command == St7789Command.MADCTL)
                {
                    _parameters[0] = _memoryAccess;
                    SendData(_parameters, 0, 1);
                }
                else if (step.Parameters.Length > 0)
                {
                    SendData(step.Parameters, 0, step.Parameters.Length);
                }

                if (step.DelayAfterMilliseconds > 0)
                {
                    _settings.Delay(step.DelayAfterMilliseconds);
                }
            }

            int powerMode;
            status = ReadPowerMode(out powerMode);
            if (status != PanelStatus.Ready)
            {
                _lost = true;
                return status;
            }

            if (_lost)
            {
                _counters.CountReconnect();
                _lost = false;
            }

            _initialized = true;
            _lightAfterFrame = true;
            return PanelStatus.Ready;
        }

        /// <inheritdoc/>
        public PanelStatus BeginFrame()
        {
            int powerMode;
            PanelStatus status = ReadPowerMode(out powerMode);
            if (status == PanelStatus.Ready && _initialized)
            {
                if (_lost)
                {
                    // It stopped answering for a while but kept its state (a glitch on the bus, not a reset).
                    _counters.CountReconnect();
                    _lost = false;
                }

                return PanelStatus.Ready;
            }

            if (status == PanelStatus.NotAnswering)
            {
                _lost = true;
                return status;
            }

            // It answers but lost its state (or was never initialised): set it up again, then the caller sends a
            // whole frame because the frame memory holds whatever the controller woke up with.
            _lost = true;
            status = Initialize();
            return status == PanelStatus.Ready ? PanelStatus.ContentLost : status;
        }

        /// <inheritdoc/>
        public void SetWindow(int x, int y, int width, int height)
        {
            if (x < 0 || width < 1 || x + width > _width || x >= _width)
            {
                throw new ArgumentOutOfRangeException(nameof(x), "The window's columns lie outside the panel.");
            }

            if (y < 0 || height < 1 || y + height > _height || y >= _height)
            {
                throw new ArgumentOutOfRangeException(nameof(y), "The window's rows lie outside the panel.");
            }

            // With MV set the controller counts columns along the glass's rows: the offsets swap with the axes.
            bool exchanged = (_memoryAccess & MemoryRowColumnExchange) != 0;
            int columnOffset = exchanged ? _settings.RowOffset : _settings.ColumnOffset;
            int rowOffset = exchanged ? _settings.ColumnOffset : _settings.RowOffset;
            SendAddressRange(St7789Command.CASET, x + columnOffset, x + columnOffset + width - 1);
            SendAddressRange(St7789Command.RASET, y + rowOffset, y + rowOffset + height - 1);
            SendCommand(St7789Command.RAMWR);
        }

        /// <inheritdoc/>
        public void WritePixels(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(nameof(buffer));
            }

            if (offset < 0 || count < 2 || (count & 1) != 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count), "Pixels are an even number of bytes, 2 or more, inside the buffer.");
            }

            SendData(buffer, offset, count);
        }

        /// <inheritdoc/>
        public PanelStatus EndFrame()
        {
            int powerMode;
            PanelStatus status = ReadPowerMode(out powerMode);
            if (status == PanelStatus.Ready)
            {
                if (_lightAfterFrame)
                {
                    // The first whole frame since initialisation is on the glass: now it may be seen.
                    _lightAfterFrame = false;
                    SetBacklight(true);
                }

                return PanelStatus.Ready;
            }

            // Gone or reset during the update: what was written may not be on the glass. The next BeginFrame
            // finds out which and initialises again if it must.
            _lost = true;
            if (status == PanelStatus.ContentLost)
            {
                _initialized = false;
            }

            return status;
        }

        /// <inheritdoc/>
        public void SetBacklight(bool on)
        {
            if (_backlight != null)
            {
                _backlight.Write(on == _settings.BacklightActiveHigh);
            }
        }

        // Ready: answering and running (sleep out, display on); ContentLost: answering but reset; NotAnswering.
        private PanelStatus ReadPowerMode(out int powerMode)
        {
            _powerModeWrite[1] = 0;
            _dataCommand.Write(false);
            _spi.TransferFullDuplex(_powerModeWrite, _powerModeRead);
            _bytesSent += _powerModeWrite.Length;
            powerMode = _powerModeRead[1];
            if (powerMode == 0x00 || powerMode == 0xFF)
            {
                _counters.CountTimeout();
                return PanelStatus.NotAnswering;
            }

            int running = PowerModeSleepOut | PowerModeDisplayOn;
            return (powerMode & running) == running ? PanelStatus.Ready : PanelStatus.ContentLost;
        }

        private void SendAddressRange(St7789Command command, int start, int end)
        {
            SendCommand(command);
            _parameters[0] = (byte)(start >> 8);
            _parameters[1] = (byte)start;
            _parameters[2] = (byte)(end >> 8);
            _parameters[3] = (byte)end;
            SendData(_parameters, 0, 4);
        }

        private void SendCommand(St7789Command command)
        {
            _command[0] = (byte)command;
            _dataCommand.Write(false);
            _spi.Write(_command, 0, 1);
            _bytesSent++;
        }

        private void SendData(byte[] buffer, int offset, int count)
        {
            _dataCommand.Write(true);
            _spi.Write(buffer, offset, count);
            _bytesSent += count;
        }

        private static bool IsIdle(byte[] read, int offset, int count)
        {
            bool allZero = true;
            bool allOnes = true;
            for (int index = offset; index < offset + count; index++)
            {
                allZero &= read[index] == 0x00;
                allOnes &= read[index] == 0xFF;
            }

            return allZero || allOnes;
        }

        private static byte MemoryAccessFor(St7789Settings settings)
        {
            int value;
            switch (settings.Rotation)
            {
                case PanelRotation.Landscape:
                    value = MemoryColumnOrder | MemoryRowColumnExchange;
                    break;
                case PanelRotation.PortraitFlipped:
                    value = MemoryColumnOrder | MemoryRowOrder;
                    break;
                case PanelRotation.LandscapeFlipped:
                    value = MemoryRowOrder | MemoryRowColumnExchange;
                    break;
                default:
                    value = 0;
                    break;
            }

            if (settings.Controller == PanelController.Ili9341)
            {
                // ILI9341 modules mount the glass mirrored left to right against the ST7789's convention: flip MX
                // (Adafruit's and nanoFramework's ILI9341 drivers use 0x48 for portrait).
                value ^= MemoryColumnOrder;
            }

            if (settings.BlueGreenRedOrder)
            {
                value |= MemoryBlueGreenRed;
            }

            return (byte)value;
        }
    }
}
