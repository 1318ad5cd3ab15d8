namespace Terminal.Core.Maintenance
{
    /// <summary>
    /// A receiver of alarms: the idle screen's status, a connected console, the host queue. The log calls every
    /// sink after the alarm is durable; the SW-LOG self-test raises a test alarm and checks each sink took it.
    /// </summary>
    public interface IAlarmSink
    {
        /// <summary>Gets the sink's name for the self-test's report (e.g. <c>screen</c>, <c>console</c>).</summary>
        string Name { get; }

        /// <summary>Takes an alarm. Must not throw and must not write to the event log (the log is mid-raise).</summary>
        /// <param name="alarm">The durable alarm record.</param>
        /// <returns><c>true</c> when the sink accepted it; <c>false</c> when it could not (e.g. no console connected).</returns>
        bool Accept(EventRecord alarm);
    }
}
