using System;
using Terminal.Hal.Network;

namespace Terminal.App.Peripherals
{
    /// <summary>
    /// The host link with a memory of its last exchange, so the idle screen's network icon says what the
    /// terminal last saw (answered, or which failure) instead of guessing. Adds nothing to the exchange itself.
    /// </summary>
    public sealed class WatchedHttpLink : IHttpLink
    {
        private readonly IHttpLink _link;

        /// <summary>Wraps a link.</summary>
        /// <param name="link">The board's link; its owner disposes it.</param>
        public WatchedHttpLink(IHttpLink link)
        {
            if (link == null)
            {
                throw new ArgumentNullException("link");
            }

            _link = link;
            LastFailure = LinkFailure.None;
        }

        /// <summary>Gets whether any exchange was attempted since boot.</summary>
        public bool HasExchanged { get; private set; }

        /// <summary>Gets why the last exchange had no response; <see cref="LinkFailure.None"/> when it was answered (whatever its status code).</summary>
        public LinkFailure LastFailure { get; private set; }

        /// <summary>Gets whether the host answered the last exchange; <c>true</c> before the first one, so a terminal that has not needed the host yet does not show "offline".</summary>
        public bool LastAnswered
        {
            get { return !HasExchanged || LastFailure == LinkFailure.None; }
        }

        /// <inheritdoc/>
        public HttpExchange Send(string method, string path, string[] headerNames, string[] headerValues, byte[] body, int bodyOffset, int bodyCount, byte[] responseBuffer, int timeoutMilliseconds)
        {
            HttpExchange exchange = _link.Send(method, path, headerNames, headerValues, body, bodyOffset, bodyCount, responseBuffer, timeoutMilliseconds);
            HasExchanged = true;
            LastFailure = exchange.Failure;
            return exchange;
        }
    }
}
