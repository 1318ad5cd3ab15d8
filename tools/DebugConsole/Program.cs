using System;
using System.CommandLine;
using System.IO;
using System.IO.Ports;
using System.Linq;
using System.Net.Sockets;

namespace Terminal.Tools.DebugConsole
{
    /// <summary>
    /// The technician's debug-console client.
    /// <code>
    /// dotnet run --project tools/DebugConsole -- --host 127.0.0.1 --port 2323 --credential 20261123 selftest run S1
    /// dotnet run --project tools/DebugConsole -- --serial /dev/ttyUSB0 --baud 115200 --credential 20261123
    /// </code>
    /// One-shot when a command is given (exit 0 on <c>@ok</c>, 1 on <c>@error</c>, 2 when it cannot connect or sign
    /// in); interactive otherwise.
    /// </summary>
    public static class Program
    {
        /// <summary>Runs the client.</summary>
        /// <param name="args">The command line.</param>
        /// <returns>The exit code.</returns>
        public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

        /// <summary>Runs the client with its output going to given writers (the tests use this).</summary>
        /// <param name="args">The command line.</param>
        /// <param name="output">Where answers go.</param>
        /// <param name="error">Where errors go.</param>
        /// <returns>The exit code.</returns>
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            Option<string> host = new("--host") { Description = "the terminal's address", DefaultValueFactory = _ => "127.0.0.1" };
            Option<int> port = new("--port") { Description = "the console's TCP port", DefaultValueFactory = _ => 2323 };
            Option<string?> serial = new("--serial") { Description = "a serial port instead of TCP (/dev/ttyUSB0, COM5)" };
            Option<int> baud = new("--baud") { Description = "the serial port's speed", DefaultValueFactory = _ => 115200 };
            Option<string?> credential = new("--credential") { Description = "the technician credential; sent as 'login' first" };
            Option<bool> json = new("--json") { Description = "ask for JSON output (passed through)" };
            Argument<string[]> command = new("command") { Description = "a command to run once (e.g. selftest run S1); none for interactive", Arity = ArgumentArity.ZeroOrMore };
            RootCommand root = new("Client of the payment terminal's debug console") { host, port, serial, baud, credential, json, command };
            root.SetAction(result => Session(
                result.GetValue(host)!, result.GetValue(port), result.GetValue(serial), result.GetValue(baud),
                result.GetValue(credential), result.GetValue(json), result.GetValue(command) ?? Array.Empty<string>(), output, error));
            ParseResult parsed = root.Parse(args);
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
        }

        private static int Session(string host, int port, string? serialPort, int baud, string? credential, bool json, string[] command, TextWriter output, TextWriter error)
        {
            Stream stream;
            IDisposable connection;
            try
            {
                if (serialPort != null)
                {
                    SerialPort serial = new(serialPort, baud) { ReadTimeout = 30000, WriteTimeout = 5000 };
                    serial.Open();
                    stream = serial.BaseStream;
                    connection = serial;

                    // A serial connection starts when the terminal sees a byte: an empty line brings the banner.
                    stream.WriteByte((byte)'\n');
                }
                else
                {
                    TcpClient client = new() { NoDelay = true };
                    client.Connect(host, port);
                    client.ReceiveTimeout = 120000;
                    stream = client.GetStream();
                    connection = client;
                }
            }
            catch (Exception exception) when (exception is SocketException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"debug-console: cannot connect: {exception.Message}");
                return 2;
            }

            using (connection)
            {
                try
                {
                    ConsoleClient client = new(stream);
                    bool oneShot = command.Length > 0;
                    client.ReadBanner(line => { if (!oneShot) { output.WriteLine(line); } });
                    if (serialPort != null)
                    {
                        // The empty line that started the session gets its own @ok.
                        client.ReadBanner(_ => { });
                    }

                    if (credential != null)
                    {
                        ConsoleAnswer login = client.Send("login " + credential, line => { if (!oneShot) { output.WriteLine(line); } });
                        if (!login.IsOk)
                        {
                            error.WriteLine($"debug-console: sign-in failed: {login}");
                            return 2;
                        }
                    }

                    if (oneShot)
                    {
                        string line = string.Join(" ", command.Select(Quote)) + (json ? " --json" : string.Empty);
                        ConsoleAnswer answer = client.Send(line, output.WriteLine);
                        if (!answer.IsOk)
                        {
                            error.WriteLine(answer.ToString());
                            return 1;
                        }

                        return 0;
                    }

                    return Interactive(client, json, output, error);
                }
                catch (IOException exception)
                {
                    error.WriteLine($"debug-console: connection lost: {exception.Message}");
                    return 2;
                }
            }
        }

        private static int Interactive(ConsoleClient client, bool json, TextWriter output, TextWriter error)
        {
            LineEditor editor = new();
            int last = 0;
            while (editor.ReadLine("terminal> ") is string line)
            {
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                ConsoleAnswer answer = client.Send(json ? line + " --json" : line, output.WriteLine);
                last = answer.IsOk ? 0 : 1;
                if (!answer.IsOk)
                {
                    error.WriteLine(answer.ToString());
                }

                if (line.Trim() == "quit" || line.Trim() == "reboot" && answer.IsOk)
                {
                    break;
                }
            }

            return last;
        }

        // Words with spaces go in quotes, as the console's parser expects.
        private static string Quote(string word) =>
            word.Contains(' ', StringComparison.Ordinal) || word.Length == 0
                ? "\"" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""
                : word;
    }
}
