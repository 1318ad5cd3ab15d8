using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Terminal.Tools.PaymentHost
{
    /// <summary>
    /// Reads request bodies strictly: a JSON object, required members present with the right type and range,
    /// unknown members ignored. Anything else throws <see cref="MalformedRequestException"/>.
    /// </summary>
    internal static class ProtocolReader
    {
        public const int MaximumCardPayloadLength = 1024;
        public const int MaximumQrLength = 256;

        private static readonly JsonDocumentOptions DocumentOptions = new JsonDocumentOptions
        {
            AllowTrailingCommas = false,
            CommentHandling = JsonCommentHandling.Disallow,
            MaxDepth = 16,
            AllowDuplicateProperties = false,
        };

        public static JsonDocument ParseObject(byte[] body)
        {
            if (body.Length == 0)
            {
                throw new MalformedRequestException("the body is empty; a JSON object is required");
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(body, DocumentOptions);
            }
            catch (JsonException exception)
            {
                throw new MalformedRequestException("the body is not valid JSON: " + exception.Message);
            }

            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                throw new MalformedRequestException("the body is not a JSON object");
            }

            return document;
        }

        /// <summary>Close and reversal carry no required member: an empty body or any JSON object.</summary>
        public static void CheckOptionalObject(byte[] body)
        {
            if (body.Length > 0)
            {
                ParseObject(body).Dispose();
            }
        }

        public static AuthorizationRequest Authorization(byte[] body)
        {
            using JsonDocument document = ParseObject(body);
            JsonElement root = document.RootElement;
            string kind = RequiredChoice(root, "kind", "sale", "refund");
            string method = RequiredChoice(root, "method", "card", "qr-merchant", "qr-customer");
            long amount = RequiredInteger(root, "amountMinor", 1, long.MaxValue);
            int currency = (int)RequiredInteger(root, "currency", 1, 999);
            long created = RequiredInteger(root, "createdUtc", 0, long.MaxValue);
            string reference = RequiredIdentifier(root, "reference");

            string? last4 = null;
            string? brand = null;
            string? entryMode = null;
            JsonElement card = OptionalObject(root, "card");
            if (method == "card")
            {
                if (card.ValueKind != JsonValueKind.Object)
                {
                    throw new MalformedRequestException("card is required for method card");
                }

                last4 = RequiredLast4(card, "card.last4");
                brand = RequiredIdentifier(card, "brand", "card.brand");
                entryMode = RequiredChoice(card, "entryMode", "contactless", "chip", "magstripe");
                string payload = RequiredString(card, "payload", "card.payload");
                if (payload.Length > MaximumCardPayloadLength || !IsBase64(payload))
                {
                    throw new MalformedRequestException("card.payload must be base64 of at most " + MaximumCardPayloadLength + " characters");
                }
            }
            else if (card.ValueKind != JsonValueKind.Undefined)
            {
                throw new MalformedRequestException("card must be null for method " + method);
            }

            JsonElement qr = OptionalObject(root, "qr");
            if (method == "qr-customer")
            {
                if (qr.ValueKind != JsonValueKind.Object)
                {
                    throw new MalformedRequestException("qr is required for method qr-customer");
                }

                string code = RequiredString(qr, "code", "qr.code");
                if (code.Length == 0 || code.Length > MaximumQrLength)
                {
                    throw new MalformedRequestException("qr.code must have 1 to " + MaximumQrLength + " characters");
                }
            }
            else if (qr.ValueKind != JsonValueKind.Undefined)
            {
                throw new MalformedRequestException("qr must be null for method " + method);
            }

            return new AuthorizationRequest
            {
                Kind = kind,
                Method = method,
                AmountMinor = amount,
                Currency = currency,
                CreatedUtc = created,
                Reference = reference,
                CardLast4 = last4,
                CardBrand = brand,
                EntryMode = entryMode,
            };
        }

        public static ResultUpload Result(byte[] body)
        {
            using JsonDocument document = ParseObject(body);
            JsonElement root = document.RootElement;
            string paymentKey = RequiredString(root, "paymentKey");
            if (!Identifiers.IsKey(paymentKey))
            {
                throw new MalformedRequestException("paymentKey must be printable ASCII of 1 to " + Identifiers.MaximumKeyLength + " characters");
            }
            string status = RequiredChoice(root, "status", PaymentStatuses.Approved, PaymentStatuses.Declined, PaymentStatuses.Pending, PaymentStatuses.Reversed, PaymentStatuses.Closed);
            long amount = RequiredInteger(root, "amountMinor", 0, long.MaxValue);
            int currency = (int)RequiredInteger(root, "currency", 1, 999);
            string method = RequiredChoice(root, "method", "card", "qr-merchant", "qr-customer");
            string? last4 = null;
            if (root.TryGetProperty("last4", out JsonElement last4Element) && last4Element.ValueKind != JsonValueKind.Null)
            {
                last4 = RequiredLast4(root, "last4");
            }

            string? hostReference = null;
            if (root.TryGetProperty("hostReference", out JsonElement referenceElement) && referenceElement.ValueKind != JsonValueKind.Null)
            {
                hostReference = RequiredIdentifier(root, "hostReference");
            }

            if (!root.TryGetProperty("late", out JsonElement late) || (late.ValueKind != JsonValueKind.True && late.ValueKind != JsonValueKind.False))
            {
                throw new MalformedRequestException("late is required, true or false");
            }

            long terminalTime = RequiredInteger(root, "terminalTimeUtc", 0, long.MaxValue);
            return new ResultUpload
            {
                PaymentKey = paymentKey,
                Status = status,
                AmountMinor = amount,
                Currency = currency,
                Method = method,
                Last4 = last4,
                HostReference = hostReference,
                Late = late.ValueKind == JsonValueKind.True,
                TerminalTimeUtc = terminalTime,
            };
        }

        public static DiagnosticsReport Diagnostics(byte[] body)
        {
            using JsonDocument document = ParseObject(body);
            JsonElement root = document.RootElement;
            string terminalId = RequiredIdentifier(root, "terminalId");
            string plan = RequiredString(root, "plan");
            if (plan.Length == 0 || plan.Length > 16 || !Identifiers.IsIdentifier(plan))
            {
                throw new MalformedRequestException("plan must be printable ASCII of 1 to 16 characters");
            }

            long started = RequiredInteger(root, "startedUtc", 0, long.MaxValue);
            int parts = (int)RequiredInteger(root, "parts", 1, 99);
            int part = (int)RequiredInteger(root, "part", 1, parts);
            if (!root.TryGetProperty("results", out JsonElement results) || results.ValueKind != JsonValueKind.Array)
            {
                throw new MalformedRequestException("results is required, an array");
            }

            string worst = "PASS";
            int count = 0;
            foreach (JsonElement result in results.EnumerateArray())
            {
                if (result.ValueKind != JsonValueKind.Object)
                {
                    throw new MalformedRequestException("every result is an object");
                }

                RequiredIdentifier(result, "id");
                string verdict = RequiredChoice(result, "verdict", "PASS", "WARN", "FAIL", "SKIP", "OPERATOR");
                RequiredString(result, "summary");
                RequiredInteger(result, "finishedUtc", 0, long.MaxValue);
                RequiredInteger(result, "durationMs", 0, long.MaxValue);
                if (!result.TryGetProperty("measurements", out JsonElement measurements) || measurements.ValueKind != JsonValueKind.Array)
                {
                    throw new MalformedRequestException("measurements is required, an array of [name, value, unit]");
                }

                foreach (JsonElement measurement in measurements.EnumerateArray())
                {
                    if (measurement.ValueKind != JsonValueKind.Array || measurement.GetArrayLength() != 3)
                    {
                        throw new MalformedRequestException("a measurement is [name, value, unit]");
                    }

                    foreach (JsonElement part3 in measurement.EnumerateArray())
                    {
                        if (part3.ValueKind != JsonValueKind.String)
                        {
                            throw new MalformedRequestException("a measurement's name, value and unit are strings");
                        }
                    }
                }

                worst = verdict == "FAIL" || worst == "FAIL" ? "FAIL" : (verdict == "WARN" || worst == "WARN" ? "WARN" : "PASS");
                count++;
            }

            return new DiagnosticsReport
            {
                TerminalId = terminalId,
                Plan = plan,
                StartedUtc = started,
                Part = part,
                Parts = parts,
                ResultCount = count,
                Worst = worst,
            };
        }

        public static SettlementRequest Settlement(byte[] body)
        {
            using JsonDocument document = ParseObject(body);
            JsonElement root = document.RootElement;
            long batch = RequiredInteger(root, "batch", 0, long.MaxValue);
            long from = RequiredInteger(root, "fromUtc", 0, long.MaxValue);
            long to = RequiredInteger(root, "toUtc", 0, long.MaxValue);
            if (from > to)
            {
                throw new MalformedRequestException("fromUtc is after toUtc");
            }

            if (!root.TryGetProperty("totals", out JsonElement totals) || totals.ValueKind != JsonValueKind.Array)
            {
                throw new MalformedRequestException("totals is required, an array");
            }

            var lines = new List<SettlementTotal>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (JsonElement line in totals.EnumerateArray())
            {
                if (line.ValueKind != JsonValueKind.Object)
                {
                    throw new MalformedRequestException("every line of totals is an object");
                }

                var total = new SettlementTotal
                {
                    Method = RequiredChoice(line, "method", "card", "qr-merchant", "qr-customer"),
                    Kind = RequiredChoice(line, "kind", "sale", "refund"),
                    Count = RequiredInteger(line, "count", 0, int.MaxValue),
                    AmountMinor = RequiredInteger(line, "amountMinor", 0, long.MaxValue),
                };
                if (!seen.Add(total.Method + "/" + total.Kind))
                {
                    throw new MalformedRequestException("totals has two lines for " + total.Method + " " + total.Kind);
                }

                lines.Add(total);
            }

            return new SettlementRequest { Batch = batch, FromUtc = from, ToUtc = to, Totals = lines };
        }

        public static long RequiredInteger(JsonElement parent, string name, long minimum, long maximum)
        {
            if (!parent.TryGetProperty(name, out JsonElement element) || element.ValueKind != JsonValueKind.Number
                || !element.TryGetInt64(out long value))
            {
                throw new MalformedRequestException(name + " is required, a whole number");
            }

            if (value < minimum || value > maximum)
            {
                throw new MalformedRequestException(name + " is out of range (" + minimum + " to " + maximum + ")");
            }

            return value;
        }

        public static string RequiredString(JsonElement parent, string name, string? shownName = null)
        {
            if (!parent.TryGetProperty(name, out JsonElement element) || element.ValueKind != JsonValueKind.String)
            {
                throw new MalformedRequestException((shownName ?? name) + " is required, a string");
            }

            return element.GetString() ?? string.Empty;
        }

        private static string RequiredIdentifier(JsonElement parent, string name, string? shownName = null)
        {
            string value = RequiredString(parent, name, shownName);
            if (!Identifiers.IsIdentifier(value))
            {
                throw new MalformedRequestException((shownName ?? name) + " must be printable ASCII of 1 to " + Identifiers.MaximumLength + " characters");
            }

            return value;
        }

        private static string RequiredChoice(JsonElement parent, string name, params string[] choices)
        {
            string value = RequiredString(parent, name);
            foreach (string choice in choices)
            {
                if (choice == value)
                {
                    return value;
                }
            }

            throw new MalformedRequestException(name + " must be one of " + string.Join(", ", choices));
        }

        private static string RequiredLast4(JsonElement parent, string shownName)
        {
            string value = RequiredString(parent, "last4", shownName);
            if (value.Length != 4)
            {
                throw new MalformedRequestException(shownName + " must be four digits");
            }

            foreach (char c in value)
            {
                if (c < '0' || c > '9')
                {
                    throw new MalformedRequestException(shownName + " must be four digits");
                }
            }

            return value;
        }

        /// <summary>An optional object member: Undefined when absent or null, the object otherwise.</summary>
        private static JsonElement OptionalObject(JsonElement parent, string name)
        {
            if (!parent.TryGetProperty(name, out JsonElement element) || element.ValueKind == JsonValueKind.Null)
            {
                return default;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new MalformedRequestException(name + " must be an object or null");
            }

            return element;
        }

        private static bool IsBase64(string text)
        {
            var buffer = new byte[((text.Length + 3) / 4) * 3];
            return Convert.TryFromBase64String(text, buffer, out _);
        }
    }
}
