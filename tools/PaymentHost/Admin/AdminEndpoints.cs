using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Terminal.Tools.PaymentHost
{
    /// <summary>
    /// The lab's and the chaos campaign's endpoints under <c>/admin</c>: fault switches, paying a QR order,
    /// and the ledger's truth. No identity headers, no faults, no authentication: loopback or a trusted
    /// network only.
    /// </summary>
    internal sealed class AdminEndpoints
    {
        private static readonly JsonSerializerOptions JsonOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        private readonly PaymentLedger ledger;
        private readonly FaultSwitchboard switchboard;

        public AdminEndpoints(PaymentLedger ledger, FaultSwitchboard switchboard)
        {
            this.ledger = ledger;
            this.switchboard = switchboard;
        }

        public void Map(IEndpointRouteBuilder routes)
        {
            routes.MapGet("/admin/faults", context => WriteFaultsAsync(context));
            routes.MapPost("/admin/faults", ArmAsync);
            routes.MapDelete("/admin/faults", context =>
            {
                switchboard.Clear();
                return WriteFaultsAsync(context);
            });
            routes.MapPost("/admin/qr/{key}/pay", PayAsync);
            routes.MapGet("/admin/ledger/charges", ChargesAsync);
            routes.MapGet("/admin/ledger/summary", context => WriteObjectAsync(context, ledger.Summary()));
            routes.MapGet("/admin/ledger/payments/{key}", PaymentAsync);
            routes.MapGet("/admin/ledger/diagnostics", DiagnosticsAsync);
        }

        /// <summary>Reads one fault rule object: <c>{"name", "value"?, "count"?, "operation"?}</c>.</summary>
        private static FaultRule ReadRule(JsonElement element)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new MalformedRequestException("a fault is an object {\"name\", \"value\", \"count\", \"operation\"}");
            }

            string name = ProtocolReader.RequiredString(element, "name");
            if (!FaultKinds.TryParse(name, out FaultKind kind))
            {
                throw new MalformedRequestException("unknown fault '" + name + "'");
            }

            long? value = OptionalInteger(element, "value", long.MinValue, long.MaxValue);
            long? count = OptionalInteger(element, "count", 1, int.MaxValue);
            HostOperation? operation = null;
            if (element.TryGetProperty("operation", out JsonElement operationElement) && operationElement.ValueKind != JsonValueKind.Null)
            {
                string operationName = ProtocolReader.RequiredString(element, "operation");
                if (!HostOperations.TryParse(operationName, out HostOperation parsed))
                {
                    throw new MalformedRequestException("unknown operation '" + operationName + "'");
                }

                operation = parsed;
            }

            try
            {
                return new FaultRule(kind, value, (int?)count, operation);
            }
            catch (ArgumentException exception)
            {
                throw new MalformedRequestException(exception.Message);
            }
        }

        private static long? OptionalInteger(JsonElement element, string name, long minimum, long maximum)
        {
            if (!element.TryGetProperty(name, out JsonElement member) || member.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return ProtocolReader.RequiredInteger(element, name, minimum, maximum);
        }

        private static Task WriteObjectAsync<T>(HttpContext context, T value) =>
            HttpExchange.WriteAsync(context, new Reply(StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(value, JsonOptions)), false);

        private Task WriteFaultsAsync(HttpContext context) =>
            HttpExchange.WriteAsync(context, new Reply(StatusCodes.Status200OK, ProtocolWriter.Faults(switchboard.Armed)), false);

        private async Task ArmAsync(HttpContext context)
        {
            byte[]? body = await HttpExchange.ReadBodyAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
            if (body == null)
            {
                await HttpExchange.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "malformed", "the body is over " + PaymentHostOptions.MaximumBodyBytes + " bytes").ConfigureAwait(false);
                return;
            }

            var rules = new List<FaultRule>();
            try
            {
                using JsonDocument document = JsonDocument.Parse(body);
                JsonElement root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Array)
                {
                    foreach (JsonElement element in root.EnumerateArray())
                    {
                        rules.Add(ReadRule(element));
                    }
                }
                else
                {
                    rules.Add(ReadRule(root));
                }
            }
            catch (JsonException exception)
            {
                await HttpExchange.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "malformed", "the body is not valid JSON: " + exception.Message).ConfigureAwait(false);
                return;
            }
            catch (MalformedRequestException exception)
            {
                await HttpExchange.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "malformed", exception.Message).ConfigureAwait(false);
                return;
            }

            foreach (FaultRule rule in rules)
            {
                switchboard.Arm(rule);
            }

            await WriteFaultsAsync(context).ConfigureAwait(false);
        }

        private Task PayAsync(HttpContext context)
        {
            string key = (string)context.Request.RouteValues["key"]!;
            if (ledger.TryPayQrOrder(key, out PaymentRecord? payment))
            {
                return HttpExchange.WriteAsync(context, new Reply(StatusCodes.Status200OK, ProtocolWriter.Payment(payment!)), false);
            }

            return payment == null
                ? HttpExchange.WriteErrorAsync(context, StatusCodes.Status404NotFound, "not_found", "no payment under key " + key)
                : HttpExchange.WriteErrorAsync(context, StatusCodes.Status409Conflict, "not_pending", "payment " + key + " is " + payment.Status + ", not pending");
        }

        private Task ChargesAsync(HttpContext context)
        {
            string? reference = context.Request.Query["reference"];
            if (string.IsNullOrEmpty(reference))
            {
                return HttpExchange.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "malformed", "reference is required: /admin/ledger/charges?reference=ORD-1");
            }

            return WriteObjectAsync(context, ledger.Charges(reference));
        }

        private Task DiagnosticsAsync(HttpContext context)
        {
            string? terminal = context.Request.Query["terminal"];
            if (string.IsNullOrEmpty(terminal))
            {
                return HttpExchange.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "malformed", "terminal is required: /admin/ledger/diagnostics?terminal=T0001234");
            }

            return WriteObjectAsync(context, ledger.Diagnostics(terminal));
        }

        private Task PaymentAsync(HttpContext context)
        {
            string key = (string)context.Request.RouteValues["key"]!;
            PaymentRecord? payment = ledger.FindPayment(key);
            return payment == null
                ? HttpExchange.WriteErrorAsync(context, StatusCodes.Status404NotFound, "not_found", "no payment under key " + key)
                : WriteObjectAsync(context, payment);
        }
    }
}
