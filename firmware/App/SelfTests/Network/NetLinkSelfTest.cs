using System;
using Terminal.Hal.Platform;

namespace Terminal.App.SelfTests.Network
{
    /// <summary>
    /// NET-LINK: the terminal's own network interface. Link up, an address assigned, and a signal strong enough to
    /// carry payments. Reads the platform's <see cref="INetworkStatus"/>; sends nothing.
    /// </summary>
    public sealed class NetLinkSelfTest : SelfTest
    {
        private readonly NetworkCheckSettings _settings;

        /// <summary>Creates the test with the default thresholds.</summary>
        public NetLinkSelfTest()
            : this(NetworkCheckSettings.CreateDefault())
        {
        }

        /// <summary>Creates the test.</summary>
        /// <param name="settings">The thresholds; the test keeps the object.</param>
        public NetLinkSelfTest(NetworkCheckSettings settings)
            : base("NET-LINK")
        {
            if (settings == null)
            {
                throw new ArgumentNullException("settings");
            }

            _settings = settings;
        }

        /// <inheritdoc/>
        public override SelfTestResult Run(SelfTestContext context)
        {
            INetworkStatus network = context.Board == null || context.Board.Platform == null ? null : context.Board.Platform.Network;
            if (network == null)
            {
                return Verdict(CheckVerdict.Skip, "no network status on this board");
            }

            if (!network.LinkUp)
            {
                return Verdict(CheckVerdict.Fail, "link down: not joined to any network").Measure("link", "down", string.Empty);
            }

            string name = network.NetworkName == null ? string.Empty : network.NetworkName;
            string address = network.Address == null ? string.Empty : network.Address;
            int signal = network.SignalDbm;
            SelfTestResult result;
            if (address.Length == 0)
            {
                result = Verdict(CheckVerdict.Fail, "link up but no address assigned (DHCP did not answer)");
            }
            else if (signal != 0 && signal < _settings.WeakSignalDbm)
            {
                result = Verdict(CheckVerdict.Warn, "weak signal " + signal.ToString() + " dBm, below " + _settings.WeakSignalDbm.ToString() + " dBm");
            }
            else
            {
                result = Verdict(CheckVerdict.Pass, "link up, address " + address);
            }

            result.Measure("link", "up", string.Empty);
            if (signal != 0)
            {
                // 0 means not known (wired): reporting it as 0 dBm would read as a perfect signal.
                result.Measure("signal", signal, "dBm");
            }

            result.Measure("address", address.Length == 0 ? "none" : address, string.Empty);
            if (name.Length > 0)
            {
                result.Measure("network", Printable(name), string.Empty);
            }

            return result;
        }

        // An SSID may be UTF-8 (Chinese names are common); measurements are printable ASCII.
        private static string Printable(string text)
        {
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
