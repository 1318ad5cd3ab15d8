using System;
using Terminal.Hal.Keypad;

namespace Terminal.Drivers.Keypad.Matrix4x4
{
    /// <summary>
    /// The keypad's pure logic, apart from the pins: turns raw samples of the 16 key contacts into debounced
    /// events (press, repeat, release, stuck, unstuck). Each key has its own time-based integrator: a change
    /// counts only once the new level has been read without a break for the debounce time, so bounce never
    /// reaches the app. Every <see cref="KeyEventKind.Pressed"/> is closed by exactly one
    /// <see cref="KeyEventKind.Released"/> or <see cref="KeyEventKind.Unstuck"/>.
    /// </summary>
    /// <remarks>
    /// State lives in preallocated arrays: <see cref="Update"/> allocates nothing. Not thread-safe: the keypad
    /// driver calls it under its lock.
    /// </remarks>
    public sealed class KeyDebouncer
    {
        private const long Never = long.MinValue;

        private readonly KeyCode[] _layout;
        private readonly KeyEventQueue _queue;
        private readonly KeypadCounters _counters;
        private readonly int _pressDebounceMilliseconds;
        private readonly int _releaseDebounceMilliseconds;
        private readonly int _stuckKeyMilliseconds;
        private readonly int _repeatDelayMilliseconds;
        private readonly int _repeatIntervalMilliseconds;

        private readonly bool[] _down = new bool[Matrix4x4Layout.KeyCount];
        private readonly bool[] _stuck = new bool[Matrix4x4Layout.KeyCount];
        private readonly bool[] _heldAtStart = new bool[Matrix4x4Layout.KeyCount];
        private readonly long[] _changeSince = new long[Matrix4x4Layout.KeyCount];
        private readonly long[] _bootHoldOpenSince = new long[Matrix4x4Layout.KeyCount];
        private readonly long[] _downSince = new long[Matrix4x4Layout.KeyCount];
        private readonly long[] _nextRepeatAt = new long[Matrix4x4Layout.KeyCount];
        private bool _started;

        /// <summary>Creates the logic with every key up.</summary>
        /// <param name="settings">Debounce, stuck and repeat times, and the layout (validated here).</param>
        /// <param name="queue">Where events go.</param>
        /// <param name="counters">Where dropped events and stuck reports are counted.</param>
        /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
        /// <exception cref="ArgumentException">A setting is out of range.</exception>
        public KeyDebouncer(Matrix4x4KeypadSettings settings, KeyEventQueue queue, KeypadCounters counters)
        {
            if (settings == null)
            {
                throw new ArgumentNullException("settings");
            }

            if (queue == null)
            {
                throw new ArgumentNullException("queue");
            }

            if (counters == null)
            {
                throw new ArgumentNullException("counters");
            }

            settings.Validate();
            _layout = new KeyCode[Matrix4x4Layout.KeyCount];
            Array.Copy(settings.Layout, _layout, Matrix4x4Layout.KeyCount);
            _queue = queue;
            _counters = counters;
            _pressDebounceMilliseconds = settings.PressDebounceMilliseconds;
            _releaseDebounceMilliseconds = settings.ReleaseDebounceMilliseconds;
            _stuckKeyMilliseconds = settings.StuckKeyMilliseconds;
            _repeatDelayMilliseconds = settings.RepeatDelayMilliseconds;
            _repeatIntervalMilliseconds = settings.RepeatIntervalMilliseconds;
            for (int index = 0; index < Matrix4x4Layout.KeyCount; index++)
            {
                _changeSince[index] = Never;
                _bootHoldOpenSince[index] = Never;
            }
        }

        /// <summary>
        /// Takes one sample of every key. The first sample after creation is the boot sample: a key closed in it is
        /// reported <see cref="KeyEventKind.Stuck"/> once it debounces, never <see cref="KeyEventKind.Pressed"/>.
        /// </summary>
        /// <param name="closedMask">Bit <c>row * 4 + column</c> set when that contact read closed.</param>
        /// <param name="refuseNewPresses">
        /// <c>true</c> when the sample is ambiguous (ghosting): keys that are up stay up and their pending presses
        /// restart; keys that are down may still be released.
        /// </param>
        /// <param name="monotonicMilliseconds">When the sample was taken.</param>
        public void Update(int closedMask, bool refuseNewPresses, long monotonicMilliseconds)
        {
            if (!_started)
            {
                _started = true;
                for (int index = 0; index < Matrix4x4Layout.KeyCount; index++)
                {
                    _heldAtStart[index] = (closedMask & (1 << index)) != 0;
                }
            }

            for (int index = 0; index < Matrix4x4Layout.KeyCount; index++)
            {
                bool closed = (closedMask & (1 << index)) != 0;
                if (closed)
                {
                    _bootHoldOpenSince[index] = Never;
                }

                if (closed == _down[index])
                {
                    // The sample agrees with the debounced level: any change in progress was bounce.
                    _changeSince[index] = Never;
                    if (closed)
                    {
                        CheckHeld(index, monotonicMilliseconds);
                    }
                    else
                    {
                        ForgetBootHoldOnceSettledUp(index, monotonicMilliseconds);
                    }

                    continue;
                }

                if (!_down[index] && refuseNewPresses)
                {
                    _changeSince[index] = Never;
                    continue;
                }

                if (_changeSince[index] == Never)
                {
                    _changeSince[index] = monotonicMilliseconds;
                }

                int debounce = _down[index] ? _releaseDebounceMilliseconds : _pressDebounceMilliseconds;
                if (monotonicMilliseconds - _changeSince[index] < debounce)
                {
                    continue;
                }

                _changeSince[index] = Never;
                if (closed)
                {
                    GoDown(index, monotonicMilliseconds);
                }
                else
                {
                    GoUp(index, monotonicMilliseconds);
                }
            }
        }

        /// <summary>Tells whether the key at a position is stuck now.</summary>
        /// <param name="index">The position, <c>row * 4 + column</c>.</param>
        /// <returns><c>true</c> when reported stuck and not up since.</returns>
        public bool IsStuck(int index)
        {
            return _stuck[index];
        }

        /// <summary>Gets the key at a position.</summary>
        /// <param name="index">The position, <c>row * 4 + column</c>.</param>
        /// <returns>The key.</returns>
        public KeyCode KeyAt(int index)
        {
            return _layout[index];
        }

        private void GoDown(int index, long now)
        {
            _down[index] = true;
            _downSince[index] = now;
            _nextRepeatAt[index] = now + _repeatDelayMilliseconds;
            if (_heldAtStart[index])
            {
                // Down since before the first scan: a jammed key, not the cashier (HW-KEYPAD). It must not type.
                _heldAtStart[index] = false;
                MarkStuck(index, now);
                return;
            }

            Emit(index, KeyEventKind.Pressed, now);
        }

        private void GoUp(int index, long now)
        {
            _down[index] = false;
            if (_stuck[index])
            {
                _stuck[index] = false;
                Emit(index, KeyEventKind.Unstuck, now);
                return;
            }

            Emit(index, KeyEventKind.Released, now);
        }

        private void CheckHeld(int index, long now)
        {
            if (_stuck[index])
            {
                return;
            }

            if (now - _downSince[index] >= _stuckKeyMilliseconds)
            {
                MarkStuck(index, now);
                return;
            }

            if (_repeatDelayMilliseconds > 0 && now >= _nextRepeatAt[index])
            {
                // One repeat per sample at most: a late scan does not flood the queue with the repeats it missed.
                _nextRepeatAt[index] = now + _repeatIntervalMilliseconds;
                Emit(index, KeyEventKind.Repeated, now);
            }
        }

        private void ForgetBootHoldOnceSettledUp(int index, long now)
        {
            if (!_heldAtStart[index])
            {
                return;
            }

            // A key closed in the boot sample that then reads open for a full release debounce was noise, not a
            // jam: from then on it presses normally.
            if (_bootHoldOpenSince[index] == Never)
            {
                _bootHoldOpenSince[index] = now;
            }

            if (now - _bootHoldOpenSince[index] >= _releaseDebounceMilliseconds)
            {
                _heldAtStart[index] = false;
            }
        }

        private void MarkStuck(int index, long now)
        {
            _stuck[index] = true;
            _counters.CountStuckReport();
            Emit(index, KeyEventKind.Stuck, now);
        }

        private void Emit(int index, KeyEventKind kind, long now)
        {
            if (!_queue.TryEnqueue(new KeyEvent(_layout[index], kind, now)))
            {
                _counters.CountDroppedEvent();
            }
        }
    }
}
