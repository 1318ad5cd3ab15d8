namespace Terminal.Hal.Buses
{
    /// <summary>
    /// One GPIO pin the firmware reads: a keypad column with its pull-up, a reader's interrupt line.
    /// The board opens it as an input with the pull the wiring needs and hands out a thin adapter.
    /// </summary>
    public interface IDigitalInput
    {
        /// <summary>Reads the pin's level now: <c>true</c> for high, <c>false</c> for low. No debouncing: that is the driver's job.</summary>
        /// <returns>The level sampled.</returns>
        bool Read();
    }
}
