using System;
using Terminal.Hal.Buses;
using Terminal.Hal.ConsoleTransport;

namespace Terminal.App.Console.Transports
{
    /// <summary>
    /// The debug console over a UART (a USB-serial adapter on the service header). A serial line has no
    /// "connect": a connection starts when the first byte arrives, so the banner goes to someone who is typing,
    /// and ends when the session closes it (sign-out, idle timeout); the next byte starts a new one.
    /// </summary>
    /// <remarks>The board owns the port; this listener only reads and writes it.</remarks>
    public sealed class SerialConsoleListener : IConsoleListener
    {
        private readonly ISerialPort _port;
        private readonly string _name;
        private readonly byte[] _first = new byte[64];
        private SerialConsoleConnection _current;
        private bool _stopped;

        /// <summary>Creates the listener.</summary>
        /// <param name="port">The console UART (e.g. COM3 at 115200 8N1; never COM1, the debugger's).</param>
        /// <param name="portName">The port's name for the log and banner (<c>COM3</c>).</param>
        public SerialConsoleListener(ISerialPort port, string portName)
        {
            if (port == null)
            {
                throw new ArgumentNullException("port");
            }

            _port = port;
            _name = portName == null || portName.Length == 0 ? "uart" : portName;
        }

        /// <inheritdoc/>
        public string Endpoint
        {
            get { return "uart " + _name; }
        }

        /// <inheritdoc/>
        public bool TryAccept(out IConsoleConnection connection)
        {
            connection = null;
            if (_stopped || (_current != null && _current.IsOpen))
            {
                return false;
            }

            int got = _port.Read(_first, 0, _first.Length, 0);
            if (got <= 0)
            {
                return false;
            }

            _current = new SerialConsoleConnection(_port, "uart " + _name, _first, got);
            connection = _current;
            return true;
        }

        /// <inheritdoc/>
        public void Stop()
        {
            _stopped = true;
        }
    }
}
