using System;
using System.Security.Cryptography;
using Terminal.Hal.Platform;
using Terminal.Hal.Time;

namespace Terminal.Hal.Simulated.Platform
{
    /// <summary>
    /// The simulated board's platform services, every one with the switches the self-tests' fault cases need:
    /// a heap that can run low, a supply that can sag or have no ADC, a firmware image that can be corrupted, a
    /// Wi-Fi link that can drop or weaken, an SNTP source that can be unreachable or disagree, and a restart
    /// that is counted (the simulator turns it into a reboot).
    /// </summary>
    public sealed class SimulatedPlatform : IMemoryMonitor, ISupplyMonitor, IFirmwareImage, INetworkStatus, ITimeSource, IRestartControl
    {
        private readonly IClock _clock;
        private readonly byte[] _image;

        /// <summary>Creates the services of a healthy terminal.</summary>
        /// <param name="clock">The board's clock; the time source answers from it plus <see cref="TimeSourceOffsetMilliseconds"/>.</param>
        /// <param name="version">The firmware version the image claims.</param>
        /// <param name="buildUtcMilliseconds">When the image was built.</param>
        public SimulatedPlatform(IClock clock, string version, long buildUtcMilliseconds)
        {
            ArgumentNullException.ThrowIfNull(clock);
            _clock = clock;
            Version = version;
            BuildUtcMilliseconds = buildUtcMilliseconds;
            _image = new byte[4096];
            new Random(4242).NextBytes(_image);
            RecordedDigestHex = Convert.ToHexString(SHA256.HashData(_image)).ToLowerInvariant();
            Wiring = new PlatformWiring { Memory = this, Supply = this, Firmware = this, Network = this, TimeSource = this, Restart = this };
        }

        /// <summary>Gets the wiring that hands these services to the app.</summary>
        public PlatformWiring Wiring { get; }

        /// <summary>Gets or sets the free heap the monitor reports, in bytes (default 96 KB, a PSRAM-less ESP32-S3 after boot).</summary>
        public long FreeBytes { get; set; } = 96 * 1024;

        /// <inheritdoc/>
        public long TotalBytes { get; set; } = 160 * 1024;

        /// <summary>Gets or sets the supply voltage in millivolts (default 5050).</summary>
        public int SupplyMillivolts { get; set; } = 5050;

        /// <summary>Gets or sets whether the supply ADC answers; <c>false</c> is a board without one wired.</summary>
        public bool SupplyWired { get; set; } = true;

        /// <inheritdoc/>
        public int MinimumMillivolts => 4750;

        /// <inheritdoc/>
        public string Version { get; set; }

        /// <inheritdoc/>
        public long BuildUtcMilliseconds { get; set; }

        /// <inheritdoc/>
        public string RecordedDigestHex { get; set; }

        /// <summary>Gets or sets whether the image's bytes are corrupted (one byte flipped), as a bad flash or tampering would leave them.</summary>
        public bool ImageCorrupted { get; set; }

        /// <summary>Gets or sets whether the image cannot be read at all.</summary>
        public bool ImageUnreadable { get; set; }

        /// <inheritdoc/>
        public bool LinkUp { get; set; } = true;

        /// <summary>Gets or sets the signal strength while the link is up, in dBm (default -52).</summary>
        public int LinkSignalDbm { get; set; } = -52;

        /// <inheritdoc/>
        public int SignalDbm => LinkUp ? LinkSignalDbm : 0;

        /// <summary>Gets or sets the address while the link is up (empty: DHCP gave none).</summary>
        public string LinkAddress { get; set; } = "192.168.1.50";

        /// <inheritdoc/>
        public string Address => LinkUp ? LinkAddress : string.Empty;

        /// <inheritdoc/>
        public string NetworkName => LinkUp ? "shop-wifi" : string.Empty;

        /// <summary>Gets or sets whether the SNTP server answers.</summary>
        public bool TimeSourceReachable { get; set; } = true;

        /// <summary>Gets or sets how far the SNTP server's time is ahead of the board's clock, in milliseconds.</summary>
        public long TimeSourceOffsetMilliseconds { get; set; }

        /// <summary>Gets how many times the app asked for a restart.</summary>
        public int RestartRequests { get; private set; }

        /// <inheritdoc/>
        public long MeasureFreeBytes() => FreeBytes;

        /// <inheritdoc/>
        public bool TryReadMillivolts(out int millivolts)
        {
            millivolts = SupplyWired ? SupplyMillivolts : 0;
            return SupplyWired;
        }

        /// <inheritdoc/>
        public bool TryComputeDigestHex(out string digestHex)
        {
            if (ImageUnreadable)
            {
                digestHex = string.Empty;
                return false;
            }

            byte[] image = (byte[])_image.Clone();
            if (ImageCorrupted)
            {
                image[1000] ^= 0x10;
            }

            digestHex = Convert.ToHexString(SHA256.HashData(image)).ToLowerInvariant();
            return true;
        }

        /// <inheritdoc/>
        public bool TryQueryUtcMilliseconds(int timeoutMilliseconds, out long utcMilliseconds)
        {
            utcMilliseconds = TimeSourceReachable ? _clock.UtcNowMilliseconds + TimeSourceOffsetMilliseconds : 0;
            return TimeSourceReachable;
        }

        /// <inheritdoc/>
        public void Restart() => RestartRequests++;
    }
}
