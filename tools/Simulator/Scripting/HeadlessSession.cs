using System;
using System.IO;
using System.Threading;
using Terminal.Tools.Simulator.Rig;

namespace Terminal.Tools.Simulator.Scripting
{
    /// <summary>
    /// The terminal without a browser (<c>--headless</c>): the terminal runs in real time on its loop thread, every new
    /// screen and receipt is printed as text, and commands (<see cref="AppCommands.Help"/>, <c>wait N</c>, <c>quit</c>)
    /// are read line by line, each run on the loop's thread. Ends at <c>quit</c> or the end of the input, with the summary.
    /// </summary>
    public static class HeadlessSession
    {
        /// <summary>Runs the session.</summary>
        /// <param name="terminal">The terminal, not yet started.</param>
        /// <param name="input">The commands.</param>
        /// <param name="output">Where screens, receipts and answers go.</param>
        /// <returns>0, or 1 when an <c>expect</c> failed.</returns>
        public static int Run(SimulatedTerminal terminal, TextReader input, TextWriter output)
        {
            ArgumentNullException.ThrowIfNull(terminal);
            ArgumentNullException.ThrowIfNull(input);
            TextWriter shared = TextWriter.Synchronized(output);
            var transcript = new Transcript(shared);
            var commands = new AppCommands(terminal, transcript, shared);
            shared.WriteLine($"terminal: status {terminal.Start()}, host {terminal.HostAddress}; type 'help' for the commands, 'quit' to stop");
            using var loop = new TerminalLoop(terminal, shared, transcript.Observe);
            loop.Start();
            string? line;
            while ((line = input.ReadLine()) != null)
            {
                string[] words = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0 || words[0].StartsWith('#'))
                {
                    continue;
                }

                if (words[0] is "quit" or "exit")
                {
                    break;
                }

                if (words[0] == "wait")
                {
                    Thread.Sleep(TimeSpan.FromSeconds(words.Length > 1 && double.TryParse(words[1], System.Globalization.CultureInfo.InvariantCulture, out double seconds) ? seconds : 1));
                    continue;
                }

                string? error = loop.Invoke(t =>
                {
                    try
                    {
                        commands.Execute(words);
                        return null;
                    }
                    catch (ScriptException exception)
                    {
                        return exception.Message;
                    }
                }).GetAwaiter().GetResult();
                if (error != null)
                {
                    shared.WriteLine("  error: " + error);
                    continue;
                }

                // The next line waits for this one's hand to leave the terminal (keys released, card removed).
                while (loop.Invoke(t => t.IsBusy).GetAwaiter().GetResult())
                {
                    Thread.Sleep(20);
                }

                Thread.Sleep(AppScriptRunner.SettleMilliseconds);
            }

            int failed = loop.Invoke(t =>
            {
                commands.PrintSummary();
                return commands.FailedExpectations;
            }).GetAwaiter().GetResult();
            return failed == 0 ? 0 : 1;
        }
    }
}
