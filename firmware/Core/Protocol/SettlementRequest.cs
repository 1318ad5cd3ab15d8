using System;

namespace Terminal.Core.Protocol
{
    /// <summary>
    /// Closes the batch, <c>POST /v1/settlements</c>: the terminal's totals per payment method and
    /// kind since the last settlement (docs/host-protocol.md, "Settlement"). All members are required.
    /// </summary>
    public sealed class SettlementRequest
    {
        private static readonly SettlementTotal[] NoLines = new SettlementTotal[0];

        /// <summary>Creates a request with no totals lines.</summary>
        public SettlementRequest()
        {
            Totals = NoLines;
        }

        /// <summary>Gets or sets the batch number, 1 or more.</summary>
        public long Batch { get; set; }

        /// <summary>Gets or sets the start of the batch, UTC milliseconds since 1970.</summary>
        public long FromUtcMilliseconds { get; set; }

        /// <summary>Gets or sets the end of the batch, UTC milliseconds since 1970, not before <see cref="FromUtcMilliseconds"/>.</summary>
        public long ToUtcMilliseconds { get; set; }

        /// <summary>Gets or sets the totals lines; never null, at most <see cref="ProtocolLimits.MaximumSettlementLines"/>.</summary>
        public SettlementTotal[] Totals { get; set; }

        /// <summary>Encodes the request as a whole body.</summary>
        /// <param name="buffer">The destination.</param>
        /// <param name="offset">Where the body starts.</param>
        /// <param name="capacity">The most bytes the body may take.</param>
        /// <returns>The body's length in bytes.</returns>
        /// <exception cref="ArgumentException">A member is invalid, or the body does not fit.</exception>
        public int Encode(byte[] buffer, int offset, int capacity)
        {
            string member;
            ProtocolText.ThrowIfInvalid(FindProblem(out member));
            JsonWriter writer = new JsonWriter();
            writer.Reset(buffer, offset, capacity);
            writer.WriteStartObject();
            writer.WriteNumber("batch", Batch);
            writer.WriteNumber("fromUtc", FromUtcMilliseconds);
            writer.WriteNumber("toUtc", ToUtcMilliseconds);
            writer.WritePropertyName("totals");
            SettlementTotal.EncodeList(writer, Totals);
            writer.WriteEndObject();
            return ProtocolText.Finish(writer);
        }

        /// <summary>Decodes a body holding a settlement request and nothing else.</summary>
        /// <param name="buffer">The buffer holding the body.</param>
        /// <param name="offset">Where the body starts.</param>
        /// <param name="count">The body's length in bytes.</param>
        /// <returns>The request.</returns>
        /// <exception cref="ProtocolException">The body does not decode; the message names the member.</exception>
        public static SettlementRequest Decode(byte[] buffer, int offset, int count)
        {
            JsonReader reader = ProtocolText.OpenBody(buffer, offset, count, "settlement");
            SettlementRequest request = new SettlementRequest();
            int seen = 0;
            string name;
            reader.ReadStartObject("settlement");
            while (reader.ReadMemberName(out name))
            {
                if (name == "batch")
                {
                    seen = reader.MarkSeen(seen, 1, name);
                    request.Batch = reader.ReadInteger(name);
                }
                else if (name == "fromUtc")
                {
                    seen = reader.MarkSeen(seen, 2, name);
                    request.FromUtcMilliseconds = reader.ReadInteger(name);
                }
                else if (name == "toUtc")
                {
                    seen = reader.MarkSeen(seen, 4, name);
                    request.ToUtcMilliseconds = reader.ReadInteger(name);
                }
                else if (name == "totals")
                {
                    seen = reader.MarkSeen(seen, 8, name);
                    request.Totals = SettlementTotal.ReadList(reader, name);
                }
                else
                {
                    reader.SkipValue();
                }
            }

            string[] names = { "batch", "fromUtc", "toUtc", "totals" };
            for (int i = 0; i < names.Length; i++)
            {
                if ((seen & (1 << i)) == 0)
                {
                    throw reader.Missing(names[i]);
                }
            }

            reader.ReadEndOfDocument();
            string member;
            string problem = request.FindProblem(out member);
            ProtocolText.RefuseIfInvalid(reader, problem, member);
            return request;
        }

        private string FindProblem(out string member)
        {
            member = "batch";
            if (Batch < 1)
            {
                return "'batch' must be 1 or more";
            }

            member = "fromUtc";
            string problem = ProtocolText.TimeProblem(member, FromUtcMilliseconds);
            if (problem != null)
            {
                return problem;
            }

            member = "toUtc";
            if (ToUtcMilliseconds < FromUtcMilliseconds)
            {
                return "'toUtc' is before 'fromUtc'";
            }

            member = "totals";
            if (Totals == null)
            {
                return "'totals' is required";
            }

            return null;
        }
    }
}
