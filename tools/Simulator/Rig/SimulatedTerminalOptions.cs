using System;
using System.IO;
using Terminal.Core.Protocol;

namespace Terminal.Tools.Simulator.Rig
{
    /// <summary>How a <see cref="SimulatedTerminal"/> is put together.</summary>
    public sealed class SimulatedTerminalOptions
    {
        /// <summary>Gets or sets the seed of the simulated flash (which part of a torn write survives a cut).</summary>
        public int Seed { get; set; } = 1;

        /// <summary>
        /// Gets or sets where the terminal's clock starts, in milliseconds since 1970-01-01T00:00:00Z; <c>null</c> for
        /// 2026-11-23T00:00:00Z, the simulated board's day (scripts, tests).
        /// </summary>
        public long? StartUtcMilliseconds { get; set; }

        /// <summary>Gets or sets the address of an external payment host; <c>null</c> starts one in this process.</summary>
        public Uri? HostAddress { get; set; }

        /// <summary>Gets or sets where the embedded host logs its requests; <c>null</c> for silence.</summary>
        public TextWriter? HostRequestLog { get; set; }

        /// <summary>Gets or sets the terminal id given to a blank terminal.</summary>
        public string TerminalId { get; set; } = "T0001234";

        /// <summary>Gets or sets the merchant id given to a blank terminal.</summary>
        public string MerchantId { get; set; } = "M88990001";

        /// <summary>Gets or sets the technician PIN the simulator sets at start, for the menu (Menu pressed 3 times) and the debug console (<c>login 12345678</c>).</summary>
        public string TechnicianPin { get; set; } = DefaultTechnicianPin;

        /// <summary>The simulator's default technician PIN.</summary>
        public const string DefaultTechnicianPin = "12345678";

        /// <summary>Gets or sets the cashier's language.</summary>
        public CashierLanguage Language { get; set; } = CashierLanguage.SimplifiedChinese;

        /// <summary>
        /// Gets or sets how long the terminal waits for the host, in milliseconds. The device waits 30 s; the simulator
        /// defaults to 8 s so that "host answers after the timeout" is a short wait at the page.
        /// </summary>
        public int HostTimeoutMilliseconds { get; set; } = 8000;

        /// <summary>Gets or sets after how many milliseconds the embedded host's simulated customer pays a merchant QR order; <c>null</c> never.</summary>
        public long? QrAutoPayMilliseconds { get; set; } = 10000;
    }
}
