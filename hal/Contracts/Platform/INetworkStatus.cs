namespace Terminal.Hal.Platform
{
    /// <summary>
    /// The terminal's own network interface (Wi-Fi station on the device): evidence for cause NET-LINK. On the
    /// device: nanoFramework.System.Net <c>NetworkInterface</c> and the Wi-Fi adapter's signal; in the
    /// simulator: switches.
    /// </summary>
    public interface INetworkStatus
    {
        /// <summary>Gets whether the link is up (associated with an access point, or cable connected).</summary>
        bool LinkUp { get; }

        /// <summary>Gets the received signal strength in dBm (e.g. -55); 0 when not known (wired, or down).</summary>
        int SignalDbm { get; }

        /// <summary>Gets the IPv4 address, dotted; empty when none is assigned.</summary>
        string Address { get; }

        /// <summary>Gets the network's name (the SSID); empty when not joined.</summary>
        string NetworkName { get; }
    }
}
