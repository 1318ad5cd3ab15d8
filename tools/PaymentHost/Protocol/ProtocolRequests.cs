using System.Collections.Generic;

namespace Terminal.Tools.PaymentHost
{
    /// <summary>The body of <c>POST /v1/payments</c>, checked.</summary>
    internal sealed class AuthorizationRequest
    {
        public string Kind { get; init; } = string.Empty;

        public string Method { get; init; } = string.Empty;

        public long AmountMinor { get; init; }

        public int Currency { get; init; }

        public long CreatedUtc { get; init; }

        public string Reference { get; init; } = string.Empty;

        public string? CardLast4 { get; init; }

        public string? CardBrand { get; init; }

        public string? EntryMode { get; init; }
    }

    /// <summary>The body of <c>POST /v1/results</c>, checked.</summary>
    internal sealed class ResultUpload
    {
        public string PaymentKey { get; init; } = string.Empty;

        public string Status { get; init; } = string.Empty;

        public long AmountMinor { get; init; }

        public int Currency { get; init; }

        public string Method { get; init; } = string.Empty;

        public string? Last4 { get; init; }

        public string? HostReference { get; init; }

        public bool Late { get; init; }

        public long TerminalTimeUtc { get; init; }
    }

    /// <summary>One line of a settlement's totals: a method and kind with its count and amount.</summary>
    internal sealed class SettlementTotal
    {
        public string Method { get; init; } = string.Empty;

        public string Kind { get; init; } = string.Empty;

        public long Count { get; init; }

        public long AmountMinor { get; init; }
    }

    /// <summary>The body of <c>POST /v1/settlements</c>, checked.</summary>
    internal sealed class SettlementRequest
    {
        public long Batch { get; init; }

        public long FromUtc { get; init; }

        public long ToUtc { get; init; }

        public List<SettlementTotal> Totals { get; init; } = new List<SettlementTotal>();
    }

    /// <summary>What the ledger answers a settlement.</summary>
    internal sealed class SettlementOutcome
    {
        public bool Settled { get; init; }

        public long Batch { get; init; }

        public List<SettlementTotal> HostTotals { get; init; } = new List<SettlementTotal>();
    }

    /// <summary>One payment notice for a QR order.</summary>
    internal sealed class Notification
    {
        public long Sequence { get; init; }

        public string Id => "N-" + Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public string PaymentKey { get; init; } = string.Empty;

        public string Status { get; init; } = string.Empty;

        public string? HostReference { get; init; }
    }

    /// <summary>The body of <c>POST /v1/diagnostics</c>, checked: what the ledger keeps of a self-test report.</summary>
    internal sealed class DiagnosticsReport
    {
        public string TerminalId { get; init; } = string.Empty;

        public string Plan { get; init; } = string.Empty;

        public long StartedUtc { get; init; }

        public int Part { get; init; }

        public int Parts { get; init; }

        public int ResultCount { get; init; }

        /// <summary>The worst verdict of the part's results: FAIL, WARN, or PASS (also for none).</summary>
        public string Worst { get; init; } = string.Empty;
    }
}
