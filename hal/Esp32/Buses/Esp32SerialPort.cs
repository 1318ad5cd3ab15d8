using System;
using System.IO.Ports;
using System.Threading;
using Terminal.Hal.Buses;

namespace Terminal.Hal.Esp32.Buses
{
    /// <summary>
    /// A UART of the ESP32 (COM2 or COM3; COM1 is the debugger's) behind our <see cref="ISerialPort"/> and
    /// <see cref="ISerialConfiguration"/>, so the portable printer and scanner drivers never hold the sealed
    /// <see cref="SerialPort"/> (nanoFramework.System.IO.Ports).
    /// </summary>
    /// <remarks>
    /// <para>Reads poll <see cref="SerialPort.BytesToRead"/> instead of relying on <see cref="SerialPort.ReadTimeout"/>:
    /// nanoFramework's <c>Read</c> throws <see cref="TimeoutException"/> when nothing arrived, an exception on a path
    /// that times out routinely (a printer polled while unplugged), and its <c>ReadTimeout</c> setter refuses 0.</para>
    /// <para>The board routes the pins (<c>Configuration.SetPinFunction(pin, DeviceFunction.COM2_TX)</c> ...) before
    /// it creates this adapter. The adapter opens the port and owns it: <see cref="Dispose"/> closes it.</para>
    /// </remarks>
    public sealed class Esp32SerialPort : ISerialPort, ISerialConfiguration, IDisposable
    {
        // Poll interval while waiting for the first byte: one byte at 9600 baud lasts about 1 ms.
        private const int PollIntervalMilliseconds = 2;

        private readonly SerialPort _port;
        private readonly byte[] _discardBuffer = new byte[64];
        private bool _disposed;

        /// <summary>Opens a UART at 8 data bits, no parity, one stop bit.</summary>
        /// <param name="portName">"COM2" or "COM3" (COM1 carries the debugger).</param>
        /// <param name="baudRate">Bits per second, 1200 to 921600.</param>
        /// <param name="receiveBufferBytes">Size of the driver's receive buffer, more than 256 (a QR code is up to 512 bytes).</param>
        /// <exception cref="ArgumentOutOfRangeException">The speed or buffer size is out of range.</exception>
        public Esp32SerialPort(string portName, int baudRate, int receiveBufferBytes)
        {
            CheckBaudRate(baudRate);
            // SerialPort.ReadBufferSize (System.IO.Ports PR #62): the ESP32 native code halves it for the IDF UART
            // driver, which needs more than its 128-byte hardware FIFO, so 256 or less fails Open on ESP32-S3 (Home#1455).
            if (receiveBufferBytes <= 256)
            {
                throw new ArgumentOutOfRangeException("receiveBufferBytes");
            }

            // nanoFramework.System.IO.Ports SerialPort(string portName, int baudRate, Parity, int dataBits, StopBits).
            _port = new SerialPort(portName, baudRate, Parity.None, 8, StopBits.One);
            _port.ReadBufferSize = receiveBufferBytes;
            _port.Handshake = Handshake.None;
            _port.Open();
        }

        /// <inheritdoc/>
        public int BaudRate
        {
            get { return _port.BaudRate; }
        }

        /// <inheritdoc/>
        public void ChangeBaudRate(int baudRate)
        {
            CheckBaudRate(baudRate);
            ThrowIfDisposed();

            // Setting BaudRate on an open port reconfigures the UART (SerialPort.NativeConfig).
            _port.BaudRate = baudRate;
            DiscardInput();
        }

        /// <inheritdoc/>
        public void Write(byte[] buffer, int offset, int count)
        {
            CheckRange(buffer, offset, count);
            ThrowIfDisposed();
            if (count > 0)
            {
                _port.Write(buffer, offset, count);
            }
        }

        /// <inheritdoc/>
        public int Read(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            CheckRange(buffer, offset, count);
            if (count < 1 || timeoutMilliseconds < 0)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            ThrowIfDisposed();
            int waitedMilliseconds = 0;
            while (true)
            {
                int available = _port.BytesToRead;
                if (available > 0)
                {
                    return _port.Read(buffer, offset, available < count ? available : count);
                }

                if (waitedMilliseconds >= timeoutMilliseconds)
                {
                    return 0;
                }

                Thread.Sleep(PollIntervalMilliseconds);
                waitedMilliseconds += PollIntervalMilliseconds;
            }
        }

        /// <inheritdoc/>
        public void DiscardInput()
        {
            ThrowIfDisposed();

            // This SerialPort has no DiscardInBuffer: drain what is there.
            int available = _port.BytesToRead;
            while (available > 0)
            {
                _port.Read(_discardBuffer, 0, available < _discardBuffer.Length ? available : _discardBuffer.Length);
                available = _port.BytesToRead;
            }
        }

        /// <summary>Closes the port. Called by the board, which created it.</summary>
        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _port.Dispose();
        }

        private static void CheckBaudRate(int baudRate)
        {
            if (baudRate < 1200 || baudRate > 921600)
            {
                throw new ArgumentOutOfRangeException("baudRate");
            }
        }

        private static void CheckRange(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException("count");
            }
        }

        private void ThrowIfDisposed()
        {
            if (_disposed)
            {
                throw new ObjectDisposedException();
            }
        }
    }
}
