namespace Terminal.Hal.Buses
{
    /// <summary>
    /// The data path of a UART (a printer or a scanner on COM2/COM3). Configuration lives apart, in
    /// <see cref="ISerialConfiguration"/>, so that a driver that only talks cannot change the line.
    /// nanoFramework's <c>System.IO.Ports.SerialPort</c> is sealed and cannot be mocked, so drivers hold
    /// this contract and a thin adapter wraps the real port.
    /// </summary>
    /// <remarks>
    /// A pulled cable, a peripheral that lost power or a line at the wrong speed are field conditions:
    /// they show as reads that time out or bytes that do not parse, never as exceptions. Only misuse
    /// (a null buffer, a range outside it, a disposed port) throws.
    /// </remarks>
    public interface ISerialPort
    {
        /// <summary>
        /// Sends bytes to the peripheral. Returns once they are handed to the UART's transmit buffer,
        /// not when they are on the wire.
        /// </summary>
        /// <param name="buffer">The bytes to send.</param>
        /// <param name="offset">Index of the first byte to send.</param>
        /// <param name="count">Number of bytes to send, 0 or more.</param>
        /// <exception cref="System.ArgumentNullException"><paramref name="buffer"/> is <c>null</c>.</exception>
        /// <exception cref="System.ArgumentOutOfRangeException">The range lies outside <paramref name="buffer"/>.</exception>
        void Write(byte[] buffer, int offset, int count);

        /// <summary>
        /// Receives up to <paramref name="count"/> bytes: returns as soon as at least one byte is
        /// available, or 0 when <paramref name="timeoutMilliseconds"/> passed with none.
        /// </summary>
        /// <param name="buffer">Where to put the bytes.</param>
        /// <param name="offset">Index of the first byte to fill.</param>
        /// <param name="count">Most bytes to return, 1 or more.</param>
        /// <param name="timeoutMilliseconds">How long to wait for the first byte, 0 or more.</param>
        /// <returns>The number of bytes received, 0 on timeout.</returns>
        /// <exception cref="System.ArgumentNullException"><paramref name="buffer"/> is <c>null</c>.</exception>
        /// <exception cref="System.ArgumentOutOfRangeException">The range lies outside <paramref name="buffer"/>, or a negative timeout.</exception>
        int Read(byte[] buffer, int offset, int count, int timeoutMilliseconds);

        /// <summary>Drops every byte received but not yet read: stale replies before a new command.</summary>
        void DiscardInput();
    }
}
