using System;
using Terminal.Hal.Display;

namespace Terminal.Drivers.Display.Canvas
{
    /// <summary>
    /// The firmware's <see cref="ICanvas"/>: an RGB565 framebuffer in memory that knows what the panel shows,
    /// and on <see cref="Present"/> sends the panel only the pixels that differ, in as few bytes as it can.
    /// </summary>
    /// <remarks>
    /// <para>
    /// It keeps two frames: the one being drawn and the one last sent (what the glass shows). Drawing marks,
    /// per row, the column span of pixels it really changed; <see cref="Present"/> narrows each span to the
    /// pixels that differ from what the panel shows, so a screen may clear an area and draw the same text again
    /// and nothing is sent. The spans are then grouped into windows, top to bottom: a row joins the window
    /// above when the bytes it would add (the window grows to the union of both spans) are fewer than the
    /// bytes of its own window plus its <see cref="WindowOverheadBytes"/> of CASET/RASET/RAMWR.
    /// </para>
    /// <para>
    /// Memory: two 240x320 frames of 16-bit pixels are 300 KB, which the reference board's PSRAM holds easily
    /// (nanoFramework puts the managed heap there). Everything is allocated in the constructor; drawing and
    /// <see cref="Present"/> allocate nothing.
    /// </para>
    /// <para>
    /// When the panel does not take an update (<see cref="PanelStatus.NotAnswering"/> before anything was
    /// written), the changes stay pending as they were. When it fails after writing began, or reports that it
    /// lost its content, the whole frame is sent on the next <see cref="Present"/> that finds it answering.
    /// </para>
    /// <para>Not thread-safe: one UI thread draws and presents.</para>
    /// </remarks>
    public sealed class FramebufferCanvas : ICanvas
    {
        /// <summary>
        /// Bytes a window costs before its pixels: CASET and RASET (a command byte and four parameter bytes each)
        /// and RAMWR (one command byte). The same for ST7789 and ILI9341.
        /// </summary>
        public const int WindowOverheadBytes = 11;

        /// <summary>The largest magnification <see cref="DrawMonochrome"/> accepts.</summary>
        public const int MaximumScale = 8;

        // Rows of pixels packed per WritePixels call: fewer, larger SPI transactions (DMA on the device) while
        // the line buffer stays small (8 rows of 240 pixels = 3840 bytes).
        private const int RowsPerTransfer = 8;

        private readonly IPixelPanel _panel;
        private readonly int _width;
        private readonly int _height;
        private readonly ushort[] _frame;
        private readonly ushort[] _shown;
        private readonly int[] _dirtyLeft;
        private readonly int[] _dirtyRight;
        private readonly int[] _spanLeft;
        private readonly int[] _spanRight;
        private readonly byte[] _lineBuffer;
        private int _dirtyTop;
        private int _dirtyBottom;
        private bool _contentUnknown;

        /// <summary>Creates a canvas the size of <paramref name="panel"/>, all black, that will send a whole frame on the first <see cref="Present"/>.</summary>
        /// <param name="panel">The panel; the canvas does not own it (whoever created it disposes it). The caller initialises it first.</param>
        /// <exception cref="ArgumentNullException"><paramref name="panel"/> is <c>null</c>.</exception>
        public FramebufferCanvas(IPixelPanel panel)
            : this(RequirePanel(panel).Width, panel.Height, panel)
        {
        }

        /// <summary>
        /// Creates a canvas with no panel, for snapshots and tests: <see cref="Present"/> only marks the changes as
        /// shown and returns <c>true</c>.
        /// </summary>
        /// <param name="width">Width in pixels, 1 to 4096.</param>
        /// <param name="height">Height in pixels, 1 to 4096.</param>
        /// <exception cref="ArgumentOutOfRangeException">A size is out of range.</exception>
        public FramebufferCanvas(int width, int height)
            : this(width, height, null)
        {
        }

        private FramebufferCanvas(int width, int height, IPixelPanel panel)
        {
            if (width < 1 || width > 4096)
            {
                throw new ArgumentOutOfRangeException(nameof(width), "The width is 1 to 4096 pixels.");
            }

            if (height < 1 || height > 4096)
            {
                throw new ArgumentOutOfRangeException(nameof(height), "The height is 1 to 4096 pixels.");
            }

            _panel = panel;
            _width = width;
            _height = height;
            _frame = new ushort[width * height];
            _shown = new ushort[width * height];
            _dirtyLeft = new int[height];
            _dirtyRight = new int[height];
            _spanLeft = new int[height];
            _spanRight = new int[height];
            _lineBuffer = new byte[width * 2 * RowsPerTransfer];
            _dirtyTop = 0;
            _dirtyBottom = height - 1;
            ClearDirty();
            _contentUnknown = true;
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

        /// <summary>Gets whether some pixels differ from what the panel shows (or the panel's content is unknown).</summary>
        public bool HasPendingChanges
        {
            get { return _contentUnknown || _dirtyTop <= _dirtyBottom; }
        }

        /// <summary>Gets the colour of one pixel of the frame being drawn.</summary>
        /// <param name="x">Column, 0 to <see cref="Width"/> - 1.</param>
        /// <param name="y">Row, 0 to <see cref="Height"/> - 1.</param>
        /// <returns>The RGB565 colour.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The pixel lies outside the canvas.</exception>
        public ushort GetPixel(int x, int y)
        {
            if (x < 0 || x >= _width)
            {
                throw new ArgumentOutOfRangeException(nameof(x));
            }

            if (y < 0 || y >= _height)
            {
                throw new ArgumentOutOfRangeException(nameof(y));
            }

            return _frame[(y * _width) + x];
        }

        /// <summary>Copies the frame being drawn into a new array (allocates: for snapshots, not per frame).</summary>
        /// <returns>The pixels, row by row.</returns>
        public ushort[] CopyFrame()
        {
            var copy = new ushort[_frame.Length];
            Array.Copy(_frame, copy, _frame.Length);
            return copy;
        }

        /// <summary>
        /// Forgets what the panel shows, so that the next <see cref="Present"/> sends the whole frame (after the
        /// caller re-initialised the panel itself, for example).
        /// </summary>
        public void Invalidate()
        {
            _contentUnknown = true;
        }

        /// <inheritdoc/>
        public void FillRectangle(int x, int y, int width, int height, ushort colorRgb565)
        {
            if (width <= 0 || height <= 0)
            {
                return;
            }

            int left = (int)Clamp(x, 0, _width);
            int top = (int)Clamp(y, 0, _height);
            int right = (int)Clamp((long)x + width, 0, _width);
            int bottom = (int)Clamp((long)y + height, 0, _height);
            if (left >= right || top >= bottom)
            {
                return;
            }

            for (int row = top; row < bottom; row++)
            {
                int start = row * _width;
                int first = -1;
                int last = -1;
                for (int column = left; column < right; column++)
                {
                    if (_frame[start + column] != colorRgb565)
                    {
                        _frame[start + column] = colorRgb565;
                        if (first < 0)
                        {
                            first = column;
                        }

                        last = column;
                    }
                }

                if (first >= 0)
                {
                    MarkDirty(row, first, last);
                }
            }
        }

        /// <inheritdoc/>
        public void DrawMonochrome(int x, int y, int width, int height, byte[] bits, int offset, ushort foregroundRgb565, ushort backgroundRgb565, int scale)
        {
            if (bits == null)
            {
                throw new ArgumentNullException(nameof(bits));
            }

            if (width < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(width), "An image is at least 1 pixel wide.");
            }

            if (height < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(height), "An image is at least 1 pixel high.");
            }

            if (scale < 1 || scale > MaximumScale)
            {
                throw new ArgumentOutOfRangeException(nameof(scale), "The scale is 1 to 8.");
            }

            int bytesPerRow = (width + 7) / 8;
            if (offset < 0 || (long)offset + ((long)bytesPerRow * height) > bits.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(offset), "The image runs past the end of its bits.");
            }

            // Visible part, in canvas pixels; longs because x + width * scale may overflow for absurd arguments.
            long imageRight = (long)x + ((long)width * scale);
            long imageBottom = (long)y + ((long)height * scale);
            int left = (int)Clamp(x, 0, _width);
            int top = (int)Clamp(y, 0, _height);
            int right = (int)Clamp(imageRight, 0, _width);
            int bottom = (int)Clamp(imageBottom, 0, _height);
            if (left >= right || top >= bottom)
            {
                return;
            }

            for (int row = top; row < bottom; row++)
            {
                int sourceRow = (int)(((long)row - y) / scale);
                int rowOffset = offset + (sourceRow * bytesPerRow);
                int start = row * _width;
                int first = -1;
                int last = -1;
                for (int column = left; column < right; column++)
                {
                    int sourceColumn = (int)(((long)column - x) / scale);
                    bool set = (bits[rowOffset + (sourceColumn >> 3)] & (0x80 >> (sourceColumn & 7))) != 0;
                    ushort color = set ? foregroundRgb565 : backgroundRgb565;
                    if (_frame[start + column] != color)
                    {
                        _frame[start + column] = color;
                        if (first < 0)
                        {
                            first = column;
                        }

                        last = column;
                    }
                }

                if (first >= 0)
                {
                    MarkDirty(row, first, last);
                }
            }
        }

        /// <inheritdoc/>
        /// <remarks>
        /// When nothing differs from what the panel shows, nothing at all goes on the bus: a panel re-plugged
        /// while the screen stood still is found by <see cref="CheckPanel"/>, not here.
        /// </remarks>
        public bool Present()
        {
            if (!HasPendingChanges)
            {
                return true;
            }

            if (_panel == null)
            {
                MarkAllShown();
                return true;
            }

            // Pixels drawn back to what the panel shows are no change: if nothing is left, stay off the bus.
            if (!_contentUnknown && NarrowSpans() == 0)
            {
                ClearDirty();
                return true;
            }

            PanelStatus status = _panel.BeginFrame();
            if (status == PanelStatus.ContentLost)
            {
                _contentUnknown = true;
            }
            else if (status != PanelStatus.Ready)
            {
                // Nothing was written: what is pending stays pending, exactly as it was.
                return false;
            }

            if (_contentUnknown)
            {
                SendWindow(0, 0, _width, _height);
            }
            else
            {
                SendSpans();
            }

            // The canvas now believes the panel shows the frame; if the panel says otherwise, the whole frame
            // goes again next time, because the canvas cannot know which part arrived.
            ClearDirty();
            if (_panel.EndFrame() != PanelStatus.Ready)
            {
                _contentUnknown = true;
                return false;
            }

            _contentUnknown = false;
            return true;
        }

        /// <summary>
        /// Asks the panel whether it is still there and still initialised (a 2-byte status read), and sends it
        /// the whole frame when it was reset or re-plugged since the last update; pending changes are sent too.
        /// Call it about once a second while the screen stands still, and from the HW-DISPLAY self-test.
        /// </summary>
        /// <returns><c>true</c> when the panel answers and shows the frame; <c>false</c> when it does not answer (HW-DISPLAY). A canvas without a panel returns <c>true</c>.</returns>
        public bool CheckPanel()
        {
            if (_panel == null)
            {
                return true;
            }

            PanelStatus status = _panel.BeginFrame();
            if (status == PanelStatus.ContentLost)
            {
                _contentUnknown = true;
                return Present();
            }

            if (status != PanelStatus.Ready)
            {
                return false;
            }

            return Present();
        }

        // Narrows each dirty row to the pixels that differ from what the panel shows; returns how many rows have any.
        private int NarrowSpans()
        {
            int rowsWithChanges = 0;
            for (int row = _dirtyTop; row <= _dirtyBottom; row++)
            {
                _spanLeft[row] = -1;
                _spanRight[row] = -1;
                if (_dirtyLeft[row] > _dirtyRight[row])
                {
                    continue;
                }

                int start = row * _width;
                int first = _dirtyLeft[row];
                int last = _dirtyRight[row];
                while (first <= last && _frame[start + first] == _shown[start + first])
                {
                    first++;
                }

                while (last >= first && _frame[start + last] == _shown[start + last])
                {
                    last--;
                }

                if (first <= last)
                {
                    _spanLeft[row] = first;
                    _spanRight[row] = last;
                    rowsWithChanges++;
                }
            }

            return rowsWithChanges;
        }

        private void SendSpans()
        {
            // Group rows into windows, top to bottom (greedy: one pass, no allocation, O(rows)).
            int windowTop = -1;
            int windowBottom = -1;
            int windowLeft = 0;
            int windowRight = 0;
            for (int row = _dirtyTop; row <= _dirtyBottom; row++)
            {
                if (_spanLeft[row] < 0)
                {
                    continue;
                }

                int first = _spanLeft[row];
                int last = _spanRight[row];
                if (windowTop < 0)
                {
                    windowTop = row;
                    windowBottom = row;
                    windowLeft = first;
                    windowRight = last;
                    continue;
                }

                int mergedLeft = first < windowLeft ? first : windowLeft;
                int mergedRight = last > windowRight ? last : windowRight;
                long mergedBytes = 2L * (mergedRight - mergedLeft + 1) * (row - windowTop + 1);
                long currentBytes = 2L * (windowRight - windowLeft + 1) * (windowBottom - windowTop + 1);
                long separateBytes = currentBytes + WindowOverheadBytes + (2L * (last - first + 1));
                if (mergedBytes <= separateBytes)
                {
                    windowBottom = row;
                    windowLeft = mergedLeft;
                    windowRight = mergedRight;
                }
                else
                {
                    SendWindow(windowLeft, windowTop, windowRight - windowLeft + 1, windowBottom - windowTop + 1);
                    windowTop = row;
                    windowBottom = row;
                    windowLeft = first;
                    windowRight = last;
                }
            }

            SendWindow(windowLeft, windowTop, windowRight - windowLeft + 1, windowBottom - windowTop + 1);
        }

        private void SendWindow(int x, int y, int width, int height)
        {
            _panel.SetWindow(x, y, width, height);
            int filled = 0;
            for (int row = y; row < y + height; row++)
            {
                int index = (row * _width) + x;
                int end = index + width;
                for (; index < end; index++)
                {
                    ushort pixel = _frame[index];
                    _shown[index] = pixel;
                    _lineBuffer[filled] = (byte)(pixel >> 8);
                    _lineBuffer[filled + 1] = (byte)pixel;
                    filled += 2;
                    if (filled == _lineBuffer.Length)
                    {
                        _panel.WritePixels(_lineBuffer, 0, filled);
                        filled = 0;
                    }
                }
            }

            if (filled > 0)
            {
                _panel.WritePixels(_lineBuffer, 0, filled);
            }
        }

        private void MarkAllShown()
        {
            if (_contentUnknown)
            {
                Array.Copy(_frame, _shown, _frame.Length);
            }
            else
            {
                for (int row = _dirtyTop; row <= _dirtyBottom; row++)
                {
                    if (_dirtyLeft[row] <= _dirtyRight[row])
                    {
                        int start = (row * _width) + _dirtyLeft[row];
                        Array.Copy(_frame, start, _shown, start, _dirtyRight[row] - _dirtyLeft[row] + 1);
                    }
                }
            }

            ClearDirty();
            _contentUnknown = false;
        }

        // System.Math is a separate package on nanoFramework (nanoFramework.System.Math): not worth it for this.
        private static long Clamp(long value, long minimum, long maximum)
        {
            return value < minimum ? minimum : (value > maximum ? maximum : value);
        }

        private static IPixelPanel RequirePanel(IPixelPanel panel)
        {
            if (panel == null)
            {
                throw new ArgumentNullException(nameof(panel));
            }

            return panel;
        }

        private void MarkDirty(int row, int first, int last)
        {
            if (first < _dirtyLeft[row])
            {
                _dirtyLeft[row] = first;
            }

            if (last > _dirtyRight[row])
            {
                _dirtyRight[row] = last;
            }

            if (row < _dirtyTop)
            {
                _dirtyTop = row;
            }

            if (row > _dirtyBottom)
            {
                _dirtyBottom = row;
            }
        }

        private void ClearDirty()
        {
            for (int row = _dirtyTop; row <= _dirtyBottom; row++)
            {
                _dirtyLeft[row] = _width;
                _dirtyRight[row] = -1;
            }

            _dirtyTop = _height;
            _dirtyBottom = -1;
        }
    }
}
