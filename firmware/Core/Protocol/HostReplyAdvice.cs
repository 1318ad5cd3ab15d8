namespace Terminal.Core.Protocol
{
    /// <summary>
    /// What the caller should do with a <see cref="HostReply"/>, from the spec's table of errors
    /// (docs/host-protocol.md, "Errors").
    /// </summary>
    public enum HostReplyAdvice
    {
        /// <summary>A 2xx answer with a decoded message: act on it.</summary>
        Success = 1,

        /// <summary>A 404 <c>not_found</c> to a status inquiry: the host has no authorization under the key. Not proof the
        /// customer was not charged: burn the key with a reversal before showing "not charged".</summary>
        NotFound = 2,

        /// <summary>Ask again later with the same key and body: no answer, 409 <c>request_in_progress</c>, 429 or 5xx. A payment stays unknown, never failed.</summary>
        RetryLater = 3,

        /// <summary>A terminal bug: 400 <c>malformed</c> or 422 <c>idempotency_key_reused</c>. Log it; never retry blindly. A payment stays unknown until a status inquiry answers.</summary>
        Bug = 4,

        /// <summary>401 or 403: the host does not know this terminal; show the configuration error (SW-CONFIG).</summary>
        ConfigurationError = 5,

        /// <summary>A decodable answer the spec does not foresee for this operation (e.g. 404 to a reversal, 409 with another code, 3xx).</summary>
        Unexpected = 6,
    }
}
