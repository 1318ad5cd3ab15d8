using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;

namespace Terminal.Tools.PaymentHost
{
    /// <summary>
    /// The <c>/v1</c> operations of <c>docs/host-protocol.md</c>. Every request goes through the same steps:
    /// <list type="number">
    /// <item>identity headers (401 <c>unknown_terminal</c>), firmware version and <c>X-Fault</c> (400 <c>malformed</c>);</item>
    /// <item>faults that act before anything is processed: drop-request, error-5xx;</item>
    /// <item>the body, at most 4096 bytes, and its members (400 <c>malformed</c>);</item>
    /// <item>for a POST, the idempotency table: replay, 422, 409, or the key in flight;</item>
    /// <item>delay and in-process holds (the key stays in flight meanwhile);</item>
    /// <item>the operation and its stored response, committed together;</item>
    /// <item>faults that act on the answer: approve-while-rebooting, drop-response, approve-after-timeout.</item>
    /// </list>
    /// </summary>
    internal sealed class ProtocolEndpoints
    {
        /// <summary>The most notifications read for one page, before trimming the page to 4096 bytes.</summary>
        private const int NotificationsPerPage = 64;

        private readonly PaymentHostOptions options;
        private readonly PaymentLedger ledger;
        private readonly FaultSwitchboard switchboard;
        private readonly CancellationToken stopping;

        public ProtocolEndpoints(PaymentHostOptions options, PaymentLedger ledger, FaultSwitchboard switchboard, CancellationToken stopping)
        {
            this.options = options;
            this.ledger = ledger;
            this.switchboard = switchboard;
            this.stopping = stopping;
        }

        private enum ApproveFault
        {
            None,
            AfterTimeout,
            WhileRebooting,
        }

        public void Map(IEndpointRouteBuilder routes)
        {
            routes.MapPost("/v1/payments", context => HandleAsync(context, HostOperation.Authorize));
            routes.MapGet("/v1/payments/{key}", context => HandleAsync(context, HostOperation.Status));
            routes.MapPost("/v1/payments/{key}/close", context => HandleAsync(context, HostOperation.Close));
            routes.MapPost("/v1/payments/{key}/reversal", context => HandleAsync(context, HostOperation.Reversal));
            routes.MapPost("/v1/results", context => HandleAsync(context, HostOperation.Result));
            routes.MapGet("/v1/notifications", context => HandleAsync(context, HostOperation.Notifications));
            routes.MapPost("/v1/settlements", context => HandleAsync(context, HostOperation.Settlement));
            routes.MapGet("/v1/echo", context => HandleAsync(context, HostOperation.Echo));
            routes.MapPost("/v1/diagnostics", context => HandleAsync(context, HostOperation.Diagnostics));
        }

        private static string? SingleHeader(HttpContext context, string name)
        {
            StringValues values = context.Request.Headers[name];
            return values.Count == 1 ? values[0] : null;
        }

        private static bool TryReadFaultHeader(HttpContext context, HostOperation operation, out List<FaultRule> rules, out string error)
        {
            rules = new List<FaultRule>();
            error = string.Empty;
            foreach (string? header in context.Request.Headers["X-Fault"])
            {
                foreach (string part in (header ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!FaultRule.TryParse(part, out FaultRule? rule, out error))
                    {
                        error = "X-Fault: " + error;
                        return false;
                    }

                    if (!FaultKinds.AppliesTo(rule!.Kind, operation))
                    {
                        error = "X-Fault: " + FaultKinds.WireName(rule.Kind) + " never acts on " + HostOperations.WireName(operation);
                        return false;
                    }

                    rules.Add(rule);
                }
            }

            return true;
        }

        private static Reply NotificationsPage(long after, List<Notification> notifications, bool duplicate)
        {
            for (int count = notifications.Count; count >= 0; count--)
            {
                var page = new List<Notification>(duplicate ? 2 * count : count);
                for (int index = 0; index < count; index++)
                {
                    page.Add(notifications[index]);
                    if (duplicate)
                    {
                        page.Add(notifications[index]);
                    }
                }

                long cursor = count == 0 ? after : notifications[count - 1].Sequence;
                byte[] body = ProtocolWriter.Notifications(cursor.ToString(CultureInfo.InvariantCulture), page);
                if (body.Length <= PaymentHostOptions.MaximumBodyBytes)
                {
                    return new Reply(StatusCodes.Status200OK, body);
                }
            }

            throw new InvalidOperationException("an empty notifications page is over the size limit");
        }

        private async Task HandleAsync(HttpContext context, HostOperation operation)
        {
            string? terminalId = SingleHeader(context, "X-Terminal-Id");
            string? merchantId = SingleHeader(context, "X-Merchant-Id");
            if (!Identifiers.IsIdentifier(terminalId) || !Identifiers.IsIdentifier(merchantId))
            {
                await HttpExchange.WriteErrorAsync(context, StatusCodes.Status401Unauthorized, "unknown_terminal", "X-Terminal-Id and X-Merchant-Id are required, printable ASCII of 1 to 32 characters").ConfigureAwait(false);
                return;
            }

            if ((options.TerminalIds.Count > 0 && !options.TerminalIds.Contains(terminalId!))
                || (options.MerchantIds.Count > 0 && !options.MerchantIds.Contains(merchantId!)))
            {
                await HttpExchange.WriteErrorAsync(context, StatusCodes.Status401Unauthorized, "unknown_terminal", "terminal " + terminalId + " of merchant " + merchantId + " is not configured on this host").ConfigureAwait(false);
                return;
            }

            if (!Identifiers.IsFirmwareVersion(SingleHeader(context, "X-Firmware-Version")))
            {
                await HttpExchange.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "malformed", "X-Firmware-Version is required, major.minor.patch").ConfigureAwait(false);
                return;
            }

            if (!TryReadFaultHeader(context, operation, out List<FaultRule> headerFaults, out string faultError))
            {
                await HttpExchange.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "malformed", faultError).ConfigureAwait(false);
                return;
            }

            var faults = new RequestFaults(headerFaults, switchboard, operation);
            if (faults.TryTake(FaultKind.DropRequest))
            {
                HttpExchange.Abort(context, FaultKind.DropRequest);
                return;
            }

            if (faults.TryTake(FaultKind.Error5xx, out long? status))
            {
                await HttpExchange.WriteErrorAsync(context, (int)(status ?? StatusCodes.Status503ServiceUnavailable), "unavailable", "the host is unavailable (fault error-5xx); nothing was processed").ConfigureAwait(false);
                return;
            }

            byte[]? body = await HttpExchange.ReadBodyAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
            if (body == null)
            {
                await HttpExchange.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "malformed", "the body is over " + PaymentHostOptions.MaximumBodyBytes + " bytes").ConfigureAwait(false);
                return;
            }

            string? pathKey = context.Request.RouteValues["key"] as string;
            if (pathKey != null && !Identifiers.IsKey(pathKey))
            {
                await HttpExchange.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "malformed", "the payment key in the path must be printable ASCII of 1 to 64 characters").ConfigureAwait(false);
                return;
            }

            try
            {
                if (HostOperations.IsStateChanging(operation))
                {
                    await HandleStateChangingAsync(context, operation, faults, body, pathKey, terminalId!, merchantId!).ConfigureAwait(false);
                }
                else
                {
                    await HandleReadAsync(context, operation, faults, pathKey, terminalId!).ConfigureAwait(false);
                }
            }
            catch (MalformedRequestException exception)
            {
                await HttpExchange.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "malformed", exception.Message).ConfigureAwait(false);
            }
        }

        private async Task HandleReadAsync(HttpContext context, HostOperation operation, RequestFaults faults, string? pathKey, string terminalId)
        {
            Reply reply;
            switch (operation)
            {
                case HostOperation.Status:
                    await DelayAsync(context, faults, operation).ConfigureAwait(false);
                    PaymentRecord? payment = ledger.Execute(null, transaction => transaction.Find(pathKey!));
                    reply = payment == null
                        ? Reply.Error(StatusCodes.Status404NotFound, "not_found", "the host has no authorization under key " + pathKey)
                        : new Reply(StatusCodes.Status200OK, ProtocolWriter.Payment(payment));
                    break;
                case HostOperation.Notifications:
                    long after = 0;
                    string? cursor = context.Request.Query["after"];
                    if (!string.IsNullOrEmpty(cursor) && !long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out after))
                    {
                        throw new MalformedRequestException("after must be a cursor this host returned (a whole number)");
                    }

                    await DelayAsync(context, faults, operation).ConfigureAwait(false);
                    List<Notification> notifications = ledger.Execute(null, transaction => transaction.Notifications(terminalId, after, NotificationsPerPage));
                    bool duplicate = notifications.Count > 0 && faults.TryTake(FaultKind.DuplicateNotification);
                    reply = NotificationsPage(after, notifications, duplicate);
                    break;
                default:
                    await DelayAsync(context, faults, operation).ConfigureAwait(false);
                    reply = new Reply(StatusCodes.Status200OK, ProtocolWriter.Echo(ledger.NowUtc, options.MinimumFirmware, options.LatestFirmware));
                    break;
            }

            await SendAsync(context, faults, reply, false).ConfigureAwait(false);
        }

        private async Task HandleStateChangingAsync(HttpContext context, HostOperation operation, RequestFaults faults, byte[] body, string? pathKey, string terminalId, string merchantId)
        {
            string? key = SingleHeader(context, "Idempotency-Key");
            if (!Identifiers.IsKey(key))
            {
                throw new MalformedRequestException("Idempotency-Key is required on every POST, printable ASCII of 1 to 64 characters");
            }

            // The body is checked first: a malformed request is malformed whatever its key.
            AuthorizationRequest? authorization = operation == HostOperation.Authorize ? ProtocolReader.Authorization(body) : null;
            ResultUpload? result = operation == HostOperation.Result ? ProtocolReader.Result(body) : null;
            SettlementRequest? settlement = operation == HostOperation.Settlement ? ProtocolReader.Settlement(body) : null;
            DiagnosticsReport? diagnostics = operation == HostOperation.Diagnostics ? ProtocolReader.Diagnostics(body) : null;
            if (diagnostics != null && diagnostics.TerminalId != terminalId)
            {
                throw new MalformedRequestException("terminalId in the report is not the X-Terminal-Id of the request");
            }
            if (operation == HostOperation.Close || operation == HostOperation.Reversal)
            {
                ProtocolReader.CheckOptionalObject(body);
            }

            string scope = HostOperations.WireName(operation) + (pathKey == null ? string.Empty : " " + pathKey);
            byte[] fingerprint = SHA256.HashData(body);
            IdempotencyDecision decision = ledger.BeginIdempotent(key!, scope, fingerprint);
            switch (decision.Verdict)
            {
                case IdempotencyVerdict.Reused:
                    await HttpExchange.WriteErrorAsync(context, StatusCodes.Status422UnprocessableEntity, "idempotency_key_reused", "key " + key + " was used for another payload").ConfigureAwait(false);
                    return;
                case IdempotencyVerdict.InProgress:
                    await HttpExchange.WriteErrorAsync(context, StatusCodes.Status409Conflict, "request_in_progress", "key " + key + " is still being processed; retry later").ConfigureAwait(false);
                    return;
                case IdempotencyVerdict.Replay:
                    if (faults.TryTake(FaultKind.RefuseKeyReuse))
                    {
                        await HttpExchange.WriteErrorAsync(context, StatusCodes.Status422UnprocessableEntity, "idempotency_key_reused", "key " + key + " refused (fault refuse-key-reuse)").ConfigureAwait(false);
                        return;
                    }

                    await DelayAsync(context, faults, operation).ConfigureAwait(false);
                    await SendAsync(context, faults, new Reply(decision.StatusCode, decision.Body!), true).ConfigureAwait(false);
                    return;
            }

            Reply reply;
            ApproveFault approve = ApproveFault.None;
            long holdMilliseconds = 0;
            try
            {
                await DelayAsync(context, faults, operation).ConfigureAwait(false);
                if (operation == HostOperation.Authorize)
                {
                    if (faults.TryTake(FaultKind.ApproveWhileRebooting))
                    {
                        approve = ApproveFault.WhileRebooting;
                    }
                    else if (faults.TryTake(FaultKind.ApproveAfterTimeout, out long? hold))
                    {
                        approve = ApproveFault.AfterTimeout;
                        holdMilliseconds = hold ?? 0;
                    }
                }

                reply = ledger.Execute(key, transaction =>
                {
                    Reply processed = operation switch
                    {
                        HostOperation.Authorize => new Reply(StatusCodes.Status200OK, ProtocolWriter.Payment(transaction.Authorize(key!, authorization!, terminalId, merchantId, approve != ApproveFault.None))),
                        HostOperation.Close => new Reply(StatusCodes.Status200OK, ProtocolWriter.Payment(transaction.Close(pathKey!, terminalId, merchantId))),
                        HostOperation.Reversal => new Reply(StatusCodes.Status200OK, ProtocolWriter.Payment(transaction.Reverse(pathKey!, terminalId, merchantId))),
                        HostOperation.Result => StoreResult(transaction, key!, result!, terminalId),
                        HostOperation.Diagnostics => StoreDiagnostics(transaction, key!, diagnostics!, body),
                        _ => new Reply(StatusCodes.Status200OK, ProtocolWriter.Settlement(transaction.Settle(key!, settlement!, terminalId))),
                    };
                    transaction.StoreResponse(key!, scope, fingerprint, processed.StatusCode, processed.Body);
                    return processed;
                });
            }
            finally
            {
                ledger.EndInFlight(key!);
            }

            if (approve == ApproveFault.WhileRebooting)
            {
                HttpExchange.Abort(context, FaultKind.ApproveWhileRebooting);
                return;
            }

            if (approve == ApproveFault.AfterTimeout && !await HoldResponseAsync(context, holdMilliseconds).ConfigureAwait(false))
            {
                return;
            }

            await SendAsync(context, faults, reply, false).ConfigureAwait(false);
        }

        private static Reply StoreResult(LedgerTransaction transaction, string key, ResultUpload result, string terminalId)
        {
            transaction.StoreResult(key, result, terminalId);
            return new Reply(StatusCodes.Status200OK, ProtocolWriter.Accepted());
        }

        private static Reply StoreDiagnostics(LedgerTransaction transaction, string key, DiagnosticsReport report, byte[] body)
        {
            transaction.StoreDiagnostics(key, report, body);
            return new Reply(StatusCodes.Status200OK, ProtocolWriter.Accepted());
        }

        private static async Task SendAsync(HttpContext context, RequestFaults faults, Reply reply, bool replayed)
        {
            if (faults.TryTake(FaultKind.DropResponse))
            {
                HttpExchange.Abort(context, FaultKind.DropResponse);
                return;
            }

            await HttpExchange.WriteAsync(context, reply, replayed).ConfigureAwait(false);
        }

        /// <summary>
        /// The delay fault, then an in-process hold. The host keeps going when the client gives up: a
        /// slow host still processes what it accepted.
        /// </summary>
        private async Task DelayAsync(HttpContext context, RequestFaults faults, HostOperation operation)
        {
            if (faults.TryTake(FaultKind.Delay, out long? milliseconds) && milliseconds > 0)
            {
                using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(milliseconds.Value), either.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // The client left or the host stops: process now.
                }
            }

            FaultHold? hold = switchboard.TakeHold(operation);
            if (hold != null)
            {
                try
                {
                    await hold.WaitAsync(stopping).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // The host stops: go on.
                }
            }
        }

        /// <summary>Holds a committed approval's answer; <see langword="false"/> when the client left meanwhile.</summary>
        private async Task<bool> HoldResponseAsync(HttpContext context, long milliseconds)
        {
            using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(milliseconds), either.Token).ConfigureAwait(false);
                return true;
            }
            catch (OperationCanceledException)
            {
                return !context.RequestAborted.IsCancellationRequested;
            }
        }
    }
}
