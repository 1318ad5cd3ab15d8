using System;
using Terminal.Hal.Buses;

namespace Terminal.Hal.Simulated.Buses
{
    /// <summary>
    /// A GPIO input whose level a test or an emulator sets: either a fixed <see cref="Level"/>, or a
    /// function evaluated at every read (a keypad column that depends on which row is driven low).
    /// </summary>
    public sealed class SimulatedInputPin : IDigitalInput
    {
        private readonly Func<bool>? source;

        /// <summary>Creates a pin with a fixed level that a test changes through <see cref="Level"/>.</summary>
        /// <param name="initialLevel">The level until changed (an input with a pull-up idles high).</param>
        public SimulatedInputPin(bool initialLevel = true)
        {
            Level = initialLevel;
        }

        /// <summary>Creates a pin whose level is computed at every read.</summary>
        /// <param name="source">Returns the level at the moment of the read.</param>
        public SimulatedInputPin(Func<bool> source)
        {
            ArgumentNullException.ThrowIfNull(source);
            this.source = source;
        }

        /// <summary>Gets or sets the fixed level; ignored when the pin was created with a source function.</summary>
        public bool Level { get; set; }

        /// <summary>Gets how many times the driver read the pin.</summary>
        public int Reads { get; private set; }

        /// <inheritdoc/>
        public bool Read()
        {
            Reads++;
            return source != null ? source() : Level;
        }
    }
}
