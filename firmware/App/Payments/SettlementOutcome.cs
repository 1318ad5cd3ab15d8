using Terminal.Core.Protocol;

namespace Terminal.App.Payments
{
    /// <summary>How a settlement (batch close) ended.</summary>
    public enum SettlementOutcomeStatus
    {
        /// <summary>The host's totals matched: the batch is closed and the next one has started.</summary>
        Settled = 1,

        /// <summary>The host's totals differ: the batch stays open; the next try goes under a new key.</summary>
        Mismatch = 2,

        /// <summary>The terminal did not send the settlement (results still being checked or queued, storage fault, ...).</summary>
        Refused = 3,

        /// <summary>The settlement went out and no usable answer came: everything is kept and the same request is sent again later under the same key.</summary>
        NoAnswer = 4,
    }

    /// <summary>The result of <see cref="PaymentFlow.Settle"/>, with what to tell the cashier.</summary>
    public sealed class SettlementOutcome
    {
        private static readonly SettlementTotal[] NoLines = new SettlementTotal[0];

        /// <summary>Creates an outcome.</summary>
        /// <param name="status">How it ended.</param>
        /// <param name="batchNumber">The batch the outcome is about; 0 when no batch could be read.</param>
        /// <param name="totals">The terminal's totals lines for the batch (the lines sent, when a request went out).</param>
        /// <param name="hostTotals">The host's totals lines (a mismatch); empty otherwise.</param>
        /// <param name="message">The sentence for the cashier.</param>
        /// <param name="nextStep">What the cashier should do next.</param>
        /// <param name="causeId">The failure-cause id (e.g. "TX-PENDING"); empty when none applies.</param>
        public SettlementOutcome(SettlementOutcomeStatus status, long batchNumber, SettlementTotal[] totals, SettlementTotal[] hostTotals, string message, string nextStep, string causeId)
        {
            Status = status;
            BatchNumber = batchNumber;
            Totals = totals == null ? NoLines : totals;
            HostTotals = hostTotals == null ? NoLines : hostTotals;
            Message = message == null ? string.Empty : message;
            NextStep = nextStep == null ? string.Empty : nextStep;
            CauseId = causeId == null ? string.Empty : causeId;
        }

        /// <summary>Gets how it ended.</summary>
        public SettlementOutcomeStatus Status { get; }

        /// <summary>Gets the batch the outcome is about; 0 when no batch could be read.</summary>
        public long BatchNumber { get; }

        /// <summary>Gets the terminal's totals lines of the batch; never null.</summary>
        public SettlementTotal[] Totals { get; }

        /// <summary>Gets the host's totals lines when they differ (<see cref="SettlementOutcomeStatus.Mismatch"/>); never null.</summary>
        public SettlementTotal[] HostTotals { get; }

        /// <summary>Gets the sentence for the cashier.</summary>
        public string Message { get; }

        /// <summary>Gets what the cashier should do next.</summary>
        public string NextStep { get; }

        /// <summary>Gets the failure-cause id (TX-PENDING, TX-UNKNOWN, NET-GATEWAY, HW-STORAGE, SW-CLOCK, SW-CONFIG); empty when none applies.</summary>
        public string CauseId { get; }
    }
}
