namespace Terminal.Core.Protocol
{
    /// <summary>One self-test result inside a <see cref="DiagnosticReport"/>: no card data, printable ASCII only.</summary>
    public sealed class DiagnosticResult
    {
        /// <summary>The longest cause id.</summary>
        public const int MaximumCauseIdLength = 16;

        /// <summary>The longest summary.</summary>
        public const int MaximumSummaryLength = 120;

        /// <summary>The most measurements of one result.</summary>
        public const int MaximumMeasurements = 16;

        /// <summary>The longest measurement name.</summary>
        public const int MaximumNameLength = 32;

        /// <summary>The longest measurement value.</summary>
        public const int MaximumValueLength = 64;

        /// <summary>The longest measurement unit.</summary>
        public const int MaximumUnitLength = 16;

        /// <summary>Gets or sets the cause id (<c>NET-PATH</c>), 1..16 printable ASCII.</summary>
        public string CauseId { get; set; }

        /// <summary>Gets or sets the verdict: <c>PASS</c>, <c>WARN</c>, <c>FAIL</c>, <c>SKIP</c> or <c>OPERATOR</c>.</summary>
        public string Verdict { get; set; }

        /// <summary>Gets or sets the one-line summary, 0..120 printable ASCII, never holding a card number.</summary>
        public string Summary { get; set; }

        /// <summary>Gets or sets when the test finished, UTC milliseconds since 1970.</summary>
        public long FinishedUtcMilliseconds { get; set; }

        /// <summary>Gets or sets how long the test took, in milliseconds, 0 or more.</summary>
        public long DurationMilliseconds { get; set; }

        /// <summary>Gets or sets the measurement names (<c>rtt_p95</c>), parallel to the values and units; at most 16.</summary>
        public string[] MeasurementNames { get; set; } = new string[0];

        /// <summary>Gets or sets the measurement values as text.</summary>
        public string[] MeasurementValues { get; set; } = new string[0];

        /// <summary>Gets or sets the measurement units; empty for none.</summary>
        public string[] MeasurementUnits { get; set; } = new string[0];
    }
}
