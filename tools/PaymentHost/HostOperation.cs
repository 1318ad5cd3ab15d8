using System;

namespace Terminal.Tools.PaymentHost
{
    /// <summary>
    /// An operation of the host protocol (<c>docs/host-protocol.md</c>). Fault rules filter on it, and
    /// the admin endpoints spell it with <see cref="HostOperations.WireName"/>.
    /// </summary>
    public enum HostOperation
    {
        /// <summary><c>POST /v1/payments</c>, spelled <c>authorize</c>.</summary>
        Authorize,

        /// <summary><c>GET /v1/payments/{key}</c>, spelled <c>status</c>.</summary>
        Status,

        /// <summary><c>POST /v1/payments/{key}/close</c>, spelled <c>close</c>.</summary>
        Close,

        /// <summary><c>POST /v1/payments/{key}/reversal</c>, spelled <c>reversal</c>.</summary>
        Reversal,

        /// <summary><c>POST /v1/results</c>, spelled <c>result</c>.</summary>
        Result,

        /// <summary><c>GET /v1/notifications</c>, spelled <c>notifications</c>.</summary>
        Notifications,

        /// <summary><c>POST /v1/settlements</c>, spelled <c>settlement</c>.</summary>
        Settlement,

        /// <summary><c>GET /v1/echo</c>, spelled <c>echo</c>.</summary>
        Echo,

        /// <summary><c>POST /v1/diagnostics</c>, spelled <c>diagnostics</c>: a terminal's self-test report, never a payment.</summary>
        Diagnostics,
    }

    /// <summary>Names of <see cref="HostOperation"/> as the admin endpoints and the README spell them.</summary>
    public static class HostOperations
    {
        private static readonly string[] Names =
        {
            "authorize", "status", "close", "reversal", "result", "notifications", "settlement", "echo", "diagnostics",
        };

        /// <summary>The name of <paramref name="operation"/>, for example <c>authorize</c>.</summary>
        /// <param name="operation">The operation.</param>
        /// <returns>Its lower-case name.</returns>
        public static string WireName(HostOperation operation) => Names[(int)operation];

        /// <summary>Reads an operation's name (case-insensitive).</summary>
        /// <param name="name">A name such as <c>authorize</c>.</param>
        /// <param name="operation">The operation when the name is known.</param>
        /// <returns><see langword="true"/> when <paramref name="name"/> names an operation.</returns>
        public static bool TryParse(string? name, out HostOperation operation)
        {
            for (int index = 0; index < Names.Length; index++)
            {
                if (string.Equals(Names[index], name, StringComparison.OrdinalIgnoreCase))
                {
                    operation = (HostOperation)index;
                    return true;
                }
            }

            operation = HostOperation.Authorize;
            return false;
        }

        /// <summary>Whether the operation changes state and so carries an <c>Idempotency-Key</c>.</summary>
        /// <param name="operation">The operation.</param>
        /// <returns><see langword="true"/> for the POST operations.</returns>
        public static bool IsStateChanging(HostOperation operation) =>
            operation == HostOperation.Authorize || operation == HostOperation.Close || operation == HostOperation.Reversal
            || operation == HostOperation.Result || operation == HostOperation.Settlement || operation == HostOperation.Diagnostics;
    }
}
