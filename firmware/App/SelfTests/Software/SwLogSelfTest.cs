using Terminal.Core.Maintenance;
using Terminal.Hal.Storage;

namespace Terminal.App.SelfTests.Software
{
    /// <summary>
    /// SW-LOG: the logging and alarm pipeline works end to end. Writes a test record to the event log and reads
    /// it back (same sequence, same text), checks the hash chain has no break, then raises a test alarm and sees
    /// that every registered alarm sink accepted it. No event log, a drive error, a record that does not read back
    /// or a broken chain is FAIL; a sink that refuses is FAIL naming it; no sink at all is WARN (alarms are
    /// written but reach nobody).
    /// </summary>
    /// <remarks>The test leaves two records in the log (the test record and the test alarm): that the log was tested is itself maintenance history.</remarks>
    public sealed class SwLogSelfTest : SelfTest
    {
        private const string TestText = "log self-test record";
        private const string AlarmText = "test alarm from the SW-LOG self-test";

        private static readonly Remedy ConnectAlarmReceiver = new Remedy("请联系维修。", "Call service: alarms are logged but no receiver is connected.");

        /// <summary>Creates the test.</summary>
        public SwLogSelfTest()
            : base("SW-LOG")
        {
        }

        /// <inheritdoc/>
        public override SelfTestResult Run(SelfTestContext context)
        {
            EventLog log = context.EventLog;
            if (log == null)
            {
                return Verdict(CheckVerdict.Fail, "The event log is not open: nothing is being logged.")
                    .Measure("event_log", "missing", string.Empty);
            }

            EventRecord written;
            EventRecord readBack;
            int breaks;
            try
            {
                written = log.Append(EventKind.Maintenance, CauseId, TestText);
                readBack = log.Count == 0 ? null : log.Read(log.Count - 1);
                breaks = log.VerifyChain();
            }
            catch (StorageException exception)
            {
                return Verdict(CheckVerdict.Fail, "The event log cannot be written or read: " + SoftwareEvidence.Printable(exception.Message))
                    .Measure("event_log", "storage error", string.Empty);
            }

            if (readBack == null || readBack.Sequence != written.Sequence || readBack.Text != written.Text || readBack.Kind != written.Kind)
            {
                return Verdict(CheckVerdict.Fail, "A record written to the event log did not read back the same.")
                    .Measure("written_sequence", written.Sequence, string.Empty)
                    .Measure("read_sequence", readBack == null ? "unreadable" : readBack.Sequence.ToString(), string.Empty);
            }

            if (breaks > 0)
            {
                return Verdict(CheckVerdict.Fail, "The event log's chain is broken in " + breaks.ToString() + " places: records were edited or damaged.")
                    .Measure("chain_breaks", breaks, string.Empty)
                    .Measure("records", log.Count, string.Empty);
            }

            int accepted;
            try
            {
                accepted = log.RaiseAlarm(CauseId, AlarmText);
            }
            catch (StorageException exception)
            {
                return Verdict(CheckVerdict.Fail, "The test alarm could not be logged: " + SoftwareEvidence.Printable(exception.Message))
                    .Measure("chain_breaks", 0, string.Empty);
            }

            int sinks = log.AlarmSinkCount;
            if (sinks == 0)
            {
                return Verdict(CheckVerdict.Warn, "Logging works, but there are no alarm receivers: alarms reach nobody.", ConnectAlarmReceiver)
                    .Measure("records", log.Count, string.Empty)
                    .Measure("chain_breaks", 0, string.Empty)
                    .Measure("alarm_sinks", 0, string.Empty);
            }

            string refused = string.Empty;
            for (int i = 0; i < sinks; i++)
            {
                if (!log.LastAlarmAcceptedBy(i))
                {
                    string name = SoftwareEvidence.Printable(log.GetAlarmSink(i).Name);
                    refused = refused.Length == 0 ? name : refused + "," + name;
                }
            }

            if (refused.Length > 0)
            {
                return Verdict(CheckVerdict.Fail, "The test alarm did not reach: " + refused + ".")
                    .Measure("alarm_sinks", sinks, string.Empty)
                    .Measure("alarm_accepted", accepted, string.Empty)
                    .Measure("refused_by", refused, string.Empty);
            }

            return Verdict(CheckVerdict.Pass, "A record was written and read back; the test alarm reached all " + sinks.ToString() + " receivers.")
                .Measure("records", log.Count, string.Empty)
                .Measure("chain_breaks", 0, string.Empty)
                .Measure("alarm_sinks", sinks, string.Empty)
                .Measure("alarm_accepted", accepted, string.Empty);
        }
    }
}
