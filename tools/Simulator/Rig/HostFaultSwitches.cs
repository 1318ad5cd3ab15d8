using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tools.Simulator.Rig
{
    /// <summary>
    /// The page's two host switches, turned into the payment host's own fault rules (tools/PaymentHost):
    /// "host slow" is <c>delay</c> on every operation, "host answers after the timeout" is
    /// <c>approve-after-timeout</c> on authorizations, held longer than the terminal waits. The embedded host is
    /// switched in-process; an external one through its <c>/admin/faults</c> endpoint.
    /// </summary>
    /// <remarks>
    /// Thread-safe: the host is outside the terminal, so the switches act at once, not through the terminal's loop.
    /// Each change replaces the host's whole rule list, so rules armed on the host by someone else are cleared.
    /// </remarks>
    public sealed class HostFaultSwitches
    {
        /// <summary>How long the slow host takes over each request, in milliseconds.</summary>
        public const int SlowHostDelayMilliseconds = 3000;

        private readonly object gate = new object();
        private readonly FaultSwitchboard? embedded;
        private readonly Uri? adminAddress;
        private readonly long lateHoldMilliseconds;
        private bool slow;
        private bool answersAfterTimeout;

        /// <summary>Switches the faults of a host running in this process.</summary>
        /// <param name="switchboard">The host's switchboard.</param>
        /// <param name="terminalTimeoutMilliseconds">How long the terminal waits for an answer.</param>
        public HostFaultSwitches(FaultSwitchboard switchboard, int terminalTimeoutMilliseconds)
        {
            ArgumentNullException.ThrowIfNull(switchboard);
            embedded = switchboard;
            lateHoldMilliseconds = LateHold(terminalTimeoutMilliseconds);
        }

        /// <summary>Switches the faults of a host elsewhere, through its admin endpoints.</summary>
        /// <param name="hostAddress">The host's base address.</param>
        /// <param name="terminalTimeoutMilliseconds">How long the terminal waits for an answer.</param>
        public HostFaultSwitches(Uri hostAddress, int terminalTimeoutMilliseconds)
        {
            ArgumentNullException.ThrowIfNull(hostAddress);
            adminAddress = new Uri(hostAddress, "/admin/faults");
            lateHoldMilliseconds = LateHold(terminalTimeoutMilliseconds);
        }

        /// <summary>Gets whether the host is slow (<see cref="SlowHostDelayMilliseconds"/> per request).</summary>
        public bool Slow
        {
            get
            {
                lock (gate)
                {
                    return slow;
                }
            }
        }

        /// <summary>Gets whether the host approves authorizations but answers only after the terminal gave up.</summary>
        public bool AnswersAfterTimeout
        {
            get
            {
                lock (gate)
                {
                    return answersAfterTimeout;
                }
            }
        }

        /// <summary>Turns the slow host on or off.</summary>
        /// <param name="on">Whether the host is slow.</param>
        /// <returns>An empty string, or why an external host refused the change.</returns>
        public string SetSlow(bool on)
        {
            lock (gate)
            {
                slow = on;
                return Apply();
            }
        }

        /// <summary>Turns "answers after the timeout" on or off.</summary>
        /// <param name="on">Whether authorizations are approved and answered too late.</param>
        /// <returns>An empty string, or why an external host refused the change.</returns>
        public string SetAnswersAfterTimeout(bool on)
        {
            lock (gate)
            {
                answersAfterTimeout = on;
                return Apply();
            }
        }

        // A second longer than the terminal waits: the terminal has given up when the answer leaves the host.
        private static long LateHold(int terminalTimeoutMilliseconds) => terminalTimeoutMilliseconds + 1000L;

        private string Apply()
        {
            var rules = new List<FaultRule>();
            if (slow)
            {
                rules.Add(new FaultRule(FaultKind.Delay, SlowHostDelayMilliseconds));
            }

            if (answersAfterTimeout)
            {
                rules.Add(new FaultRule(FaultKind.ApproveAfterTimeout, lateHoldMilliseconds, operation: HostOperation.Authorize));
            }

            if (embedded != null)
            {
                embedded.Clear();
                foreach (FaultRule rule in rules)
                {
                    embedded.Arm(rule);
                }

                return string.Empty;
            }

            return ApplyRemotely(rules);
        }

        private string ApplyRemotely(List<FaultRule> rules)
        {
            var json = new StringBuilder("[");
            for (int index = 0; index < rules.Count; index++)
            {
                FaultRule rule = rules[index];
                json.Append(index == 0 ? string.Empty : ",")
                    .Append("{\"name\":\"").Append(FaultKinds.WireName(rule.Kind)).Append("\",\"value\":").Append(rule.Value);
                if (rule.Operation != null)
                {
                    json.Append(",\"operation\":\"").Append(HostOperations.WireName(rule.Operation.Value)).Append('"');
                }

                json.Append('}');
            }

            json.Append(']');
            try
            {
                using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
                using HttpResponseMessage cleared = client.Send(new HttpRequestMessage(HttpMethod.Delete, adminAddress));
                if (rules.Count == 0)
                {
                    return cleared.IsSuccessStatusCode ? string.Empty : "the host refused to clear its faults: " + (int)cleared.StatusCode;
                }

                using var request = new HttpRequestMessage(HttpMethod.Post, adminAddress) { Content = new StringContent(json.ToString(), Encoding.UTF8, "application/json") };
                using HttpResponseMessage armed = client.Send(request);
                return armed.IsSuccessStatusCode ? string.Empty : "the host refused the faults: " + (int)armed.StatusCode;
            }
            catch (HttpRequestException exception)
            {
                return "the host's admin endpoint did not answer: " + exception.Message;
            }
        }
    }
}
