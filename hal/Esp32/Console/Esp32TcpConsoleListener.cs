using System;
using System.Net;
using System.Net.Sockets;
using Terminal.Hal.ConsoleTransport;

namespace Terminal.Hal.Esp32.ConsoleTransport
{
    /// <summary>
    /// The debug console's TCP listener on the terminal's network (Wi-Fi station). Package nanoFramework.System.Net,
    /// type <c>System.Net.Sockets.Socket</c>: <c>Socket(AddressFamily, SocketType, ProtocolType)</c>,
    /// <c>Bind(EndPoint)</c>, <c>Listen(int)</c>, <c>Poll(int microSeconds, SelectMode)</c>, <c>Accept()</c>
    /// (nanoframework/System.Net, nanoFramework.System.Net/Sockets/Socket.cs). Accept is only called after
    /// <c>Poll(0, SelectRead)</c> says a connection waits, so the app's loop never blocks.
    /// </summary>
    /// <remarks>The board creates it once the network is up, and calls <see cref="Stop"/> when it goes down.</remarks>
    public sealed class Esp32TcpConsoleListener : IConsoleListener
    {
        private readonly Socket _socket;
        private readonly int _port;
        private bool _stopped;

        /// <summary>Binds to every address of the terminal on a port and listens.</summary>
        /// <param name="port">The TCP port, 1..65535 (e.g. 2323).</param>
        /// <exception cref="SocketException">The port cannot be bound (the network stack is not up).</exception>
        public Esp32TcpConsoleListener(int port)
        {
            if (port < 1 || port > 65535)
            {
                throw new ArgumentOutOfRangeException("port");
            }

            _port = port;
            _socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            _socket.Bind(new IPEndPoint(IPAddress.Any, port));

            // One technician at a time; a second connection waits in the backlog of 1.
            _socket.Listen(1);
        }

        /// <inheritdoc/>
        public string Endpoint
        {
            get { return "tcp 0.0.0.0:" + _port.ToString(); }
        }

        /// <inheritdoc/>
        public bool TryAccept(out IConsoleConnection connection)
        {
            connection = null;
            if (_stopped)
            {
                return false;
            }

            try
            {
                if (!_socket.Poll(0, SelectMode.SelectRead))
                {
                    return false;
                }

                connection = new Esp32TcpConsoleConnection(_socket.Accept());
                return true;
            }
            catch (SocketException)
            {
                // The network went down under the listener: no connection this round.
                return false;
            }
        }

        /// <inheritdoc/>
        public void Stop()
        {
            if (!_stopped)
            {
                _stopped = true;
                _socket.Close();
            }
        }
    }
}
