using System;
using Terminal.Hal.Keypad;

namespace Terminal.Drivers.Keypad.Matrix4x4
{
    /// <summary>
    /// The keypad driver's timing and sizes. The debounce defaults are issue #4's "about 10 ms press, 20 ms
    /// release": a press must read closed for 10 ms on end before it counts, a release open for 20 ms, so contact
    /// bounce (a few ms on membrane and dome switches) never doubles a key, and a slow release never repeats one.
    /// </summary>
    public sealed class Matrix4x4KeypadSettings
    {
        /// <summary>Gets or sets how long a key must read closed without a break before it is pressed, in milliseconds (0 to 1000).</summary>
        public int PressDebounceMilliseconds { get; set; } = 10;

        /// <summary>Gets or sets how long a key must read open without a break before it is released, in milliseconds (0 to 1000).</summary>
        public int ReleaseDebounceMilliseconds { get; set; } = 20;

        /// <summary>
        /// Gets or sets how long a key may be held before it is reported stuck (HW-KEYPAD), in milliseconds
        /// (1000 or more). No cashier holds a key for 10 s; a jammed key or a crushed membrane does.
        /// </summary>
        public int StuckKeyMilliseconds { get; set; } = 10000;

        /// <summary>
        /// Gets or sets after how long a held key first repeats, in milliseconds; 0 turns repeat off (the default:
        /// a repeating digit would type an amount the cashier did not mean).
        /// </summary>
        public int RepeatDelayMilliseconds { get; set; }

        /// <summary>Gets or sets the time between repeats once repeating, in milliseconds (1 or more when repeat is on).</summary>
        public int RepeatIntervalMilliseconds { get; set; } = 150;

        /// <summary>Gets or sets how many events wait for the app at most (1 to 256); more are dropped and counted.</summary>
        public int QueueCapacity { get; set; } = 16;

        /// <summary>
        /// Gets or sets how long a column stays distrusted after it read low with no row driven (floating or shorted
        /// line), in milliseconds (0 or more). Its keys read as released meanwhile, so a floating cable types nothing.
        /// </summary>
        public int WiringFaultHoldMilliseconds { get; set; } = 1000;

        /// <summary>Gets or sets the key at each matrix position (see <see cref="Matrix4x4Layout"/>).</summary>
        public KeyCode[] Layout { get; set; } = Matrix4x4Layout.CreateStandard();

        /// <summary>Creates the default settings.</summary>
        /// <returns>A new settings object.</returns>
        public static Matrix4x4KeypadSettings CreateDefault()
        {
            return new Matrix4x4KeypadSettings();
        }

        /// <summary>Checks every value against its range.</summary>
        /// <exception cref="ArgumentOutOfRangeException">A value is outside its range.</exception>
        /// <exception cref="ArgumentException">The layout is not a 4x4 layout of the 16 keys.</exception>
        public void Validate()
        {
            CheckRange(PressDebounceMilliseconds, 0, 1000, "PressDebounceMilliseconds");
            CheckRange(ReleaseDebounceMilliseconds, 0, 1000, "ReleaseDebounceMilliseconds");
            CheckRange(StuckKeyMilliseconds, 1000, int.MaxValue, "StuckKeyMilliseconds");
            CheckRange(RepeatDelayMilliseconds, 0, int.MaxValue, "RepeatDelayMilliseconds");
            CheckRange(RepeatIntervalMilliseconds, RepeatDelayMilliseconds > 0 ? 1 : 0, int.MaxValue, "RepeatIntervalMilliseconds");
            CheckRange(QueueCapacity, 1, 256, "QueueCapacity");
            CheckRange(WiringFaultHoldMilliseconds, 0, int.MaxValue, "WiringFaultHoldMilliseconds");
            Matrix4x4Layout.Validate(Layout);
        }

        private static void CheckRange(int value, int minimum, int maximum, string name)
        {
            if (value < minimum || value > maximum)
            {
                throw new ArgumentOutOfRangeException(name, "must be from " + minimum.ToString() + " to " + maximum.ToString());
            }
        }
    }
}
