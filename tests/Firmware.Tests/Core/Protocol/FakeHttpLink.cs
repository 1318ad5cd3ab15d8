using System;
using System.Collections.Generic;
using System.Text;
using Terminal.Hal.Network;

namespace Terminal.Tests.Core.Protocol
{
    /// <summary>
    /// A scripted <see cref="IHttpLink"/>: answers each request with the next queued response (a status
    /// and body, or a link failure) and records what was sent, as the host would have seen it.
    /// </summary>
    internal sealed class FakeHttpLink : IHttpLink
    {
        private readonly Queue<Func<byte[], HttpExchange>> _script = new Queue<Func<byte[], HttpExchange>>();

        public List<SentRequest> Sent { get; } = new List<SentRequest>();

        public SentRequest Last => Sent[Sent.Count - 1];

        /// <summary>When set, Send returns null: a broken link implementation.</summary>
        public bool ReturnsNull { get; set; }

        public FakeHttpLink Answer(int status, string body)
        {
            return Answer(status, Encoding.UTF8.GetBytes(body));
        }

        public FakeHttpLink Answer(int status, byte[] body)
        {
            _script.Enqueue(buffer =>
            {
                if (body.Length > buffer.Length)
                {
                    return HttpExchange.Failed(LinkFailure.ResponseTooLarge, "fake body over the buffer");
                }

                Array.Copy(body, buffer, body.Length);
                return HttpExchange.Answered(status, body.Length);
            });
            return this;
        }

        public FakeHttpLink Fail(LinkFailure failure, string detail = "scripted failure")
        {
            _script.Enqueue(_ => HttpExchange.Failed(failure, detail));
            return this;
        }

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
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < headerNames.Length; i++)
            {
                headers.Add(headerNames[i], headerValues[i]);
            }

            byte[]? sentBody = body == null ? null : body.AsSpan(bodyOffset, bodyCount).ToArray();
            Sent.Add(new SentRequest(method, path, headers, sentBody, timeoutMilliseconds));
            if (ReturnsNull)
            {
                return null!;
            }

            if (_script.Count == 0)
            {
                throw new InvalidOperationException("the test scripted no answer for " + method + " " + path);
            }

            return _script.Dequeue()(responseBuffer);
        }

        internal sealed class SentRequest
        {
            public SentRequest(string method, string path, Dictionary<string, string> headers, byte[]? body, int timeoutMilliseconds)
            {
                Method = method;
                Path = path;
                Headers = headers;
                Body = body;
                TimeoutMilliseconds = timeoutMilliseconds;
            }

            public string Method { get; }

            public string Path { get; }

            public Dictionary<string, string> Headers { get; }

            public byte[]? Body { get; }

            public string BodyText => Body == null ? string.Empty : Encoding.UTF8.GetString(Body);

            public int TimeoutMilliseconds { get; }
        }
    }
}
