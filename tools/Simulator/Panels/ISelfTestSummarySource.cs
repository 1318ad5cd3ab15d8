using System.Collections.Generic;
using Terminal.App;
using Terminal.Hal.Simulated.Board;

namespace Terminal.Tools.Simulator.Panels
{
    /// <summary>
    /// Where the page's "last self-test verdicts" panel reads from: one row per failure cause of
    /// <c>shared/failure-causes.md</c>. The self-tests themselves (issue #5) implement it; until they are wired,
    /// <see cref="NoSelfTestSummary"/> answers an empty list.
    /// </summary>
    /// <remarks>Called on the terminal's loop thread only (the app is single-threaded), a few times a second.</remarks>
    public interface ISelfTestSummarySource
    {
        /// <summary>Reads the last verdict of each self-test that has run.</summary>
        /// <param name="app">The running app (a new instance after each reboot).</param>
        /// <param name="board">The simulated board it runs on.</param>
        /// <returns>The rows, in the order to show them; empty when none has run.</returns>
        IReadOnlyList<SelfTestSummaryRow> LastVerdicts(TerminalApp app, SimulatedBoard board);
    }

    /// <summary>One row of the self-test panel.</summary>
    /// <param name="CauseId">The failure cause, for example <c>HW-PRINTER</c>.</param>
    /// <param name="Verdict">The verdict as a technician reads it, for example <c>FAIL: paper out</c>.</param>
    public sealed record SelfTestSummaryRow(string CauseId, string Verdict);

    /// <summary>The stand-in until the self-tests are wired: no verdicts.</summary>
    public sealed class NoSelfTestSummary : ISelfTestSummarySource
    {
        /// <inheritdoc/>
        public IReadOnlyList<SelfTestSummaryRow> LastVerdicts(TerminalApp app, SimulatedBoard board) => [];
    }
}
