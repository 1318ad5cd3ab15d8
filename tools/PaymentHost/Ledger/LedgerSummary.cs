using System.Collections.Generic;

namespace Terminal.Tools.PaymentHost
{
    /// <summary>The whole ledger in numbers: the truth a chaos campaign checks at its end.</summary>
    public sealed class LedgerSummary
    {
        /// <summary>Payments, tombstones excluded.</summary>
        public int Payments { get; init; }

        /// <summary>Payments per status (every status of <see cref="PaymentStatuses"/> is present, 0 when none).</summary>
        public IReadOnlyDictionary<string, int> ByStatus { get; init; } = new Dictionary<string, int>();

        /// <summary>Burned keys: reversals or closes of keys the host never authorized.</summary>
        public int Tombstones { get; init; }

        /// <summary>References with more than one net approval (sales approved and not reversed).</summary>
        public int DoubleCharges { get; init; }

        /// <summary>Those references, sorted.</summary>
        public IReadOnlyList<string> DoubleChargedReferences { get; init; } = new List<string>();

        /// <summary>Result uploads received (one per idempotency key).</summary>
        public int Results { get; init; }

        /// <summary>Result uploads whose status differs from the ledger's status of their payment (or whose payment is unknown).</summary>
        public int ResultsDisagreeingWithLedger { get; init; }

        /// <summary>Notifications issued (each counted once, however often delivered).</summary>
        public int Notifications { get; init; }

        /// <summary>Settlement requests answered <c>settled</c>.</summary>
        public int SettlementsSettled { get; init; }

        /// <summary>Settlement requests answered <c>mismatch</c>.</summary>
        public int SettlementsMismatched { get; init; }

        /// <summary>Self-test reports stored (<c>POST /v1/diagnostics</c>), one per idempotency key: never payments.</summary>
        public int Diagnostics { get; init; }
    }
}
