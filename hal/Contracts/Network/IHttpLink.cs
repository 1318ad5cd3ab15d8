namespace Terminal.Hal.Network
{
    /// <summary>
    /// A synchronous HTTP/1.1 link to one host, shaped after nanoFramework.System.Net.Http's
    /// synchronous <c>HttpClient.Send</c> (one client reused, one response at a time, disposed before
    /// the call returns). The host's base address (scheme, name, port, TLS root certificate) is the
    /// implementation's configuration, given to its constructor; calls carry only the path.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Field conditions (no network, timeout, refused connection, oversized response) are returned as
    /// an <see cref="HttpExchange"/> with a <see cref="LinkFailure"/>, never thrown. Only misuse (a
    /// path not starting with '/', mismatched header arrays, a body range outside its buffer, a
    /// non-positive timeout) throws <see cref="System.ArgumentException"/>.
    /// </para>
    /// <para>
    /// One caller at a time: implementations are not required to be thread-safe. A call blocks for
    /// at most about <c>timeoutMilliseconds</c> (plus the time to close the connection).
    /// </para>
    /// </remarks>
    public interface IHttpLink
    {
        /// <summary>
        /// Sends one request and reads the whole response body into <paramref name="responseBuffer"/>.
        /// </summary>
        /// <param name="method">The HTTP method in capitals: "GET" or "POST".</param>
        /// <param name="path">The path and query, starting with '/', already percent-encoded (e.g. "/v1/payments/T1-42").</param>
        /// <param name="headerNames">Request header names, parallel to <paramref name="headerValues"/>; may be empty, not null.
        /// A "Content-Type" entry describes the body and is sent with it.</param>
        /// <param name="headerValues">Request header values, printable ASCII, one per name.</param>
        /// <param name="body">The request body, or <c>null</c> for none (a GET).</param>
        /// <param name="bodyOffset">Where the body starts in <paramref name="body"/>.</param>
        /// <param name="bodyCount">The body's length in bytes; 0 when <paramref name="body"/> is null.</param>
        /// <param name="responseBuffer">Caller-owned buffer the response body is written to, from index 0.
        /// Its length is the largest body accepted: a larger one gives <see cref="LinkFailure.ResponseTooLarge"/>
        /// and the buffer's content is then undefined.</param>
        /// <param name="timeoutMilliseconds">The most time for the whole exchange (connect, send, receive), in milliseconds; 1 or more.</param>
        /// <returns>The status code and body length, or why there is no response.</returns>
        /// <exception cref="System.ArgumentException">An argument is invalid (a programming error).</exception>
        HttpExchange Send(
            string method,
            string path,
            string[] headerNames,
            string[] headerValues,
            byte[] body,
            int bodyOffset,
            int bodyCount,
            byte[] responseBuffer,
            int timeoutMilliseconds);
    }
}
