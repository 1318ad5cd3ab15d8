using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Terminal.Tools.PaymentHost
{
    /// <summary>A response to send: its status and body.</summary>
    internal readonly struct Reply
    {
        public Reply(int statusCode, byte[] body)
        {
            StatusCode = statusCode;
            Body = body;
        }

        public int StatusCode { get; }

        public byte[] Body { get; }

        public static Reply Error(int statusCode, string error, string message) => new Reply(statusCode, ProtocolWriter.Error(error, message));
    }

    /// <summary>Reading bounded bodies and writing JSON answers, aborts included.</summary>
    internal static class HttpExchange
    {
        /// <summary>The key of <see cref="HttpContext.Items"/> that names the fault that aborted the exchange.</summary>
        public const string AbortedByItem = "PaymentHost.AbortedBy";

        /// <summary>Reads the whole body, or returns <see langword="null"/> when it is over <see cref="PaymentHostOptions.MaximumBodyBytes"/>.</summary>
        public static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellation)
        {
            if (request.ContentLength > PaymentHostOptions.MaximumBodyBytes)
            {
                return null;
            }

            var buffer = new byte[PaymentHostOptions.MaximumBodyBytes + 1];
            int total = 0;
            while (total < buffer.Length)
            {
                int read = await request.Body.ReadAsync(buffer.AsMemory(total), cancellation).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            return total > PaymentHostOptions.MaximumBodyBytes ? null : buffer.AsSpan(0, total).ToArray();
        }

        public static async Task WriteAsync(HttpContext context, Reply reply, bool replayed)
        {
            HttpResponse response = context.Response;
            response.StatusCode = reply.StatusCode;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = reply.Body.Length;
            if (replayed)
            {
                response.Headers["Idempotent-Replayed"] = "true";
            }

            try
            {
                await response.Body.WriteAsync(reply.Body, context.RequestAborted).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is OperationCanceledException || exception is IOException)
            {
                // The client left (for example after its own timeout): nobody is there to read the answer.
            }
        }

        public static Task WriteErrorAsync(HttpContext context, int statusCode, string error, string message) =>
            WriteAsync(context, Reply.Error(statusCode, error, message), false);

        /// <summary>Aborts the connection unanswered, as a fault asks, and notes which one for the request log.</summary>
        public static void Abort(HttpContext context, FaultKind fault)
        {
            context.Items[AbortedByItem] = FaultKinds.WireName(fault);
            context.Abort();
        }
    }
}
