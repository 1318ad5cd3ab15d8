using System;
using Terminal.Core.Journal;

namespace Terminal.Core.Protocol
{
    /// <summary>
    /// One totals line of a settlement: how many transactions of one method and kind, and their sum
    /// (docs/host-protocol.md, "Settlement"). All four members are required.
    /// </summary>
    public sealed class SettlementTotal
    {
        /// <summary>Gets or sets the payment method the line counts.</summary>
        public PaymentMethod Method { get; set; }

        /// <summary>Gets or sets the transaction kind the line counts.</summary>
        public TransactionKind Kind { get; set; }

        /// <summary>Gets or sets how many transactions, 0 or more.</summary>
        public long Count { get; set; }

        /// <summary>Gets or sets their total in minor units, 0 or more.</summary>
        public long AmountMinorUnits { get; set; }

        /// <summary>Writes the totals line object.</summary>
        /// <param name="writer">The writer.</param>
        /// <exception cref="ArgumentException">A member is invalid, or the buffer is too small.</exception>
        public void Encode(JsonWriter writer)
        {
            ProtocolText.ThrowIfInvalid(FindProblem());
            writer.WriteStartObject();
            writer.WriteString("method", ProtocolNames.MethodText(Method));
            writer.WriteString("kind", ProtocolNames.KindText(Kind));
            writer.WriteNumber("count", Count);
            writer.WriteNumber("amountMinor", AmountMinorUnits);
            writer.WriteEndObject();
        }

        /// <summary>Reads one totals line object from a reader.</summary>
        /// <param name="reader">The reader, before the object's '{'.</param>
        /// <param name="list">The list's member name, for error messages ("totals" or "hostTotals").</param>
        /// <returns>The line.</returns>
        /// <exception cref="ProtocolException">The object does not decode.</exception>
        public static SettlementTotal Read(JsonReader reader, string list)
        {
            SettlementTotal total = new SettlementTotal();
            int seen = 0;
            string name;
            reader.ReadStartObject(list);
            while (reader.ReadMemberName(out name))
            {
                if (name == "method")
                {
                    seen = reader.MarkSeen(seen, 1, name);
                    total.Method = ProtocolText.ReadMethod(reader, name);
                }
                else if (name == "kind")
                {
                    seen = reader.MarkSeen(seen, 2, name);
                    total.Kind = ProtocolText.ReadKind(reader, name);
                }
                else if (name == "count")
                {
                    seen = reader.MarkSeen(seen, 4, name);
                    total.Count = reader.ReadIntegerInRange(name, 0, long.MaxValue);
                }
                else if (name == "amountMinor")
                {
                    seen = reader.MarkSeen(seen, 8, name);
                    total.AmountMinorUnits = reader.ReadIntegerInRange(name, 0, long.MaxValue);
                }
                else
                {
                    reader.SkipValue();
                }
            }

            string[] names = { "method", "kind", "count", "amountMinor" };
            for (int i = 0; i < names.Length; i++)
            {
                if ((seen & (1 << i)) == 0)
                {
                    throw reader.Missing(names[i]);
                }
            }

            return total;
        }

        /// <summary>Reads a totals list: an array of totals lines.</summary>
        /// <param name="reader">The reader, before the array's '['.</param>
        /// <param name="list">The list's member name, for error messages.</param>
        /// <returns>The lines, possibly none.</returns>
        /// <exception cref="ProtocolException">The array does not decode or holds more than <see cref="ProtocolLimits.MaximumSettlementLines"/> lines.</exception>
        public static SettlementTotal[] ReadList(JsonReader reader, string list)
        {
            reader.ReadStartArray(list);
            SettlementTotal[] lines = new SettlementTotal[ProtocolLimits.MaximumSettlementLines];
            int count = 0;
            while (!reader.ReadEndOfArray())
            {
                if (count == lines.Length)
                {
                    throw reader.Problem(
                        ProtocolError.Oversized,
                        list,
                        "'" + list + "' has more than " + ProtocolLimits.MaximumSettlementLines.ToString() + " lines");
                }

                lines[count++] = Read(reader, list);
            }

            SettlementTotal[] exact = new SettlementTotal[count];
            Array.Copy(lines, 0, exact, 0, count);
            return exact;
        }

        /// <summary>Writes a totals list.</summary>
        /// <param name="writer">The writer, where the list's value goes.</param>
        /// <param name="lines">The lines, not null, at most <see cref="ProtocolLimits.MaximumSettlementLines"/>.</param>
        /// <exception cref="ArgumentException">The list or a line is invalid.</exception>
        public static void EncodeList(JsonWriter writer, SettlementTotal[] lines)
        {
            if (lines == null || lines.Length > ProtocolLimits.MaximumSettlementLines)
            {
                throw new ArgumentException("a totals list must hold 0.." + ProtocolLimits.MaximumSettlementLines.ToString() + " lines");
            }

            writer.WriteStartArray();
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i] == null)
                {
                    throw new ArgumentException("totals line " + i.ToString() + " is null");
                }

                lines[i].Encode(writer);
            }

            writer.WriteEndArray();
        }

        private string FindProblem()
        {
            if (!ProtocolText.IsDefined(Method))
            {
                return "'method' is not a defined method";
            }

            if (!ProtocolText.IsDefined(Kind))
            {
                return "'kind' is not a defined kind";
            }

            if (Count < 0 || AmountMinorUnits < 0)
            {
                return "'count' and 'amountMinor' must not be negative";
            }

            return null;
        }
    }
}
