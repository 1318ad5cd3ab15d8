using System;
using Terminal.Hal.Simulated.Time;

namespace Terminal.Tools.Simulator.Rig
{
    /// <summary>
    /// The embedded payment host's wall clock read from the terminal's <see cref="ManualClock"/>, so that the host's
    /// time, the terminal's receipts and the host's plausibility check (<c>C1</c>) agree in a scripted session whose
    /// clock starts on a fixed day. Timers (the host's delays and holds) stay in real time.
    /// </summary>
    public sealed class ClockTimeProvider : TimeProvider
    {
        private readonly ManualClock clock;

        /// <summary>Creates the provider.</summary>
        /// <param name="clock">The terminal's clock.</param>
        public ClockTimeProvider(ManualClock clock)
        {
            ArgumentNullException.ThrowIfNull(clock);
            this.clock = clock;
        }

        /// <inheritdoc/>
        public override DateTimeOffset GetUtcNow() => DateTimeOffset.FromUnixTimeMilliseconds(clock.UtcNowMilliseconds);
    }
}
