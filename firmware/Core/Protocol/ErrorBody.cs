using System;

namespace Terminal.Core.Protocol
{
    /// <summary>
    /// The body of every error response, <c>{"error":"&lt;code&gt;","message":"&lt;text&gt;"}</c>
    /// (docs/host-protocol.md, "Errors"). <c>error</c> is required; <c>message</c> may be null or absent.
    /// </summary>
    public sealed class ErrorBody
    {
        /// <summary>The error code of a malformed request (400): a terminal bug.</summary>
        public const string Malformed = "malformed";

        /// <summary>The error code of an unknown terminal (401/403): SW-CONFIG.</summary>
        public const string UnknownTerminal = "unknown_terminal";

        /// <summary>The error code of an unknown key (404).</summary>
        public const string NotFound = "not_found";

        /// <summary>The error code of a request still being processed under the same key (409): retry later.</summary>
        public const string RequestInProgress = "request_in_progress";

        /// <summary>The error code of a key reused for another payload (422): a terminal bug, never retried blindly.</summary>
        public const string IdempotencyKeyReused = "idempotency_key_reused";

        /// <summary>The error code of a busy host (429).</summary>
        public const string Busy = "busy";

        /// <summary>The error code of an unavailable host (5xx).</summary>
        public const string Unavailable = "unavailable";

        /// <summary>Gets or sets the error code, 1..32 printable ASCII characters (one of the constants, or another the host adds).</summary>
        public string Error { get; set; }

        /// <summary>Gets or sets the host's explanation for logs, at most 256 characters; <c>null</c> when none was given.</summary>
        public string Message { get; set; }

        /// <summary>Encodes the error body.</summary>
        /// <param name="buffer">The destination.</param>
        /// <param name="offset">Where the body starts.</param>
        /// <param name="capacity">The most bytes the body may take.</param>
        /// <returns>The body's length in bytes.</returns>
        /// <exception cref="ArgumentException">A member is invalid, or the body does not fit.</exception>
        public int Encode(byte[] buffer, int offset, int capacity)
        {
            ProtocolText.ThrowIfInvalid(ProtocolText.IdentifierProblem("error", Error, ProtocolLimits.MaximumIdentifierLength, false, false));
            ProtocolText.ThrowIfInvalid(ProtocolText.TextProblem("message", Message, ProtocolLimits.MaximumErrorMessageLength, true));
            JsonWriter writer = new JsonWriter();
            writer.Reset(buffer, offset, capacity);
            writer.WriteStartObject();
            writer.WriteString("error", Error);
            writer.WriteString("message", Message);
            writer.WriteEndObject();
            return ProtocolText.Finish(writer);
        }

        /// <summary>Decodes a body holding an error and nothing else.</summary>
        /// <param name="buffer">The buffer holding the body.</param>
        /// <param name="offset">Where the body starts.</param>
        /// <param name="count">The body's length in bytes.</param>
        /// <returns>The error.</returns>
        /// <exception cref="ProtocolException">The body does not decode; the message names the member.</exception>
        public static ErrorBody Decode(byte[] buffer, int offset, int count)
        {
            JsonReader reader = ProtocolText.OpenBody(buffer, offset, count, "error");
            ErrorBody body = new ErrorBody();
            int seen = 0;
            string name;
            reader.ReadStartObject("error");
            while (reader.ReadMemberName(out name))
            {
                if (name == "error")
                {
                    seen = reader.MarkSeen(seen, 1, name);
                    body.Error = reader.ReadString(name, ProtocolLimits.MaximumIdentifierLength);
                    ProtocolText.RefuseIfInvalid(
                        reader,
                        ProtocolText.IdentifierProblem(name, body.Error, ProtocolLimits.MaximumIdentifierLength, false, false),
                        name);
                }
                else if (name == "message")
                {
                    seen = reader.MarkSeen(seen, 2, name);
                    body.Message = reader.ReadStringOrNull(name, ProtocolLimits.MaximumErrorMessageLength);
                }
                else
                {
                    reader.SkipValue();
                }
            }

            if ((seen & 1) == 0)
            {
                throw reader.Missing("error");
            }

            reader.ReadEndOfDocument();
            return body;
        }
    }
}
