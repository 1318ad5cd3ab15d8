using System;
using System.Threading;
using System.Threading.Tasks;
using Terminal.Hal.Network;

namespace Terminal.Tools.Simulator.Rig
{
    /// <summary>
    /// The network between the terminal and its payment host, with the simulator's "network down" switch: an
    /// <see cref="IHttpLink"/> that passes every request to the real link (HTTP to a payment host) while the
    /// network is up. While it is down a request fails at once with <see cref="LinkFailure.NoNetwork"/>, as the
    /// device's link does when Wi-Fi has dropped. Pulling the network while a request waits for its answer loses
    /// that answer: the host may well have processed the request (and charged the card), the terminal never hears.
    /// That is the field situation behind a late confirmation.
    /// </summary>
    /// <remarks>
    /// The switch is the only member meant for other threads (the page's request threads flip it while the
    /// terminal's loop is blocked in <see cref="Send"/>); the terminal's loop is the one caller of <see cref="Send"/>.
    /// A request whose answer was lost keeps running on the real link in the background; the next request waits for
    /// it first, because the real link takes one caller at a time. The network is outside the terminal, so flipping
    /// it never touches the app.
    /// </remarks>
    public sealed class NetworkSwitch : IHttpLink
    {
        private readonly IHttpLink link;
        private readonly object gate = new object();
        private bool isDown;
        private bool cutDuringNextAnswer;
        private ManualResetEventSlim? inFlightDropped;
        private Task? abandoned;
        private string? inFlightPath;

        /// <summary>Creates the network, up.</summary>
        /// <param name="link">The real link to the host; the caller owns and disposes it.</param>
        public NetworkSwitch(IHttpLink link)
        {
            ArgumentNullException.ThrowIfNull(link);
            this.link = link;
        }

        /// <summary>Raised (on the thread that flipped it) after the switch went from down to up.</summary>
        public event Action? Restored;

        /// <summary>Gets whether the network is down.</summary>
        public bool IsDown
        {
            get
            {
                lock (gate)
                {
                    return isDown;
                }
            }
        }

        /// <summary>Gets the path of the request waiting for its answer (for example <c>/v1/payments</c>), or <c>null</c>.</summary>
        public string? InFlightPath
        {
            get
            {
                lock (gate)
                {
                    return inFlightPath;
                }
            }
        }

        /// <summary>Gets how many requests reached the host through this network.</summary>
        public int RequestsSent { get; private set; }

        /// <summary>Gets how many answers the network lost (pulled while they were on their way).</summary>
        public int AnswersLost { get; private set; }

        /// <summary>Gets how many requests found the network down.</summary>
        public int RequestsRefused { get; private set; }

        /// <summary>
        /// Pulls the network (<paramref name="down"/> true) or plugs it back. Pulling it loses the answer of the request
        /// in flight, if any. Thread-safe.
        /// </summary>
        /// <param name="down">Whether the network is down from now on.</param>
        public void SetDown(bool down)
        {
            bool restored;
            lock (gate)
            {
                restored = isDown && !down;
                isDown = down;
                if (down)
                {
                    inFlightDropped?.Set();
                }
            }

            if (restored)
            {
                Restored?.Invoke();
            }
        }

        /// <summary>
        /// Arms a cut for the next request: it reaches the host, then the network goes down before its answer
        /// arrives, and stays down. The scripted, single-threaded way of pulling the network mid-request. Thread-safe.
        /// </summary>
        public void CutDuringNextAnswer()
        {
            lock (gate)
            {
                cutDuringNextAnswer = true;
            }
        }

        /// <inheritdoc/>
        public HttpExchange Send(string method, string path, string[] headerNames, string[] headerValues, byte[] body, int bodyOffset, int bodyCount, byte[] responseBuffer, int timeoutMilliseconds)
        {
            HttpLinkArguments.Check(method, path, headerNames, headerValues, body, bodyOffset, bodyCount, responseBuffer, timeoutMilliseconds);
            if (IsDown)
            {
                return Refused();
            }

            WaitForAbandonedRequest();
            ManualResetEventSlim dropped = new ManualResetEventSlim(false);
            bool cutThisOne;
            lock (gate)
            {
                if (isDown)
                {
                    dropped.Dispose();
                    return Refused();
                }

                cutThisOne = cutDuringNextAnswer;
                cutDuringNextAnswer = false;
                inFlightDropped = dropped;
                inFlightPath = path;
                RequestsSent++;
            }

            // The real link writes into a buffer of its own: an answer that arrives after it was lost must not land
            // in the caller's buffer while the caller reads another answer there.
            byte[] privateBuffer = new byte[responseBuffer.Length];
            try
            {
                if (cutThisOne)
                {
                    link.Send(method, path, headerNames, headerValues, body, bodyOffset, bodyCount, privateBuffer, timeoutMilliseconds);
                    SetDown(true);
                    return Lost();
                }

                Task<HttpExchange> exchange = Task.Run(() => link.Send(method, path, headerNames, headerValues, body, bodyOffset, bodyCount, privateBuffer, timeoutMilliseconds));
                int first = WaitHandle.WaitAny(new[] { ((IAsyncResult)exchange).AsyncWaitHandle, dropped.WaitHandle });
                if (first == 1 && !exchange.IsCompleted)
                {
                    lock (gate)
                    {
                        abandoned = exchange;
                    }

                    return Lost();
                }

                HttpExchange answer = exchange.GetAwaiter().GetResult();
                if (answer.IsAnswered)
                {
                    Array.Copy(privateBuffer, responseBuffer, answer.ResponseLength);
                }

                return answer;
            }
            finally
            {
                lock (gate)
                {
                    inFlightDropped = null;
                    inFlightPath = null;
                }

                dropped.Dispose();
            }
        }

        private HttpExchange Refused()
        {
            lock (gate)
            {
                RequestsRefused++;
            }

            return HttpExchange.Failed(LinkFailure.NoNetwork, "network down (simulator switch)");
        }

        private HttpExchange Lost()
        {
            lock (gate)
            {
                AnswersLost++;
            }

            return HttpExchange.Failed(LinkFailure.NoNetwork, "the network went down before the answer arrived (simulator switch)");
        }

        private void WaitForAbandonedRequest()
        {
            Task? previous;
            lock (gate)
            {
                previous = abandoned;
                abandoned = null;
            }

            // It ends by itself: the real link's own timeout bounds it.
            previous?.Wait();
        }
    }
}
