using System;
using Terminal.Core.Protocol;

namespace Terminal.App.SelfTests.Network
{
    /// <summary>
    /// NET-GATEWAY: is the payment platform up and quick? Sends one test transaction, the host's echo
    /// (<c>GET /v1/echo</c>, the role of an ISO 8583 0800 network-management message): it moves no money and
    /// writes nothing. A 2xx echo is PASS, or WARN when slower than the threshold; 429 or 5xx (busy, maintenance,
    /// unavailable) is FAIL "payment platform down", while results stay queued and are delivered later. No answer
    /// at all is FAIL too, but the terminal cannot tell a dead platform from a dead path by one missing answer:
    /// the summary says so and points at NET-PATH, which measured the path.
    /// </summary>
    public sealed class NetGatewaySelfTest : SelfTest
    {
        private static readonly Remedy Configuration = new Remedy("请技术员修正配置", "Host refused this terminal: correct the configuration (SW-CONFIG).");

        private readonly NetworkCheckSettings _settings;

        /// <summary>Creates the test with the default thresholds.</summary>
        public NetGatewaySelfTest()
            : this(NetworkCheckSettings.CreateDefault())
        {
        }

        /// <summary>Creates the test.</summary>
        /// <param name="settings">The thresholds; the test keeps the object.</param>
        public NetGatewaySelfTest(NetworkCheckSettings settings)
            : base("NET-GATEWAY")
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
            HostClient host = context.Host;
            if (host == null)
            {
                return Verdict(CheckVerdict.Skip, "no host link on this terminal");
            }

            long started = context.Clock.MonotonicMilliseconds;
            HostReply reply = host.Echo();
            long latency = context.Clock.MonotonicMilliseconds - started;
            SelfTestResult result;
            int status = reply.StatusCode;
            if (reply.IsAnswered && reply.Advice == HostReplyAdvice.Success && reply.Echo != null)
            {
                result = latency > _settings.GatewaySlowMilliseconds
                    ? Verdict(CheckVerdict.Warn, "platform slow: echo answered in " + latency.ToString() + " ms (over " + _settings.GatewaySlowMilliseconds.ToString() + " ms)")
                    : Verdict(CheckVerdict.Pass, "platform up: echo answered in " + latency.ToString() + " ms");
                result.Measure("http_status", status, string.Empty)
                    .Measure("latency", latency, "ms")
                    // Whole seconds: a 13-digit millisecond count looks like a card number to the console's mask.
                    .Measure("host_time_utc", reply.Echo.ServerTimeUtcMilliseconds / 1000, "s");
                return result;
            }

            if (status == 429 || (status >= 500 && status <= 599))
            {
                result = Verdict(CheckVerdict.Fail, "payment platform down: HTTP " + status.ToString() + " " + ErrorCode(reply) + "; results are kept and delivered later");
            }
            else if (status == 401 || status == 403)
            {
                // The platform is up and answered; it refuses this terminal. Cause SW-CONFIG, not a platform outage.
                result = Verdict(CheckVerdict.Warn, "platform up but refused this terminal: HTTP " + status.ToString() + " " + ErrorCode(reply), Configuration);
            }
            else if (status > 0)
            {
                result = Verdict(CheckVerdict.Fail, "platform answered the echo wrongly: HTTP " + status.ToString() + " " + ErrorCode(reply));
            }
            else
            {
                result = Verdict(CheckVerdict.Fail, "no answer (" + ReasonName(reply.NoAnswerReason) + "): a down platform and a broken path look the same here; see NET-PATH");
                result.Measure("no_answer", ReasonName(reply.NoAnswerReason), string.Empty);
            }

            result.Measure("http_status", status, string.Empty).Measure("latency", latency, "ms");
            return result;
        }

        private static string ErrorCode(HostReply reply)
        {
            return reply.Error == null || reply.Error.Error == null ? "(no error body)" : reply.Error.Error;
        }

        /// <summary>Names a no-answer reason for the summary (Enum.ToString() gives numbers on the device).</summary>
        /// <param name="reason">The reason.</param>
        /// <returns>A short lower-case name.</returns>
        public static string ReasonName(NoAnswerReason reason)
        {
            switch (reason)
            {
                case NoAnswerReason.Timeout:
                    return "timeout";
                case NoAnswerReason.ConnectionFailed:
                    return "connect failed";
                case NoAnswerReason.NoNetwork:
                    return "no network";
                case NoAnswerReason.Undecodable:
                    return "undecodable";
                case NoAnswerReason.Oversized:
                    return "oversized";
                default:
                    return "none";
            }
        }
    }
}
