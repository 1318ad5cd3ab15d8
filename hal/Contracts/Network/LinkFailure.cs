namespace Terminal.Hal.Network
{
    /// <summary>
    /// Why an HTTP exchange produced no response: the field conditions an <see cref="IHttpLink"/>
    /// reports as a value, never as an exception.
    /// </summary>
    public enum LinkFailure
    {
        /// <summary>No failure: the exchange has a status code and a body.</summary>
        None = 0,

        /// <summary>
        /// The timeout passed before the whole response arrived. The request may or may not have
        /// reached the host: the caller must treat the outcome as unknown.
        /// </summary>
        Timeout = 1,

        /// <summary>
        /// No connection could be made or it broke before the response was complete (refused, reset,
        /// name not resolved, TLS handshake failed). The request may have reached the host if the
        /// connection broke after it was sent.
        /// </summary>
        ConnectionFailed = 2,

        /// <summary>
        /// The response body is larger than the caller's buffer. It was not read to the end and must
        /// not be trusted in part.
        /// </summary>
        ResponseTooLarge = 3,

        /// <summary>The terminal has no network (Wi-Fi not associated, no IP address): nothing was sent.</summary>
        NoNetwork = 4,
    }
}
