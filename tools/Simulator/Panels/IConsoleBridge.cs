using Terminal.App;
using Terminal.Hal.Simulated.Board;

namespace Terminal.Tools.Simulator.Panels
{
    /// <summary>
    /// The page's debug console: one line typed, the console's answer back. The terminal's debug console (issue #5)
    /// implements it; until it is wired, <see cref="ConsoleNotConnected"/> answers that it is not.
    /// </summary>
    /// <remarks>Called on the terminal's loop thread only, between two passes of the app, never while the app runs.</remarks>
    public interface IConsoleBridge
    {
        /// <summary>Runs one console line.</summary>
        /// <param name="line">What was typed, without the line end.</param>
        /// <param name="app">The running app (a new instance after each reboot).</param>
        /// <param name="board">The simulated board it runs on.</param>
        /// <returns>The console's output, lines separated by <c>\n</c>.</returns>
        string Execute(string line, TerminalApp app, SimulatedBoard board);
    }

    /// <summary>The stand-in until the debug console is wired.</summary>
    public sealed class ConsoleNotConnected : IConsoleBridge
    {
        /// <summary>What the stand-in answers to every line.</summary>
        public const string Answer = "console not connected yet";

        /// <inheritdoc/>
        public string Execute(string line, TerminalApp app, SimulatedBoard board) => Answer;
    }
}
