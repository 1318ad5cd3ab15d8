namespace Terminal.Hal.Buses
{
    /// <summary>
    /// One device on an SPI bus, with its chip select handled by the adapter (a TFT panel controller).
    /// nanoFramework's <c>System.Device.Spi.SpiDevice</c> has no virtual members and cannot be mocked, so
    /// drivers hold this contract and a thin adapter wraps the real device. Clock, mode and chip-select
    /// pin are the board's business, set when it opens the device.
    /// </summary>
    public interface ISpiDevice
    {
        /// <summary>Clocks bytes out to the device in one chip-select frame; whatever comes back is ignored.</summary>
        /// <param name="buffer">The bytes to send.</param>
        /// <param name="offset">Index of the first byte to send.</param>
        /// <param name="count">Number of bytes to send, 1 or more.</param>
        /// <exception cref="System.ArgumentNullException"><paramref name="buffer"/> is <c>null</c>.</exception>
        /// <exception cref="System.ArgumentOutOfRangeException">The range lies outside <paramref name="buffer"/>.</exception>
        void Write(byte[] buffer, int offset, int count);

        /// <summary>
        /// Clocks <paramref name="writeBuffer"/> out and, in the same frame, samples as many bytes into
        /// <paramref name="readBuffer"/>. A device that does not answer leaves the data line floating: the
        /// bytes read are then whatever the line idles at (all zero or all 0xFF), never an exception.
        /// </summary>
        /// <param name="writeBuffer">The bytes to send; its length is the frame length.</param>
        /// <param name="readBuffer">Receives the bytes sampled; at least as long as <paramref name="writeBuffer"/>.</param>
        /// <exception cref="System.ArgumentNullException">A buffer is <c>null</c>.</exception>
        /// <exception cref="System.ArgumentException"><paramref name="readBuffer"/> is shorter than <paramref name="writeBuffer"/>.</exception>
        void TransferFullDuplex(byte[] writeBuffer, byte[] readBuffer);
    }
}
