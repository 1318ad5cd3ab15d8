using System;
using Terminal.Hal.Buses;
using Terminal.Hal.Keypad;

namespace Terminal.Drivers.Keypad.Matrix4x4
{
    /// <summary>
    /// A 4x4 key matrix without diodes, scanned in software: four row lines the driver drives low one at a time,
    /// four column lines with pull-ups it reads. A closed key pulls its column low while its row is driven low.
    /// Each <see cref="Scan"/> reads the whole matrix once (8 writes, 24 reads), checks the wiring, refuses
    /// ambiguous (ghosting) patterns, and feeds the samples to <see cref="KeyDebouncer"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Wiring check: before and after driving the rows, the columns are read with every row high; a column that
    /// reads low then is floating or shorted (cable pulled, damaged flex: HW-KEYPAD, HW-LINK). Its keys read as
    /// released for <see cref="Matrix4x4KeypadSettings.WiringFaultHoldMilliseconds"/>, so a floating cable never
    /// types. A cable pulled with the columns held high by their pull-ups simply reads as no key.
    /// </para>
    /// <para>
    /// Ghosting: without diodes, three closed keys at three corners of a rectangle also pull the fourth corner's
    /// column low, and the scan cannot tell which three are real. When a sample shows two rows sharing two or more
    /// closed columns, no new press is accepted from it (counted in <see cref="KeypadCounters.AmbiguousScans"/>).
    /// Two keys at once are always unambiguous.
    /// </para>
    /// <para>
    /// No settling delay between driving a row and reading the columns: the line's RC (the ESP32-S3's ~45 kOhm
    /// internal pull-up, tens of pF of flex cable) settles in a few microseconds, less than one nanoFramework GPIO
    /// call takes. Rows should be opened as open-drain outputs by the board, so two keys in one column never short
    /// a high row to a low one.
    /// </para>
    /// <para>
    /// The board creates the pins and disposes them; the driver only borrows them. <see cref="Scan"/> and
    /// <see cref="TryReadKey"/> may be called from different threads.
    /// </para>
    /// </remarks>
    public sealed class Matrix4x4Keypad : IKeypad
    {
        /// <summary>The number of row lines.</summary>
        public const int RowCount = 4;

        /// <summary>The number of column lines.</summary>
        public const int ColumnCount = 4;

        private const int AllColumnsHigh = 0xF;

        private readonly object _gate = new object();
        private readonly IDigitalOutput[] _rows = new IDigitalOutput[RowCount];
        private readonly IDigitalInput[] _columns = new IDigitalInput[ColumnCount];
        private readonly long[] _columnDistrustedUntil = new long[ColumnCount];
        private readonly KeypadCounters _counters = new KeypadCounters();
        private readonly KeyEventQueue _queue;
        private readonly KeyDebouncer _debouncer;
        private readonly int _wiringFaultHoldMilliseconds;
        private int _lastDistrustedColumns;

        /// <summary>Creates the driver and drives every row high (idle).</summary>
        /// <param name="rows">The four row outputs, top row first (reference board: GPIO 4, 5, 6, 7).</param>
        /// <param name="columns">The four column inputs with pull-ups, left column first (reference board: GPIO 1, 2, 38, 42).</param>
        /// <param name="settings">Debounce, stuck-key and queue settings, and the layout.</param>
        /// <exception cref="ArgumentNullException">An argument or a pin is <c>null</c>.</exception>
        /// <exception cref="ArgumentException">Not four rows and four columns, or a setting is out of range.</exception>
        public Matrix4x4Keypad(IDigitalOutput[] rows, IDigitalInput[] columns, Matrix4x4KeypadSettings settings)
        {
            if (rows == null)
            {
                throw new ArgumentNullException("rows");
            }

            if (columns == null)
            {
                throw new ArgumentNullException("columns");
            }

            if (settings == null)
            {
                throw new ArgumentNullException("settings");
            }

            if (rows.Length != RowCount || columns.Length != ColumnCount)
            {
                throw new ArgumentException("a 4x4 matrix needs 4 rows and 4 columns");
            }

            for (int line = 0; line < RowCount; line++)
            {
                if (rows[line] == null || columns[line] == null)
                {
                    throw new ArgumentNullException(rows[line] == null ? "rows" : "columns", "line " + line.ToString() + " is null");
                }

                _rows[line] = rows[line];
                _columns[line] = columns[line];
                _columnDistrustedUntil[line] = long.MinValue;
            }

            settings.Validate();
            _wiringFaultHoldMilliseconds = settings.WiringFaultHoldMilliseconds;
            _queue = new KeyEventQueue(settings.QueueCapacity);
            _debouncer = new KeyDebouncer(settings, _queue, _counters);
            for (int row = 0; row < RowCount; row++)
            {
                _rows[row].Write(true);
            }
        }

        /// <inheritdoc/>
        public KeypadCounters Counters
        {
            get { return _counters; }
        }

        /// <inheritdoc/>
        public bool HasWiringFault
        {
            get
            {
                lock (_gate)
                {
                    return _lastDistrustedColumns != 0;
                }
            }
        }

        /// <summary>
        /// Tells whether a sample holds a pattern a diode-less matrix cannot tell apart from another: two rows that
        /// share two or more closed columns (three real keys at the corners of a rectangle make the fourth appear).
        /// </summary>
        /// <param name="closedMask">Bit <c>row * 4 + column</c> set for each closed contact.</param>
        /// <returns><c>true</c> when the sample is ambiguous.</returns>
        public static bool IsAmbiguous(int closedMask)
        {
            for (int first = 0; first < RowCount - 1; first++)
            {
                int firstColumns = (closedMask >> (first * ColumnCount)) & AllColumnsHigh;
                for (int second = first + 1; second < RowCount; second++)
                {
                    int shared = firstColumns & (closedMask >> (second * ColumnCount)) & AllColumnsHigh;
                    if ((shared & (shared - 1)) != 0)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <inheritdoc/>
        public void Scan(long monotonicMilliseconds)
        {
            lock (_gate)
            {
                int idleBefore = ReadColumns();
                int closed = 0;
                for (int row = 0; row < RowCount; row++)
                {
                    _rows[row].Write(false);
                    int levels = ReadColumns();
                    _rows[row].Write(true);
                    closed |= (~levels & AllColumnsHigh) << (row * ColumnCount);
                }

                int idleAfter = ReadColumns();
                int lowAtIdle = ~(idleBefore & idleAfter) & AllColumnsHigh;
                if (lowAtIdle != 0)
                {
                    _counters.CountWiringFaultScan();
                }

                int distrusted = lowAtIdle;
                for (int column = 0; column < ColumnCount; column++)
                {
                    if ((lowAtIdle & (1 << column)) != 0)
                    {
                        _columnDistrustedUntil[column] = monotonicMilliseconds + _wiringFaultHoldMilliseconds;
                    }
                    else if (_columnDistrustedUntil[column] > monotonicMilliseconds)
                    {
                        distrusted |= 1 << column;
                    }
                }

                _lastDistrustedColumns = distrusted;

                // A distrusted column's keys read as open: a held key is released, nothing new is pressed.
                int everyRow = distrusted | (distrusted << 4) | (distrusted << 8) | (distrusted << 12);
                closed &= ~everyRow;

                bool ambiguous = IsAmbiguous(closed);
                if (ambiguous)
                {
                    _counters.CountAmbiguousScan();
                }

                _debouncer.Update(closed, ambiguous, monotonicMilliseconds);
            }
        }

        /// <inheritdoc/>
        public bool TryReadKey(out KeyEvent keyEvent)
        {
            lock (_gate)
            {
                return _queue.TryDequeue(out keyEvent);
            }
        }

        /// <inheritdoc/>
        public bool TryGetStuckKey(out KeyCode key)
        {
            lock (_gate)
            {
                for (int index = 0; index < Matrix4x4Layout.KeyCount; index++)
                {
                    if (_debouncer.IsStuck(index))
                    {
                        key = _debouncer.KeyAt(index);
                        return true;
                    }
                }

                key = KeyCode.Digit0;
                return false;
            }
        }

        /// <inheritdoc/>
        public bool IsStuck(KeyCode key)
        {
            lock (_gate)
            {
                for (int index = 0; index < Matrix4x4Layout.KeyCount; index++)
                {
                    if (_debouncer.KeyAt(index) == key)
                    {
                        return _debouncer.IsStuck(index);
                    }
                }

                return false;
            }
        }

        // Bit c set when column c reads high (open).
        private int ReadColumns()
        {
            int levels = 0;
            for (int column = 0; column < ColumnCount; column++)
            {
                if (_columns[column].Read())
                {
                    levels |= 1 << column;
                }
            }

            return levels;
        }
    }
}
