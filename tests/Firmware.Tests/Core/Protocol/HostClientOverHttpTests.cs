using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Core.Protocol;
using Terminal.Hal.Network;
using Terminal.Hal.Simulated.Network;

namespace Terminal.Tests.Core.Protocol
{
    /// <summary>
    /// The host client over the PC's real HTTP link (HttpClientLink) against a scripted loopback server
    /// speaking raw HTTP/1.1: what goes over the wire, and how timeouts, refusals and oversized bodies come back.
    /// </summary>
    [TestClass]
    public sealed class HostClientOverHttpTests
    {
        private const string Key = "T0001234-42";

        [TestMethod]
        public void An_authorization_crosses_a_real_http_connection_and_its_answer_decodes()
        {
            string payment = ProtocolSamples.PaymentJson(Key, "approved");
            using var server = new ScriptedServer(Respond(200, payment));
            using var link = new HttpClientLink(server.Address);

            HostReply reply = new HostClient(link, Settings(5000)).Authorize(Key, ProtocolSamples.CardSale());

            Assert.AreEqual(PaymentStatus.Approved, reply.Payment!.Status, reply.Detail);
            string request = server.WaitForRequest();
            StringAssert.StartsWith(request, "POST /v1/payments HTTP/1.1\r\n");
            StringAssert.Contains(request, "Idempotency-Key: " + Key + "\r\n");
            StringAssert.Contains(request, "X-Terminal-Id: T0001234\r\n");
            StringAssert.Contains(request, "X-Firmware-Version: 1.4.2\r\n");
            StringAssert.Contains(request, "Content-Type: application/json\r\n");
            StringAssert.Contains(request, "\r\n\r\n{\"kind\":\"sale\"");
        }

        [TestMethod]
        public void One_link_serves_one_request_after_another()
        {
            using var server = new ScriptedServer(Respond(200, ProtocolSamples.EchoExample), Respond(404, "{\"error\":\"not_found\"}"));
            using var link = new HttpClientLink(server.Address);
            var client = new HostClient(link, Settings(5000));

            Assert.AreEqual(HostReplyAdvice.Success, client.Echo().Advice);
            Assert.AreEqual(HostReplyAdvice.NotFound, client.Inquire(Key).Advice);
        }

        [TestMethod]
        public void A_host_that_never_answers_times_out()
        {
            using var server = new ScriptedServer(_ => Thread.Sleep(1500));
            using var link = new HttpClientLink(server.Address);

            HostReply reply = new HostClient(link, Settings(300)).Inquire(Key);

            Assert.AreEqual(NoAnswerReason.Timeout, reply.NoAnswerReason, reply.Detail);
        }

        [TestMethod]
        public void A_body_that_stops_halfway_times_out()
        {
            using var server = new ScriptedServer(stream =>
            {
                Write(stream, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"key\":");
                Thread.Sleep(1500);
            });
            using var link = new HttpClientLink(server.Address);

            HostReply reply = new HostClient(link, Settings(400)).Inquire(Key);

            Assert.AreEqual(NoAnswerReason.Timeout, reply.NoAnswerReason, reply.Detail);
        }

        [TestMethod]
        public void A_refused_connection_is_a_connection_failure()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            using var link = new HttpClientLink(new Uri("http://127.0.0.1:" + port));

            HostReply reply = new HostClient(link, Settings(5000)).Echo();

            Assert.AreEqual(NoAnswerReason.ConnectionFailed, reply.NoAnswerReason, reply.Detail);
        }

        [TestMethod]
        public void A_declared_length_over_4096_bytes_is_refused_unread()
        {
            using var server = new ScriptedServer(stream => Write(stream, "HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n"));
            using var link = new HttpClientLink(server.Address);

            HostReply reply = new HostClient(link, Settings(5000)).Echo();

            Assert.AreEqual(NoAnswerReason.Oversized, reply.NoAnswerReason, reply.Detail);
        }

        [TestMethod]
        public void A_chunked_body_over_4096_bytes_is_refused_while_reading()
        {
            using var server = new ScriptedServer(stream =>
            {
                Write(stream, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
                for (int i = 0; i < 5; i++)
                {
                    Write(stream, "400\r\n" + new string(' ', 1024) + "\r\n");
                }

                Write(stream, "0\r\n\r\n");
            });
            using var link = new HttpClientLink(server.Address);

            HostReply reply = new HostClient(link, Settings(5000)).Echo();

            Assert.AreEqual(NoAnswerReason.Oversized, reply.NoAnswerReason, reply.Detail);
        }

        [TestMethod]
        public void A_body_of_exactly_4096_bytes_is_read_whole()
        {
            string echo = ProtocolSamples.EchoExample.Trim();
            string padded = echo + new string(' ', 4096 - Encoding.UTF8.GetByteCount(echo));
            using var server = new ScriptedServer(Respond(200, padded));
            using var link = new HttpClientLink(server.Address);

            HostReply reply = new HostClient(link, Settings(5000)).Echo();

            Assert.AreEqual(HostReplyAdvice.Success, reply.Advice, reply.Detail);
        }

        [TestMethod]
        public void The_link_refuses_misuse_with_argument_exceptions()
        {
            using var link = new HttpClientLink(new Uri("http://127.0.0.1:9"));
            byte[] buffer = new byte[16];

            Assert.ThrowsException<ArgumentException>(() => link.Send("PUT", "/v1", new string[0], new string[0], null!, 0, 0, buffer, 100));
            Assert.ThrowsException<ArgumentException>(() => link.Send("GET", "v1", new string[0], new string[0], null!, 0, 0, buffer, 100));
            Assert.ThrowsException<ArgumentException>(() => link.Send("GET", "/v1", new[] { "A" }, new string[0], null!, 0, 0, buffer, 100));
            Assert.ThrowsException<ArgumentException>(() => link.Send("POST", "/v1", new string[0], new string[0], buffer, 10, 10, buffer, 100));
            Assert.ThrowsException<ArgumentException>(() => link.Send("GET", "/v1", new string[0], new string[0], null!, 0, 0, buffer, 0));
            Assert.ThrowsException<ArgumentException>(() => new HttpClientLink(new Uri("ftp://host")));
        }

        private static HostClientSettings Settings(int timeoutMilliseconds)
        {
            HostClientSettings settings = HostClientTests.Settings();
            settings.TimeoutMilliseconds = timeoutMilliseconds;
            return settings;
        }

        private static Action<NetworkStream> Respond(int status, string body) => stream =>
        {
            byte[] bytes = Encoding.UTF8.GetBytes(body);
            Write(stream, "HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Length: " + bytes.Length + "\r\n\r\n");
            stream.Write(bytes, 0, bytes.Length);
        };

        private static void Write(Stream stream, string text)
        {
            byte[] bytes = Encoding.ASCII.GetBytes(text);
            stream.Write(bytes, 0, bytes.Length);
            stream.Flush();
        }

        /// <summary>
        /// A loopback HTTP/1.1 server: reads each request (headers and Content-Length body) and runs the next
        /// scripted response on the connection, which it then keeps open for the next request.
        /// </summary>
        private sealed class ScriptedServer : IDisposable
        {
            private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
            private readonly Action<NetworkStream>[] _script;
            private readonly Thread _thread;
            private readonly ManualResetEventSlim _requestSeen = new ManualResetEventSlim();
            private string _firstRequest = string.Empty;

            public ScriptedServer(params Action<NetworkStream>[] script)
            {
                _script = script;
                _listener.Start();
                Address = new Uri("http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port);
                _thread = new Thread(Serve) { IsBackground = true };
                _thread.Start();
            }

            public Uri Address { get; }

            public string WaitForRequest()
            {
                Assert.IsTrue(_requestSeen.Wait(5000), "the server saw no request");
                return _firstRequest;
            }

            public void Dispose()
            {
                _listener.Stop();
                _thread.Join(5000);
                _requestSeen.Dispose();
            }

            private void Serve()
            {
                int next = 0;
                try
                {
                    while (next < _script.Length)
                    {
                        using TcpClient client = _listener.AcceptTcpClient();
                        using NetworkStream stream = client.GetStream();
                        while (next < _script.Length)
                        {
                            string? request = ReadRequest(stream);
                            if (request == null)
                            {
                                break;
                            }

                            if (next == 0)
                            {
                                _firstRequest = request;
                                _requestSeen.Set();
                            }

                            _script[next++](stream);
                        }
                    }
                }
                catch (Exception e) when (e is SocketException || e is IOException || e is ObjectDisposedException || e is InvalidOperationException)
                {
                    // The listener was stopped or the client went away: the test is over.
                }
            }

            private static string? ReadRequest(NetworkStream stream)
            {
                var text = new StringBuilder();
                while (!text.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
                {
                    int b = stream.ReadByte();
                    if (b < 0)
                    {
                        return null;
                    }

                    text.Append((char)b);
                }

                string headers = text.ToString();
                int length = 0;
                foreach (string line in headers.Split("\r\n"))
                {
                    if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                    {
                        length = int.Parse(line.Substring(15).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                    }
                }

                byte[] body = new byte[length];
                int read = 0;
                while (read < length)
                {
                    int n = stream.Read(body, read, length - read);
                    if (n == 0)
                    {
                        return null;
                    }

                    read += n;
                }

                return headers + Encoding.UTF8.GetString(body);
            }
        }
    }
}
