using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Terminal.Tools.PaymentHost
{
    /// <summary>Writes the protocol's response bodies, every member present (null where not applicable), in the spec's order.</summary>
    internal static class ProtocolWriter
    {
        private delegate void Body(Utf8JsonWriter writer);

        public static byte[] Error(string code, string message) => Write(writer =>
        {
            writer.WriteString("error", code);
            writer.WriteString("message", message);
        });

        public static byte[] Payment(PaymentRecord payment) => Write(writer => WritePayment(writer, payment));

        public static byte[] Accepted() => Write(writer => writer.WriteBoolean("accepted", true));

        public static byte[] Echo(long serverTimeUtc, string minimumFirmware, string latestFirmware) => Write(writer =>
        {
            writer.WriteString("status", "ok");
            writer.WriteNumber("serverTimeUtc", serverTimeUtc);
            writer.WriteString("minimumFirmware", minimumFirmware);
            writer.WriteString("latestFirmware", latestFirmware);
        });

        public static byte[] Settlement(SettlementOutcome outcome) => Write(writer =>
        {
            writer.WriteString("status", outcome.Settled ? "settled" : "mismatch");
            writer.WriteNumber("batch", outcome.Batch);
            if (!outcome.Settled)
            {
                writer.WriteStartArray("hostTotals");
                foreach (SettlementTotal total in outcome.HostTotals)
                {
                    writer.WriteStartObject();
                    writer.WriteString("method", total.Method);
                    writer.WriteString("kind", total.Kind);
                    writer.WriteNumber("count", total.Count);
                    writer.WriteNumber("amountMinor", total.AmountMinor);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }
        });

        public static byte[] Notifications(string cursor, IReadOnlyList<Notification> notifications) => Write(writer =>
        {
            writer.WriteString("cursor", cursor);
            writer.WriteStartArray("notifications");
            foreach (Notification notification in notifications)
            {
                writer.WriteStartObject();
                writer.WriteString("id", notification.Id);
                writer.WriteString("paymentKey", notification.PaymentKey);
                writer.WriteString("status", notification.Status);
                writer.WriteString("hostReference", notification.HostReference);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });

        public static byte[] Faults(IReadOnlyList<FaultRule> rules) => Write(writer =>
        {
            writer.WriteStartArray("faults");
            foreach (FaultRule rule in rules)
            {
                writer.WriteStartObject();
                writer.WriteString("name", FaultKinds.WireName(rule.Kind));
                WriteNullableNumber(writer, "value", rule.Value);
                WriteNullableNumber(writer, "count", rule.Count);
                writer.WriteString("operation", rule.Operation == null ? null : HostOperations.WireName(rule.Operation.Value));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });

        private static void WritePayment(Utf8JsonWriter writer, PaymentRecord payment)
        {
            bool pending = payment.Status == PaymentStatuses.Pending;
            writer.WriteString("key", payment.Key);
            writer.WriteString("status", payment.Status);
            writer.WriteString("responseCode", payment.ResponseCode);
            writer.WriteString("authorizationCode", payment.AuthorizationCode);
            writer.WriteString("hostReference", payment.HostReference);
            writer.WriteNumber("hostTimeUtc", payment.StatusUtc);
            writer.WriteString("qrContent", pending ? payment.QrContent : null);
            WriteNullableNumber(writer, "expiresUtc", pending ? payment.ExpiresUtc : null);
        }

        private static void WriteNullableNumber(Utf8JsonWriter writer, string name, long? value)
        {
            if (value == null)
            {
                writer.WriteNull(name);
            }
            else
            {
                writer.WriteNumber(name, value.Value);
            }
        }

        private static byte[] Write(Body body)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                body(writer);
                writer.WriteEndObject();
            }

            return stream.ToArray();
        }
    }
}
