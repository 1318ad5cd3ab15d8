using Terminal.Hal.Buses;

namespace Terminal.Hal.Board
{
    /// <summary>How the QR scanner is connected: its UART, the UART's line settings, and its trigger line.</summary>
    public sealed class ScannerWiring
    {
        /// <summary>Gets or sets the scanner's UART data path (COM3 on the reference board).</summary>
        public ISerialPort Port { get; set; }

        /// <summary>Gets or sets the same UART's line settings, for the baud resync after a factory reset.</summary>
        public ISerialConfiguration Line { get; set; }

        /// <summary>Gets or sets the trigger line (active low).</summary>
        public IDigitalOutput Trigger { get; set; }
    }
}
