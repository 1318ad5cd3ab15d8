using System;
using Terminal.Hal.Simulated.Time;

namespace Terminal.Tools.Chaos
{
    /// <summary>
    /// The payment host's clock, read from the terminal's <see cref="ManualClock"/> once the terminal
    /// exists (the host starts first, because the terminal needs its address); the system clock until then.
    /// Timers (the host's delay faults) stay real.
    /// </summary>
    public sealed class DeferredClock : TimeProvider
    {
        /// <summary>The terminal's clock, once known.</summary>
        public ManualClock? Clock { get; set; }

        /// <inheritdoc/>
        public override DateTimeOffset GetUtcNow()
        {
            ManualClock? clock = Clock;
            return clock == null ? base.GetUtcNow() : DateTimeOffset.FromUnixTimeMilliseconds(clock.UtcNowMilliseconds);
        }
    }
}
