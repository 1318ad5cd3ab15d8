using System;
using System.Collections.Generic;
using Terminal.Hal.Buses;
using Terminal.Hal.Simulated.Buses;
using Terminal.Hal.Simulated.Time;

namespace Terminal.Hal.Simulated.Display
{
    /// <summary>
    /// An ST7789V (or ILI9341) TFT controller at the SPI bus: it decodes every byte clocked in by the level of
    /// the D/C pin, keeps a 240x320 frame memory (GRAM), honours CASET/RASET/RAMWR windows, MADCTL, COLMOD,
    /// sleep and display on/off, and answers RDDID, RDID4 and RDDPM on the data-out line. The real driver runs
    /// over it unchanged.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Test backend: <see cref="NotAnswering"/> (a cracked MISO trace or a controller that hangs: reads idle
    /// high at 0xFF, writes ignored, state and memory kept) and <see cref="Unplugged"/> (the ribbon cable out:
    /// nothing answers; plugging it back powers the controller up fresh: memory garbage, asleep, display off).
    /// With a <see cref="ManualClock"/>, commands sent sooner after SWRESET, SLPOUT or a hardware reset than the
    /// datasheet allows are counted in <see cref="TimingViolations"/>.
    /// </para>
    /// <para>
    /// Model of MADCTL (ST7789V 9.1.28): a pixel at window address (column, row) lands in GRAM at
    /// (column, row), swapped when MV is set, then mirrored across the glass for MX (columns) and MY (rows).
    /// <see cref="GetPixel"/> reads back through the same mapping, so a test sees what the driver meant to draw;
    /// <see cref="GetGlassPixel"/> sees the glass as built.
    /// </para>
    /// </remarks>
    public sealed class SimulatedSt7789 : ISpiDevice
    {
        /// <summary>Columns of the controller's memory.</summary>
        public const int GlassWidth = 240;

        /// <summary>Rows of the controller's memory.</summary>
        public const int GlassHeight = 320;

        /// <summary>What the memory holds after power-up, as seen in the tests: a pattern no screen draws.</summary>
        public const ushort PowerUpGarbage = 0xA51F;

        private const byte NOP = 0x00;
        private const byte SWRESET = 0x01;
        private const byte RDDID = 0x04;
        private const byte RDDPM = 0x0A;
        private const byte SLPIN = 0x10;
        private const byte SLPOUT = 0x11;
        private const byte NORON = 0x13;
        private const byte INVOFF = 0x20;
        private const byte INVON = 0x21;
        private const byte DISPOFF = 0x28;
        private const byte DISPON = 0x29;
        private const byte CASET = 0x2A;
        private const byte RASET = 0x2B;
        private const byte RAMWR = 0x2C;
        private const byte MADCTL = 0x36;
        private const byte COLMOD = 0x3A;
        private const byte RDID4 = 0xD3;

        // ST7789V 9.1.2 / 9.1.12 and the reset timing (7.4.5): no command within 5 ms of SWRESET, SLPOUT or a
        // reset; the driver's tables wait 120 ms, so this is a floor that catches a missing wait.
        private const long WakeUpMilliseconds = 5;

        private readonly SimulatedOutputPin _dataCommand;
        private readonly SimulatedOutputPin? _reset;
        private readonly SimulatedOutputPin? _backlight;
        private readonly ManualClock? _clock;
        private readonly ushort[] _memory = new ushort[GlassWidth * GlassHeight];
        private readonly byte[] _parameterBytes = new byte[4];
        private readonly List<byte> _commands = new List<byte>();
        private bool _unplugged;
        private byte _command;
        private int _parameterCount;
        private bool _memoryWrite;
        private int _pixelBytes;
        private int _pixelAccumulator;
        private int _columnStart;
        private int _columnEnd;
        private int _rowStart;
        private int _rowEnd;
        private int _column;
        private int _row;
        private long _busyUntilMilliseconds;

        /// <summary>Creates a controller as just powered: asleep, display off, memory garbage.</summary>
        /// <param name="controller">Which controller to be.</param>
        /// <param name="dataCommand">The D/C pin the driver drives (read at every byte).</param>
        /// <param name="reset">The reset pin, active low, or <c>null</c> when tied high. Held low, the controller ignores the bus; a rising edge resets it.</param>
        /// <param name="backlight">The backlight pin (high = lit), or <c>null</c> when always lit.</param>
        /// <param name="clock">A fake clock to check the datasheet's waits, or <c>null</c> not to check them.</param>
        public SimulatedSt7789(EmulatedController controller, SimulatedOutputPin dataCommand, SimulatedOutputPin? reset = null, SimulatedOutputPin? backlight = null, ManualClock? clock = null)
        {
            Controller = controller;
            _dataCommand = dataCommand ?? throw new ArgumentNullException(nameof(dataCommand));
            _reset = reset;
            _backlight = backlight;
            _clock = clock;
            if (_reset != null)
            {
                _reset.Changed += OnResetChanged;
            }

            PowerUp();
        }

        /// <summary>Gets the controller emulated.</summary>
        public EmulatedController Controller { get; }

        /// <summary>Gets or sets whether the controller stops answering: reads return 0xFF (MISO idles high), writes are ignored, state and memory are kept.</summary>
        public bool NotAnswering { get; set; }

        /// <summary>
        /// Gets or sets whether the cable is pulled. While pulled nothing answers (reads 0xFF) and nothing is
        /// received. Setting it back to <c>false</c> powers the controller up afresh: memory garbage
        /// (<see cref="PowerUpGarbage"/>), asleep, display off, registers at their reset values.
        /// </summary>
        public bool Unplugged
        {
            get
            {
                return _unplugged;
            }

            set
            {
                if (_unplugged && !value)
                {
                    PowerUp();
                }

                _unplugged = value;
            }
        }

        /// <summary>Gets or sets whether <see cref="Commands"/> records every command byte (turn off in benchmarks: the log allocates as it grows).</summary>
        public bool RecordCommands { get; set; } = true;

        /// <summary>Gets every command byte received, in order, since creation (while <see cref="RecordCommands"/> was on).</summary>
        public IReadOnlyList<byte> Commands => _commands;

        /// <summary>Gets how many bytes the bus clocked towards the controller, whether or not it was there to receive them.</summary>
        public long BytesClocked { get; private set; }

        /// <summary>Gets how many pixels were written into memory.</summary>
        public long PixelsWritten { get; private set; }

        /// <summary>Gets how many commands came sooner after a reset, SWRESET or SLPOUT than the datasheet allows (needs a clock).</summary>
        public int TimingViolations { get; private set; }

        /// <summary>Gets how many times the controller was reset (power-up, reset pin, SWRESET).</summary>
        public int Resets { get; private set; }

        /// <summary>Gets whether the controller sleeps (true after reset until SLPOUT).</summary>
        public bool Sleeping { get; private set; }

        /// <summary>Gets whether the display is on (DISPON).</summary>
        public bool DisplayOn { get; private set; }

        /// <summary>Gets whether the colours are inverted (INVON).</summary>
        public bool Inverted { get; private set; }

        /// <summary>Gets the memory access control byte (MADCTL).</summary>
        public byte MemoryAccessControl { get; private set; }

        /// <summary>Gets the interface pixel format (COLMOD): 0x55 for 16 bits per pixel, 0x66 (the reset value) for 18.</summary>
        public byte PixelFormat { get; private set; }

        /// <summary>Gets whether the backlight is lit (always, without a backlight pin).</summary>
        public bool BacklightOn => _backlight == null || _backlight.Level;

        /// <summary>Gets whether a viewer sees the memory: powered, plugged, awake, display on, backlight lit.</summary>
        public bool ShowsImage => !_unplugged && !Sleeping && DisplayOn && BacklightOn;

        /// <summary>Gets the width of the picture as addressed by the driver: 320 when MADCTL exchanges rows and columns, otherwise 240.</summary>
        public int Width => Exchanged ? GlassHeight : GlassWidth;

        /// <summary>Gets the height of the picture as addressed by the driver.</summary>
        public int Height => Exchanged ? GlassWidth : GlassHeight;

        private bool Exchanged => (MemoryAccessControl & 0x20) != 0;

        private bool HeldInReset => _reset != null && !_reset.Level;

        /// <summary>Reads a pixel at the address the driver writes to (through MADCTL), as RGB565.</summary>
        /// <param name="x">Column address, 0 to <see cref="Width"/> - 1.</param>
        /// <param name="y">Row address, 0 to <see cref="Height"/> - 1.</param>
        /// <returns>The colour in memory.</returns>
        public ushort GetPixel(int x, int y)
        {
            if (x < 0 || x >= Width || y < 0 || y >= Height)
            {
                throw new ArgumentOutOfRangeException(nameof(x), "The pixel lies outside the memory.");
            }

            return _memory[GlassIndex(x, y)];
        }

        /// <summary>Reads a pixel of the glass as built (native portrait, no MADCTL mapping).</summary>
        /// <param name="column">0 to 239.</param>
        /// <param name="row">0 to 319.</param>
        /// <returns>The colour in memory.</returns>
        public ushort GetGlassPixel(int column, int row)
        {
            if (column < 0 || column >= GlassWidth || row < 0 || row >= GlassHeight)
            {
                throw new ArgumentOutOfRangeException(nameof(column), "The pixel lies outside the glass.");
            }

            return _memory[(row * GlassWidth) + column];
        }

        /// <summary>Copies the memory as addressed by the driver (<see cref="Width"/> by <see cref="Height"/>, row by row).</summary>
        /// <returns>The pixels.</returns>
        public ushort[] CopyFrame()
        {
            int width = Width;
            int height = Height;
            var frame = new ushort[width * height];
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    frame[(y * width) + x] = _memory[GlassIndex(x, y)];
                }
            }

            return frame;
        }

        /// <inheritdoc/>
        public void Write(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            if (offset < 0 || count < 1 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count), "The range lies outside the buffer.");
            }

            BytesClocked += count;
            if (!Receiving)
            {
                return;
            }

            bool data = _dataCommand.Level;
            for (int index = offset; index < offset + count; index++)
            {
                Receive(buffer[index], data);
            }
        }

        /// <inheritdoc/>
        public void TransferFullDuplex(byte[] writeBuffer, byte[] readBuffer)
        {
            ArgumentNullException.ThrowIfNull(writeBuffer);
            ArgumentNullException.ThrowIfNull(readBuffer);
            if (readBuffer.Length < writeBuffer.Length)
            {
                throw new ArgumentException("The read buffer is shorter than the write buffer.", nameof(readBuffer));
            }

            BytesClocked += writeBuffer.Length;
            for (int index = 0; index < writeBuffer.Length; index++)
            {
                readBuffer[index] = 0xFF;
            }

            if (!Receiving || writeBuffer.Length == 0)
            {
                return;
            }

            bool data = _dataCommand.Level;
            byte first = writeBuffer[0];
            Receive(first, data);
            if (data || !IsRead(first))
            {
                for (int index = 1; index < writeBuffer.Length; index++)
                {
                    Receive(writeBuffer[index], data);
                }

                return;
            }

            // A read command: the controller drives the data-out line for the rest of the frame and ignores MOSI.
            uint answer;
            int dummyBits;
            switch (first)
            {
                case RDDPM:
                    answer = (uint)PowerMode() << 24;
                    dummyBits = 0;
                    break;
                case RDDID:
                    // ST7789V 9.1.3: one dummy clock, then ID1 ID2 ID3. An ILI9341 answers RDDID with zeros after a dummy byte.
                    answer = Controller == EmulatedController.St7789 ? 0x85855200u : 0u;
                    dummyBits = Controller == EmulatedController.St7789 ? 1 : 8;
                    break;
                default:
                    // RDID4 (D3h): ILI9341 8.3.23, a dummy byte then 0x00 0x93 0x41. The ST7789V has no D3h and leaves the line idle.
                    if (Controller != EmulatedController.Ili9341)
                    {
                        return;
                    }

                    answer = 0x00934100u;
                    dummyBits = 8;
                    break;
            }

            // The controller drives the line low during the dummy period and after the answer.
            ulong stream = (ulong)answer << (32 - dummyBits);
            for (int index = 1; index < writeBuffer.Length; index++)
            {
                int shift = 64 - (8 * index);
                readBuffer[index] = shift >= 0 ? (byte)(stream >> shift) : (byte)0;
            }
        }

        private bool Receiving => !_unplugged && !NotAnswering && !HeldInReset;

        private static bool IsRead(byte command)
        {
            return command == RDDID || command == RDDPM || command == RDID4;
        }

        private byte PowerMode()
        {
            // ST7789V 9.1.5: D7 booster on, D4 sleep out, D3 normal mode on, D2 display on; reset value 0x08.
            int mode = 0x08;
            if (!Sleeping)
            {
                mode |= 0x80 | 0x10;
            }

            if (DisplayOn)
            {
                mode |= 0x04;
            }

            return (byte)mode;
        }

        private void Receive(byte value, bool data)
        {
            if (!data)
            {
                StartCommand(value);
                return;
            }

            if (_memoryWrite)
            {
                ReceivePixelByte(value);
                return;
            }

            if (_parameterCount < _parameterBytes.Length)
            {
                _parameterBytes[_parameterCount] = value;
            }

            _parameterCount++;
            ApplyParameters();
        }

        private void StartCommand(byte command)
        {
            CheckTiming();
            if (RecordCommands)
            {
                _commands.Add(command);
            }

            _command = command;
            _parameterCount = 0;
            _memoryWrite = false;
            switch (command)
            {
                case SWRESET:
                    Reset();
                    break;
                case SLPIN:
                    Sleeping = true;
                    break;
                case SLPOUT:
                    Sleeping = false;
                    Busy();
                    break;
                case INVON:
                    Inverted = true;
                    break;
                case INVOFF:
                    Inverted = false;
                    break;
                case DISPON:
                    DisplayOn = true;
                    break;
                case DISPOFF:
                    DisplayOn = false;
                    break;
                case RAMWR:
                    // ST7789V 9.1.22: the write starts at the window's start, whatever was written before.
                    _memoryWrite = true;
                    _column = _columnStart;
                    _row = _rowStart;
                    _pixelBytes = 0;
                    break;
            }
        }

        private void ApplyParameters()
        {
            switch (_command)
            {
                case CASET when _parameterCount == 4:
                    _columnStart = (_parameterBytes[0] << 8) | _parameterBytes[1];
                    _columnEnd = (_parameterBytes[2] << 8) | _parameterBytes[3];
                    break;
                case RASET when _parameterCount == 4:
                    _rowStart = (_parameterBytes[0] << 8) | _parameterBytes[1];
                    _rowEnd = (_parameterBytes[2] << 8) | _parameterBytes[3];
                    break;
                case MADCTL when _parameterCount == 1:
                    MemoryAccessControl = _parameterBytes[0];
                    break;
                case COLMOD when _parameterCount == 1:
                    PixelFormat = _parameterBytes[0];
                    break;
            }
        }

        private void ReceivePixelByte(byte value)
        {
            // 16 bits per pixel after COLMOD 0x55; otherwise 18 bits sent as three bytes (R, G, B in the high 6 bits).
            bool sixteenBits = (PixelFormat & 0x07) == 0x05;
            _pixelAccumulator = (_pixelAccumulator << 8) | value;
            _pixelBytes++;
            if (sixteenBits && _pixelBytes == 2)
            {
                StorePixel((ushort)_pixelAccumulator);
            }
            else if (!sixteenBits && _pixelBytes == 3)
            {
                int red = (_pixelAccumulator >> 16) & 0xFF;
                int green = (_pixelAccumulator >> 8) & 0xFF;
                int blue = _pixelAccumulator & 0xFF;
                StorePixel((ushort)(((red >> 3) << 11) | ((green >> 2) << 5) | (blue >> 3)));
            }
            else
            {
                return;
            }

            _pixelBytes = 0;
            _pixelAccumulator = 0;
        }

        private void StorePixel(ushort color)
        {
            // A window that reaches past the memory writes nothing there (the controller drops it).
            if (_column < Width && _row < Height && _columnStart <= _columnEnd && _rowStart <= _rowEnd)
            {
                _memory[GlassIndex(_column, _row)] = color;
                PixelsWritten++;
            }

            // ST7789V 8.12: the address counter runs along the row, then wraps to the next row, then to the window's top.
            _column++;
            if (_column > _columnEnd)
            {
                _column = _columnStart;
                _row++;
                if (_row > _rowEnd)
                {
                    _row = _rowStart;
                }
            }
        }

        private int GlassIndex(int x, int y)
        {
            int column = x;
            int row = y;
            if (Exchanged)
            {
                column = y;
                row = x;
            }

            if ((MemoryAccessControl & 0x40) != 0)
            {
                column = GlassWidth - 1 - column;
            }

            if ((MemoryAccessControl & 0x80) != 0)
            {
                row = GlassHeight - 1 - row;
            }

            return (row * GlassWidth) + column;
        }

        private void OnResetChanged(bool high)
        {
            if (high && !_unplugged)
            {
                Reset();
            }
        }

        private void PowerUp()
        {
            Array.Fill(_memory, PowerUpGarbage);

            Reset();

            // Plugging a cable in is not something the driver did: it cannot wait for it, so it is not held to it.
            _busyUntilMilliseconds = 0;
        }

        private void Reset()
        {
            // Register reset values (ST7789V 9.1.2 "Default value"): asleep, display off, 18-bit format, no mirroring.
            Resets++;
            Sleeping = true;
            DisplayOn = false;
            Inverted = false;
            MemoryAccessControl = 0;
            PixelFormat = 0x66;
            _columnStart = 0;
            _columnEnd = GlassWidth - 1;
            _rowStart = 0;
            _rowEnd = GlassHeight - 1;
            _memoryWrite = false;
            _pixelBytes = 0;
            _pixelAccumulator = 0;
            Busy();
        }

        private void Busy()
        {
            if (_clock != null)
            {
                _busyUntilMilliseconds = _clock.MonotonicMilliseconds + WakeUpMilliseconds;
            }
        }

        private void CheckTiming()
        {
            if (_clock != null && _clock.MonotonicMilliseconds < _busyUntilMilliseconds)
            {
                TimingViolations++;
            }
        }
    }
}
