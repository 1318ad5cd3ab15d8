using System;

namespace Terminal.Tools.PaymentHost
{
    /// <summary>
    /// The host's fault switches. Each one reproduces a field situation behind the symptoms S1-S5 of
    /// <c>shared/failure-causes.md</c>; the README of <c>tools/PaymentHost</c> tells which.
    /// </summary>
    public enum FaultKind
    {
        /// <summary>
        /// <c>delay=ms</c>: the host is slow. The request is accepted (its idempotency key is in flight),
        /// then waits the given milliseconds, or until the client gives up, and is then processed.
        /// </summary>
        Delay,

        /// <summary><c>drop-request</c>: the connection is aborted before anything is processed.</summary>
        DropRequest,

        /// <summary><c>drop-response</c>: the request is processed and committed, then the connection is aborted unanswered.</summary>
        DropResponse,

        /// <summary><c>error-5xx[=status]</c>: answered 503 (or the given 500-599 status) <c>unavailable</c>, nothing processed.</summary>
        Error5xx,

        /// <summary><c>duplicate-notification</c>: every notification of the next non-empty page is listed twice, same id.</summary>
        DuplicateNotification,

        /// <summary>
        /// <c>approve-after-timeout=ms</c>: the authorization is approved and committed, then its response is
        /// held for the given milliseconds: the terminal times out, yet the customer is charged.
        /// </summary>
        ApproveAfterTimeout,

        /// <summary>
        /// <c>approve-while-rebooting</c>: the authorization is approved and committed, and the response is
        /// never sent, as if the terminal had rebooted mid-flight.
        /// </summary>
        ApproveWhileRebooting,

        /// <summary><c>refuse-key-reuse</c>: a replay of a known key is answered 422 <c>idempotency_key_reused</c> even when identical.</summary>
        RefuseKeyReuse,
    }

    /// <summary>Names, values and scope of the <see cref="FaultKind"/> switches.</summary>
    public static class FaultKinds
    {
        /// <summary>The longest delay or hold a fault may ask for, in milliseconds (10 minutes).</summary>
        public const long MaximumMilliseconds = 600_000;

        private static readonly string[] Names =
        {
            "delay", "drop-request", "drop-response", "error-5xx", "duplicate-notification",
            "approve-after-timeout", "approve-while-rebooting", "refuse-key-reuse",
        };

        /// <summary>The name of a fault as the <c>X-Fault</c> header and the admin endpoints spell it.</summary>
        /// <param name="kind">The fault.</param>
        /// <returns>For example <c>drop-response</c>.</returns>
        public static string WireName(FaultKind kind) => Names[(int)kind];

        /// <summary>Reads a fault's name (case-insensitive).</summary>
        /// <param name="name">For example <c>drop-response</c>.</param>
        /// <param name="kind">The fault when the name is known.</param>
        /// <returns><see langword="true"/> when <paramref name="name"/> names a fault.</returns>
        public static bool TryParse(string? name, out FaultKind kind)
        {
            for (int index = 0; index < Names.Length; index++)
            {
                if (string.Equals(Names[index], name, StringComparison.OrdinalIgnoreCase))
                {
                    kind = (FaultKind)index;
                    return true;
                }
            }

            kind = FaultKind.Delay;
            return false;
        }

        /// <summary>Whether a fault can ever act on an operation.</summary>
        /// <param name="kind">The fault.</param>
        /// <param name="operation">The operation.</param>
        /// <returns>
        /// <see langword="true"/> for delay, drops and error-5xx on every operation; duplicate-notification on
        /// notifications; the approve faults on authorize; refuse-key-reuse on the POST operations.
        /// </returns>
        public static bool AppliesTo(FaultKind kind, HostOperation operation)
        {
            switch (kind)
            {
                case FaultKind.DuplicateNotification:
                    return operation == HostOperation.Notifications;
                case FaultKind.ApproveAfterTimeout:
                case FaultKind.ApproveWhileRebooting:
                    return operation == HostOperation.Authorize;
                case FaultKind.RefuseKeyReuse:
                    return HostOperations.IsStateChanging(operation);
                default:
                    return true;
            }
        }

        /// <summary>Checks the value given with a fault.</summary>
        /// <param name="kind">The fault.</param>
        /// <param name="value">Milliseconds for delay and approve-after-timeout (required, 0 to
        /// <see cref="MaximumMilliseconds"/>); an HTTP status 500-599 for error-5xx (optional, 503 when
        /// omitted); nothing for the others.</param>
        /// <param name="error">Why the value is refused.</param>
        /// <returns><see langword="true"/> when the value fits the fault.</returns>
        public static bool TryValidateValue(FaultKind kind, long? value, out string error)
        {
            error = string.Empty;
            switch (kind)
            {
                case FaultKind.Delay:
                case FaultKind.ApproveAfterTimeout:
                    if (value == null || value < 0 || value > MaximumMilliseconds)
                    {
                        error = WireName(kind) + " needs milliseconds from 0 to " + MaximumMilliseconds + ", as in " + WireName(kind) + "=2000";
                        return false;
                    }

                    return true;
                case FaultKind.Error5xx:
                    if (value != null && (value < 500 || value > 599))
                    {
                        error = "error-5xx takes an HTTP status from 500 to 599";
                        return false;
                    }

                    return true;
                default:
                    if (value != null)
                    {
                        error = WireName(kind) + " takes no value";
                        return false;
                    }

                    return true;
            }
        }
    }
}
