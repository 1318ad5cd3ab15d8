using System;
using System.Collections.Generic;
using System.IO;
using Terminal.Hal.Simulated.Printer;
using Terminal.Tools.Simulator.Rig;

namespace Terminal.Tools.Simulator.Scripting
{
    /// <summary>
    /// The terminal-only view: writes each new screen (its words, <c>ScreenPresenter.VisibleText</c>) and each receipt
    /// the printer cut off, as text, and keeps them for a summary. Called on the terminal's loop thread after every pass.
    /// </summary>
    public sealed class Transcript
    {
        private readonly TextWriter output;
        private readonly List<string> screens = new List<string>();
        private readonly List<IReadOnlyList<string>> receipts = new List<IReadOnlyList<string>>();
        private string lastBody = string.Empty;
        private bool wasOn;

        /// <summary>Creates the transcript.</summary>
        /// <param name="output">Where screens and receipts are written.</param>
        public Transcript(TextWriter output)
        {
            ArgumentNullException.ThrowIfNull(output);
            this.output = output;
        }

        /// <summary>Gets every screen shown, in order (the words below the status bar).</summary>
        public IReadOnlyList<string> Screens => screens;

        /// <summary>Gets every receipt cut off, in order, as its non-blank lines.</summary>
        public IReadOnlyList<IReadOnlyList<string>> Receipts => receipts;

        /// <summary>Writes what changed since the last call.</summary>
        /// <param name="terminal">The terminal.</param>
        public void Observe(SimulatedTerminal terminal)
        {
            ArgumentNullException.ThrowIfNull(terminal);
            if (wasOn != terminal.PoweredOn)
            {
                wasOn = terminal.PoweredOn;
                output.WriteLine(wasOn ? "  [power] on" : "  [power] OFF: the screen is dark");
                lastBody = string.Empty;
            }

            // The status bar (first line) changes on its own (queue count, network mark): a new screen is a new body.
            string body = BodyOf(terminal.ScreenText());
            if (body.Length > 0 && body != lastBody)
            {
                lastBody = body;
                screens.Add(body);
                output.WriteLine("  [screen] " + body.Replace("\n", "\n           ", StringComparison.Ordinal));
            }

            IReadOnlyList<IReadOnlyList<PrintedLine>> slips = terminal.Board.PrinterEmulator.Slips;
            while (receipts.Count < slips.Count)
            {
                IReadOnlyList<string> lines = EscPosPrinterEmulator.TextOf(slips[receipts.Count]);
                receipts.Add(lines);
                output.WriteLine("  [printer] receipt " + receipts.Count + ":");
                foreach (string line in lines)
                {
                    output.WriteLine("    | " + line);
                }
            }
        }

        /// <summary>Gets a screen's words without its status bar.</summary>
        /// <param name="visibleText">The screen's visible text.</param>
        /// <returns>The lines after the first, trimmed.</returns>
        public static string BodyOf(string visibleText)
        {
            ArgumentNullException.ThrowIfNull(visibleText);
            int firstBreak = visibleText.IndexOf('\n', StringComparison.Ordinal);
            return (firstBreak < 0 ? string.Empty : visibleText.Substring(firstBreak + 1)).Trim();
        }
    }
}
