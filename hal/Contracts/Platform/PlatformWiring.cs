namespace Terminal.Hal.Platform
{
    /// <summary>
    /// The board's platform services the self-tests and the technician need. A service the board does not have is
    /// <c>null</c>, and the self-test that needs it reports SKIP (or, for one that must exist, FAIL).
    /// </summary>
    public sealed class PlatformWiring
    {
        /// <summary>Gets or sets the heap monitor (SW-MEMORY).</summary>
        public IMemoryMonitor Memory { get; set; }

        /// <summary>Gets or sets the supply voltage monitor (HW-POWER); <c>null</c> where the board does not wire one.</summary>
        public ISupplyMonitor Supply { get; set; }

        /// <summary>Gets or sets the deployed image (SW-VERSION, SW-INTEGRITY, SW-CLOCK's build date).</summary>
        public IFirmwareImage Firmware { get; set; }

        /// <summary>Gets or sets the network interface (NET-LINK).</summary>
        public INetworkStatus Network { get; set; }

        /// <summary>Gets or sets the independent time source, SNTP on the device (SW-CLOCK).</summary>
        public ITimeSource TimeSource { get; set; }

        /// <summary>Gets or sets the restart control (technician menu and console).</summary>
        public IRestartControl Restart { get; set; }
    }
}
