using System.Collections.Generic;
using Terminal.App;
using Terminal.App.SelfTests;
using Terminal.Hal.Simulated.Board;

namespace Terminal.Tools.Simulator.Panels
{
    /// <summary>The page's self-test panel: the last verdict of every cause the terminal keeps on its flash (what the idle screen summarises).</summary>
    public sealed class KeptSelfTestSummary : ISelfTestSummarySource
    {
        /// <inheritdoc/>
        public IReadOnlyList<SelfTestSummaryRow> LastVerdicts(TerminalApp app, SimulatedBoard board)
        {
            SelfTestResultStore? store = app.SelfTestResults;
            if (store == null)
            {
                return [];
            }

            var rows = new List<SelfTestSummaryRow>();
            for (int i = 0; i < store.Count; i++)
            {
                SelfTestResult result = store.Get(i);
                rows.Add(new SelfTestSummaryRow(result.CauseId, SelfTestRun.VerdictName(result.Verdict) + " " + result.Summary));
            }

            return rows;
        }
    }
}
