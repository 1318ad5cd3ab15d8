using System.Collections;

namespace Terminal.App.SelfTests
{
    /// <summary>
    /// What one self-test found: the verdict, the cause id it speaks for, what it measured, a one-line summary, the
    /// remedy in Chinese and English, and when it ran. Made by the self-test; the runner stamps the time.
    /// </summary>
    public sealed class SelfTestResult
    {
        private readonly ArrayList _measurements = new ArrayList();

        /// <summary>Creates a result.</summary>
        /// <param name="causeId">The cause id (<c>HW-PRINTER</c>).</param>
        /// <param name="verdict">The verdict.</param>
        /// <param name="summary">One line in English, printable ASCII: what was found (<c>paper out</c>).</param>
        /// <param name="remedy">What to do about it; shown with FAIL and WARN.</param>
        public SelfTestResult(string causeId, CheckVerdict verdict, string summary, Remedy remedy)
        {
            CauseId = causeId;
            Verdict = verdict;
            Summary = summary == null ? string.Empty : summary;
            Remedy = remedy;
        }

        /// <summary>Gets the cause id.</summary>
        public string CauseId { get; }

        /// <summary>Gets the verdict.</summary>
        public CheckVerdict Verdict { get; }

        /// <summary>Gets the one-line summary in English.</summary>
        public string Summary { get; }

        /// <summary>Gets the remedy.</summary>
        public Remedy Remedy { get; }

        /// <summary>Gets or sets when the test finished, UTC milliseconds since 1970 (set by the runner).</summary>
        public long TimestampUtcMilliseconds { get; set; }

        /// <summary>Gets or sets how long the test took on the terminal's monotonic clock, in milliseconds (set by the runner).</summary>
        public long DurationMilliseconds { get; set; }

        /// <summary>Gets the number of measurements.</summary>
        public int MeasurementCount
        {
            get { return _measurements.Count; }
        }

        /// <summary>Gets a measurement.</summary>
        /// <param name="index">0 .. <see cref="MeasurementCount"/> - 1.</param>
        /// <returns>The measurement.</returns>
        public Measurement GetMeasurement(int index)
        {
            return (Measurement)_measurements[index];
        }

        /// <summary>Finds a measurement by name.</summary>
        /// <param name="name">The name.</param>
        /// <returns>The measurement; <c>null</c> when the test did not report it.</returns>
        public Measurement FindMeasurement(string name)
        {
            for (int i = 0; i < _measurements.Count; i++)
            {
                Measurement measurement = (Measurement)_measurements[i];
                if (measurement.Name == name)
                {
                    return measurement;
                }
            }

            return null;
        }

        /// <summary>Adds a measured value.</summary>
        /// <param name="name">What was measured.</param>
        /// <param name="value">The value.</param>
        /// <param name="unit">The unit; empty when none.</param>
        /// <returns>This result, to chain.</returns>
        public SelfTestResult Measure(string name, string value, string unit)
        {
            _measurements.Add(new Measurement(name, value, unit));
            return this;
        }

        /// <summary>Adds a measured number.</summary>
        /// <param name="name">What was measured.</param>
        /// <param name="value">The value.</param>
        /// <param name="unit">The unit; empty when none.</param>
        /// <returns>This result, to chain.</returns>
        public SelfTestResult Measure(string name, long value, string unit)
        {
            _measurements.Add(new Measurement(name, value.ToString(), unit));
            return this;
        }

        /// <summary>Formats the measurements as <c>a=1 ms, b=2</c>.</summary>
        /// <returns>The text; empty when there are none.</returns>
        public string MeasurementsText()
        {
            string text = string.Empty;
            for (int i = 0; i < _measurements.Count; i++)
            {
                text = i == 0 ? _measurements[i].ToString() : text + ", " + _measurements[i].ToString();
            }

            return text;
        }
    }
}
