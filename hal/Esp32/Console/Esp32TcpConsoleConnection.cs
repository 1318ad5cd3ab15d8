using System;
using System.Net.Sockets;
using Terminal.Hal.ConsoleTransport;

namespace Terminal.Hal.Esp32.ConsoleTransport
{
    /// <summary>
    /// One accepted debug-console TCP connection on the device. Package nanoFramework.System.Net, type
    /// <c>System.Net.Sockets.Socket</c>: <c>Available</c>, <c>Receive(byte[], int, int, SocketFlags)</c>,
    /// <c>Send(byte[], int, int, SocketFlags)</c>, <c>Poll(int, SelectMode)</c>, <c>RemoteEndPoint</c>, <c>Close()</c>.
    /// Reads take only what <c>Available</c> says is there, so they never block.
    /// </summary>
    public sealed class Esp32TcpConsoleConnection : IConsoleConnection
    {
        // A send that cannot hand its bytes to lwIP in this time fails the connection (nanoFramework Socket.SendTimeout, ms).
        private const int SendTimeoutMilliseconds = 2000;

        private readonly Socket _socket;
        private readonly string _peer;
        private bool _open = true;

        /// <summary>Wraps an accepted socket; the connection owns it.</summary>
        /// <param name="socket">The socket.</param>
        public Esp32TcpConsoleConnection(Socket socket)
        {
            if (socket == null)
            {
                throw new ArgumentNullException("socket");
            }

            _socket = socket;
            _socket.SendTimeout = SendTimeoutMilliseconds;
            string peer;
            try
            {
                peer = _socket.RemoteEndPoint.ToString();
            }
            catch (SocketException)
            {
                peer = "tcp";
            }

            _peer = peer;
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

            try
            {
                int available = _socket.Available;
                if (available > 0)
                {
                    return _socket.Receive(buffer, offset, available < count ? available : count, SocketFlags.None);
                }

                // Readable with nothing to read: the peer closed its side.
                if (_socket.Poll(0, SelectMode.SelectRead) && _socket.Available == 0)
                {
                    Close();
                }

                return 0;
            }
            catch (SocketException)
            {
                Close();
                return 0;
            }
        }

        /// <inheritdoc/>
        public bool Write(byte[] buffer, int offset, int count)
        {
            if (buffer == null || offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentException("write range");
            }

            if (!_open)
            {
                return false;
            }

            try
            {
                int sent = 0;
                while (sent < count)
                {
                    sent += _socket.Send(buffer, offset + sent, count - sent, SocketFlags.None);
                }

                return true;
            }
            catch (SocketException)
            {
                Close();
                return false;
            }
        }

        /// <inheritdoc/>
        public void Close()
        {
            if (_open)
            {
                _open = false;
                _socket.Close();
            }
        }
    }
}
