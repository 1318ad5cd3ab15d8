using System;
using System.IO;
using System.Linq;
using Terminal.Tools.Simulator.Rig;

namespace Terminal.Tools.Simulator.Scripting
{
    /// <summary>
    /// Runs a <c>mode app</c> script: the whole terminal (the device's app on the emulated peripherals, a payment
    /// host, the network), one command per line (<see cref="AppCommands.Help"/>), in stepped time: the loop makes
    /// 5 ms passes, a command waits until the hand has left the terminal (keys released, card removed) plus
    /// <see cref="SettleMilliseconds"/>, and <c>wait N</c> makes N seconds of passes. Prints every screen and receipt,
    /// then a summary. Time does not depend on the machine's speed, so a script gives the same transcript every run
    /// (a slow host's delays are real time, so use <c>network cut-next-answer</c> rather than <c>host-slow</c> in CI).
    /// </summary>
    public sealed class AppScriptRunner
    {
        /// <summary>The time one pass stands for, in milliseconds.</summary>
        public const int PassMilliseconds = 5;

        /// <summary>How long the terminal runs after each command, in milliseconds.</summary>
        public const int SettleMilliseconds = 200;

        /// <summary>The longest a command may keep the hand busy, in milliseconds (a long key list).</summary>
        public const int MaximumBusyMilliseconds = 60_000;

        private readonly TextWriter output;
        private readonly SimulatedTerminalOptions options;

        /// <summary>Creates the runner.</summary>
        /// <param name="output">Where the session is printed.</param>
        /// <param name="options">How the terminal is built (an external host, the language, the seed).</param>
        public AppScriptRunner(TextWriter output, SimulatedTerminalOptions options)
        {
            ArgumentNullException.ThrowIfNull(output);
            ArgumentNullException.ThrowIfNull(options);
            this.output = output;
            this.options = options;
        }

        /// <summary>Gets whether a script is a whole-terminal script: its first command is <c>mode app</c>.</summary>
        /// <param name="lines">The script's lines.</param>
        /// <returns><c>true</c> for <c>mode app</c>.</returns>
        public static bool IsAppScript(string[] lines)
        {
            ArgumentNullException.ThrowIfNull(lines);
            string? first = lines.Select(line => line.Trim()).FirstOrDefault(line => line.Length > 0 && !line.StartsWith('#'));
            return first != null && string.Join(' ', first.Split(' ', StringSplitOptions.RemoveEmptyEntries)) == "mode app";
        }

        /// <summary>Runs a whole script on a new terminal.</summary>
        /// <param name="lines">The script's lines.</param>
        /// <returns>0 when every expectation held, 1 when one failed, 2 for a script error.</returns>
        public int Run(string[] lines)
        {
            ArgumentNullException.ThrowIfNull(lines);
            using var terminal = new SimulatedTerminal(options);
            var transcript = new Transcript(output);
            var commands = new AppCommands(terminal, transcript, output);
            output.WriteLine($"terminal: status {terminal.Start()}, host {terminal.HostAddress}");
            Settle(terminal, transcript);
            for (int index = 0; index < lines.Length; index++)
            {
                string line = lines[index].Trim();
                string[] words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0 || line.StartsWith('#') || (words[0] == "mode" && words.Length == 2 && words[1] == "app"))
                {
                    continue;
                }

                output.WriteLine("> " + line);
                try
                {
                    if (words[0] == "wait")
                    {
                        if (words.Length < 2 || !double.TryParse(words[1], System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out double seconds))
                        {
                            throw new ScriptException("usage: wait <seconds>");
                        }

                        Passes(terminal, transcript, (long)(seconds * 1000));
                    }
                    else
                    {
                        commands.Execute(words);
                        Settle(terminal, transcript);
                    }
                }
                catch (ScriptException exception)
                {
                    output.WriteLine($"script error on line {index + 1}: {exception.Message}");
                    return 2;
                }
            }

            commands.PrintSummary();
            return commands.FailedExpectations == 0 ? 0 : 1;
        }

        private static void Passes(SimulatedTerminal terminal, Transcript transcript, long milliseconds)
        {
            for (long passed = 0; passed < milliseconds; passed += PassMilliseconds)
            {
                terminal.Step(PassMilliseconds);
                transcript.Observe(terminal);
            }
        }

        private static void Settle(SimulatedTerminal terminal, Transcript transcript)
        {
            for (long busy = 0; terminal.IsBusy && busy < MaximumBusyMilliseconds; busy += PassMilliseconds)
            {
                terminal.Step(PassMilliseconds);
                transcript.Observe(terminal);
            }

            Passes(terminal, transcript, SettleMilliseconds);
        }
    }
}
