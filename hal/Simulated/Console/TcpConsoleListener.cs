using System;
using System.Net;
using System.Net.Sockets;
using Terminal.Hal.ConsoleTransport;

namespace Terminal.Hal.Simulated.ConsoleTransport
{
    /// <summary>
    /// The debug console's TCP listener in the simulator: a real socket on 127.0.0.1, so <c>tools/DebugConsole</c>
    /// connects to the simulated terminal exactly as it would to a device. Port 0 takes any free port;
    /// <see cref="Port"/> says which.
    /// </summary>
    /// <remarks>Whoever creates it calls <see cref="Stop"/> (or <see cref="Dispose"/>).</remarks>
    public sealed class TcpConsoleListener : IConsoleListener, IDisposable
    {
        private readonly TcpListener listener;
        private bool stopped;

        /// <summary>Starts listening on the loopback address.</summary>
        /// <param name="port">The TCP port, 0..65535; 0 lets the system choose.</param>
        public TcpConsoleListener(int port)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(port);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
            listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        /// <summary>Gets the port it listens on.</summary>
        public int Port { get; }

        /// <inheritdoc/>
        public string Endpoint => $"tcp 127.0.0.1:{Port}";

        /// <inheritdoc/>
        public bool TryAccept(out IConsoleConnection connection)
        {
            connection = null!;
            if (stopped || !listener.Pending())
            {
                return false;
            }

            connection = new TcpConsoleConnection(listener.AcceptSocket());
            return true;
        }

        /// <inheritdoc/>
        public void Stop()
        {
            if (!stopped)
            {
                stopped = true;
                listener.Stop();
            }
        }

        /// <summary>Stops listening.</summary>
        public void Dispose() => Stop();
    }
}
