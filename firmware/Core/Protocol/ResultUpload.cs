using System;
using Terminal.Core.Journal;
using Terminal.Core.Security;

namespace Terminal.Core.Protocol
{
    /// <summary>
    /// The merchant's backend record of a final result, <c>POST /v1/results</c>, sent from the
    /// journal's host queue (docs/host-protocol.md, "Result upload").
    /// </summary>
    /// <remarks>
    /// Every member is required; <c>last4</c> (QR payments) and <c>hostReference</c> may be null or
    /// absent. The status must be final: pending is refused.
    /// </remarks>
    public sealed class ResultUpload
    {
        private const int PaymentKeyBit = 1;
        private const int StatusBit = 2;
        private const int AmountBit = 4;
        private const int CurrencyBit = 8;
        private const int MethodBit = 16;
        private const int Last4Bit = 32;
        private const int HostReferenceBit = 64;
        private const int LateBit = 128;
        private const int TerminalTimeBit = 256;

        /// <summary>Gets or sets the payment's key, 1..<see cref="ProtocolLimits.MaximumKeyLength"/> printable ASCII.</summary>
        public string PaymentKey { get; set; }

        /// <summary>Gets or sets the final status (never <see cref="PaymentStatus.Pending"/>).</summary>
        public PaymentStatus Status { get; set; }

        /// <summary>Gets or sets the amount in minor units, 1 or more.</summary>
        public long AmountMinorUnits { get; set; }

        /// <summary>Gets or sets the ISO 4217 numeric currency code, 1..999.</summary>
        public int CurrencyNumericCode { get; set; }

        /// <summary>Gets or sets how the customer paid.</summary>
        public PaymentMethod Method { get; set; }

        /// <summary>Gets or sets the card's last four digits; <c>null</c> for QR payments.</summary>
        public string Last4 { get; set; }

        /// <summary>Gets or sets the host's reference; <c>null</c> when there is none.</summary>
        public string HostReference { get; set; }

        /// <summary>Gets or sets whether the result arrived after the terminal had shown the outcome as unknown.</summary>
        public bool IsLate { get; set; }

        /// <summary>Gets or sets the terminal's clock when it recorded the result, UTC milliseconds since 1970.</summary>
        public long TerminalTimeUtcMilliseconds { get; set; }

        /// <summary>Writes the upload object.</summary>
        /// <param name="writer">The writer.</param>
        /// <exception cref="ArgumentException">A member is invalid, or the buffer is too small.</exception>
        public void Encode(JsonWriter writer)
        {
            string member;
            ProtocolText.ThrowIfInvalid(FindProblem(out member));
            writer.WriteStartObject();
            writer.WriteString("paymentKey", PaymentKey);
            writer.WriteString("status", ProtocolNames.StatusText(Status));
            writer.WriteNumber("amountMinor", AmountMinorUnits);
            writer.WriteNumber("currency", CurrencyNumericCode);
            writer.WriteString("method", ProtocolNames.MethodText(Method));
            writer.WriteString("last4", Last4);
            writer.WriteString("hostReference", HostReference);
            writer.WriteBoolean("late", IsLate);
            writer.WriteNumber("terminalTimeUtc", TerminalTimeUtcMilliseconds);
            writer.WriteEndObject();
        }

        /// <summary>Encodes the upload as a whole body.</summary>
        /// <param name="buffer">The destination.</param>
        /// <param name="offset">Where the body starts.</param>
        /// <param name="capacity">The most bytes the body may take.</param>
        /// <returns>The body's length in bytes.</returns>
        /// <exception cref="ArgumentException">A member is invalid, or the body does not fit.</exception>
        public int Encode(byte[] buffer, int offset, int capacity)
        {
            JsonWriter writer = new JsonWriter();
            writer.Reset(buffer, offset, capacity);
            Encode(writer);
            return ProtocolText.Finish(writer);
        }

        /// <summary>Decodes a body holding a result upload and nothing else.</summary>
        /// <param name="buffer">The buffer holding the body.</param>
        /// <param name="offset">Where the body starts.</param>
        /// <param name="count">The body's length in bytes.</param>
        /// <returns>The upload.</returns>
        /// <exception cref="ProtocolException">The body does not decode; the message names the member.</exception>
        public static ResultUpload Decode(byte[] buffer, int offset, int count)
        {
            JsonReader reader = ProtocolText.OpenBody(buffer, offset, count, "result upload");
            ResultUpload upload = new ResultUpload();
            int seen = 0;
            string name;
            reader.ReadStartObject("result upload");
            while (reader.ReadMemberName(out name))
            {
                if (name == "paymentKey")
                {
                    seen = reader.MarkSeen(seen, PaymentKeyBit, name);
                    upload.PaymentKey = reader.ReadString(name, ProtocolLimits.MaximumKeyLength);
                }
                else if (name == "status")
                {
                    seen = reader.MarkSeen(seen, StatusBit, name);
                    upload.Status = ProtocolText.ReadStatus(reader, name);
                }
                else if (name == "amountMinor")
                {
                    seen = reader.MarkSeen(seen, AmountBit, name);
                    upload.AmountMinorUnits = reader.ReadInteger(name);
                }
                else if (name == "currency")
                {
                    seen = reader.MarkSeen(seen, CurrencyBit, name);
                    upload.CurrencyNumericCode = (int)reader.ReadIntegerInRange(name, 1, 999);
                }
                else if (name == "method")
                {
                    seen = reader.MarkSeen(seen, MethodBit, name);
                    upload.Method = ProtocolText.ReadMethod(reader, name);
                }
                else if (name == "last4")
                {
                    seen = reader.MarkSeen(seen, Last4Bit, name);
                    upload.Last4 = reader.ReadStringOrNull(name, 4);
                }
                else if (name == "hostReference")
                {
                    seen = reader.MarkSeen(seen, HostReferenceBit, name);
                    upload.HostReference = reader.ReadStringOrNull(name, ProtocolLimits.MaximumIdentifierLength);
                }
                else if (name == "late")
                {
                    seen = reader.MarkSeen(seen, LateBit, name);
                    upload.IsLate = reader.ReadBoolean(name);
                }
                else if (name == "terminalTimeUtc")
                {
                    seen = reader.MarkSeen(seen, TerminalTimeBit, name);
                    upload.TerminalTimeUtcMilliseconds = reader.ReadInteger(name);
                }
                else
                {
                    reader.SkipValue();
                }
            }

            Require(reader, seen, PaymentKeyBit, "paymentKey");
            Require(reader, seen, StatusBit, "status");
            Require(reader, seen, AmountBit, "amountMinor");
            Require(reader, seen, CurrencyBit, "currency");
            Require(reader, seen, MethodBit, "method");
            Require(reader, seen, LateBit, "late");
            Require(reader, seen, TerminalTimeBit, "terminalTimeUtc");
            reader.ReadEndOfDocument();

            string member;
            string problem = upload.FindProblem(out member);
            ProtocolText.RefuseIfInvalid(reader, problem, member);
            return upload;
        }

        private static void Require(JsonReader reader, int seen, int bit, string member)
        {
            if ((seen & bit) == 0)
            {
                throw reader.Missing(member);
            }
        }

        private string FindProblem(out string member)
        {
            member = "paymentKey";
            string problem = ProtocolText.IdentifierProblem(member, PaymentKey, ProtocolLimits.MaximumKeyLength, false, false);
            if (problem != null)
            {
                return problem;
            }

            member = "status";
            if (!ProtocolText.IsDefined(Status) || Status == PaymentStatus.Pending)
            {
                return "'status' must be a final status";
            }

            member = "amountMinor";
            if (AmountMinorUnits <= 0)
            {
                return "'amountMinor' must be positive";
            }

            member = "currency";
            if (CurrencyNumericCode < 1 || CurrencyNumericCode > 999)
            {
                return "'currency' must be an ISO 4217 numeric code";
            }

            member = "method";
            if (!ProtocolText.IsDefined(Method))
            {
                return "'method' is not a defined method";
            }

            member = "last4";
            if (Last4 != null && !CardDataGuard.IsLastFourDigits(Last4))
            {
                return "'last4' must be four digits or null";
            }

            member = "hostReference";
            problem = ProtocolText.IdentifierProblem(member, HostReference, ProtocolLimits.MaximumIdentifierLength, true, true);
            if (problem != null)
            {
                return problem;
            }

            member = "terminalTimeUtc";
            return ProtocolText.TimeProblem(member, TerminalTimeUtcMilliseconds);
        }
    }
}
