using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.NetworkInformation;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Terminal.Hal.Network;
using Terminal.Hal.Time;

namespace Terminal.Hal.Esp32.Network
{
    /// <summary>
    /// <see cref="IHttpLink"/> on the ESP32, over nanoFramework.System.Net.Http.Client's synchronous
    /// <see cref="HttpClient"/> (<c>HttpClient.Send(HttpRequestMessage, HttpCompletionOption)</c>,
    /// "the .NET nanoFramework equivalent of SendAsync": it blocks).
    /// </summary>
    /// <remarks>
    /// <para>
    /// One <see cref="HttpClient"/> is created here and reused for every request, and every
    /// <see cref="HttpResponseMessage"/> is disposed before <see cref="Send"/> returns: an undisposed
    /// response keeps its socket and buffers, and a few of them exhaust the heap
    /// (shared/nanoframework.md, "HTTP"). <see cref="HttpRequestMessage.Dispose"/> does not dispose
    /// its content, so the body's <see cref="ByteArrayContent"/> is disposed here too.
    /// </para>
    /// <para>
    /// HTTPS: the root CA given to the constructor goes to <see cref="HttpClient.HttpsAuthentCert"/>,
    /// with TLS 1.2 (<see cref="HttpClient.SslProtocols"/>). TLS fails until the clock is set (SNTP),
    /// and a handshake costs 1-3 s and about 33 KB of native buffers on an ESP32.
    /// </para>
    /// <para>
    /// Timeouts, from the library's sources (nanoframework/System.Net.Http, HttpClient.cs,
    /// HttpClientHandler.cs, System.Net.HttpWebRequest.cs): <see cref="HttpClient.Timeout"/> becomes
    /// the <c>HttpWebRequest.Timeout</c> of each request, enforced by a timer that closes the socket
    /// while the response headers are awaited. A timeout therefore surfaces as a generic failure (a
    /// <c>WebException</c> wrapped in <see cref="HttpRequestException"/>, or worse), so a failure that
    /// took at least the timeout is reported as <see cref="LinkFailure.Timeout"/>, measured on the
    /// monotonic clock. Not bounded by it: the TCP connect and TLS handshake (lwIP's own limits) and
    /// body reads (<c>HttpWebRequest.ReadWriteTimeout</c>, 5 minutes by default, not reachable through
    /// <see cref="HttpClient"/>).
    /// </para>
    /// <para>
    /// Size: the request is sent with <see cref="HttpCompletionOption.ResponseHeadersRead"/>, so the
    /// library does not buffer the body before the Content-Length check; a declared length over the
    /// caller's buffer is refused unread. The library reads a body only whole
    /// (<c>HttpContent.LoadIntoBuffer</c>): a chunked response without Content-Length is buffered by it
    /// in full before the size check here.
    /// </para>
    /// <para>Whoever creates the link disposes it. One caller at a time. Device-only: not compiled on the host.</para>
    /// </remarks>
    public sealed class Esp32HttpLink : IHttpLink, IDisposable
    {
        // .NET ticks are 100 ns on nanoFramework too (CoreLibrary TimeSpan).
        private const long TicksPerMillisecond = 10000;

        private readonly HttpClient _client;
        private readonly IClock _clock;
        private readonly string _baseAddress;
        private readonly byte[] _probe = new byte[1];
        private int _clientTimeoutMilliseconds;
        private bool _disposed;

        /// <summary>Creates the link and its one HTTP client.</summary>
        /// <param name="baseAddress">The host's absolute address without a trailing path, e.g. "https://pay.example.com:8443".</param>
        /// <param name="rootCertificate">The root CA of an https host (PEM loaded into an <see cref="X509Certificate"/>); <c>null</c> for plain http.</param>
        /// <param name="clock">The monotonic clock that tells a timeout from another failure.</param>
        /// <exception cref="ArgumentException">The address is missing or not http(s), or the clock is null.</exception>
        public Esp32HttpLink(string baseAddress, X509Certificate rootCertificate, IClock clock)
        {
            if (baseAddress == null || (baseAddress.IndexOf("http://") != 0 && baseAddress.IndexOf("https://") != 0))
            {
                throw new ArgumentException("the base address must start with http:// or https://");
            }

            if (clock == null)
            {
                throw new ArgumentNullException("clock");
            }

            // Paths are appended to this text to make absolute request URIs, which HttpClient.Send uses as they are.
            _baseAddress = baseAddress[baseAddress.Length - 1] == '/' ? baseAddress.Substring(0, baseAddress.Length - 1) : baseAddress;
            _clock = clock;
            _client = new HttpClient();
            _client.SslProtocols = SslProtocols.Tls12;
            if (rootCertificate != null)
            {
                _client.HttpsAuthentCert = rootCertificate;
            }
        }

        /// <inheritdoc/>
        public HttpExchange Send(
            string method,
            string path,
            string[] headerNames,
            string[] headerValues,
            byte[] body,
            int bodyOffset,
            int bodyCount,
            byte[] responseBuffer,
            int timeoutMilliseconds)
        {
            HttpLinkArguments.Check(method, path, headerNames, headerValues, body, bodyOffset, bodyCount, responseBuffer, timeoutMilliseconds);
            if (_disposed)
            {
                throw new ObjectDisposedException();
            }

            // nanoFramework.System.Net NetworkInterface.GetIsNetworkAvailable: "any network interface is marked up".
            if (!NetworkInterface.GetIsNetworkAvailable())
            {
                return HttpExchange.Failed(LinkFailure.NoNetwork, "no network interface is up");
            }

            SetTimeout(timeoutMilliseconds);
            long started = _clock.MonotonicMilliseconds;
            HttpRequestMessage request = new HttpRequestMessage(method == "POST" ? HttpMethod.Post : HttpMethod.Get, _baseAddress + path);
            ByteArrayContent content = null;
            HttpResponseMessage response = null;
            try
            {
                if (body != null)
                {
                    content = new ByteArrayContent(body, bodyOffset, bodyCount);
                    request.Content = content;
                }

                for (int i = 0; i < headerNames.Length; i++)
                {
                    // Content-Type travels with the content, as in desktop System.Net.Http.
                    if (headerNames[i].ToLower().IndexOf("content-") == 0)
                    {
                        if (content != null)
                        {
                            content.Headers.Add(headerNames[i], headerValues[i]);
                        }
                    }
                    else
                    {
                        request.Headers.Add(headerNames[i], headerValues[i]);
                    }
                }

                try
                {
                    response = _client.Send(request, HttpCompletionOption.ResponseHeadersRead);
                }
                catch (Exception e)
                {
                    return Failure(e, started, timeoutMilliseconds, "no response");
                }

                if (response == null)
                {
                    return HttpExchange.Failed(LinkFailure.ConnectionFailed, "no response");
                }

                return ReadBody(response, responseBuffer, started, timeoutMilliseconds);
            }
            finally
            {
                if (response != null)
                {
                    response.Dispose();
                }

                if (content != null)
                {
                    content.Dispose();
                }

                request.Dispose();
            }
        }

        /// <summary>Disposes the one HTTP client.</summary>
        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                _client.Dispose();
            }
        }

        private void SetTimeout(int timeoutMilliseconds)
        {
            if (timeoutMilliseconds == _clientTimeoutMilliseconds)
            {
                return;
            }

            try
            {
                // HttpClient.Timeout's setter refuses a change once an operation has started
                // (CheckDisposedOrStarted); the 1.5 sources never mark one started, so it is set per call.
                _client.Timeout = new TimeSpan(timeoutMilliseconds * TicksPerMillisecond);
                _clientTimeoutMilliseconds = timeoutMilliseconds;
            }
            catch (InvalidOperationException)
            {
                // A library that locks the setting keeps the previous timeout; the monotonic check below still classifies.
            }
        }

        private HttpExchange ReadBody(HttpResponseMessage response, byte[] responseBuffer, long started, int timeoutMilliseconds)
        {
            int status = (int)response.StatusCode;
            if (status < 100 || status > 999)
            {
                return HttpExchange.Failed(LinkFailure.ConnectionFailed, "invalid status line");
            }

            HttpContent content = response.Content;
            if (content == null)
            {
                return HttpExchange.Answered(status, 0);
            }

            // HttpContentHeaders.ContentLength: the Content-Length header, or -1 when there is none (chunked).
            long declared = content.Headers.ContentLength;
            if (declared > responseBuffer.Length)
            {
                return HttpExchange.Failed(LinkFailure.ResponseTooLarge, "Content-Length " + declared.ToString() + " is over " + responseBuffer.Length.ToString() + " bytes");
            }

            try
            {
                Stream stream = content.ReadAsStream();
                int total = 0;
                while (total < responseBuffer.Length)
                {
                    int read = stream.Read(responseBuffer, total, responseBuffer.Length - total);
                    if (read <= 0)
                    {
                        return HttpExchange.Answered(status, total);
                    }

                    total += read;
                }

                if (stream.Read(_probe, 0, 1) > 0)
                {
                    return HttpExchange.Failed(LinkFailure.ResponseTooLarge, "body is over " + responseBuffer.Length.ToString() + " bytes");
                }

                return HttpExchange.Answered(status, total);
            }
            catch (Exception e)
            {
                return Failure(e, started, timeoutMilliseconds, "connection lost while reading the body");
            }
        }

        private HttpExchange Failure(Exception e, long started, int timeoutMilliseconds, string what)
        {
            for (Exception inner = e; inner != null; inner = inner.InnerException)
            {
                // System.Net.WebException.Status (nanoFramework.System.Net.Http): Timeout, ConnectFailure, NameResolutionFailure...
                if (inner is WebException web)
                {
                    if (web.Status == WebExceptionStatus.Timeout)
                    {
                        return HttpExchange.Failed(LinkFailure.Timeout, what + ": timed out");
                    }

                    if (web.Status == WebExceptionStatus.ConnectFailure || web.Status == WebExceptionStatus.NameResolutionFailure)
                    {
                        return HttpExchange.Failed(LinkFailure.ConnectionFailed, what + ": " + web.Message);
                    }
                }
            }

            if (_clock.MonotonicMilliseconds - started >= timeoutMilliseconds)
            {
                return HttpExchange.Failed(LinkFailure.Timeout, what + " within " + timeoutMilliseconds.ToString() + " ms");
            }

            return HttpExchange.Failed(LinkFailure.ConnectionFailed, what + ": " + e.Message);
        }
    }
}
