using System;
using Terminal.Core.Journal;
using Terminal.Core.Security;

namespace Terminal.Core.Protocol
{
    /// <summary>
    /// The body of an authorization, <c>POST /v1/payments</c> (docs/host-protocol.md, "Authorize").
    /// Carries no card data but the last four digits, the brand, the entry mode and the reader's
    /// encrypted payload.
    /// </summary>
    /// <remarks>
    /// The card fields are set exactly when <see cref="Method"/> is <see cref="PaymentMethod.Card"/>
    /// (then <c>card</c> is an object, otherwise null), and <see cref="QrCode"/> exactly when it is
    /// <see cref="PaymentMethod.QrCustomerPresented"/> (then <c>qr</c> is <c>{"code": ...}</c>,
    /// otherwise null). A full card number in the reference or the brand is refused both ways.
    /// </remarks>
    public sealed class PaymentRequest
    {
        private const int KindBit = 1;
        private const int MethodBit = 2;
        private const int AmountBit = 4;
        private const int CurrencyBit = 8;
        private const int CreatedBit = 16;
        private const int ReferenceBit = 32;
        private const int CardBit = 64;
        private const int QrBit = 128;

        /// <summary>Gets or sets what the transaction does.</summary>
        public TransactionKind Kind { get; set; }

        /// <summary>Gets or sets how the customer pays.</summary>
        public PaymentMethod Method { get; set; }

        /// <summary>Gets or sets the amount in minor units (fen for CNY), 1 or more.</summary>
        public long AmountMinorUnits { get; set; }

        /// <summary>Gets or sets the ISO 4217 numeric currency code, 1..999 (156 for CNY).</summary>
        public int CurrencyNumericCode { get; set; }

        /// <summary>Gets or sets when the cashier started the transaction, UTC milliseconds since 1970.</summary>
        public long CreatedUtcMilliseconds { get; set; }

        /// <summary>Gets or sets the merchant's order reference, at most 32 printable ASCII characters (may be empty).</summary>
        public string Reference { get; set; }

        /// <summary>Gets or sets the card number's last four digits (card payments only).</summary>
        public string CardLast4 { get; set; }

        /// <summary>Gets or sets the card brand, e.g. "UnionPay" (card payments only).</summary>
        public string CardBrand { get; set; }

        /// <summary>Gets or sets how the card was read (card payments only).</summary>
        public CardEntryMode CardEntryMode { get; set; }

        /// <summary>Gets or sets the reader-encrypted card payload, base64 text of at most 1024 characters (card payments only).</summary>
        public string CardPayload { get; set; }

        /// <summary>Gets or sets the scanned customer code, at most 256 characters (qr-customer payments only).</summary>
        public string QrCode { get; set; }

        /// <summary>Writes the request object.</summary>
        /// <param name="writer">The writer.</param>
        /// <exception cref="ArgumentException">A member is invalid, or the buffer is too small.</exception>
        public void Encode(JsonWriter writer)
        {
            string member;
            ProtocolText.ThrowIfInvalid(FindProblem(out member));
            writer.WriteStartObject();
            writer.WriteString("kind", ProtocolNames.KindText(Kind));
            writer.WriteString("method", ProtocolNames.MethodText(Method));
            writer.WriteNumber("amountMinor", AmountMinorUnits);
            writer.WriteNumber("currency", CurrencyNumericCode);
            writer.WriteNumber("createdUtc", CreatedUtcMilliseconds);
            writer.WriteString("reference", Reference);
            writer.WritePropertyName("card");
            if (Method == PaymentMethod.Card)
            {
                writer.WriteStartObject();
                writer.WriteString("last4", CardLast4);
                writer.WriteString("brand", CardBrand);
                writer.WriteString("entryMode", ProtocolNames.EntryModeText(CardEntryMode));
                writer.WriteString("payload", CardPayload);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull();
            }

            writer.WritePropertyName("qr");
            if (Method == PaymentMethod.QrCustomerPresented)
            {
                writer.WriteStartObject();
                writer.WriteString("code", QrCode);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull();
            }

            writer.WriteEndObject();
        }

        /// <summary>Encodes the request as a whole body.</summary>
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

        /// <summary>Decodes a body holding an authorization request and nothing else.</summary>
        /// <param name="buffer">The buffer holding the body.</param>
        /// <param name="offset">Where the body starts.</param>
        /// <param name="count">The body's length in bytes.</param>
        /// <returns>The request.</returns>
        /// <exception cref="ProtocolException">The body does not decode; the message names the member.</exception>
        public static PaymentRequest Decode(byte[] buffer, int offset, int count)
        {
            JsonReader reader = ProtocolText.OpenBody(buffer, offset, count, "authorization");
            PaymentRequest request = Read(reader);
            reader.ReadEndOfDocument();
            return request;
        }

        /// <summary>Reads one authorization request object from a reader.</summary>
        /// <param name="reader">The reader, before the object's '{'.</param>
        /// <returns>The request.</returns>
        /// <exception cref="ProtocolException">The object does not decode.</exception>
        public static PaymentRequest Read(JsonReader reader)
        {
            PaymentRequest request = new PaymentRequest();
            int seen = 0;
            bool hasCard = false;
            bool hasQr = false;
            string name;
            reader.ReadStartObject("authorization");
            while (reader.ReadMemberName(out name))
            {
                if (name == "kind")
                {
                    seen = reader.MarkSeen(seen, KindBit, name);
                    request.Kind = ProtocolText.ReadKind(reader, name);
                }
                else if (name == "method")
                {
                    seen = reader.MarkSeen(seen, MethodBit, name);
                    request.Method = ProtocolText.ReadMethod(reader, name);
                }
                else if (name == "amountMinor")
                {
                    seen = reader.MarkSeen(seen, AmountBit, name);
                    request.AmountMinorUnits = reader.ReadInteger(name);
                }
                else if (name == "currency")
                {
                    seen = reader.MarkSeen(seen, CurrencyBit, name);
                    request.CurrencyNumericCode = (int)reader.ReadIntegerInRange(name, 1, 999);
                }
                else if (name == "createdUtc")
                {
                    seen = reader.MarkSeen(seen, CreatedBit, name);
                    request.CreatedUtcMilliseconds = reader.ReadInteger(name);
                }
                else if (name == "reference")
                {
                    seen = reader.MarkSeen(seen, ReferenceBit, name);
                    request.Reference = reader.ReadString(name, ProtocolLimits.MaximumIdentifierLength);
                }
                else if (name == "card")
                {
                    seen = reader.MarkSeen(seen, CardBit, name);
                    hasCard = reader.ReadStartObjectOrNull(name);
                    if (hasCard)
                    {
                        ReadCard(reader, request);
                    }
                }
                else if (name == "qr")
                {
                    seen = reader.MarkSeen(seen, QrBit, name);
                    hasQr = reader.ReadStartObjectOrNull(name);
                    if (hasQr)
                    {
                        ReadQr(reader, request);
                    }
                }
                else
                {
                    reader.SkipValue();
                }
            }

            RequireMember(reader, seen, KindBit, "kind");
            RequireMember(reader, seen, MethodBit, "method");
            RequireMember(reader, seen, AmountBit, "amountMinor");
            RequireMember(reader, seen, CurrencyBit, "currency");
            RequireMember(reader, seen, CreatedBit, "createdUtc");
            RequireMember(reader, seen, ReferenceBit, "reference");

            bool isCard = request.Method == PaymentMethod.Card;
            bool isQrCustomer = request.Method == PaymentMethod.QrCustomerPresented;
            if (isCard && !hasCard)
            {
                throw reader.Missing("card");
            }

            if (isQrCustomer && !hasQr)
            {
                throw reader.Missing("qr");
            }

            if (hasCard && !isCard)
            {
                throw reader.Problem(ProtocolError.UnexpectedValue, "card", "'card' must be null unless method is card");
            }

            if (hasQr && !isQrCustomer)
            {
                throw reader.Problem(ProtocolError.UnexpectedValue, "qr", "'qr' must be null unless method is qr-customer");
            }

            string member;
            string problem = request.FindProblem(out member);
            ProtocolText.RefuseIfInvalid(reader, problem, member);
            return request;
        }

        private static void ReadCard(JsonReader reader, PaymentRequest request)
        {
            int seen = 0;
            string name;
            while (reader.ReadMemberName(out name))
            {
                if (name == "last4")
                {
                    seen = reader.MarkSeen(seen, 1, name);
                    request.CardLast4 = reader.ReadString(name, 4);
                }
                else if (name == "brand")
                {
                    seen = reader.MarkSeen(seen, 2, name);
                    request.CardBrand = reader.ReadString(name, ProtocolLimits.MaximumIdentifierLength);
                }
                else if (name == "entryMode")
                {
                    seen = reader.MarkSeen(seen, 4, name);
                    string text = reader.ReadString(name, ProtocolLimits.MaximumIdentifierLength);
                    CardEntryMode mode;
                    if (!ProtocolNames.TryParseEntryMode(text, out mode))
                    {
                        throw ProtocolText.UnknownValue(reader, name, text);
                    }

                    request.CardEntryMode = mode;
                }
                else if (name == "payload")
                {
                    seen = reader.MarkSeen(seen, 8, name);
                    request.CardPayload = reader.ReadString(name, ProtocolLimits.MaximumCardPayloadLength);
                }
                else
                {
                    reader.SkipValue();
                }
            }

            RequireMember(reader, seen, 1, "last4");
            RequireMember(reader, seen, 2, "brand");
            RequireMember(reader, seen, 4, "entryMode");
            RequireMember(reader, seen, 8, "payload");
        }

        private static void ReadQr(JsonReader reader, PaymentRequest request)
        {
            bool seen = false;
            string name;
            while (reader.ReadMemberName(out name))
            {
                if (name == "code")
                {
                    reader.MarkSeen(seen ? 1 : 0, 1, name);
                    seen = true;
                    request.QrCode = reader.ReadString(name, ProtocolLimits.MaximumQrTextLength);
                }
                else
                {
                    reader.SkipValue();
                }
            }

            if (!seen)
            {
                throw reader.Missing("code");
            }
        }

        private static void RequireMember(JsonReader reader, int seen, int bit, string member)
        {
            if ((seen & bit) == 0)
            {
                throw reader.Missing(member);
            }
        }

        private string FindProblem(out string member)
        {
            member = "kind";
            if (!ProtocolText.IsDefined(Kind))
            {
                return "'kind' is not a defined kind";
            }

            member = "method";
            if (!ProtocolText.IsDefined(Method))
            {
                return "'method' is not a defined method";
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

            member = "createdUtc";
            string problem = ProtocolText.TimeProblem(member, CreatedUtcMilliseconds);
            if (problem != null)
            {
                return problem;
            }

            member = "reference";
            problem = ProtocolText.IdentifierProblem(member, Reference, ProtocolLimits.MaximumIdentifierLength, false, true);
            if (problem != null)
            {
                return problem;
            }

            if (CardDataGuard.ContainsPanLikeNumber(Reference))
            {
                return "'reference' holds a card number";
            }

            if (Method == PaymentMethod.Card)
            {
                problem = CardProblem(out member);
                if (problem != null)
                {
                    return problem;
                }
            }

            member = "code";
            if (Method == PaymentMethod.QrCustomerPresented)
            {
                problem = ProtocolText.TextProblem(member, QrCode, ProtocolLimits.MaximumQrTextLength, false);
                if (problem == null && QrCode.Length == 0)
                {
                    problem = "'code' is empty";
                }
            }

            return problem;
        }

        private string CardProblem(out string member)
        {
            member = "last4";
            if (CardLast4 == null || !CardDataGuard.IsLastFourDigits(CardLast4))
            {
                return "'last4' must be four digits";
            }

            member = "brand";
            string problem = ProtocolText.IdentifierProblem(member, CardBrand, ProtocolLimits.MaximumIdentifierLength, false, false);
            if (problem != null)
            {
                return problem;
            }

            if (CardDataGuard.ContainsPanLikeNumber(CardBrand))
            {
                return "'brand' holds a card number";
            }

            member = "entryMode";
            if (CardEntryMode < CardEntryMode.Contactless || CardEntryMode > CardEntryMode.Magstripe)
            {
                return "'entryMode' is not a defined entry mode";
            }

            member = "payload";
            return ProtocolText.IdentifierProblem(member, CardPayload, ProtocolLimits.MaximumCardPayloadLength, false, false);
        }
    }
}
