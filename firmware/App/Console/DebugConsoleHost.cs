using System;
using Terminal.Hal.ConsoleTransport;

namespace Terminal.App.Console
{
    /// <summary>
    /// The debug console as the app sees it: up to two listeners (TCP, UART) and the sessions they accepted. The
    /// app calls <see cref="Poll"/> from its loop; nothing here starts a thread.
    /// </summary>
    /// <remarks>Whoever creates the listeners stops them; the host closes the sessions (<see cref="Stop"/>).</remarks>
    public sealed class DebugConsoleHost
    {
        /// <summary>The most sessions open at once; a connection beyond is told so and closed.</summary>
        public const int MaximumSessions = 2;

        private readonly ConsoleServices _services;
        private readonly ConsoleCommandSet _commands;
        private readonly IConsoleListener[] _listeners = new IConsoleListener[2];
        private readonly ConsoleSession[] _sessions = new ConsoleSession[MaximumSessions];
        private int _listenerCount;

        /// <summary>Creates the host with every command.</summary>
        /// <param name="services">What commands may use; its clock is required.</param>
        public DebugConsoleHost(ConsoleServices services)
            : this(services, ConsoleCommandSet.CreateDefault())
        {
        }

        /// <summary>Creates the host.</summary>
        /// <param name="services">What commands may use; its clock is required.</param>
        /// <param name="commands">The commands.</param>
        public DebugConsoleHost(ConsoleServices services, ConsoleCommandSet commands)
        {
            if (services == null || services.Clock == null || commands == null)
            {
                throw new ArgumentNullException(commands == null ? "commands" : "services");
            }

            _services = services;
            _commands = commands;
        }

        /// <summary>Gets the services the commands use (the app may fill parts in later, e.g. after a re-boot).</summary>
        public ConsoleServices Services
        {
            get { return _services; }
        }

        /// <summary>Gets the number of open sessions.</summary>
        public int SessionCount
        {
            get
            {
                int count = 0;
                for (int i = 0; i < MaximumSessions; i++)
                {
                    if (_sessions[i] != null && _sessions[i].IsOpen)
                    {
                        count++;
                    }
                }

                return count;
            }
        }

        /// <summary>Adds a listener (at most two).</summary>
        /// <param name="listener">The listener; the caller keeps owning it.</param>
        public void AddListener(IConsoleListener listener)
        {
            if (listener == null)
            {
                throw new ArgumentNullException("listener");
            }

            if (_listenerCount == _listeners.Length)
            {
                throw new InvalidOperationException("at most two console listeners");
            }

            _listeners[_listenerCount++] = listener;
        }

        /// <summary>Accepts waiting connections and serves every open session once. Cheap when nobody is connected.</summary>
        public void Poll()
        {
            for (int i = 0; i < _listenerCount; i++)
            {
                IConsoleConnection connection;
                if (!_listeners[i].TryAccept(out connection))
                {
                    continue;
                }

                int slot = FreeSlot();
                if (slot < 0)
                {
                    byte[] busy = System.Text.Encoding.UTF8.GetBytes("@error busy " + MaximumSessions.ToString() + " console sessions already open\n");
                    connection.Write(busy, 0, busy.Length);
                    connection.Close();
                    continue;
                }

                _sessions[slot] = new ConsoleSession(connection, _services, _commands, _listeners[i].Endpoint);
            }

            for (int i = 0; i < MaximumSessions; i++)
            {
                if (_sessions[i] != null && !_sessions[i].Poll())
                {
                    _sessions[i] = null;
                }
            }
        }

        /// <summary>Ends every session (audited) and stops polling the listeners; the listeners themselves are the creator's to stop.</summary>
        public void Stop()
        {
            for (int i = 0; i < MaximumSessions; i++)
            {
                if (_sessions[i] != null)
                {
                    _sessions[i].End("console stopped");
                    _sessions[i] = null;
                }
            }

            _listenerCount = 0;
        }

        private int FreeSlot()
        {
            for (int i = 0; i < MaximumSessions; i++)
            {
                if (_sessions[i] == null || !_sessions[i].IsOpen)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
