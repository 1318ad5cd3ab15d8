using System;
using Terminal.Core.Protocol;

namespace Terminal.App.SelfTests.Network
{
    /// <summary>
    /// NET-PATH: the way to the payment host. Sends a series of echo round trips (<c>GET /v1/echo</c>, never a
    /// payment), timing each on the monotonic clock, and reports how many were answered, the loss, the latency
    /// percentiles, and why the others had no answer (no network, DNS or connection failed, timeout). Any HTTP
    /// answer counts as a round trip, even an error status: the path carried it; what the host said is NET-GATEWAY's.
    /// </summary>
    public sealed class NetPathSelfTest : SelfTest
    {
        private readonly NetworkCheckSettings _settings;

        /// <summary>Creates the test with the default thresholds.</summary>
        public NetPathSelfTest()
            : this(NetworkCheckSettings.CreateDefault())
        {
        }

        /// <summary>Creates the test.</summary>
        /// <param name="settings">The thresholds and the series length; the test keeps the object.</param>
        public NetPathSelfTest(NetworkCheckSettings settings)
            : base("NET-PATH")
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

            int sent = _settings.EchoCount < 1 ? 1 : (_settings.EchoCount > 100 ? 100 : _settings.EchoCount);
            long[] latencies = new long[sent];
            int answered = 0;
            int noNetwork = 0;
            int connectFailed = 0;
            int timedOut = 0;
            int other = 0;
            int planned = sent;
            for (int i = 0; i < planned; i++)
            {
                if (answered == 0 && _settings.GiveUpAfterTimeouts > 0 && timedOut >= _settings.GiveUpAfterTimeouts)
                {
                    // Nothing came back at all, slowly: more echoes would only cost more timeouts.
                    sent = i;
                    break;
                }

                long started = context.Clock.MonotonicMilliseconds;
                HostReply reply = host.Echo();
                long elapsed = context.Clock.MonotonicMilliseconds - started;
                if (reply.IsAnswered || reply.StatusCode > 0)
                {
                    latencies[answered++] = elapsed;
                    continue;
                }

                switch (reply.NoAnswerReason)
                {
                    case NoAnswerReason.NoNetwork:
                        noNetwork++;
                        break;
                    case NoAnswerReason.ConnectionFailed:
                        connectFailed++;
                        break;
                    case NoAnswerReason.Timeout:
                        timedOut++;
                        break;
                    default:
                        other++;
                        break;
                }
            }

            int lossPercent = ((sent - answered) * 100) / sent;
            SelfTestResult result;
            if (answered == 0)
            {
                result = Verdict(CheckVerdict.Fail, "no answer to " + sent.ToString() + " echoes: " + MainReason(noNetwork, connectFailed, timedOut, other));
            }
            else
            {
                SortAscending(latencies, answered);
                long p95 = Percentile(latencies, answered, 95);
                if (lossPercent > _settings.LossWarnPercent)
                {
                    result = Verdict(CheckVerdict.Warn, lossPercent.ToString() + "% of echoes lost (over " + _settings.LossWarnPercent.ToString() + "%): " + MainReason(noNetwork, connectFailed, timedOut, other));
                }
                else if (p95 > _settings.LatencyWarnMilliseconds)
                {
                    result = Verdict(CheckVerdict.Warn, "slow path: 95% of echoes within " + p95.ToString() + " ms (over " + _settings.LatencyWarnMilliseconds.ToString() + " ms)");
                }
                else
                {
                    result = Verdict(CheckVerdict.Pass, answered.ToString() + " of " + sent.ToString() + " echoes answered, p95 " + p95.ToString() + " ms");
                }
            }

            result.Measure("sent", sent, string.Empty)
                .Measure("answered", answered, string.Empty)
                .Measure("loss", lossPercent, "%");
            if (answered > 0)
            {
                result.Measure("rtt_p50", Percentile(latencies, answered, 50), "ms")
                    .Measure("rtt_p95", Percentile(latencies, answered, 95), "ms")
                    .Measure("rtt_max", latencies[answered - 1], "ms");
            }

            if (sent > answered)
            {
                result.Measure("no_network", noNetwork, string.Empty)
                    .Measure("connect_failed", connectFailed, string.Empty)
                    .Measure("timeout", timedOut, string.Empty);
                if (other > 0)
                {
                    result.Measure("undecodable", other, string.Empty);
                }
            }

            return result;
        }

        // The reason most echoes had, in the words a technician acts on.
        private static string MainReason(int noNetwork, int connectFailed, int timedOut, int other)
        {
            if (noNetwork >= connectFailed && noNetwork >= timedOut && noNetwork >= other && noNetwork > 0)
            {
                return "no network (" + noNetwork.ToString() + ")";
            }

            if (connectFailed >= timedOut && connectFailed >= other && connectFailed > 0)
            {
                return "DNS or connection to the host failed (" + connectFailed.ToString() + ")";
            }

            if (timedOut >= other && timedOut > 0)
            {
                return "the host did not answer in time (" + timedOut.ToString() + ")";
            }

            return "answers did not decode (" + other.ToString() + ")";
        }

        // Insertion sort: at most 100 values, and no allocation.
        private static void SortAscending(long[] values, int count)
        {
            for (int i = 1; i < count; i++)
            {
                long value = values[i];
                int position = i;
                while (position > 0 && values[position - 1] > value)
                {
                    values[position] = values[position - 1];
                    position--;
                }

                values[position] = value;
            }
        }

        /// <summary>The nearest-rank percentile of sorted values: the smallest value with at least that share of values at or below it.</summary>
        private static long Percentile(long[] sorted, int count, int percent)
        {
            int rank = ((percent * count) + 99) / 100;
            return sorted[rank < 1 ? 0 : rank - 1];
        }
    }
}
