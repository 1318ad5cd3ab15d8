namespace Terminal.Core.Protocol
{
    /// <summary>
    /// Why a <see cref="HostReply"/> holds no answer. Whatever the reason, the outcome of the request
    /// is unknown, never "failed": a payment is resolved later by a status inquiry.
    /// </summary>
    public enum NoAnswerReason
    {
        /// <summary>There is an answer.</summary>
        None = 0,

        /// <summary>The host did not answer in time; the request may have been processed.</summary>
        Timeout = 1,

        /// <summary>No connection, or it broke; the request may have been processed if it broke late.</summary>
        ConnectionFailed = 2,

        /// <summary>The terminal has no network: nothing was sent.</summary>
        NoNetwork = 3,

        /// <summary>A response arrived but does not decode (not JSON, cut short, a required member missing, an unknown status...): counts as no answer.</summary>
        Undecodable = 4,

        /// <summary>The response body is over the protocol's 4096 bytes: refused unread, never truncated and trusted.</summary>
        Oversized = 5,
    }
}
