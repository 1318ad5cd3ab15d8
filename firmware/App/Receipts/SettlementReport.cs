using Terminal.App.Payments;
using Terminal.Core.Protocol;

namespace Terminal.App.Receipts
{
    /// <summary>What a printed settlement report says: the batch, its totals per payment method and kind, and how the settlement ended.</summary>
    public sealed class SettlementReport
    {
        /// <summary>Gets or sets the merchant id.</summary>
        public string MerchantId { get; set; }

        /// <summary>Gets or sets the terminal id.</summary>
        public string TerminalId { get; set; }

        /// <summary>Gets or sets when the settlement ended, UTC milliseconds since 1970 (printed as local time).</summary>
        public long UtcMilliseconds { get; set; }

        /// <summary>Gets or sets the batch number; 0 when unknown.</summary>
        public long BatchNumber { get; set; }

        /// <summary>Gets or sets how the settlement ended.</summary>
        public SettlementOutcomeStatus Status { get; set; }

        /// <summary>Gets or sets the terminal's totals lines; <c>null</c> prints as none.</summary>
        public SettlementTotal[] Totals { get; set; }

        /// <summary>Gets or sets the host's totals lines (a mismatch); <c>null</c> or empty otherwise.</summary>
        public SettlementTotal[] HostTotals { get; set; }

        /// <summary>Gets or sets the failure-cause id; empty when none applies.</summary>
        public string CauseId { get; set; }

        /// <summary>Gets or sets the ISO 4217 numeric currency of the totals.</summary>
        public int CurrencyNumericCode { get; set; }

        /// <summary>Gets or sets whether this copy may not be the first: marked REPRINT.</summary>
        public bool IsReprint { get; set; }

        /// <summary>Builds a report from the payment flow's settlement outcome.</summary>
        /// <param name="outcome">The outcome of <c>PaymentFlow.Settle</c> or <c>AutoSettle</c>.</param>
        /// <param name="merchantId">The merchant id.</param>
        /// <param name="terminalId">The terminal id.</param>
        /// <param name="utcMilliseconds">When it ended.</param>
        /// <param name="currencyNumericCode">The terminal's currency.</param>
        /// <returns>The report.</returns>
        public static SettlementReport FromOutcome(SettlementOutcome outcome, string merchantId, string terminalId, long utcMilliseconds, int currencyNumericCode)
        {
            if (outcome == null)
            {
                throw new System.ArgumentNullException("outcome");
            }

            SettlementReport report = new SettlementReport();
            report.MerchantId = merchantId;
            report.TerminalId = terminalId;
            report.UtcMilliseconds = utcMilliseconds;
            report.BatchNumber = outcome.BatchNumber;
            report.Status = outcome.Status;
            report.Totals = outcome.Totals;
            report.HostTotals = outcome.HostTotals;
            report.CauseId = outcome.CauseId;
            report.CurrencyNumericCode = currencyNumericCode;
            return report;
        }
    }
}
