namespace Terminal.Hal.Buses
{
    /// <summary>
    /// The line settings of a UART, apart from its data path (<see cref="ISerialPort"/>). Only a driver
    /// that must move the line, such as a QR scanner resynchronising after a factory reset put it back
    /// at its default speed, is handed this.
    /// </summary>
    public interface ISerialConfiguration
    {
        /// <summary>Gets the line speed in bits per second (8 data bits, no parity, 1 stop bit).</summary>
        int BaudRate { get; }

        /// <summary>
        /// Changes the line speed. Bytes received but not read are dropped, because they were sampled at
        /// the old speed.
        /// </summary>
        /// <param name="baudRate">Bits per second: 1200 to 921600.</param>
        /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="baudRate"/> is outside the range.</exception>
        void ChangeBaudRate(int baudRate);
    }
}
