namespace Terminal.Tools.PaymentHost
{
    /// <summary>A self-test report as the ledger keeps it (<c>POST /v1/diagnostics</c>): one row per idempotency key.</summary>
    public sealed class DiagnosticsRecord
    {
        /// <summary>The report's idempotency key (the terminal's journal key of the report part).</summary>
        public string Key { get; init; } = string.Empty;

        /// <summary>The terminal that sent it.</summary>
        public string TerminalId { get; init; } = string.Empty;

        /// <summary>What was run: S1..S5, ALL, or a cause id.</summary>
        public string Plan { get; init; } = string.Empty;

        /// <summary>When the run started, terminal UTC milliseconds.</summary>
        public long StartedUtc { get; init; }

        /// <summary>This part's number, from 1.</summary>
        public int Part { get; init; }

        /// <summary>How many parts the run was sent in.</summary>
        public int Parts { get; init; }

        /// <summary>The number of results in this part.</summary>
        public int Results { get; init; }

        /// <summary>The worst verdict in this part: FAIL, WARN or PASS.</summary>
        public string Worst { get; init; } = string.Empty;

        /// <summary>The report's JSON as received.</summary>
        public string Body { get; init; } = string.Empty;

        /// <summary>When the host stored it, host UTC milliseconds.</summary>
        public long ReceivedUtc { get; init; }
    }
}
