using System;
using Terminal.Hal.Keypad;
using Terminal.Hal.Simulated.Buses;
using Terminal.Hal.Simulated.Time;

namespace Terminal.Hal.Simulated.Keypad
{
    /// <summary>
    /// A 4x4 membrane keypad without diodes, wired to simulated pins: the driver drives <see cref="Rows"/>
    /// (<see cref="SimulatedOutputPin"/>) and reads <see cref="Columns"/> (<see cref="SimulatedInputPin"/> built on a
    /// function, so each read sees the keys as they are at that moment of <see cref="ManualClock"/>). A column reads
    /// low when a row driven low reaches it through closed keys, over any number of them, which is what makes three
    /// keys at the corners of a rectangle show a fourth (ghosting).
    /// </summary>
    /// <remarks>
    /// Fault switches: contact bounce on every press and release (<see cref="BounceMilliseconds"/>, seeded random
    /// levels, the same within one millisecond so one scan sees one state), a welded key (<see cref="SetStuck"/>),
    /// and the cable (<see cref="Cable"/>: pulled with the pull-ups holding the columns high, or floating). Low
    /// rows win over high ones, as with the open-drain rows the driver's README asks for. Reading a column
    /// allocates nothing, so the keypad benchmark measures the driver alone.
    /// </remarks>
    public sealed class KeypadMatrixEmulator
    {
        private const int Lines = 4;
        private const int KeyCount = 16;

        private readonly ManualClock clock;
        private readonly ulong seed;
        private readonly KeyCode[] legends;
        private readonly bool[] closed = new bool[KeyCount];
        private readonly bool[] stuck = new bool[KeyCount];
        private readonly long[] bounceUntil = new long[KeyCount];
        private readonly ulong[] bounceSeed = new ulong[KeyCount];
        private ulong events;
        private ulong floatingReads;
        private long cachedAt = long.MinValue;
        private int cachedClosedMask;

        /// <summary>Creates the keypad with every key up and the cable plugged in.</summary>
        /// <param name="clock">The time bounce is measured against; the test moves it.</param>
        /// <param name="seed">Seeds the bounce and floating-line noise, so a test repeats exactly.</param>
        /// <param name="legends">The key printed at each position (<c>row * 4 + column</c>); <c>null</c> for <see cref="StandardLegends"/>.</param>
        public KeypadMatrixEmulator(ManualClock clock, int seed, KeyCode[]? legends = null)
        {
            ArgumentNullException.ThrowIfNull(clock);
            this.clock = clock;
            this.seed = (ulong)(uint)seed * 0x9E3779B97F4A7C15UL;
            this.legends = legends ?? StandardLegends();
            if (this.legends.Length != KeyCount)
            {
                throw new ArgumentException("a 4x4 keypad has 16 legends", nameof(legends));
            }

            Rows = new SimulatedOutputPin[Lines];
            Columns = new SimulatedInputPin[Lines];
            for (int line = 0; line < Lines; line++)
            {
                Rows[line] = new SimulatedOutputPin(initialLevel: true);
                int column = line;
                Columns[line] = new SimulatedInputPin(() => ReadColumn(column));
            }
        }

        /// <summary>Gets the four row lines the driver drives, top row first.</summary>
        public SimulatedOutputPin[] Rows { get; }

        /// <summary>Gets the four column lines the driver reads, left column first.</summary>
        public SimulatedInputPin[] Columns { get; }

        /// <summary>Gets or sets how long each press and each release bounces, in milliseconds (0 for clean contacts).</summary>
        public int BounceMilliseconds { get; set; } = 5;

        /// <summary>Gets or sets the cable's state: plugged in, or pulled (columns high, or floating).</summary>
        public KeypadCable Cable { get; set; }

        /// <summary>The reference keypad's legends, indexed by <c>row * 4 + column</c>: 1 2 3 Cancel / 4 5 6 Clear / 7 8 9 Backspace / Menu 0 00 OK.</summary>
        /// <returns>A new array.</returns>
        public static KeyCode[] StandardLegends()
        {
            return new[]
            {
                KeyCode.Digit1, KeyCode.Digit2, KeyCode.Digit3, KeyCode.Cancel,
                KeyCode.Digit4, KeyCode.Digit5, KeyCode.Digit6, KeyCode.Clear,
                KeyCode.Digit7, KeyCode.Digit8, KeyCode.Digit9, KeyCode.Backspace,
                KeyCode.Menu, KeyCode.Digit0, KeyCode.DoubleZero, KeyCode.Ok,
            };
        }

        /// <summary>Finds where a key is printed.</summary>
        /// <param name="key">The key.</param>
        /// <returns>Its position, <c>row * 4 + column</c>.</returns>
        public int PositionOf(KeyCode key)
        {
            int position = Array.IndexOf(legends, key);
            if (position < 0)
            {
                throw new ArgumentException("no such key on this keypad", nameof(key));
            }

            return position;
        }

        /// <summary>The finger goes down on a key now; the contact bounces for <see cref="BounceMilliseconds"/>, then stays closed.</summary>
        /// <param name="key">The key.</param>
        public void Press(KeyCode key) => Move(PositionOf(key), true, BounceMilliseconds);

        /// <summary>The finger goes down with a given bounce time.</summary>
        /// <param name="key">The key.</param>
        /// <param name="bounceMilliseconds">How long this contact bounces.</param>
        public void Press(KeyCode key, int bounceMilliseconds) => Move(PositionOf(key), true, bounceMilliseconds);

        /// <summary>The finger comes off a key now; the contact bounces for <see cref="BounceMilliseconds"/>, then stays open.</summary>
        /// <param name="key">The key.</param>
        public void Release(KeyCode key) => Move(PositionOf(key), false, BounceMilliseconds);

        /// <summary>The finger comes off with a given bounce time.</summary>
        /// <param name="key">The key.</param>
        /// <param name="bounceMilliseconds">How long this contact bounces.</param>
        public void Release(KeyCode key, int bounceMilliseconds) => Move(PositionOf(key), false, bounceMilliseconds);

        /// <summary>Welds a key's contact closed (or frees it), with no bounce: the HW-KEYPAD "key stuck" fault.</summary>
        /// <param name="key">The key.</param>
        /// <param name="isStuck"><c>true</c> to weld it closed.</param>
        public void SetStuck(KeyCode key, bool isStuck)
        {
            stuck[PositionOf(key)] = isStuck;
            cachedAt = long.MinValue;
        }

        /// <summary>Tells whether a key's contact is closed now (bounce included), whatever the cable.</summary>
        /// <param name="key">The key.</param>
        /// <returns><c>true</c> when closed.</returns>
        public bool IsClosed(KeyCode key) => IsClosedAt(PositionOf(key), clock.MonotonicMilliseconds);

        private void Move(int position, bool nowClosed, int bounceMilliseconds)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(bounceMilliseconds);
            closed[position] = nowClosed;
            bounceUntil[position] = clock.MonotonicMilliseconds + bounceMilliseconds;
            bounceSeed[position] = Mix(seed ^ (++events * 0xD1B54A32D192ED03UL) ^ (ulong)position);
            cachedAt = long.MinValue;
        }

        private bool IsClosedAt(int position, long now)
        {
            if (stuck[position])
            {
                return true;
            }

            if (now < bounceUntil[position])
            {
                // Bouncing: the level is noise, but the same for every read within one millisecond.
                return (Mix(bounceSeed[position] ^ (ulong)now) & 1) != 0;
            }

            return closed[position];
        }

        private bool ReadColumn(int column)
        {
            switch (Cable)
            {
                case KeypadCable.PulledHigh:
                    return true;
                case KeypadCable.PulledFloating:
                    return (Mix(seed ^ ++floatingReads) & 1) != 0;
            }

            int lowRows = 0;
            for (int row = 0; row < Lines; row++)
            {
                if (!Rows[row].Level)
                {
                    lowRows |= 1 << row;
                }
            }

            if (lowRows == 0)
            {
                return true;
            }

            int closedMask = ClosedMaskNow();
            if (closedMask == 0)
            {
                return true;
            }

            // Everything connected to this column through closed keys: alternate rows and columns until nothing grows.
            int reachedColumns = 1 << column;
            int reachedRows = 0;
            while (true)
            {
                int rowsBefore = reachedRows;
                for (int row = 0; row < Lines; row++)
                {
                    int rowKeys = (closedMask >> (row * Lines)) & 0xF;
                    if ((rowKeys & reachedColumns) != 0)
                    {
                        reachedRows |= 1 << row;
                        reachedColumns |= rowKeys;
                    }
                }

                if (reachedRows == rowsBefore)
                {
                    break;
                }
            }

            return (reachedRows & lowRows) == 0;
        }

        // The contacts change only with time or a finger: one scan's 24 reads share one computation.
        private int ClosedMaskNow()
        {
            long now = clock.MonotonicMilliseconds;
            if (now != cachedAt)
            {
                int closedMask = 0;
                for (int position = 0; position < KeyCount; position++)
                {
                    if (IsClosedAt(position, now))
                    {
                        closedMask |= 1 << position;
                    }
                }

                cachedClosedMask = closedMask;
                cachedAt = now;
            }

            return cachedClosedMask;
        }

        private static ulong Mix(ulong value)
        {
            // SplitMix64's finaliser: cheap, allocation-free, well spread.
            value += 0x9E3779B97F4A7C15UL;
            value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
            value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
            return value ^ (value >> 31);
        }
    }
}
