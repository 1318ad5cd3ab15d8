using Terminal.Hal.Buses;
using Terminal.Hal.CardReader;

namespace Terminal.Hal.Board
{
    /// <summary>How the NFC card reader is connected: its I2C device and its interrupt and reset lines.</summary>
    public sealed class CardReaderWiring
    {
        /// <summary>Gets or sets the reader on I2C (the PN532 at 0x24).</summary>
        public II2cDevice Device { get; set; }

        /// <summary>Gets or sets the reader's interrupt line (active low: a reply is ready).</summary>
        public IDigitalInput Interrupt { get; set; }

        /// <summary>Gets or sets the reader's reset / power-down line (active low).</summary>
        public IDigitalOutput Reset { get; set; }

        /// <summary>Gets or sets how the driver waits between polls: a thread sleep on the device, a clock step in the simulator.</summary>
        public IPollingDelay Delay { get; set; }
    }
}
