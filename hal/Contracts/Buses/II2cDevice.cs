namespace Terminal.Hal.Buses
{
    /// <summary>
    /// One device at a fixed address on an I2C bus (the PN532 at 0x24). nanoFramework's
    /// <c>System.Device.I2c.I2cDevice</c> cannot be mocked, so drivers hold this contract and a thin
    /// adapter wraps the real device. The outcome is a value: a device that does not acknowledge is a
    /// field condition (cable pulled, chip in power-down), not an exception.
    /// </summary>
    public interface II2cDevice
    {
        /// <summary>Gets the 7-bit address of the device, for messages and counters.</summary>
        int Address { get; }

        /// <summary>Writes bytes to the device in one transaction (start, address, data, stop).</summary>
        /// <param name="buffer">The bytes to send.</param>
        /// <param name="offset">Index of the first byte to send.</param>
        /// <param name="count">Number of bytes to send, 1 or more.</param>
        /// <returns><see cref="BusStatus.Ok"/> when every byte was acknowledged; otherwise why not.</returns>
        /// <exception cref="System.ArgumentNullException"><paramref name="buffer"/> is <c>null</c>.</exception>
        /// <exception cref="System.ArgumentOutOfRangeException">The range lies outside <paramref name="buffer"/>.</exception>
        BusStatus Write(byte[] buffer, int offset, int count);

        /// <summary>Reads exactly <paramref name="count"/> bytes from the device in one transaction.</summary>
        /// <param name="buffer">Where to put the bytes.</param>
        /// <param name="offset">Index of the first byte to fill.</param>
        /// <param name="count">Number of bytes to read, 1 or more.</param>
        /// <returns><see cref="BusStatus.Ok"/> when all bytes were read; otherwise why not (the buffer's content is then undefined).</returns>
        /// <exception cref="System.ArgumentNullException"><paramref name="buffer"/> is <c>null</c>.</exception>
        /// <exception cref="System.ArgumentOutOfRangeException">The range lies outside <paramref name="buffer"/>.</exception>
        BusStatus Read(byte[] buffer, int offset, int count);
    }
}
