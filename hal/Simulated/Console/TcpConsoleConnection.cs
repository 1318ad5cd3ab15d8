using System;
using System.Net.Sockets;
using Terminal.Hal.ConsoleTransport;

namespace Terminal.Hal.Simulated.ConsoleTransport
{
    /// <summary>One accepted TCP connection of the simulator's debug console; reads never block.</summary>
    public sealed class TcpConsoleConnection : IConsoleConnection
    {
        private readonly Socket socket;
        private bool open = true;

        /// <summary>Wraps an accepted socket; the connection owns it from now on.</summary>
        /// <param name="socket">The socket.</param>
        public TcpConsoleConnection(Socket socket)
        {
            this.socket = socket ?? throw new ArgumentNullException(nameof(socket));
            this.socket.NoDelay = true;
            PeerName = socket.RemoteEndPoint?.ToString() ?? "tcp";
        }

        /// <inheritdoc/>
        public string PeerName { get; }

        /// <inheritdoc/>
        public bool IsOpen => open;

        /// <inheritdoc/>
        public int Read(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            if (offset < 0 || count < 1 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            if (!open)
            {
                return 0;
            }

            try
            {
                if (socket.Available > 0)
                {
                    return socket.Receive(buffer, offset, count, SocketFlags.None);
                }

                // Readable with nothing to read: the peer closed its side.
                if (socket.Poll(0, SelectMode.SelectRead) && socket.Available == 0)
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
            catch (ObjectDisposedException)
            {
                open = false;
                return 0;
            }
        }

        /// <inheritdoc/>
        public bool Write(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            if (!open)
            {
                return false;
            }

            try
            {
                int sent = 0;
                while (sent < count)
                {
                    sent += socket.Send(buffer, offset + sent, count - sent, SocketFlags.None);
                }

                return true;
            }
            catch (SocketException)
            {
                Close();
                return false;
            }
            catch (ObjectDisposedException)
            {
                open = false;
                return false;
            }
        }

        /// <inheritdoc/>
        public void Close()
        {
            if (!open)
            {
                return;
            }

            open = false;
            try
            {
                socket.Shutdown(SocketShutdown.Both);
            }
            catch (SocketException)
            {
                // Already reset by the peer.
            }

            socket.Dispose();
        }
    }
}
