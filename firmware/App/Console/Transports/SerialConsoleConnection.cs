using System;
using Terminal.Hal.Buses;
using Terminal.Hal.ConsoleTransport;

namespace Terminal.App.Console.Transports
{
    /// <summary>A debug-console connection over a UART (<see cref="ISerialPort"/>): reads with a zero timeout, so they never block.</summary>
    public sealed class SerialConsoleConnection : IConsoleConnection
    {
        private readonly ISerialPort _port;
        private readonly string _peer;
        private byte[] _pending;
        private int _pendingOffset;
        private bool _open = true;

        /// <summary>Creates the connection.</summary>
        /// <param name="port">The UART; not owned.</param>
        /// <param name="peerName">The name in the log (<c>uart COM3</c>).</param>
        /// <param name="firstBytes">Bytes already read that started the connection; copied.</param>
        /// <param name="count">How many of them.</param>
        public SerialConsoleConnection(ISerialPort port, string peerName, byte[] firstBytes, int count)
        {
            if (port == null)
            {
                throw new ArgumentNullException("port");
            }

            _port = port;
            _peer = peerName;
            if (firstBytes != null && count > 0)
            {
                _pending = new byte[count];
                Array.Copy(firstBytes, 0, _pending, 0, count);
            }
        }

        /// <inheritdoc/>
        public string PeerName
        {
            get { return _peer; }
        }

        /// <inheritdoc/>
        public bool IsOpen
        {
            get { return _open; }
        }

        /// <inheritdoc/>
        public int Read(byte[] buffer, int offset, int count)
        {
            if (buffer == null || offset < 0 || count < 1 || offset > buffer.Length - count)
            {
                throw new ArgumentException("read range");
            }

            if (!_open)
            {
                return 0;
            }

            if (_pending != null)
            {
                int take = _pending.Length - _pendingOffset;
                if (take > count)
                {
                    take = count;
                }

                Array.Copy(_pending, _pendingOffset, buffer, offset, take);
                _pendingOffset += take;
                if (_pendingOffset == _pending.Length)
                {
                    _pending = null;
                    _pendingOffset = 0;
                }

                return take;
            }

            return _port.Read(buffer, offset, count, 0);
        }

        /// <inheritdoc/>
        public bool Write(byte[] buffer, int offset, int count)
        {
            if (!_open)
            {
                return false;
            }

            _port.Write(buffer, offset, count);
            return true;
        }

        /// <inheritdoc/>
        public void Close()
        {
            _open = false;
            _pending = null;
        }
    }
}
