using Terminal.App.Payments;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;

namespace Terminal.App.SelfTests.Software
{
    /// <summary>
    /// SW-LIMITS: the configured limits are sane, and the host has not lately refused payments for a reason that
    /// means "limit" or "not permitted on this terminal".
    /// </summary>
    /// <remarks>
    /// <para>
    /// Sane limits (FAIL otherwise, each names the setting): the per-transaction maximum
    /// (<see cref="PaymentFlowSettings.MaximumAmountMinorUnits"/>) and the offline exposure
    /// (<see cref="JournalSettings.MaximumPendingAmountMinorUnits"/>) are positive; a sale at the per-transaction
    /// maximum fits in the offline exposure (otherwise the journal refuses sales the amount check accepted); at
    /// least one transaction may be open; the oldest undelivered age is positive.
    /// </para>
    /// <para>
    /// Recent host answers: <see cref="PaymentFlow"/> keeps the last eight response codes; a code whose catalogue
    /// entry names SW-LIMITS (58 "not permitted to terminal") is WARN, with the count and the last code: the
    /// acquirer's limits, not the terminal's, decide, so the remedy is to check them with the acquirer.
    /// </para>
    /// </remarks>
    public sealed class SwLimitsSelfTest : SelfTest
    {
        /// <summary>Creates the test.</summary>
        public SwLimitsSelfTest()
            : base("SW-LIMITS")
        {
        }

        /// <inheritdoc/>
        public override SelfTestResult Run(SelfTestContext context)
        {
            if (context.Settings == null || context.Settings.Payments == null || context.Settings.Journal == null)
            {
                return Verdict(CheckVerdict.Fail, "The limit settings are missing.");
            }

            PaymentFlowSettings payments = context.Settings.Payments;
            JournalSettings journal = context.Settings.Journal;
            long perTransaction = payments.MaximumAmountMinorUnits;
            long offline = journal.MaximumPendingAmountMinorUnits;
            string problem = LimitProblem(payments, journal);
            if (problem != null)
            {
                return Verdict(CheckVerdict.Fail, problem)
                    .Measure("max_amount", perTransaction, "minor")
                    .Measure("max_offline_amount", offline, "minor")
                    .Measure("max_open_transactions", journal.MaximumLiveTransactions, string.Empty);
            }

            PaymentFlow flow = context.Payments;
            if (flow == null)
            {
                return Verdict(CheckVerdict.Pass, "Limits are sane; no host answers to look at (no payment flow).")
                    .Measure("max_amount", perTransaction, "minor")
                    .Measure("max_offline_amount", offline, "minor")
                    .Measure("recent_codes", "unavailable", string.Empty);
            }

            int seen = flow.RecentResponseCodeCount;
            int limitRefusals = 0;
            string lastLimitCode = string.Empty;
            for (int i = 0; i < seen; i++)
            {
                string code = flow.GetRecentResponseCode(i);
                if (ResponseCodeCatalog.Lookup(code).CauseId == CauseId)
                {
                    limitRefusals++;
                    lastLimitCode = code;
                }
            }

            if (limitRefusals > 0)
            {
                return Verdict(CheckVerdict.Warn, limitRefusals.ToString() + " of the last " + seen.ToString() + " host answers refused the payment as not permitted on this terminal (code " + SoftwareEvidence.Printable(lastLimitCode) + ").")
                    .Measure("limit_refusals", limitRefusals, string.Empty)
                    .Measure("recent_answers", seen, string.Empty)
                    .Measure("last_limit_code", SoftwareEvidence.Printable(lastLimitCode), string.Empty)
                    .Measure("max_amount", perTransaction, "minor");
            }

            return Verdict(CheckVerdict.Pass, "Limits are sane and no recent answer was a limit refusal.")
                .Measure("max_amount", perTransaction, "minor")
                .Measure("max_offline_amount", offline, "minor")
                .Measure("recent_answers", seen, string.Empty)
                .Measure("limit_refusals", 0, string.Empty);
        }

        private static string LimitProblem(PaymentFlowSettings payments, JournalSettings journal)
        {
            if (payments.MaximumAmountMinorUnits <= 0)
            {
                return "The per-transaction limit is not positive: every sale is refused.";
            }

            if (journal.MaximumPendingAmountMinorUnits <= 0)
            {
                return "The offline limit is not positive: every sale is refused.";
            }

            if (payments.MaximumAmountMinorUnits > journal.MaximumPendingAmountMinorUnits)
            {
                return "The per-transaction limit is above the offline limit: large sales are refused.";
            }

            if (journal.MaximumLiveTransactions < 1)
            {
                return "No transaction may be open: every sale is refused.";
            }

            if (journal.MaximumPendingAgeMilliseconds <= 0)
            {
                return "The oldest-undelivered age limit is not positive: every sale is refused.";
            }

            return null;
        }
    }
}
