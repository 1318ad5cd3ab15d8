namespace Terminal.Hal.CardReader
{
    /// <summary>
    /// Lets a driver wait a few milliseconds between two polls of a peripheral that has no reply it can block
    /// on: the PN532's I2C ready byte, a reset pulse. On the device it is <c>Thread.Sleep</c>; in the simulated
    /// HAL it moves the <c>ManualClock</c> instead, so timeouts are deterministic and take no real time.
    /// </summary>
    /// <remarks>Not card-reader specific: if other drivers need it, it belongs in <c>hal/Contracts/Time</c>.</remarks>
    public interface IPollingDelay
    {
        /// <summary>Waits at least <paramref name="milliseconds"/>, yielding the CPU to other threads.</summary>
        /// <param name="milliseconds">How long to wait, 0 or more; 0 only yields.</param>
        /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="milliseconds"/> is negative.</exception>
        void Wait(int milliseconds);
    }
}
