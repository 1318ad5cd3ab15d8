using Terminal.Hal.Buses;

namespace Terminal.Hal.Board
{
    /// <summary>How the receipt printer is connected: its UART, already open at the printer's speed.</summary>
    public sealed class PrinterWiring
    {
        /// <summary>Gets or sets the printer's UART (COM2 on the reference board).</summary>
        public ISerialPort Port { get; set; }
    }
}
