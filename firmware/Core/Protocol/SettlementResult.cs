using System;

namespace Terminal.Core.Protocol
{
    /// <summary>
    /// The host's answer to a settlement (docs/host-protocol.md, "Settlement"): settled, or a mismatch
    /// with the host's own totals, in which case the batch stays open.
    /// </summary>
    /// <remarks>Required members: <c>status</c>, <c>batch</c>; <c>hostTotals</c> too when the status is mismatch.</remarks>
    public sealed class SettlementResult
    {
        private static readonly SettlementTotal[] NoLines = new SettlementTotal[0];

        /// <summary>Creates a result with no host totals.</summary>
        public SettlementResult()
        {
            HostTotals = NoLines;
        }

        /// <summary>Gets or sets the outcome.</summary>
        public SettlementStatus Status { get; set; }

        /// <summary>Gets or sets the batch number the answer is about.</summary>
        public long Batch { get; set; }

        /// <summary>Gets or sets the host's totals (a mismatch); never null, empty when settled.</summary>
        public SettlementTotal[] HostTotals { get; set; }

        /// <summary>Encodes the result as a whole body (host totals are written for a mismatch only).</summary>
        /// <param name="buffer">The destination.</param>
        /// <param name="offset">Where the body starts.</param>
        /// <param name="capacity">The most bytes the body may take.</param>
        /// <returns>The body's length in bytes.</returns>
        /// <exception cref="ArgumentException">A member is invalid, or the body does not fit.</exception>
        public int Encode(byte[] buffer, int offset, int capacity)
        {
            if (Batch < 1)
            {
                throw new ArgumentException("'batch' must be 1 or more");
            }

            JsonWriter writer = new JsonWriter();
            writer.Reset(buffer, offset, capacity);
            writer.WriteStartObject();
            writer.WriteString("status", ProtocolNames.SettlementStatusText(Status));
            writer.WriteNumber("batch", Batch);
            if (Status == SettlementStatus.Mismatch)
            {
                writer.WritePropertyName("hostTotals");
                SettlementTotal.EncodeList(writer, HostTotals);
            }

            writer.WriteEndObject();
            return ProtocolText.Finish(writer);
        }

        /// <summary>Decodes a body holding a settlement result and nothing else.</summary>
        /// <param name="buffer">The buffer holding the body.</param>
        /// <param name="offset">Where the body starts.</param>
        /// <param name="count">The body's length in bytes.</param>
        /// <returns>The result.</returns>
        /// <exception cref="ProtocolException">The body does not decode; the message names the member.</exception>
        public static SettlementResult Decode(byte[] buffer, int offset, int count)
        {
            JsonReader reader = ProtocolText.OpenBody(buffer, offset, count, "settlement result");
            SettlementResult result = new SettlementResult();
            int seen = 0;
            string name;
            reader.ReadStartObject("settlement result");
            while (reader.ReadMemberName(out name))
            {
                if (name == "status")
                {
                    seen = reader.MarkSeen(seen, 1, name);
                    string text = reader.ReadString(name, ProtocolLimits.MaximumIdentifierLength);
                    SettlementStatus status;
                    if (!ProtocolNames.TryParseSettlementStatus(text, out status))
                    {
                        throw ProtocolText.UnknownValue(reader, name, text);
                    }

                    result.Status = status;
                }
                else if (name == "batch")
                {
                    seen = reader.MarkSeen(seen, 2, name);
                    result.Batch = reader.ReadIntegerInRange(name, 1, long.MaxValue);
                }
                else if (name == "hostTotals")
                {
                    seen = reader.MarkSeen(seen, 4, name);
                    result.HostTotals = SettlementTotal.ReadList(reader, name);
                }
                else
                {
                    reader.SkipValue();
                }
            }

            if ((seen & 1) == 0)
            {
                throw reader.Missing("status");
            }

            if ((seen & 2) == 0)
            {
                throw reader.Missing("batch");
            }

            if ((seen & 4) == 0 && result.Status == SettlementStatus.Mismatch)
            {
                throw reader.Missing("hostTotals");
            }

            reader.ReadEndOfDocument();
            return result;
        }
    }
}
