using System;
using System.Globalization;
using System.IO;
using Terminal.Core.Protocol;
using Terminal.Hal.Simulated.ConsoleTransport;
using Terminal.Tools.Simulator.Rig;
using Terminal.Tools.Simulator.Scripting;
using Terminal.Tools.Simulator.Web;

namespace Terminal.Tools.Simulator
{
    /// <summary>
    /// The terminal on a PC: the device's <c>TerminalApp</c> on the simulated board, with a payment host.
    /// <code>
    /// dotnet run --project tools/Simulator                                          # the page on http://127.0.0.1:8080/
    /// dotnet run --project tools/Simulator -- --headless                            # the terminal as text; commands on stdin
    /// dotnet run --project tools/Simulator -- --script scripts/late-confirmation.txt  # a scripted session (mode app)
    /// dotnet run --project tools/Simulator -- --script scripts/power-cut.txt        # the journal-level session
    /// </code>
    /// </summary>
    internal static class Program
    {
        private const string Usage =
            "usage: simulator [--port N] [--host URL] [--language zh|en] [--host-timeout-ms N] [--seed N]\n" +
            "                 [--terminal-id ID] [--merchant-id ID] [--console-port N] [--host-log] [--headless | --script FILE]";

        private static int Main(string[] args)
        {
            var options = new SimulatedTerminalOptions();
            int port = 8080;
            int consolePort = 2323;
            bool headless = false;
            string? script = null;
            for (int i = 0; i < args.Length; i++)
            {
                string argument = args[i];
                string? value = i + 1 < args.Length ? args[i + 1] : null;
                switch (argument)
                {
                    case "--headless":
                        headless = true;
                        continue;
                    case "--host-log":
                        options.HostRequestLog = Console.Out;
                        continue;
                }

                if (value == null)
                {
                    return Fail($"'{argument}' is unknown or needs a value");
                }

                i++;
                switch (argument)
                {
                    case "--script":
                        script = value;
                        break;
                    case "--port" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port <= 65535:
                        break;
                    case "--console-port" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out consolePort) && consolePort <= 65535:
                        break;
                    case "--seed" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int seed):
                        options.Seed = seed;
                        break;
                    case "--host-timeout-ms" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int timeout) && timeout > 0:
                        options.HostTimeoutMilliseconds = timeout;
                        break;
                    case "--host" when Uri.TryCreate(value, UriKind.Absolute, out Uri? host) && (host.Scheme == Uri.UriSchemeHttp || host.Scheme == Uri.UriSchemeHttps):
                        options.HostAddress = host;
                        break;
                    case "--language" when value is "zh" or "en":
                        options.Language = value == "en" ? CashierLanguage.English : CashierLanguage.SimplifiedChinese;
                        break;
                    case "--terminal-id":
                        options.TerminalId = value;
                        break;
                    case "--merchant-id":
                        options.MerchantId = value;
                        break;
                    default:
                        return Fail($"'{argument} {value}' is unknown or its value does not fit");
                }
            }

            if (script != null)
            {
                return RunScript(script, options);
            }

            if (headless)
            {
                options.StartUtcMilliseconds ??= DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                using var terminal = new SimulatedTerminal(options);
                OpenConsole(terminal, consolePort);
                return HeadlessSession.Run(terminal, Console.In, Console.Out);
            }

            return ServePage(options, port, consolePort);
        }

        // The debug console on 127.0.0.1, for tools/DebugConsole (the page's panel has its own session).
        private static void OpenConsole(SimulatedTerminal terminal, int consolePort)
        {
            try
            {
                var listener = new TcpConsoleListener(consolePort);
                terminal.AddConsoleListener(listener);
                Console.WriteLine($"terminal simulator: debug console on 127.0.0.1:{listener.Port} (technician PIN {SimulatedTerminalOptions.DefaultTechnicianPin}): dotnet run --project tools/DebugConsole -- --port {listener.Port} --credential {SimulatedTerminalOptions.DefaultTechnicianPin}");
            }
            catch (System.Net.Sockets.SocketException exception)
            {
                Console.Error.WriteLine($"simulator: no debug console: cannot listen on 127.0.0.1:{consolePort}: {exception.Message} (try --console-port 0)");
            }
        }

        private static int RunScript(string script, SimulatedTerminalOptions options)
        {
            // A relative path is tried where the command runs, then beside the program (its scripts/ folder is copied there).
            string path = File.Exists(script) ? script : Path.Combine(AppContext.BaseDirectory, script);
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"simulator: no script at {script}");
                return 2;
            }

            string[] lines = File.ReadAllLines(path);
            Console.WriteLine($"terminal simulator: running {Path.GetFileName(path)}");
            return AppScriptRunner.IsAppScript(lines)
                ? new AppScriptRunner(Console.Out, options).Run(lines)
                : new ScriptRunner(Console.Out, options.Seed).Run(lines);
        }

        private static int ServePage(SimulatedTerminalOptions options, int port, int consolePort)
        {
            options.StartUtcMilliseconds ??= DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            using var terminal = new SimulatedTerminal(options);
            OpenConsole(terminal, consolePort);
            terminal.Start();
            using var loop = new TerminalLoop(terminal, Console.Error);
            loop.Start();
            SimulatorWebServer server;
            try
            {
                server = SimulatorWebServer.Start(loop, terminal, port);
            }
            catch (IOException exception)
            {
                Console.Error.WriteLine($"simulator: cannot listen on 127.0.0.1:{port}: {exception.Message} (try --port 0 for a free one)");
                return 1;
            }

            Console.WriteLine($"terminal simulator: open {server.Address} (terminal {options.TerminalId}, host {terminal.HostAddress}); Ctrl+C stops it");
            Console.Out.Flush();
            server.WaitForShutdownAsync().GetAwaiter().GetResult();
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return 0;
        }

        private static int Fail(string message)
        {
            Console.Error.WriteLine("simulator: " + message);
            Console.Error.WriteLine(Usage);
            return 2;
        }
    }
}
