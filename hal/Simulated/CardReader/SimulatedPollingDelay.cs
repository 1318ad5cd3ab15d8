using System;
using Terminal.Hal.CardReader;
using Terminal.Hal.Simulated.Time;

namespace Terminal.Hal.Simulated.CardReader
{
    /// <summary>
    /// A pause that takes no real time: it moves a <see cref="ManualClock"/> instead, so that a driver's poll
    /// loops and timeouts run instantly and deterministically, and an emulator on the same clock sees the time
    /// pass (a PN532 whose response becomes ready 20 ms after its command).
    /// </summary>
    public sealed class SimulatedPollingDelay : IPollingDelay
    {
        private readonly ManualClock clock;

        /// <summary>Creates the delay over a clock.</summary>
        /// <param name="clock">The clock each wait moves.</param>
        public SimulatedPollingDelay(ManualClock clock)
        {
            ArgumentNullException.ThrowIfNull(clock);
            this.clock = clock;
        }

        /// <summary>Gets how many waits the driver made.</summary>
        public int Waits { get; private set; }

        /// <summary>Gets the total time waited, in milliseconds.</summary>
        public long WaitedMilliseconds { get; private set; }

        /// <inheritdoc/>
        public void Wait(int milliseconds)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(milliseconds);
            Waits++;
            WaitedMilliseconds += milliseconds;
            if (milliseconds > 0)
            {
                clock.Advance(milliseconds);
            }
        }
    }
}
