namespace Terminal.Core.Protocol
{
    /// <summary>
    /// Who the terminal is to the host, sent as headers on every request, and how long to wait.
    /// </summary>
    public sealed class HostClientSettings
    {
        /// <summary>The timeout used when none is set: 30 s, room for a TLS handshake on an ESP32 (1-3 s) and a slow issuer.</summary>
        public const int DefaultTimeoutMilliseconds = 30000;

        /// <summary>Creates settings with the default timeout.</summary>
        public HostClientSettings()
        {
            TimeoutMilliseconds = DefaultTimeoutMilliseconds;
        }

        /// <summary>Gets or sets the terminal id (X-Terminal-Id), 1..32 printable ASCII characters.</summary>
        public string TerminalId { get; set; }

        /// <summary>Gets or sets the merchant id (X-Merchant-Id), 1..32 printable ASCII characters.</summary>
        public string MerchantId { get; set; }

        /// <summary>Gets or sets the firmware version (X-Firmware-Version), "major.minor.patch".</summary>
        public string FirmwareVersion { get; set; }

        /// <summary>Gets or sets the most time one exchange may take, in milliseconds, 1 or more.</summary>
        public int TimeoutMilliseconds { get; set; }
    }
}
