using System;
using Terminal.Hal.Board;
using Terminal.Hal.Network;
using Terminal.Hal.Simulated.Storage;
using Terminal.Hal.Simulated.Time;
using Terminal.Hal.Storage;
using Terminal.Hal.Time;

namespace Terminal.Hal.Simulated.Board
{
    /// <summary>
    /// The terminal's hardware on a PC: simulated parts with their fault switches reachable through
    /// <see cref="Flash"/>, <see cref="Witness"/> and <see cref="ManualClock"/>. The board owns them; none
    /// holds an unmanaged resource, so there is nothing to dispose.
    /// </summary>
    public sealed class SimulatedBoard : ITerminalBoard
    {
        /// <summary>Assembles a board from parts the caller made (e.g. a flash imported from an image).</summary>
        /// <param name="flash">The flash behind <see cref="Storage"/>.</param>
        /// <param name="witness">The identity witness.</param>
        /// <param name="clock">The clock.</param>
        public SimulatedBoard(SimulatedFlash flash, SimulatedIdentityWitness witness, ManualClock clock)
        {
            ArgumentNullException.ThrowIfNull(flash);
            ArgumentNullException.ThrowIfNull(witness);
            ArgumentNullException.ThrowIfNull(clock);
            Flash = flash;
            Witness = witness;
            ManualClock = clock;
        }

        /// <summary>Gets the simulated flash, with its fault switches.</summary>
        public SimulatedFlash Flash { get; }

        /// <summary>Gets the simulated identity witness, with its fault switches.</summary>
        public SimulatedIdentityWitness Witness { get; }

        /// <summary>Gets the clock, for tests to move time.</summary>
        public ManualClock ManualClock { get; }

        /// <inheritdoc/>
        public IFileStorage Storage => Flash.Storage;

        /// <inheritdoc/>
        public IIdentityWitness IdentityWitness => Witness;

        /// <inheritdoc/>
        public IClock Clock => ManualClock;

        /// <summary>
        /// Gets or sets the link to the payment host: an <c>HttpClientLink</c> to a <c>tools/PaymentHost</c>
        /// on loopback, or <c>null</c> (the default) for a terminal without one. The board does not own it.
        /// </summary>
        public IHttpLink? HostLink { get; set; }

        /// <summary>
        /// Makes a new terminal: a blank 2 MB flash (the <c>I:</c> of an 8 MB module), a blank witness and
        /// a clock at 2026-11-23T00:00:00Z.
        /// </summary>
        /// <param name="seed">The flash's seed.</param>
        /// <returns>The board.</returns>
        public static SimulatedBoard Create(int seed)
        {
            long startMilliseconds = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
            return new SimulatedBoard(
                new SimulatedFlash(2 * 1024 * 1024, seed),
                new SimulatedIdentityWitness(),
                new ManualClock(startMilliseconds));
        }
    }
}
