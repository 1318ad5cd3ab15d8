namespace Terminal.App.SelfTests.Software
{
    /// <summary>Thresholds of the SW-CLOCK self-test.</summary>
    public sealed class ClockCheckSettings
    {
        /// <summary>
        /// The earliest time a set clock can show, UTC milliseconds since 1970 (default 2024-01-01T00:00:00Z):
        /// older than any build of this firmware, so a clock below it was never set (an ESP32 without time starts
        /// at 1970). Used when the board has no firmware image to give the build date.
        /// </summary>
        public long EarliestPlausibleUtcMilliseconds { get; set; } = 1704067200000L;

        /// <summary>Gets or sets the skew against a time source above which the verdict is WARN, in milliseconds (default 30 s).</summary>
        public long WarnSkewMilliseconds { get; set; } = 30000;

        /// <summary>
        /// Gets or sets the skew above which the verdict is FAIL, in milliseconds (default 5 minutes: the host
        /// refuses implausible terminal times with response code C1, and TLS certificate checks and replay windows
        /// are commonly set at that order).
        /// </summary>
        public long FailSkewMilliseconds { get; set; } = 300000;

        /// <summary>Gets or sets how long to wait for the SNTP source, in milliseconds (default 3000).</summary>
        public int TimeSourceTimeoutMilliseconds { get; set; } = 3000;

        /// <summary>Creates the defaults.</summary>
        /// <returns>A new settings object.</returns>
        public static ClockCheckSettings CreateDefault()
        {
            return new ClockCheckSettings();
        }
    }
}
