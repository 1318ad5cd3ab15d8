namespace Terminal.Hal.Platform
{
    /// <summary>
    /// The supply voltage, where a board wires it to an ADC (a divider on the 5 V input): evidence for cause
    /// HW-POWER besides the terminal's own count of unclean restarts.
    /// </summary>
    public interface ISupplyMonitor
    {
        /// <summary>Reads the supply voltage.</summary>
        /// <param name="millivolts">The voltage in millivolts; 0 when the read failed.</param>
        /// <returns><c>true</c> when a value was read.</returns>
        bool TryReadMillivolts(out int millivolts);

        /// <summary>Gets the lowest voltage the terminal is specified for, in millivolts (e.g. 4750 for a 5 V input).</summary>
        int MinimumMillivolts { get; }
    }
}
