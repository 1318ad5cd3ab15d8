using System;
using System.Text;
using Terminal.App.Technician;
using Terminal.Core.Maintenance;
using Terminal.Hal.ConsoleTransport;
using Terminal.Hal.Storage;

namespace Terminal.App.Console
{
    /// <summary>
    /// One technician's session on one connection: assembles request lines, signs the technician in, runs
    /// commands and sends each answer (output lines, then <c>@ok</c> or <c>@error code message</c>; an output line
    /// that starts with <c>@</c> gets one more <c>@</c>). Bad input gets an error and changes nothing. The session
    /// ends on <c>quit</c>, when the peer goes, or after the idle timeout with no complete line.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Audit (event log, kind Console, source <c>console</c>): the open and the close of every session, and every
    /// command line after its answer, with its status (a <c>login</c>'s credential is never written; card numbers
    /// are masked). Rejected lines are audited one by one up to <see cref="MaximumRejectionsAudited"/> per session
    /// and counted in the close record after that, so garbage cannot flush the ring of real records.
    /// </para>
    /// <para>Polled from the app's loop; a command runs to its end inside <see cref="Poll"/>. Not thread-safe.</para>
    /// </remarks>
    public sealed class ConsoleSession
    {
        /// <summary>Rejected lines audited one by one per session; the rest are counted in the close record.</summary>
        public const int MaximumRejectionsAudited = 4;

        /// <summary>Bytes taken from the connection per <see cref="Poll"/>.</summary>
        public const int ReadChunkBytes = 256;

        private const string AuditSource = "console";

        private readonly IConsoleConnection _connection;
        private readonly ConsoleServices _services;
        private readonly ConsoleCommandSet _commands;
        private readonly string _endpoint;
        private readonly LineAssembler _lines = new LineAssembler();
        private readonly byte[] _read = new byte[ReadChunkBytes];
        private long _lastLineMonotonic;
        private int _commandCount;
        private int _rejectedCount;
        private bool _open = true;

        /// <summary>Starts a session: audits the open and sends the banner.</summary>
        /// <param name="connection">The accepted connection; the session closes it when it ends.</param>
        /// <param name="services">What commands may use; its <see cref="ConsoleServices.Clock"/> is required.</param>
        /// <param name="commands">The commands.</param>
        /// <param name="endpoint">Where the connection came in (<c>tcp 0.0.0.0:2323</c>), for the audit.</param>
        public ConsoleSession(IConsoleConnection connection, ConsoleServices services, ConsoleCommandSet commands, string endpoint)
        {
            if (connection == null || services == null || commands == null || services.Clock == null)
            {
                throw new ArgumentNullException(connection == null ? "connection" : services == null || services.Clock == null ? "services" : "commands");
            }

            _connection = connection;
            _services = services;
            _commands = commands;
            _endpoint = endpoint == null ? string.Empty : endpoint;
            _lastLineMonotonic = services.Clock.MonotonicMilliseconds;
            Audit("open " + Peer + " via " + _endpoint);
            ConsoleResponse banner = new ConsoleResponse();
            banner.Line("payment terminal debug console, firmware " + services.FirmwareVersion + (services.TerminalId.Length == 0 ? string.Empty : ", terminal " + services.TerminalId));
            banner.Line("sign in with: login <credential>; help lists the commands");
            Send(banner);
        }

        /// <summary>Gets the peer's name (<c>127.0.0.1:50122</c>).</summary>
        public string Peer
        {
            get { return _connection.PeerName == null ? "?" : _connection.PeerName; }
        }

        /// <summary>Gets whether the session is still open.</summary>
        public bool IsOpen
        {
            get { return _open; }
        }

        /// <summary>Gets whether a technician is signed in on this session.</summary>
        public bool IsSignedIn { get; private set; }

        /// <summary>Gets the command lines answered so far (rejected lines not included).</summary>
        public int CommandCount
        {
            get { return _commandCount; }
        }

        /// <summary>Gets the lines rejected so far.</summary>
        public int RejectedCount
        {
            get { return _rejectedCount; }
        }

        /// <summary>Gets the idle timeout now in force, in milliseconds (the <c>console.idle_timeout_s</c> setting; 5 minutes without a store).</summary>
        public long IdleTimeoutMilliseconds
        {
            get
            {
                TerminalConfigurationStore configuration = _services.Configuration;
                return configuration == null ? 300000 : configuration.GetNumber(TerminalConfigurationStore.ConsoleIdleTimeout) * 1000;
            }
        }

        /// <summary>
        /// Takes what has arrived, answers every complete line, and ends the session when the peer went away or it
        /// was idle too long. Never throws for anything the peer sends.
        /// </summary>
        /// <returns><c>true</c> while the session is open.</returns>
        public bool Poll()
        {
            if (!_open)
            {
                return false;
            }

            if (!_connection.IsOpen)
            {
                End("peer closed");
                return false;
            }

            int got = _connection.Read(_read, 0, _read.Length);
            for (int i = 0; i < got && _open; i++)
            {
                LineStatus status = _lines.Feed(_read[i]);
                switch (status)
                {
                    case LineStatus.Line:
                        _lastLineMonotonic = _services.Clock.MonotonicMilliseconds;
                        Answer(_lines.Line);
                        break;
                    case LineStatus.TooLong:
                        _lastLineMonotonic = _services.Clock.MonotonicMilliseconds;
                        Reject(ConsoleErrors.LineTooLong, "line longer than " + LineAssembler.MaximumLineBytes.ToString() + " bytes; discarded to its end");
                        break;
                    case LineStatus.ControlByte:
                        _lastLineMonotonic = _services.Clock.MonotonicMilliseconds;
                        Reject(ConsoleErrors.BinaryInput, "control byte 0x" + Hex(_lines.ControlByteValue) + " in the line; send text lines only");
                        break;
                    case LineStatus.BadEncoding:
                        _lastLineMonotonic = _services.Clock.MonotonicMilliseconds;
                        Reject(ConsoleErrors.BadEncoding, "the line is not valid UTF-8");
                        break;
                }
            }

            if (_open && _services.Clock.MonotonicMilliseconds - _lastLineMonotonic >= IdleTimeoutMilliseconds)
            {
                ConsoleResponse timeout = new ConsoleResponse();
                timeout.Fail(ConsoleErrors.IdleTimeout, "no complete line for " + (IdleTimeoutMilliseconds / 1000).ToString() + " s; session closed" + (_lines.HasPartialLine ? ", half-sent line discarded" : string.Empty));
                Send(timeout);
                End("idle timeout");
            }

            return _open;
        }

        /// <summary>Ends the session now (the terminal is shutting the console down); audits the close.</summary>
        /// <param name="reason">Why, for the audit.</param>
        public void End(string reason)
        {
            if (!_open)
            {
                return;
            }

            _open = false;
            IsSignedIn = false;
            _connection.Close();
            Audit("close " + Peer + ": " + reason + ", " + _commandCount.ToString() + " commands, " + _rejectedCount.ToString() + " rejected");
        }

        private void Answer(string line)
        {
            ConsoleRequest request;
            string syntaxError;
            if (!CommandLineParser.TryParse(line, out request, out syntaxError))
            {
                if (syntaxError.Length == 0)
                {
                    // An empty line: a bare status, so a client can probe the session.
                    Send(new ConsoleResponse());
                    return;
                }

                Reject(ConsoleErrors.BadSyntax, syntaxError);
                return;
            }

            ConsoleCommand command = _commands.Find(request.Name);
            if (command == null)
            {
                Reject(ConsoleErrors.UnknownCommand, "no command '" + Shown(request.Name) + "'; help lists them");
                return;
            }

            if (command.RequiresSignIn && !IsSignedIn)
            {
                Reject(ConsoleErrors.SignInRequired, "sign in first: login <credential>");
                return;
            }

            ConsoleResponse response = new ConsoleResponse();
            try
            {
                command.Execute(request, _services, response);
            }
            catch (StorageException exception)
            {
                response.Fail(ConsoleErrors.Failed, "storage error: " + exception.Message);
            }
            catch (Exception exception)
            {
                // A bug in one command must not end the session or the app's loop.
                response.Fail(ConsoleErrors.Failed, "command error: " + exception.Message);
            }

            if (response.SignedIn)
            {
                IsSignedIn = true;
            }

            bool rejected = response.IsError && ConsoleErrors.IsRejection(response.ErrorCode);
            if (rejected)
            {
                _rejectedCount++;
            }
            else
            {
                _commandCount++;
            }

            Send(response);
            if (!rejected || _rejectedCount <= MaximumRejectionsAudited)
            {
                Audit(Peer + " " + AuditText(request) + " -> " + (response.IsError ? response.ErrorCode : "ok"));
            }

            if (response.RestartAfterAnswer && _services.Restart != null)
            {
                End("reboot");
                _services.Restart.Restart();
                return;
            }

            if (response.EndSession)
            {
                End("quit");
            }
        }

        private void Reject(string code, string message)
        {
            _rejectedCount++;
            ConsoleResponse response = new ConsoleResponse();
            response.Fail(code, message);
            Send(response);
            if (_rejectedCount <= MaximumRejectionsAudited)
            {
                Audit(Peer + " rejected: " + code);
            }
        }

        private void Send(ConsoleResponse response)
        {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < response.LineCount; i++)
            {
                AppendLines(text, ConsoleText.MaskCardNumbers(response.GetLine(i)));
            }

            if (response.IsError)
            {
                text.Append("@error ");
                text.Append(response.ErrorCode);
                text.Append(' ');
                text.Append(OneLine(ConsoleText.MaskCardNumbers(response.ErrorMessage)));
                text.Append('\n');
            }
            else
            {
                text.Append("@ok\n");
            }

            byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
            if (!_connection.Write(bytes, 0, bytes.Length))
            {
                End("write failed");
            }
        }

        // Splits at line breaks and escapes a leading '@' so no output line can pass for a status line.
        private static void AppendLines(StringBuilder text, string output)
        {
            int start = 0;
            while (start <= output.Length)
            {
                int end = output.IndexOf('\n', start);
                if (end < 0)
                {
                    end = output.Length;
                }

                string line = output.Substring(start, end - start);
                if (line.Length > 0 && line[line.Length - 1] == '\r')
                {
                    line = line.Substring(0, line.Length - 1);
                }

                if (line.Length > 0 && line[0] == '@')
                {
                    text.Append('@');
                }

                text.Append(line);
                text.Append('\n');
                start = end + 1;
                if (end == output.Length)
                {
                    break;
                }
            }
        }

        private static string OneLine(string text)
        {
            char[] chars = text.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                if (chars[i] < ' ')
                {
                    chars[i] = ' ';
                }
            }

            return new string(chars);
        }

        // The command as typed, for the audit: never a login's credential.
        private static string AuditText(ConsoleRequest request)
        {
            if (request.Name == "login")
            {
                return "login ***";
            }

            string text = request.Name;
            for (int i = 0; i < request.Count; i++)
            {
                text = text + " " + request.Arguments[i];
            }

            return request.Json ? text + " --json" : text;
        }

        private void Audit(string text)
        {
            EventLog log = _services.EventLog;
            if (log == null)
            {
                return;
            }

            try
            {
                log.Append(EventKind.Console, AuditSource, ConsoleText.MaskCardNumbers(text));
            }
            catch (StorageException)
            {
                // The session goes on; SW-LOG's self-test finds a failing log.
            }
        }

        private static string Shown(string word)
        {
            string cut = word.Length > 24 ? word.Substring(0, 24) + "..." : word;
            return ConsoleText.IsPrintableAscii(cut) ? cut : "(non-ASCII)";
        }

        private static string Hex(int value)
        {
            const string Digits = "0123456789abcdef";
            return new string(new char[] { Digits[(value >> 4) & 0xF], Digits[value & 0xF] });
        }
    }
}
