namespace Terminal.App.SelfTests
{
    /// <summary>Where a finished run's report goes for the host: the journal's host queue, so it survives reboots and is sent once.</summary>
    public interface ISelfTestReportQueue
    {
        /// <summary>Queues the run's report. Must not touch a queued payment result.</summary>
        /// <param name="run">The run.</param>
        /// <returns><c>true</c> when queued; <c>false</c> when the queue refused (full, or the journal is not open).</returns>
        bool Enqueue(SelfTestRun run);
    }
}
