using System.Net.NetworkInformation;
using Terminal.Hal.Platform;

namespace Terminal.Hal.Esp32.Platform
{
    /// <summary>
    /// The Wi-Fi station's state for NET-LINK, read from package nanoFramework.System.Net, namespace
    /// <c>System.Net.NetworkInformation</c>: <c>NetworkInterface.GetAllNetworkInterfaces()</c>,
    /// <c>NetworkInterface.GetIsNetworkAvailable()</c>, <c>IPv4Address</c>, <c>NetworkInterfaceType</c>,
    /// <c>SpecificConfigId</c>, and <c>Wireless80211Configuration.GetAllWireless80211Configurations()</c> with its
    /// <c>Ssid</c> (nanoframework/System.Net, NetworkInformation/*.cs).
    /// </summary>
    /// <remarks>
    /// Not done: the signal strength. nanoFramework.System.Device.Wifi's <c>WifiAdapter</c> reports RSSI only in
    /// a scan's <c>NetworkReport</c> (asynchronous, and it interrupts traffic); there is no managed API for the
    /// joined access point's RSSI, so <see cref="SignalDbm"/> is 0 ("not known", as the contract allows).
    /// <see cref="NetworkName"/> is the SSID the station is configured for, which is the one it joins.
    /// </remarks>
    public sealed class Esp32NetworkStatus : INetworkStatus
    {
        private const string NoAddress = "0.0.0.0";

        /// <inheritdoc/>
        public bool LinkUp
        {
            get { return NetworkInterface.GetIsNetworkAvailable() && Address.Length > 0; }
        }

        /// <inheritdoc/>
        public int SignalDbm
        {
            get { return 0; }
        }

        /// <inheritdoc/>
        public string Address
        {
            get
            {
                NetworkInterface station = FindStation();
                if (station == null)
                {
                    return string.Empty;
                }

                string address = station.IPv4Address;
                return address == null || address == NoAddress ? string.Empty : address;
            }
        }

        /// <inheritdoc/>
        public string NetworkName
        {
            get
            {
                NetworkInterface station = FindStation();
                if (station == null)
                {
                    return string.Empty;
                }

                Wireless80211Configuration[] configurations = Wireless80211Configuration.GetAllWireless80211Configurations();
                uint id = station.SpecificConfigId;
                if (configurations == null || id >= (uint)configurations.Length || configurations[id] == null)
                {
                    return string.Empty;
                }

                string ssid = configurations[id].Ssid;
                return ssid == null ? string.Empty : ssid;
            }
        }

        private static NetworkInterface FindStation()
        {
            NetworkInterface[] interfaces = NetworkInterface.GetAllNetworkInterfaces();
            for (int i = 0; i < interfaces.Length; i++)
            {
                if (interfaces[i].NetworkInterfaceType == NetworkInterfaceType.Wireless80211)
                {
                    return interfaces[i];
                }
            }

            return null;
        }
    }
}
