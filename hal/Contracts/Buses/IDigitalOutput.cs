namespace Terminal.Hal.Buses
{
    /// <summary>
    /// One GPIO pin the firmware drives: a display's data/command and reset lines, a keypad row, a scanner
    /// trigger. nanoFramework's <c>GpioController</c> is sealed, so drivers hold this contract and the
    /// board hands out a thin adapter per pin, already opened as an output.
    /// </summary>
    public interface IDigitalOutput
    {
        /// <summary>Drives the pin: <c>true</c> for high (3.3 V), <c>false</c> for low.</summary>
        /// <param name="high">The level to drive.</param>
        void Write(bool high);
    }
}
