using System;

namespace Terminal.Core.Protocol
{
    /// <summary>
    /// The payment object: the host's answer to an authorization, a status inquiry, a close and a
    /// reversal (docs/host-protocol.md, "Authorize").
    /// </summary>
    /// <remarks>
    /// Required members: <c>key</c>, <c>status</c>, <c>hostTimeUtc</c>. <c>responseCode</c>,
    /// <c>authorizationCode</c>, <c>hostReference</c>, <c>qrContent</c> and <c>expiresUtc</c> may be
    /// null or absent (both read as null). Unknown members are ignored; an unknown status refuses
    /// the message.
    /// </remarks>
    public sealed class PaymentResult
    {
        private const int KeyBit = 1;
        private const int StatusBit = 2;
        private const int ResponseCodeBit = 4;
        private const int AuthorizationCodeBit = 8;
        private const int HostReferenceBit = 16;
        private const int HostTimeBit = 32;
        private const int QrContentBit = 64;
        private const int ExpiresBit = 128;

        /// <summary>Gets or sets the payment's key (the intent's idempotency key), 1..<see cref="ProtocolLimits.MaximumKeyLength"/> printable ASCII.</summary>
        public string Key { get; set; }

        /// <summary>Gets or sets the status.</summary>
        public PaymentStatus Status { get; set; }

        /// <summary>Gets or sets the response code ("00", "51", ...; see <see cref="ResponseCodeCatalog"/>); <c>null</c> when none was given.</summary>
        public string ResponseCode { get; set; }

        /// <summary>Gets or sets the authorization code of an approval; <c>null</c> when none was given.</summary>
        public string AuthorizationCode { get; set; }

        /// <summary>Gets or sets the host's reference; <c>null</c> when none was given.</summary>
        public string HostReference { get; set; }

        /// <summary>Gets or sets the host's clock when it answered, UTC milliseconds since 1970.</summary>
        public long HostTimeUtcMilliseconds { get; set; }

        /// <summary>Gets or sets the text to show as a QR code (a pending qr-merchant order), at most 256 characters; <c>null</c> otherwise.</summary>
        public string QrContent { get; set; }

        /// <summary>Gets or sets whether <see cref="ExpiresUtcMilliseconds"/> holds a time (JSON null otherwise).</summary>
        public bool HasExpiresUtc { get; set; }

        /// <summary>Gets or sets when the host closes the order itself, UTC milliseconds since 1970; meaningful when <see cref="HasExpiresUtc"/>.</summary>
        public long ExpiresUtcMilliseconds { get; set; }

        /// <summary>Writes the payment object.</summary>
        /// <param name="writer">The writer.</param>
        /// <exception cref="ArgumentException">A member is invalid, or the buffer is too small.</exception>
        public void Encode(JsonWriter writer)
        {
            string member;
            ProtocolText.ThrowIfInvalid(FindProblem(out member));
            writer.WriteStartObject();
            writer.WriteString("key", Key);
            writer.WriteString("status", ProtocolNames.StatusText(Status));
            writer.WriteString("responseCode", ResponseCode);
            writer.WriteString("authorizationCode", AuthorizationCode);
            writer.WriteString("hostReference", HostReference);
            writer.WriteNumber("hostTimeUtc", HostTimeUtcMilliseconds);
            writer.WriteString("qrContent", QrContent);
            if (HasExpiresUtc)
            {
                writer.WriteNumber("expiresUtc", ExpiresUtcMilliseconds);
            }
            else
            {
                writer.WriteNull("expiresUtc");
            }

            writer.WriteEndObject();
        }

        /// <summary>Encodes the payment object as a whole body.</summary>
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

        /// <summary>Decodes a body holding a payment object and nothing else.</summary>
        /// <param name="buffer">The buffer holding the body.</param>
        /// <param name="offset">Where the body starts.</param>
        /// <param name="count">The body's length in bytes.</param>
        /// <returns>The payment.</returns>
        /// <exception cref="ProtocolException">The body does not decode; the message names the member.</exception>
        public static PaymentResult Decode(byte[] buffer, int offset, int count)
        {
            JsonReader reader = ProtocolText.OpenBody(buffer, offset, count, "payment");
            PaymentResult result = Read(reader);
            reader.ReadEndOfDocument();
            return result;
        }

        /// <summary>Reads one payment object from a reader.</summary>
        /// <param name="reader">The reader, before the object's '{'.</param>
        /// <returns>The payment.</returns>
        /// <exception cref="ProtocolException">The object does not decode.</exception>
        public static PaymentResult Read(JsonReader reader)
        {
            PaymentResult result = new PaymentResult();
            int seen = 0;
            string name;
            reader.ReadStartObject("payment");
            while (reader.ReadMemberName(out name))
            {
                if (name == "key")
                {
                    seen = reader.MarkSeen(seen, KeyBit, name);
                    result.Key = reader.ReadString(name, ProtocolLimits.MaximumKeyLength);
                }
                else if (name == "status")
                {
                    seen = reader.MarkSeen(seen, StatusBit, name);
                    result.Status = ProtocolText.ReadStatus(reader, name);
                }
                else if (name == "responseCode")
                {
                    seen = reader.MarkSeen(seen, ResponseCodeBit, name);
                    result.ResponseCode = reader.ReadStringOrNull(name, ProtocolLimits.MaximumIdentifierLength);
                }
                else if (name == "authorizationCode")
                {
                    seen = reader.MarkSeen(seen, AuthorizationCodeBit, name);
                    result.AuthorizationCode = reader.ReadStringOrNull(name, ProtocolLimits.MaximumIdentifierLength);
                }
                else if (name == "hostReference")
                {
                    seen = reader.MarkSeen(seen, HostReferenceBit, name);
                    result.HostReference = reader.ReadStringOrNull(name, ProtocolLimits.MaximumIdentifierLength);
                }
                else if (name == "hostTimeUtc")
                {
                    seen = reader.MarkSeen(seen, HostTimeBit, name);
                    result.HostTimeUtcMilliseconds = reader.ReadInteger(name);
                }
                else if (name == "qrContent")
                {
                    seen = reader.MarkSeen(seen, QrContentBit, name);
                    result.QrContent = reader.ReadStringOrNull(name, ProtocolLimits.MaximumQrTextLength);
                }
                else if (name == "expiresUtc")
                {
                    seen = reader.MarkSeen(seen, ExpiresBit, name);
                    long expires;
                    result.HasExpiresUtc = reader.ReadIntegerOrNull(name, out expires);
                    result.ExpiresUtcMilliseconds = expires;
                }
                else
                {
                    reader.SkipValue();
                }
            }

            if ((seen & KeyBit) == 0)
            {
                throw reader.Missing("key");
            }

            if ((seen & StatusBit) == 0)
            {
                throw reader.Missing("status");
            }

            if ((seen & HostTimeBit) == 0)
            {
                throw reader.Missing("hostTimeUtc");
            }

            string member;
            string problem = result.FindProblem(out member);
            ProtocolText.RefuseIfInvalid(reader, problem, member);
            return result;
        }

        private string FindProblem(out string member)
        {
            member = "key";
            string problem = ProtocolText.IdentifierProblem(member, Key, ProtocolLimits.MaximumKeyLength, false, false);
            if (problem != null)
            {
                return problem;
            }

            member = "status";
            if (!ProtocolText.IsDefined(Status))
            {
                return "'status' is not a defined status";
            }

            member = "responseCode";
            problem = ProtocolText.IdentifierProblem(member, ResponseCode, ProtocolLimits.MaximumIdentifierLength, true, true);
            if (problem != null)
            {
                return problem;
            }

            member = "authorizationCode";
            problem = ProtocolText.IdentifierProblem(member, AuthorizationCode, ProtocolLimits.MaximumIdentifierLength, true, true);
            if (problem != null)
            {
                return problem;
            }

            member = "hostReference";
            problem = ProtocolText.IdentifierProblem(member, HostReference, ProtocolLimits.MaximumIdentifierLength, true, true);
            if (problem != null)
            {
                return problem;
            }

            member = "hostTimeUtc";
            problem = ProtocolText.TimeProblem(member, HostTimeUtcMilliseconds);
            if (problem != null)
            {
                return problem;
            }

            member = "qrContent";
            problem = ProtocolText.TextProblem(member, QrContent, ProtocolLimits.MaximumQrTextLength, true);
            if (problem != null)
            {
                return problem;
            }

            member = "expiresUtc";
            return HasExpiresUtc ? ProtocolText.TimeProblem(member, ExpiresUtcMilliseconds) : null;
        }
    }
}
