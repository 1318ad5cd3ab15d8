using System.Collections.Generic;

namespace Terminal.Tools.PaymentHost
{
    /// <summary>"Was this customer charged, and how many times": the ledger's answer for one merchant reference.</summary>
    public sealed class ChargeReport
    {
        /// <summary>The merchant reference asked about.</summary>
        public string Reference { get; init; } = string.Empty;

        /// <summary>Net approvals: sales under the reference that stand approved (a reversed one does not count).</summary>
        public int Charges { get; init; }

        /// <summary>The keys of those approved sales, in the order the host processed them.</summary>
        public IReadOnlyList<string> ApprovedKeys { get; init; } = new List<string>();

        /// <summary>The keys of sales under the reference that were approved, then reversed.</summary>
        public IReadOnlyList<string> ReversedKeys { get; init; } = new List<string>();

        /// <summary>The keys of approved refunds under the reference.</summary>
        public IReadOnlyList<string> RefundKeys { get; init; } = new List<string>();

        /// <summary>What the customer is out of pocket, in minor units: approved sales less approved refunds.</summary>
        public long NetChargedMinor { get; init; }
    }
}
