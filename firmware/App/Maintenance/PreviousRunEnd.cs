namespace Terminal.App.Maintenance
{
    /// <summary>How the run before this boot ended, as <see cref="ResetHistory"/> tells from its marker file.</summary>
    public enum PreviousRunEnd
    {
        /// <summary>Not known yet: <see cref="ResetHistory.MarkRunning"/> has not run.</summary>
        Unknown = 0,

        /// <summary>No marker: the first boot, or the counters file was lost (<see cref="ResetHistory.HistoryLost"/>).</summary>
        FirstBoot = 1,

        /// <summary>The previous run marked an orderly shutdown before it ended.</summary>
        Clean = 2,

        /// <summary>The previous run ended without marking a shutdown: power cut, brownout, crash or watchdog reset.</summary>
        Unclean = 3,
    }
}
