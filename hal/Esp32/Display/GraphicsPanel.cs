using System;
using nanoFramework.UI;
using Terminal.Hal.Buses;
using Terminal.Hal.Display;

namespace Terminal.Hal.Esp32.Display
{
    /// <summary>
    /// An <see cref="IPixelPanel"/> drawn through nanoFramework.Graphics (package nanoFramework.Graphics, type
    /// <c>nanoFramework.UI.DisplayControl</c>): the firmware's native display driver sends the pixels, with the
    /// controller's init sequence from a managed driver package (nanoFramework.Graphics.St7789:
    /// <c>nanoFramework.UI.GraphicDrivers.St7789.GraphicDriver</c>; nanoFramework.Graphics.Ili9341 likewise).
    /// </summary>
    /// <remarks>
    /// <para>
    /// APIs used (nanoframework/nanoFramework.Graphics, DisplayControl.cs and the native
    /// nanoFramework_Graphics_nanoFramework_UI_DisplayControl.cpp):
    /// <c>uint DisplayControl.Initialize(SpiConfiguration spi, ScreenConfiguration screen, uint bufferSize)</c>;
    /// <c>SpiConfiguration(byte spiBus, int chipselect, int dataCommand, int reset, int backLight)</c>;
    /// <c>ScreenConfiguration(ushort x, ushort y, ushort width, ushort height, GraphicDriver graphicDriver)</c>;
    /// <c>bool DisplayControl.ChangeOrientation(DisplayOrientation)</c>;
    /// <c>void DisplayControl.Write(ushort x, ushort y, ushort width, ushort height, ushort[] colors)</c>, whose
    /// native side blits <c>width</c> x <c>height</c> values from the start of the array (stride = width), so a
    /// larger preallocated array is fine, and which takes colours as BGR565 (its doc comment): this panel swaps
    /// red and blue unless told not to.
    /// </para>
    /// <para>
    /// When to pick which: <b><c>St7789Panel</c> over <see cref="Esp32SpiDevice"/> is the default.</b> It reads
    /// the controller's identity and power mode, so a panel that stops answering or comes back reset is found
    /// (HW-DISPLAY), and it is the code the tests run. This panel has no read path: the native driver owns the bus,
    /// so <see cref="Probe"/> cannot tell a dead panel from a live one, and a re-plugged panel stays dark until the
    /// next <see cref="Initialize"/>. Pick it only when the firmware image's native driver must own the display
    /// (another component draws with nanoFramework.Graphics' <c>Bitmap</c>, or native blits are needed for speed);
    /// the canvas above it stays the same, so the screens are identical.
    /// </para>
    /// <para>Only display-enabled firmware images (ESP32_S3_ALL and similar) contain the native part.</para>
    /// </remarks>
    public sealed class GraphicsPanel : IPixelPanel
    {
        // Window overhead the native driver sends per blit: CASET, RASET (1 + 4 bytes each) and RAMWR.
        private const int WindowOverheadBytes = 11;
        private const int RowsPerBlit = 8;

        private readonly SpiConfiguration _spi;
        private readonly GraphicDriver _driver;
        private readonly DisplayOrientation _orientation;
        private readonly uint _bufferSizeBytes;
        private readonly IDigitalOutput _backlight;
        private readonly bool _swapRedAndBlue;
        private readonly int _width;
        private readonly int _height;
        private readonly ushort[] _pixels;
        private readonly LinkCounters _counters = new LinkCounters();
        private bool _initialized;
        private long _bytesSent;
        private int _windowX;
        private int _windowY;
        private int _windowWidth;
        private int _windowRowsDone;
        private int _filled;

        /// <summary>Creates the panel; nothing is sent until <see cref="Initialize"/>.</summary>
        /// <param name="spi">Bus and pins for the native driver: SPI1, CS 10, D/C 14, reset 21; pass -1 as backlight and hand the backlight pin to <paramref name="backlight"/>.</param>
        /// <param name="driver">The controller's managed driver, e.g. <c>nanoFramework.UI.GraphicDrivers.St7789.GraphicDriver</c>.</param>
        /// <param name="orientation">The orientation to set after initialisation (<c>DisplayOrientation.Portrait</c> for 240x320).</param>
        /// <param name="width">Width in pixels in that orientation (240).</param>
        /// <param name="height">Height in pixels in that orientation (320).</param>
        /// <param name="bufferSizeBytes">Graphics heap the native side reserves; small is enough, nothing here uses its Bitmap.</param>
        /// <param name="backlight">The backlight switch, or <c>null</c> when always lit.</param>
        /// <param name="swapRedAndBlue"><c>true</c> when the native path wants BGR565 (its documentation says so); check a red square on the glass.</param>
        public GraphicsPanel(SpiConfiguration spi, GraphicDriver driver, DisplayOrientation orientation, int width, int height, uint bufferSizeBytes, IDigitalOutput backlight, bool swapRedAndBlue)
        {
            if (driver == null)
            {
                throw new ArgumentNullException(nameof(driver));
            }

            if (width < 1 || height < 1 || width > 65535 || height > 65535)
            {
                throw new ArgumentOutOfRangeException(nameof(width), "The size must be positive.");
            }

            _spi = spi;
            _driver = driver;
            _orientation = orientation;
            _width = width;
            _height = height;
            _bufferSizeBytes = bufferSizeBytes;
            _backlight = backlight;
            _swapRedAndBlue = swapRedAndBlue;
            _pixels = new ushort[width * RowsPerBlit];
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
        /// <remarks>Estimated: pixel bytes plus the window overhead the native driver sends per blit.</remarks>
        public long BytesSent
        {
            get { return _bytesSent; }
        }

        /// <inheritdoc/>
        /// <remarks>Never counts anything: the native path reads nothing back.</remarks>
        public LinkCounters Counters
        {
            get { return _counters; }
        }

        /// <inheritdoc/>
        /// <remarks>
        /// Cannot read the controller (the native driver owns the bus): returns <see cref="PanelStatus.Ready"/> with
        /// identity 0 once initialised, <see cref="PanelStatus.NotAnswering"/> before. Use St7789Panel where the
        /// HW-DISPLAY self-test must see a dead panel.
        /// </remarks>
        public PanelStatus Probe(out int controllerIdentity)
        {
            controllerIdentity = 0;
            return _initialized ? PanelStatus.Ready : PanelStatus.NotAnswering;
        }

        /// <inheritdoc/>
        /// <exception cref="InvalidOperationException">The driver does not support the orientation asked for (a configuration error).</exception>
        public PanelStatus Initialize()
        {
            DisplayControl.Initialize(_spi, new ScreenConfiguration(0, 0, (ushort)_width, (ushort)_height, _driver), _bufferSizeBytes);
            if (DisplayControl.Orientation != _orientation && !DisplayControl.ChangeOrientation(_orientation))
            {
                throw new InvalidOperationException("The display driver does not support the orientation asked for.");
            }

            _initialized = true;
            return PanelStatus.Ready;
        }

        /// <inheritdoc/>
        public PanelStatus BeginFrame()
        {
            if (_initialized)
            {
                return PanelStatus.Ready;
            }

            PanelStatus status = Initialize();
            return status == PanelStatus.Ready ? PanelStatus.ContentLost : status;
        }

        /// <inheritdoc/>
        public void SetWindow(int x, int y, int width, int height)
        {
            if (x < 0 || width < 1 || x + width > _width)
            {
                throw new ArgumentOutOfRangeException(nameof(x), "The window's columns lie outside the panel.");
            }

            if (y < 0 || height < 1 || y + height > _height)
            {
                throw new ArgumentOutOfRangeException(nameof(y), "The window's rows lie outside the panel.");
            }

            _windowX = x;
            _windowY = y;
            _windowWidth = width;
            _windowRowsDone = 0;
            _filled = 0;
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

            for (int index = offset; index < offset + count; index += 2)
            {
                int rgb = (buffer[index] << 8) | buffer[index + 1];
                _pixels[_filled] = _swapRedAndBlue
                    ? (ushort)(((rgb & 0x001F) << 11) | (rgb & 0x07E0) | (rgb >> 11))
                    : (ushort)rgb;
                _filled++;
                if (_filled == _windowWidth * RowsPerBlit)
                {
                    Blit(RowsPerBlit);
                }
            }

            // Flush the whole rows gathered so far; a partial row waits for the next call.
            int rows = _filled / _windowWidth;
            if (rows > 0)
            {
                Blit(rows);
            }
        }

        /// <inheritdoc/>
        /// <remarks>Always <see cref="PanelStatus.Ready"/>: nothing can be read back.</remarks>
        public PanelStatus EndFrame()
        {
            return PanelStatus.Ready;
        }

        /// <inheritdoc/>
        public void SetBacklight(bool on)
        {
            if (_backlight != null)
            {
                _backlight.Write(on);
            }
        }

        private void Blit(int rows)
        {
            DisplayControl.Write((ushort)_windowX, (ushort)(_windowY + _windowRowsDone), (ushort)_windowWidth, (ushort)rows, _pixels);
            _bytesSent += WindowOverheadBytes + (2L * _windowWidth * rows);
            _windowRowsDone += rows;
            int used = rows * _windowWidth;
            int rest = _filled - used;
            if (rest > 0)
            {
                Array.Copy(_pixels, used, _pixels, 0, rest);
            }

            _filled = rest;
        }
    }
}
