using System;
using Terminal.Hal.Time;

namespace Terminal.Hal.Simulated.Time
{
    /// <summary>
    /// A clock that moves only when a test moves it: <see cref="Advance"/> moves both the wall clock
    /// and the monotonic ticks, <see cref="SetWallClock"/> jumps the wall clock alone, as SNTP or
    /// <c>Rtc.SetSystemTime</c> does on the device.
    /// </summary>
    public sealed class ManualClock : IClock
    {
        private readonly object gate = new object();
        private long utcNowMilliseconds;
        private long monotonicMilliseconds;

        /// <summary>Creates the clock, its monotonic ticks at 0 as at boot.</summary>
        /// <param name="utcNowMilliseconds">The wall-clock time, in milliseconds since 1970-01-01T00:00:00Z.</param>
        public ManualClock(long utcNowMilliseconds)
        {
            this.utcNowMilliseconds = utcNowMilliseconds;
        }

        /// <summary>Gets or sets the wall-clock time in milliseconds since 1970-01-01T00:00:00Z; setting it is <see cref="SetWallClock"/>.</summary>
        public long UtcNowMilliseconds
        {
            get
            {
                lock (gate)
                {
                    return utcNowMilliseconds;
                }
            }

            set => SetWallClock(value);
        }

        /// <inheritdoc/>
        public long MonotonicMilliseconds
        {
            get
            {
                lock (gate)
                {
                    return monotonicMilliseconds;
                }
            }
        }

        /// <summary>Lets time pass: moves the wall clock and the monotonic ticks forward together.</summary>
        /// <param name="milliseconds">How long, 0 or more.</param>
        public void Advance(long milliseconds)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(milliseconds);
            lock (gate)
            {
                utcNowMilliseconds += milliseconds;
                monotonicMilliseconds += milliseconds;
            }
        }

        /// <summary>Sets the wall clock, forwards or backwards; the monotonic ticks do not move.</summary>
        /// <param name="utcNowMilliseconds">The new wall-clock time, in milliseconds since 1970-01-01T00:00:00Z.</param>
        public void SetWallClock(long utcNowMilliseconds)
        {
            lock (gate)
            {
                this.utcNowMilliseconds = utcNowMilliseconds;
            }
        }
    }
}
