using System;
using System.Device.I2c;
using Terminal.Hal.Buses;

namespace Terminal.Hal.Esp32.Buses
{
    /// <summary>
    /// One device on an ESP32 I2C bus behind our <see cref="II2cDevice"/>, so the portable PN532 driver never
    /// holds nanoFramework's <see cref="I2cDevice"/> (nanoFramework.System.Device.I2c). Transfer results map
    /// to <see cref="BusStatus"/> values: a reader that does not acknowledge is a field condition.
    /// </summary>
    /// <remarks>The board creates the <see cref="I2cDevice"/> and disposes it; this adapter only borrows it.</remarks>
    public sealed class Esp32I2cDevice : II2cDevice
    {
        private readonly I2cDevice _device;
        private readonly int _address;

        /// <summary>Wraps an open device.</summary>
        /// <param name="device">The device, opened by the board (<c>I2cDevice.Create(new I2cConnectionSettings(busId, address))</c>).</param>
        /// <param name="address">Its 7-bit address, for messages.</param>
        /// <exception cref="ArgumentNullException"><paramref name="device"/> is <c>null</c>.</exception>
        public Esp32I2cDevice(I2cDevice device, int address)
        {
            if (device == null)
            {
                throw new ArgumentNullException("device");
            }

            _device = device;
            _address = address;
        }

        /// <inheritdoc/>
        public int Address
        {
            get { return _address; }
        }

        /// <inheritdoc/>
        public BusStatus Write(byte[] buffer, int offset, int count)
        {
            CheckRange(buffer, offset, count);

            // I2cDevice.Write(SpanByte) returns I2cTransferResult (nanoFramework.System.Device.I2c).
            return Map(_device.Write(new SpanByte(buffer, offset, count)));
        }

        /// <inheritdoc/>
        public BusStatus Read(byte[] buffer, int offset, int count)
        {
            CheckRange(buffer, offset, count);
            I2cTransferResult result = _device.Read(new SpanByte(buffer, offset, count));
            if (result.Status == I2cTransferStatus.FullTransfer && result.BytesTransferred != count)
            {
                return BusStatus.Incomplete;
            }

            return Map(result);
        }

        private static BusStatus Map(I2cTransferResult result)
        {
            switch (result.Status)
            {
                case I2cTransferStatus.FullTransfer:
                    return BusStatus.Ok;
                case I2cTransferStatus.SlaveAddressNotAcknowledged:
                    return BusStatus.NotAcknowledged;
                case I2cTransferStatus.PartialTransfer:
                case I2cTransferStatus.ClockStretchTimeout:
                    return BusStatus.Incomplete;
                default:
                    return BusStatus.BusFault;
            }
        }

        private static void CheckRange(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || count < 1 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException("count");
            }
        }
    }
}
