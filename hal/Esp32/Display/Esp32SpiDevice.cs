using System;
using System.Device.Spi;
using Terminal.Hal.Buses;

namespace Terminal.Hal.Esp32.Display
{
    /// <summary>
    /// Our <see cref="ISpiDevice"/> over nanoFramework's <c>System.Device.Spi.SpiDevice</c> (package
    /// nanoFramework.System.Device.Spi), which has no virtual members and cannot be mocked. The chip select
    /// is the SpiDevice's own (SpiConnectionSettings.ChipSelectLine), so one call is one chip-select frame.
    /// </summary>
    /// <remarks>
    /// API used (nanoframework/System.Device.Spi, SpiDevice.cs): <c>void Write(SpanByte buffer)</c> and
    /// <c>void TransferFullDuplex(SpanByte writeBuffer, SpanByte readBuffer)</c>; <c>SpanByte(byte[] array, int
    /// start, int length)</c> from nanoFramework.CoreLibrary (System.SpanByte, a ref struct: built on the stack,
    /// no allocation). Older package versions copied the span into a new array inside Write (SpiDevice.cs:
    /// "This is allocating an intermediate buffer"); use a version with the native implementation or the
    /// display's per-frame allocation is not zero on the device.
    /// The board owns the SpiDevice and disposes it; this adapter owns nothing.
    /// </remarks>
    public sealed class Esp32SpiDevice : ISpiDevice
    {
        private readonly SpiDevice _device;

        /// <summary>Wraps an opened device.</summary>
        /// <param name="device">The device, opened by the board after <c>Configuration.SetPinFunction</c> routed SPI1's pins.</param>
        /// <exception cref="ArgumentNullException"><paramref name="device"/> is <c>null</c>.</exception>
        public Esp32SpiDevice(SpiDevice device)
        {
            if (device == null)
            {
                throw new ArgumentNullException(nameof(device));
            }

            _device = device;
        }

        /// <inheritdoc/>
        public void Write(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(nameof(buffer));
            }

            if (offset < 0 || count < 1 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count), "The range lies outside the buffer.");
            }

            _device.Write(new SpanByte(buffer, offset, count));
        }

        /// <inheritdoc/>
        public void TransferFullDuplex(byte[] writeBuffer, byte[] readBuffer)
        {
            if (writeBuffer == null)
            {
                throw new ArgumentNullException(nameof(writeBuffer));
            }

            if (readBuffer == null)
            {
                throw new ArgumentNullException(nameof(readBuffer));
            }

            if (readBuffer.Length < writeBuffer.Length)
            {
                throw new ArgumentException("The read buffer is shorter than the write buffer.", nameof(readBuffer));
            }

            // Both spans the same length: the frame is exactly the write buffer.
            _device.TransferFullDuplex(new SpanByte(writeBuffer, 0, writeBuffer.Length), new SpanByte(readBuffer, 0, writeBuffer.Length));
        }
    }
}
