namespace Terminal.App.SelfTests.Network
{
    /// <summary>
    /// The thresholds of the network self-tests (NET-LINK, NET-PATH, NET-GATEWAY). The defaults suit a Wi-Fi
    /// terminal talking HTTPS to a payment host: an ESP32 TLS handshake alone takes 1-3 s (shared/nanoframework.md),
    /// so the latency limits are set where a cashier starts to wait, not where a PC would.
    /// </summary>
    public sealed class NetworkCheckSettings
    {
        /// <summary>
        /// Gets or sets the signal strength below which NET-LINK warns, in dBm (default -75). Around -70 dBm Wi-Fi
        /// still carries payments; below -75 dBm retries and drops become frequent enough to show as timeouts.
        /// </summary>
        public int WeakSignalDbm { get; set; } = -75;

        /// <summary>Gets or sets how many echo round trips NET-PATH sends, 1..100 (default 10): enough for a loss figure, short enough for a technician to wait.</summary>
        public int EchoCount { get; set; } = 10;

        /// <summary>
        /// Gets or sets after how many timed-out echoes, before any was answered, NET-PATH stops the series, 1 or more
        /// (default 3). Each timeout costs the whole host timeout (30 s by default): ten of them would keep a
        /// technician waiting five minutes to learn what three already show. Refused connections and "no network"
        /// fail at once and do not stop the series.
        /// </summary>
        public int GiveUpAfterTimeouts { get; set; } = 3;

        /// <summary>Gets or sets the lost share of echoes above which NET-PATH warns, in percent 0..100 (default 10: one lost of ten is already noticeable at the till).</summary>
        public int LossWarnPercent { get; set; } = 10;

        /// <summary>Gets or sets the 95th-percentile round trip above which NET-PATH warns, in milliseconds (default 2000).</summary>
        public long LatencyWarnMilliseconds { get; set; } = 2000;

        /// <summary>Gets or sets the echo answer time above which NET-GATEWAY calls the platform slow, in milliseconds (default 2000).</summary>
        public long GatewaySlowMilliseconds { get; set; } = 2000;

        /// <summary>Creates the defaults.</summary>
        /// <returns>A new settings object.</returns>
        public static NetworkCheckSettings CreateDefault()
        {
            return new NetworkCheckSettings();
        }
    }
}
