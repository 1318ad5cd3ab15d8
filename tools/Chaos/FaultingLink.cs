using System;
using System.Collections.Generic;
using Terminal.Hal.Network;
using Terminal.Hal.Simulated.Network;
using Terminal.Hal.Simulated.Storage;

namespace Terminal.Tools.Chaos
{
    /// <summary>
    /// The terminal's HTTP link in the network campaign: a real <see cref="HttpClientLink"/> to the
    /// payment host that (1) sends <c>Connection: close</c>, so .NET never silently re-sends a dropped
    /// request the device could not; (2) records what the host acknowledged (200) per key, which is
    /// the campaign's view of "reached the backend"; and (3) plays the terminal-side faults that
    /// strike while a request is on the wire: the request reaches the host and is processed, and
    /// then the terminal reboots cleanly or loses power before the answer is read.
    /// </summary>
    public sealed class FaultingLink : IHttpLink, IDisposable
    {
        private const string ReversalSuffix = "/reversal";
        private const string PaymentsPrefix = "/v1/payments/";
        private readonly HttpClientLink _inner;
        private readonly SimulatedFlash _flash;

        /// <summary>Creates the link.</summary>
        public FaultingLink(Uri baseAddress, SimulatedFlash flash)
        {
            _inner = new HttpClientLink(baseAddress);
            _flash = flash;
        }

        /// <summary>The terminal fault that strikes the next request, if any.</summary>
        public LinkFault Armed { get; set; }

        /// <summary>Set when a <see cref="LinkFault.RebootMidFlight"/> struck: the campaign reboots the terminal cleanly after the step.</summary>
        public bool RebootRequested { get; set; }

        /// <summary>Set when a <see cref="LinkFault.PowerOffMidFlight"/> struck: the flash is off until the campaign reboots.</summary>
        public bool PoweredOffByLink { get; set; }

        /// <summary>Mid-flight reboots that struck.</summary>
        public int RebootsFired { get; private set; }

        /// <summary>Mid-flight power losses that struck.</summary>
        public int PowerOffsFired { get; private set; }

        /// <summary>Result-upload keys the host answered 200 (the backend has them).</summary>
        public HashSet<string> UploadedKeys { get; } = new(StringComparer.Ordinal);

        /// <summary>Payment keys whose reversal the host answered 200 (reversed, or burned).</summary>
        public HashSet<string> ReversedPaymentKeys { get; } = new(StringComparer.Ordinal);

        /// <summary>Requests sent.</summary>
        public long Requests { get; private set; }

        /// <inheritdoc/>
        public HttpExchange Send(string method, string path, string[] headerNames, string[] headerValues, byte[] body, int bodyOffset, int bodyCount, byte[] responseBuffer, int timeoutMilliseconds)
        {
            var names = new string[headerNames.Length + 1];
            var values = new string[headerValues.Length + 1];
            Array.Copy(headerNames, names, headerNames.Length);
            Array.Copy(headerValues, values, headerValues.Length);
            names[^1] = "Connection";
            values[^1] = "close";
            Requests++;
            HttpExchange exchange = _inner.Send(method, path, names, values, body, bodyOffset, bodyCount, responseBuffer, timeoutMilliseconds);
            if (exchange.IsAnswered && exchange.StatusCode == 200 && method == "POST")
            {
                if (path == "/v1/results")
                {
                    UploadedKeys.Add(HeaderValue(headerNames, headerValues, "Idempotency-Key"));
                }
                else if (path.StartsWith(PaymentsPrefix, StringComparison.Ordinal) && path.EndsWith(ReversalSuffix, StringComparison.Ordinal))
                {
                    ReversedPaymentKeys.Add(Uri.UnescapeDataString(path.Substring(PaymentsPrefix.Length, path.Length - PaymentsPrefix.Length - ReversalSuffix.Length)));
                }
            }

            LinkFault fault = Armed;
            Armed = LinkFault.None;
            switch (fault)
            {
                case LinkFault.RebootMidFlight:
                    RebootsFired++;
                    RebootRequested = true;
                    return HttpExchange.Failed(LinkFailure.ConnectionFailed, "the terminal rebooted mid-flight");
                case LinkFault.PowerOffMidFlight:
                    PowerOffsFired++;
                    PoweredOffByLink = true;
                    _flash.CutPowerNow();
                    return HttpExchange.Failed(LinkFailure.ConnectionFailed, "the terminal lost power mid-flight");
                default:
                    return exchange;
            }
        }

        /// <summary>Disposes the HTTP client.</summary>
        public void Dispose() => _inner.Dispose();

        private static string HeaderValue(string[] names, string[] values, string name)
        {
            for (int i = 0; i < names.Length; i++)
            {
                if (string.Equals(names[i], name, StringComparison.OrdinalIgnoreCase))
                {
                    return values[i];
                }
            }

            return string.Empty;
        }
    }
}
