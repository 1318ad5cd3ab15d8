using Terminal.Hal.Buses;

namespace Terminal.Hal.Simulated.Buses
{
    /// <summary>A GPIO output that remembers its level and counts its writes; an emulator reads <see cref="Level"/>.</summary>
    public sealed class SimulatedOutputPin : IDigitalOutput
    {
        /// <summary>Creates the pin at a starting level.</summary>
        /// <param name="initialLevel">The level before the first write (after reset, most pins idle high through pull-ups).</param>
        public SimulatedOutputPin(bool initialLevel = false)
        {
            Level = initialLevel;
        }

        /// <summary>Raised after every write with the new level, for emulators that react to an edge (a reset line).</summary>
        public event System.Action<bool>? Changed;

        /// <summary>Gets the level last written.</summary>
        public bool Level { get; private set; }

        /// <summary>Gets how many writes the driver made.</summary>
        public int Writes { get; private set; }

        /// <inheritdoc/>
        public void Write(bool high)
        {
            Level = high;
            Writes++;
            Changed?.Invoke(high);
        }
    }
}
