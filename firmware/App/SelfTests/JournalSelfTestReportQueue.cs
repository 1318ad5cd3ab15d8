using System;
using System.Collections;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Core.Security;
using Terminal.Hal.Storage;
using Terminal.Hal.Time;

namespace Terminal.App.SelfTests
{
    /// <summary>
    /// Queues self-test reports in the journal's host queue as diagnostic reports (<c>POST /v1/diagnostics</c>), so
    /// a report survives reboots and reaches the host once (its idempotency key). A report is not a financial
    /// transaction: it is an item of its own in the journal, it never counts against the payments' limits, it is
    /// refused before it could take storage a payment needs, and the host queue sends a payment's items past a
    /// report the host refuses. A run too long for one journal record is split into parts of whole results.
    /// </summary>
    public sealed class JournalSelfTestReportQueue : ISelfTestReportQueue
    {
        private const int MaximumSummaryLength = 120;
        private const string Masked = "[masked]";

        private readonly TransactionJournal _journal;
        private readonly IClock _clock;
        private readonly string _terminalId;
        private readonly byte[] _scratch = new byte[QueuedReport.MaximumBodyBytes];

        /// <summary>Creates the queue.</summary>
        /// <param name="journal">The open journal; the caller owns it.</param>
        /// <param name="clock">The clock, for when a report was queued.</param>
        /// <param name="terminalId">The terminal id the host knows (<c>HostClientSettings.TerminalId</c>), 1..32 printable ASCII.</param>
        public JournalSelfTestReportQueue(TransactionJournal journal, IClock clock, string terminalId)
        {
            if (journal == null || clock == null || terminalId == null)
            {
                throw new ArgumentNullException(journal == null ? "journal" : clock == null ? "clock" : "terminalId");
            }

            if (terminalId.Length == 0 || terminalId.Length > ProtocolLimits.MaximumIdentifierLength || Printable(terminalId) != terminalId)
            {
                throw new ArgumentException("terminal id must be 1 to 32 printable ASCII characters");
            }

            _journal = journal;
            _clock = clock;
            _terminalId = terminalId;
        }

        /// <summary>Gets why the last <see cref="Enqueue"/> returned <c>false</c>; empty when it queued.</summary>
        public string LastProblem { get; private set; } = string.Empty;

        /// <inheritdoc/>
        public bool Enqueue(SelfTestRun run)
        {
            if (run == null)
            {
                throw new ArgumentNullException("run");
            }

            ArrayList parts = Pack(run);
            byte[][] bodies = new byte[parts.Count][];
            int[] lengths = new int[parts.Count];
            for (int i = 0; i < parts.Count; i++)
            {
                DiagnosticReport report = (DiagnosticReport)parts[i];
                report.Part = i + 1;
                report.PartCount = parts.Count;
                bodies[i] = new byte[QueuedReport.MaximumBodyBytes];
                lengths[i] = report.Encode(bodies[i], 0, bodies[i].Length);
            }

            try
            {
                if (!_journal.EnqueueReport(bodies, lengths, _clock.UtcNowMilliseconds))
                {
                    LastProblem = "the journal refused the report: reports queue full or storage low";
                    return false;
                }
            }
            catch (StorageException exception)
            {
                LastProblem = "the journal could not write the report: " + exception.Message;
                return false;
            }
            catch (InvalidOperationException exception)
            {
                LastProblem = exception.Message;
                return false;
            }

            LastProblem = string.Empty;
            return true;
        }

        /// <summary>Splits a run into parts that each fit one journal record, whole results in order; a result too big alone loses measurements, then summary text.</summary>
        private ArrayList Pack(SelfTestRun run)
        {
            ArrayList parts = new ArrayList();
            ArrayList current = new ArrayList();
            for (int i = 0; i < run.Results.Length; i++)
            {
                DiagnosticResult result = Convert(run.Results[i]);
                current.Add(result);
                if (Fits(run, current))
                {
                    continue;
                }

                current.RemoveAt(current.Count - 1);
                if (current.Count > 0)
                {
                    parts.Add(Make(run, current));
                    current = new ArrayList();
                }

                current.Add(result);
                while (!Fits(run, current))
                {
                    Shrink(result);
                }
            }

            if (current.Count > 0 || parts.Count == 0)
            {
                parts.Add(Make(run, current));
            }

            return parts;
        }

        private bool Fits(SelfTestRun run, ArrayList results)
        {
            DiagnosticReport report = Make(run, results);

            // The widest part numbers, so renumbering later never pushes a part over.
            report.Part = DiagnosticReport.MaximumParts;
            report.PartCount = DiagnosticReport.MaximumParts;
            int length;
            return results.Count <= DiagnosticReport.MaximumResults && report.TryEncode(_scratch, 0, _scratch.Length, out length);
        }

        private DiagnosticReport Make(SelfTestRun run, ArrayList results)
        {
            DiagnosticReport report = new DiagnosticReport();
            report.TerminalId = _terminalId;
            report.Plan = Clip(Printable(run.Plan), DiagnosticReport.MaximumPlanLength);
            if (report.Plan.Length == 0)
            {
                report.Plan = "?";
            }

            report.StartedUtcMilliseconds = run.StartedUtcMilliseconds < 0 ? 0 : run.StartedUtcMilliseconds;
            DiagnosticResult[] array = new DiagnosticResult[results.Count];
            for (int i = 0; i < array.Length; i++)
            {
                array[i] = (DiagnosticResult)results[i];
            }

            report.Results = array;
            return report;
        }

        // Last resort for one oversized result: measurements go first (from the end), then the summary shortens.
        private static void Shrink(DiagnosticResult result)
        {
            int count = result.MeasurementNames.Length;
            if (count > 0)
            {
                result.MeasurementNames = Take(result.MeasurementNames, count - 1);
                result.MeasurementValues = Take(result.MeasurementValues, count - 1);
                result.MeasurementUnits = Take(result.MeasurementUnits, count - 1);
                return;
            }

            result.Summary = result.Summary.Length > 40 ? result.Summary.Substring(0, 40) : string.Empty;
        }

        private static string[] Take(string[] values, int count)
        {
            string[] taken = new string[count];
            Array.Copy(values, taken, count);
            return taken;
        }

        /// <summary>Makes the protocol's result from a self-test's: printable ASCII within the limits, card-shaped numbers masked.</summary>
        private static DiagnosticResult Convert(SelfTestResult source)
        {
            DiagnosticResult result = new DiagnosticResult();
            result.CauseId = Clip(Printable(source.CauseId), DiagnosticResult.MaximumCauseIdLength);
            if (result.CauseId.Length == 0)
            {
                result.CauseId = "?";
            }

            result.Verdict = SelfTestRun.VerdictName(source.Verdict);
            result.Summary = Safe(source.Summary, MaximumSummaryLength);
            result.FinishedUtcMilliseconds = source.TimestampUtcMilliseconds < 0 ? 0 : source.TimestampUtcMilliseconds;
            result.DurationMilliseconds = source.DurationMilliseconds < 0 ? 0 : source.DurationMilliseconds;
            int count = source.MeasurementCount > DiagnosticResult.MaximumMeasurements ? DiagnosticResult.MaximumMeasurements : source.MeasurementCount;
            result.MeasurementNames = new string[count];
            result.MeasurementValues = new string[count];
            result.MeasurementUnits = new string[count];
            for (int i = 0; i < count; i++)
            {
                Measurement measurement = source.GetMeasurement(i);
                string name = Clip(Printable(measurement.Name), DiagnosticResult.MaximumNameLength);
                result.MeasurementNames[i] = name.Length == 0 ? "value" : name;
                result.MeasurementValues[i] = Safe(measurement.Value, DiagnosticResult.MaximumValueLength);
                result.MeasurementUnits[i] = Safe(measurement.Unit, DiagnosticResult.MaximumUnitLength);
            }

            return result;
        }

        private static string Safe(string text, int maximumLength)
        {
            string clean = Clip(Printable(text), maximumLength);
            return CardDataGuard.ContainsPanLikeNumber(clean) ? Masked : clean;
        }

        private static string Clip(string text, int maximumLength)
        {
            return text.Length > maximumLength ? text.Substring(0, maximumLength) : text;
        }

        private static string Printable(string text)
        {
            if (text == null)
            {
                return string.Empty;
            }

            char[] chars = new char[text.Length];
            for (int i = 0; i < chars.Length; i++)
            {
                char c = text[i];
                chars[i] = c >= ' ' && c <= '~' ? c : '?';
            }

            return new string(chars);
        }
    }
}
