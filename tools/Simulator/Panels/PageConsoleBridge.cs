using System;
using System.Collections.Generic;
using System.Text;
using Terminal.App;
using Terminal.Hal.ConsoleTransport;
using Terminal.Hal.Simulated.Board;

namespace Terminal.Tools.Simulator.Panels
{
    /// <summary>
    /// The page's console panel: a console session of the running app over an in-process connection, speaking the
    /// same line protocol as TCP and the UART (firmware/App/Console/README.md). Each line typed on the page is sent
    /// as is (start with <c>login 12345678</c>); the answer is the session's output up to and including its status line.
    /// Runs on the simulator's loop thread, so it serves the session itself by polling the app's console.
    /// </summary>
    public sealed class PageConsoleBridge : IConsoleBridge
    {
        private const int MaximumPolls = 2000;

        private TerminalApp? app;
        private PipeConnection? connection;

        /// <inheritdoc/>
        public string Execute(string line, TerminalApp currentApp, SimulatedBoard board)
        {
            ArgumentNullException.ThrowIfNull(currentApp);
            if (!ReferenceEquals(app, currentApp) || connection == null || !connection.IsOpen)
            {
                // A new app after a power-on, or the session timed out: open a new one and read its banner.
                app = currentApp;
                connection = new PipeConnection();
                currentApp.AttachConsoleListener(new PipeListener(connection));
                ReadAnswer(currentApp, connection);
            }

            connection.Send(line + "\n");
            return ReadAnswer(currentApp, connection);
        }

        private static string ReadAnswer(TerminalApp app, PipeConnection connection)
        {
            var answer = new StringBuilder();
            for (int poll = 0; poll < MaximumPolls; poll++)
            {
                app.PollConsole();
                while (connection.TryTakeLine(out string received))
                {
                    if (received.StartsWith("@@", StringComparison.Ordinal))
                    {
                        answer.AppendLine(received.Substring(1));
                        continue;
                    }

                    answer.AppendLine(received);
                    if (received.StartsWith("@ok", StringComparison.Ordinal) || received.StartsWith("@error", StringComparison.Ordinal))
                    {
                        return answer.ToString().TrimEnd();
                    }
                }

                if (!connection.IsOpen)
                {
                    break;
                }
            }

            answer.AppendLine("(the console closed the session or did not answer)");
            return answer.ToString().TrimEnd();
        }

        /// <summary>One in-process connection: bytes in from the page, bytes out from the session.</summary>
        private sealed class PipeConnection : IConsoleConnection
        {
            private readonly Queue<byte> inbound = new();
            private readonly List<byte> outbound = new();

            public string PeerName => "page";

            public bool IsOpen { get; private set; } = true;

            public void Send(string text)
            {
                foreach (byte value in Encoding.UTF8.GetBytes(text))
                {
                    inbound.Enqueue(value);
                }
            }

            public bool TryTakeLine(out string line)
            {
                int end = outbound.IndexOf((byte)'\n');
                if (end < 0)
                {
                    line = string.Empty;
                    return false;
                }

                line = Encoding.UTF8.GetString(outbound.GetRange(0, end).ToArray()).TrimEnd('\r');
                outbound.RemoveRange(0, end + 1);
                return true;
            }

            public int Read(byte[] buffer, int offset, int count)
            {
                int read = 0;
                while (read < count && inbound.Count > 0)
                {
                    buffer[offset + read++] = inbound.Dequeue();
                }

                return read;
            }

            public bool Write(byte[] buffer, int offset, int count)
            {
                if (!IsOpen)
                {
                    return false;
                }

                for (int i = 0; i < count; i++)
                {
                    outbound.Add(buffer[offset + i]);
                }

                return true;
            }

            public void Close() => IsOpen = false;
        }

        /// <summary>Offers its one connection once.</summary>
        private sealed class PipeListener : IConsoleListener
        {
            private PipeConnection? pending;

            public PipeListener(PipeConnection connection) => pending = connection;

            public string Endpoint => "page";

            public bool TryAccept(out IConsoleConnection connection)
            {
                connection = pending!;
                pending = null;
                return connection != null;
            }

            public void Stop() => pending = null;
        }
    }
}
