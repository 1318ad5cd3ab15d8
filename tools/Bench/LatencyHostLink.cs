using System;
using Terminal.Core.Protocol;
using Terminal.Hal.Network;

namespace Terminal.Tools.Bench
{
    /// <summary>
    /// An in-process payment host: answers with canned protocol bytes encoded by the portable
    /// encoders (<see cref="PaymentResult"/>, <see cref="UploadAcknowledgement"/>), so no network or
    /// server timing enters the benchmark. Payment answers (authorization and inquiry) open the
    /// recorder's window as the last thing before <see cref="Send"/> returns.
    /// </summary>
    internal sealed class LatencyHostLink : IHttpLink
    {
        private const string PaymentsPath = "/v1/payments";
        private const string ResultsPath = "/v1/results";
        private const long HostTimeOffsetMilliseconds = 1800;

        private readonly LatencyRecorder _recorder;
        private readonly Func<long> _utcNowMilliseconds;

        /// <summary>Creates the link.</summary>
        /// <param name="recorder">Whose window payment answers open.</param>
        /// <param name="utcNowMilliseconds">The terminal's clock, for the host's time stamp.</param>
        public LatencyHostLink(LatencyRecorder recorder, Func<long> utcNowMilliseconds)
        {
            _recorder = recorder;
            _utcNowMilliseconds = utcNowMilliseconds;
        }

        /// <summary>Gets or sets the payment the host answers about next.</summary>
        public LatencyPlan? Plan { get; set; }

        /// <summary>Gets or sets whether the next authorization times out (the payment becomes UNKNOWN).</summary>
        public bool AuthorizationTimesOut { get; set; }

        /// <inheritdoc/>
        public HttpExchange Send(string method, string path, string[] headerNames, string[] headerValues, byte[] body, int bodyOffset, int bodyCount, byte[] responseBuffer, int timeoutMilliseconds)
        {
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            if (path == ResultsPath)
            {
                int acknowledgementLength = new UploadAcknowledgement { Accepted = true }.Encode(responseBuffer, 0, responseBuffer.Length);
                _recorder.AddBenchAllocation(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
                return HttpExchange.Answered(200, acknowledgementLength);
            }

            if (!path.StartsWith(PaymentsPath, StringComparison.Ordinal) || Plan == null)
            {
                throw new InvalidOperationException("the latency benchmark does not answer " + method + " " + path);
            }

            string key;
            if (method == "POST")
            {
                if (AuthorizationTimesOut)
                {
                    AuthorizationTimesOut = false;
                    return HttpExchange.Failed(LinkFailure.Timeout, "no answer within the timeout (benchmark)");
                }

                key = headerValues[Array.IndexOf(headerNames, "Idempotency-Key")];
            }
            else
            {
                key = Uri.UnescapeDataString(path.Substring(PaymentsPath.Length + 1));
            }

            var answer = new PaymentResult
            {
                Key = key,
                Status = Plan.Status,
                ResponseCode = Plan.ResponseCode,
                AuthorizationCode = Plan.AuthorizationCode,
                HostReference = Plan.HostReference,
                HostTimeUtcMilliseconds = _utcNowMilliseconds() + HostTimeOffsetMilliseconds,
            };
            int length = answer.Encode(responseBuffer, 0, responseBuffer.Length);
            _recorder.AddBenchAllocation(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
            _recorder.OpenWindow(length);
            return HttpExchange.Answered(200, length);
        }
    }
}
