using System;
using System.Linq;
using System.Text;
using CsCheck;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Core.Security;

namespace Terminal.Tests.Core.Protocol
{
    /// <summary>The spec's example bodies, valid messages, and generators of every message for the property tests.</summary>
    internal static class ProtocolSamples
    {
        public const string AuthorizeExample = """
            {
              "kind": "sale",
              "method": "card",
              "amountMinor": 1250,
              "currency": 156,
              "createdUtc": 1795392000000,
              "reference": "ORD-20261123-000123",
              "card": { "last4": "4242", "brand": "UnionPay", "entryMode": "contactless", "payload": "BASE64..." },
              "qr": null
            }
            """;

        public const string PaymentExample = """
            {
              "key": "T0001234-42",
              "status": "approved",
              "responseCode": "00",
              "authorizationCode": "A1B2C3",
              "hostReference": "HR8F3K2M9Q1Z",
              "hostTimeUtc": 1795392001500,
              "qrContent": null,
              "expiresUtc": null
            }
            """;

        public const string ResultUploadExample = """
            { "paymentKey": "T0001234-42", "status": "approved", "amountMinor": 1250, "currency": 156,
              "method": "card", "last4": "4242", "hostReference": "HR8F3K2M9Q1Z", "late": false,
              "terminalTimeUtc": 1795392002000 }
            """;

        public const string AcknowledgementExample = """{"accepted": true}""";

        public const string NotificationsExample = """
            { "cursor": "1843", "notifications": [
              { "id": "N-1842", "paymentKey": "T0001234-57", "status": "approved", "hostReference": "HR..." } ] }
            """;

        public const string SettlementExample = """
            { "batch": 17, "fromUtc": 1795305600000, "toUtc": 1795392000000,
              "totals": [ { "method": "card", "kind": "sale", "count": 41, "amountMinor": 812300 },
                          { "method": "qr-merchant", "kind": "sale", "count": 12, "amountMinor": 95000 } ] }
            """;

        public const string SettledExample = """{"status":"settled","batch":17}""";

        // The spec writes the host totals as "[...]"; here they are one concrete line.
        public const string MismatchExample = """{"status":"mismatch","batch":17,"hostTotals":[{"method":"card","kind":"sale","count":40,"amountMinor":800000}]}""";

        public const string EchoExample = """
            { "status": "ok", "serverTimeUtc": 1795392000000, "minimumFirmware": "1.0.0", "latestFirmware": "1.2.0" }
            """;

        public const string ErrorExample = """{"error":"not_found","message":"no authorization under this key"}""";

        public static readonly MessageCodec[] Codecs =
        {
            new MessageCodec("authorization", PaymentRequests().Select(m => (object)m), (b, o, c) => PaymentRequest.Decode(b, o, c), (m, b) => ((PaymentRequest)m).Encode(b, 0, b.Length)),
            new MessageCodec("payment", PaymentResults().Select(m => (object)m), (b, o, c) => PaymentResult.Decode(b, o, c), (m, b) => ((PaymentResult)m).Encode(b, 0, b.Length)),
            new MessageCodec("result upload", ResultUploads().Select(m => (object)m), (b, o, c) => ResultUpload.Decode(b, o, c), (m, b) => ((ResultUpload)m).Encode(b, 0, b.Length)),
            new MessageCodec("upload acknowledgement", Gen.Bool.Select(a => (object)new UploadAcknowledgement { Accepted = a }), (b, o, c) => UploadAcknowledgement.Decode(b, o, c), (m, b) => ((UploadAcknowledgement)m).Encode(b, 0, b.Length)),
            new MessageCodec("notifications", NotificationBatches().Select(m => (object)m), (b, o, c) => NotificationBatch.Decode(b, o, c), (m, b) => ((NotificationBatch)m).Encode(b, 0, b.Length)),
            new MessageCodec("settlement", SettlementRequests().Select(m => (object)m), (b, o, c) => SettlementRequest.Decode(b, o, c), (m, b) => ((SettlementRequest)m).Encode(b, 0, b.Length)),
            new MessageCodec("settlement result", SettlementResults().Select(m => (object)m), (b, o, c) => SettlementResult.Decode(b, o, c), (m, b) => ((SettlementResult)m).Encode(b, 0, b.Length)),
            new MessageCodec("echo", EchoResults().Select(m => (object)m), (b, o, c) => EchoResult.Decode(b, o, c), (m, b) => ((EchoResult)m).Encode(b, 0, b.Length)),
            new MessageCodec("error", ErrorBodies().Select(m => (object)m), (b, o, c) => ErrorBody.Decode(b, o, c), (m, b) => ((ErrorBody)m).Encode(b, 0, b.Length)),
            new MessageCodec("diagnostic report", DiagnosticReports().Select(m => (object)m), (b, o, c) => DiagnosticReport.Decode(b, o, c), (m, b) => ((DiagnosticReport)m).Encode(b, 0, b.Length)),
        };

        /// <summary>Any codec with one of its messages, encoded.</summary>
        public static readonly Gen<(MessageCodec Codec, byte[] Body)> AnyEncodedMessage =
            Gen.Int[0, Codecs.Length - 1].SelectMany(i => Codecs[i].Messages.Select(m => (Codecs[i], Codecs[i].Encode(m))));

        public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

        public static PaymentRequest CardSale() => new PaymentRequest
        {
            Kind = TransactionKind.Sale,
            Method = PaymentMethod.Card,
            AmountMinorUnits = 1250,
            CurrencyNumericCode = 156,
            CreatedUtcMilliseconds = 1795392000000,
            Reference = "ORD-20261123-000123",
            CardLast4 = "4242",
            CardBrand = "UnionPay",
            CardEntryMode = CardEntryMode.Contactless,
            CardPayload = "QkFTRTY0",
        };

        public static ResultUpload Upload() => new ResultUpload
        {
            PaymentKey = "T0001234-42",
            Status = PaymentStatus.Approved,
            AmountMinorUnits = 1250,
            CurrencyNumericCode = 156,
            Method = PaymentMethod.Card,
            Last4 = "4242",
            HostReference = "HR8F3K2M9Q1Z",
            TerminalTimeUtcMilliseconds = 1795392002000,
        };

        public static SettlementRequest Settlement() => new SettlementRequest
        {
            Batch = 17,
            FromUtcMilliseconds = 1795305600000,
            ToUtcMilliseconds = 1795392000000,
            Totals = new[]
            {
                new SettlementTotal { Method = PaymentMethod.Card, Kind = TransactionKind.Sale, Count = 41, AmountMinorUnits = 812300 },
            },
        };

        public static string PaymentJson(string key, string status) =>
            "{\"key\":\"" + key + "\",\"status\":\"" + status + "\",\"responseCode\":\"00\",\"authorizationCode\":\"A1B2C3\","
            + "\"hostReference\":\"HR1\",\"hostTimeUtc\":1795392001500,\"qrContent\":null,\"expiresUtc\":null}";

        // ---- generators ----

        private static Gen<long> Times => Gen.Frequency(
            (8, Gen.Long[0, 4102444800000]),
            (1, Gen.OneOf(0L, long.MaxValue)));

        private static Gen<long> Amounts => Gen.Frequency(
            (8, Gen.Long[1, 100_000_000]),
            (1, Gen.OneOf(1L, long.MaxValue)));

        // Fragments that exercise every escape and UTF-8 length: quotes, backslash, controls, 2-, 3- and 4-byte characters.
        private static string[] TextFragments => new[]
        {
            "a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\u0001", "\u001f", "\u007f", "é", "ß", "中", "文", "€", "\u2028", "😀", "𝄞",
        };

        private static Gen<int> Currencies => Gen.Frequency((4, Gen.OneOf(156, 840, 978)), (1, Gen.Int[1, 999]));

        public static Gen<string> Identifier(int minimum, int maximum) => Gen.String[Gen.Char[' ', '~'], minimum, maximum];

        public static Gen<string?> NullableIdentifier(int maximum) =>
            Gen.Frequency((1, Gen.Const((string?)null)), (4, Identifier(0, maximum).Select(s => (string?)s)));

        public static Gen<string> Text(int maximumUnits) =>
            Gen.OneOf(TextFragments).Array[0, maximumUnits / 2].Select(parts => string.Concat(parts));

        public static Gen<string> Digits4 => Gen.Int[0, 9999].Select(i => i.ToString("D4"));

        public static Gen<PaymentRequest> PaymentRequests() =>
            Gen.Select(
                Gen.OneOf(TransactionKind.Sale, TransactionKind.Refund),
                Gen.OneOf(PaymentMethod.Card, PaymentMethod.QrMerchantPresented, PaymentMethod.QrCustomerPresented),
                Amounts,
                Currencies,
                Times,
                Identifier(0, 32).Where(s => !CardDataGuard.ContainsPanLikeNumber(s)),
                Digits4,
                Identifier(1, 32).Where(s => !CardDataGuard.ContainsPanLikeNumber(s)),
                Gen.OneOf(CardEntryMode.Contactless, CardEntryMode.Chip, CardEntryMode.Magstripe),
                Gen.Frequency((6, Identifier(1, 120)), (1, Gen.String[Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="], 1024, 1024])),
                Text(256).Where(s => s.Length > 0),
                (kind, method, amount, currency, created, reference, last4, brand, mode, payload, qr) => new PaymentRequest
                {
                    Kind = kind,
                    Method = method,
                    AmountMinorUnits = amount,
                    CurrencyNumericCode = currency,
                    CreatedUtcMilliseconds = created,
                    Reference = reference,
                    CardLast4 = method == PaymentMethod.Card ? last4 : null,
                    CardBrand = method == PaymentMethod.Card ? brand : null,
                    CardEntryMode = mode,
                    CardPayload = method == PaymentMethod.Card ? payload : null,
                    QrCode = method == PaymentMethod.QrCustomerPresented ? qr : null,
                });

        public static Gen<PaymentStatus> Statuses =>
            Gen.OneOf(PaymentStatus.Approved, PaymentStatus.Declined, PaymentStatus.Pending, PaymentStatus.Reversed, PaymentStatus.Closed);

        public static Gen<PaymentResult> PaymentResults() =>
            Gen.Select(
                Identifier(1, 64),
                Statuses,
                NullableIdentifier(32),
                NullableIdentifier(32),
                NullableIdentifier(32),
                Times,
                Gen.Frequency((2, Gen.Const((string?)null)), (1, Text(256).Select(s => (string?)s))),
                Gen.Bool,
                Times,
                (key, status, code, authorization, reference, hostTime, qr, hasExpiry, expiry) => new PaymentResult
                {
                    Key = key,
                    Status = status,
                    ResponseCode = code,
                    AuthorizationCode = authorization,
                    HostReference = reference,
                    HostTimeUtcMilliseconds = hostTime,
                    QrContent = qr,
                    HasExpiresUtc = hasExpiry,
                    ExpiresUtcMilliseconds = hasExpiry ? expiry : 0,
                });

        public static Gen<ResultUpload> ResultUploads() =>
            Gen.Select(
                Identifier(1, 64),
                Gen.OneOf(PaymentStatus.Approved, PaymentStatus.Declined, PaymentStatus.Reversed, PaymentStatus.Closed),
                Amounts,
                Currencies,
                Gen.OneOf(PaymentMethod.Card, PaymentMethod.QrMerchantPresented, PaymentMethod.QrCustomerPresented),
                Gen.Frequency((1, Gen.Const((string?)null)), (3, Digits4.Select(s => (string?)s))),
                NullableIdentifier(32),
                Gen.Bool,
                Times,
                (key, status, amount, currency, method, last4, reference, late, time) => new ResultUpload
                {
                    PaymentKey = key,
                    Status = status,
                    AmountMinorUnits = amount,
                    CurrencyNumericCode = currency,
                    Method = method,
                    Last4 = last4,
                    HostReference = reference,
                    IsLate = late,
                    TerminalTimeUtcMilliseconds = time,
                });

        public static Gen<PaymentNotification> Notifications() =>
            Gen.Select(
                Identifier(1, 32),
                Identifier(1, 64),
                Statuses,
                NullableIdentifier(32),
                (id, key, status, reference) => new PaymentNotification { Id = id, PaymentKey = key, Status = status, HostReference = reference });

        public static Gen<NotificationBatch> NotificationBatches() =>
            Gen.Select(
                Identifier(1, 32),
                Notifications().Array[0, 8],
                (cursor, items) => new NotificationBatch { Cursor = cursor, Notifications = items });

        public static Gen<SettlementTotal> Totals() =>
            Gen.Select(
                Gen.OneOf(PaymentMethod.Card, PaymentMethod.QrMerchantPresented, PaymentMethod.QrCustomerPresented),
                Gen.OneOf(TransactionKind.Sale, TransactionKind.Refund),
                Gen.Long[0, 100_000],
                Gen.Frequency((8, Gen.Long[0, 1_000_000_000]), (1, Gen.Const(long.MaxValue))),
                (method, kind, count, amount) => new SettlementTotal { Method = method, Kind = kind, Count = count, AmountMinorUnits = amount });

        public static Gen<SettlementRequest> SettlementRequests() =>
            Gen.Select(
                Gen.Long[1, long.MaxValue],
                Gen.Long[0, 4102444800000],
                Gen.Long[0, 86_400_000L * 30],
                Totals().Array[0, 16],
                (batch, from, span, totals) => new SettlementRequest { Batch = batch, FromUtcMilliseconds = from, ToUtcMilliseconds = from + span, Totals = totals });

        public static Gen<SettlementResult> SettlementResults() =>
            Gen.Select(
                Gen.OneOf(SettlementStatus.Settled, SettlementStatus.Mismatch),
                Gen.Long[1, long.MaxValue],
                Totals().Array[0, 16],
                (status, batch, totals) => new SettlementResult
                {
                    Status = status,
                    Batch = batch,
                    HostTotals = status == SettlementStatus.Mismatch ? totals : Array.Empty<SettlementTotal>(),
                });

        public static Gen<string> Versions =>
            Gen.Select(Gen.Int[0, 99999], Gen.Int[0, 99999], Gen.Int[0, 99999], (a, b, c) => a + "." + b + "." + c);

        public static Gen<EchoResult> EchoResults() =>
            Gen.Select(
                Times,
                Versions,
                Versions,
                (time, minimum, latest) => new EchoResult { ServerTimeUtcMilliseconds = time, MinimumFirmware = minimum, LatestFirmware = latest });

        /// <summary>Printable ASCII a diagnostic report may carry: never a card-shaped number.</summary>
        public static Gen<string> ReportText(int minimum, int maximum) =>
            Identifier(minimum, maximum).Where(text => !CardDataGuard.ContainsPanLikeNumber(text));

        public static Gen<DiagnosticResult> DiagnosticResults() =>
            Gen.Select(
                Identifier(1, DiagnosticResult.MaximumCauseIdLength),
                Gen.OneOf("PASS", "WARN", "FAIL", "SKIP", "OPERATOR"),
                ReportText(0, DiagnosticResult.MaximumSummaryLength),
                Times,
                Gen.Long[0, 600_000],
                Gen.Select(Identifier(1, DiagnosticResult.MaximumNameLength), ReportText(0, DiagnosticResult.MaximumValueLength), ReportText(0, DiagnosticResult.MaximumUnitLength)).Array[0, 4],
                (id, verdict, summary, finished, duration, measurements) => new DiagnosticResult
                {
                    CauseId = id,
                    Verdict = verdict,
                    Summary = summary,
                    FinishedUtcMilliseconds = finished,
                    DurationMilliseconds = duration,
                    MeasurementNames = measurements.Select(m => m.Item1).ToArray(),
                    MeasurementValues = measurements.Select(m => m.Item2).ToArray(),
                    MeasurementUnits = measurements.Select(m => m.Item3).ToArray(),
                });

        public static Gen<DiagnosticReport> DiagnosticReports() =>
            Gen.Select(
                Identifier(1, 32),
                Gen.Frequency((3, Gen.OneOf("S1", "S2", "S3", "S4", "S5", "ALL", "NET-PATH")), (1, Identifier(1, DiagnosticReport.MaximumPlanLength))),
                Times,
                Gen.Int[1, DiagnosticReport.MaximumParts].SelectMany(parts => Gen.Int[1, parts].Select(part => (part, parts))),
                DiagnosticResults().Array[0, 4],
                (terminal, plan, started, numbers, results) => new DiagnosticReport
                {
                    TerminalId = terminal,
                    Plan = plan,
                    StartedUtcMilliseconds = started,
                    Part = numbers.part,
                    PartCount = numbers.parts,
                    Results = results,
                });

        public static Gen<ErrorBody> ErrorBodies() =>
            Gen.Select(
                Gen.Frequency(
                    (3, Gen.OneOf(ErrorBody.Malformed, ErrorBody.UnknownTerminal, ErrorBody.NotFound, ErrorBody.RequestInProgress, ErrorBody.IdempotencyKeyReused, ErrorBody.Busy, ErrorBody.Unavailable)),
                    (1, Identifier(1, 32))),
                Gen.Frequency((1, Gen.Const((string?)null)), (3, Text(256).Select(s => (string?)s))),
                (error, message) => new ErrorBody { Error = error, Message = message });
    }

    /// <summary>One message type: its generator, decoder and encoder.</summary>
    internal sealed class MessageCodec
    {
        public MessageCodec(string name, Gen<object> messages, Func<byte[], int, int, object> decode, Func<object, byte[], int> encode)
        {
            Name = name;
            Messages = messages;
            Decode = decode;
            EncodeInto = encode;
        }

        public string Name { get; }

        public Gen<object> Messages { get; }

        public Func<byte[], int, int, object> Decode { get; }

        private Func<object, byte[], int> EncodeInto { get; }

        public byte[] Encode(object message)
        {
            byte[] buffer = new byte[ProtocolLimits.MaximumBodyBytes];
            int length = EncodeInto(message, buffer);
            return buffer.AsSpan(0, length).ToArray();
        }

        public object DecodeAll(byte[] body) => Decode(body, 0, body.Length);

        public override string ToString() => Name;
    }
}
