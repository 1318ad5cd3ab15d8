using System;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using Terminal.Hal.Network;

namespace Terminal.Hal.Simulated.Network
{
    /// <summary>
    /// <see cref="IHttpLink"/> for the PC, over System.Net.Http: the simulator and the integration
    /// tests talk to a real payment host (tools/PaymentHost on loopback) through it, with the same
    /// contract the device's link keeps.
    /// </summary>
    /// <remarks>
    /// <para>
    /// One <see cref="HttpClient"/> (over a <see cref="SocketsHttpHandler"/>) is created here and reused
    /// for every request, as the device reuses its one client; every response is disposed before
    /// <see cref="Send"/> returns. The client's own timeout is off: each request gets a cancellation
    /// that fires after its timeout and also aborts a body still being read.
    /// </para>
    /// <para>
    /// Failures map to <see cref="LinkFailure"/>: the timeout to <see cref="LinkFailure.Timeout"/>; a
    /// refused, reset or unresolvable connection to <see cref="LinkFailure.ConnectionFailed"/>; an
    /// unreachable network to <see cref="LinkFailure.NoNetwork"/>; a body larger than the caller's
    /// buffer to <see cref="LinkFailure.ResponseTooLarge"/>, detected from Content-Length before
    /// reading, or while reading (never more than the buffer plus one byte is read).
    /// </para>
    /// <para>Whoever creates the link disposes it. One caller at a time.</para>
    /// </remarks>
    public sealed class HttpClientLink : IHttpLink, IDisposable
    {
        private readonly HttpClient _client;
        private readonly Uri _baseAddress;
        private readonly byte[] _probe = new byte[1];
        private bool _disposed;

        /// <summary>Creates a link to a host.</summary>
        /// <param name="baseAddress">The host's absolute http or https address, e.g. http://127.0.0.1:5080; request paths are appended to it.</param>
        /// <exception cref="ArgumentException">The address is not an absolute http(s) URI.</exception>
        public HttpClientLink(Uri baseAddress)
        {
            if (baseAddress == null || !baseAddress.IsAbsoluteUri || (baseAddress.Scheme != Uri.UriSchemeHttp && baseAddress.Scheme != Uri.UriSchemeHttps))
            {
                throw new ArgumentException("the base address must be an absolute http or https URI", nameof(baseAddress));
            }

            _baseAddress = baseAddress;
            SocketsHttpHandler handler = new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
            };
            _client = new HttpClient(handler, disposeHandler: true)
            {
                Timeout = Timeout.InfiniteTimeSpan,
            };
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
            ObjectDisposedException.ThrowIf(_disposed, this);

            using HttpRequestMessage request = BuildRequest(method, path, headerNames, headerValues, body, bodyOffset, bodyCount);
            using CancellationTokenSource timeout = new CancellationTokenSource(timeoutMilliseconds);
            HttpResponseMessage response;
            try
            {
                response = _client.Send(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                return HttpExchange.Failed(LinkFailure.Timeout, "no response within " + timeoutMilliseconds.ToString() + " ms");
            }
            catch (HttpRequestException e)
            {
                return HttpExchange.Failed(Classify(e), Describe(e));
            }

            using (response)
            {
                // Disposing the response aborts a body read that is still waiting when the timeout fires.
                using CancellationTokenRegistration abort = timeout.Token.Register(static state => ((HttpResponseMessage)state!).Dispose(), response);
                return ReadBody(response, responseBuffer, timeout, timeoutMilliseconds);
            }
        }

        /// <summary>Disposes the one HTTP client and its connections.</summary>
        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                _client.Dispose();
            }
        }

        private HttpRequestMessage BuildRequest(
            string method, string path, string[] headerNames, string[] headerValues, byte[] body, int bodyOffset, int bodyCount)
        {
            HttpRequestMessage request = new HttpRequestMessage(method == "POST" ? HttpMethod.Post : HttpMethod.Get, new Uri(_baseAddress, path));
            if (body != null)
            {
                request.Content = new ByteArrayContent(body, bodyOffset, bodyCount);
            }

            for (int i = 0; i < headerNames.Length; i++)
            {
                // Content headers belong to the body in System.Net.Http (as on nanoFramework); the rest to the request.
                if (headerNames[i].StartsWith("Content-", StringComparison.OrdinalIgnoreCase))
                {
                    request.Content?.Headers.TryAddWithoutValidation(headerNames[i], headerValues[i]);
                }
                else
                {
                    request.Headers.TryAddWithoutValidation(headerNames[i], headerValues[i]);
                }
            }

            return request;
        }

        private HttpExchange ReadBody(HttpResponseMessage response, byte[] responseBuffer, CancellationTokenSource timeout, int timeoutMilliseconds)
        {
            int status = (int)response.StatusCode;
            long? declared = response.Content.Headers.ContentLength;
            if (declared > responseBuffer.Length)
            {
                return HttpExchange.Failed(LinkFailure.ResponseTooLarge, "Content-Length " + declared.Value.ToString() + " is over " + responseBuffer.Length.ToString() + " bytes");
            }

            try
            {
                using Stream stream = response.Content.ReadAsStream(timeout.Token);
                int total = 0;
                while (total < responseBuffer.Length)
                {
                    int read = stream.Read(responseBuffer, total, responseBuffer.Length - total);
                    if (read == 0)
                    {
                        return HttpExchange.Answered(status, total);
                    }

                    total += read;
                }

                // The buffer is full: one more byte means the body is too large, and is all that is read of the excess.
                if (stream.Read(_probe, 0, 1) > 0)
                {
                    return HttpExchange.Failed(LinkFailure.ResponseTooLarge, "body is over " + responseBuffer.Length.ToString() + " bytes");
                }

                return HttpExchange.Answered(status, total);
            }
            catch (Exception e) when (e is IOException || e is ObjectDisposedException || e is OperationCanceledException || e is HttpRequestException)
            {
                if (timeout.IsCancellationRequested)
                {
                    return HttpExchange.Failed(LinkFailure.Timeout, "body not complete within " + timeoutMilliseconds.ToString() + " ms");
                }

                return HttpExchange.Failed(LinkFailure.ConnectionFailed, "connection lost while reading the body: " + e.Message);
            }
        }

        private static LinkFailure Classify(HttpRequestException e)
        {
            SocketException? socket = FindSocketException(e);
            if (socket != null && (socket.SocketErrorCode == SocketError.NetworkUnreachable || socket.SocketErrorCode == SocketError.NetworkDown))
            {
                return LinkFailure.NoNetwork;
            }

            return LinkFailure.ConnectionFailed;
        }

        private static string Describe(HttpRequestException e)
        {
            SocketException? socket = FindSocketException(e);
            return socket != null ? "socket error " + socket.SocketErrorCode.ToString() : e.HttpRequestError.ToString() + ": " + e.Message;
        }

        private static SocketException? FindSocketException(Exception e)
        {
            for (Exception? inner = e; inner != null; inner = inner.InnerException)
            {
                if (inner is SocketException socket)
                {
                    return socket;
                }
            }

            return null;
        }
    }
}
