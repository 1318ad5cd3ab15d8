using System;
using Terminal.App.Payments;
using Terminal.Core.Journal;

namespace Terminal.App.SelfTests.Transactions
{
    /// <summary>
    /// TX-UNKNOWN: payments whose outcome is not known after a timeout. Counts the journal's unresolved
    /// transactions (still authorizing, or marked unknown for a status inquiry) with the age of the oldest, and the
    /// status inquiries the payment flow has asked without an answer since boot. Any is WARN (the inquiry will
    /// resolve it); one older than the threshold is FAIL (the inquiries get no answer). Either way the remedy is
    /// the same: wait, and never charge the customer again. Read-only.
    /// </summary>
    public sealed class TxUnknownSelfTest : SelfTest
    {
        private readonly TransactionCheckSettings _settings;

        /// <summary>Creates the test with the default thresholds.</summary>
        public TxUnknownSelfTest()
            : this(TransactionCheckSettings.CreateDefault())
        {
        }

        /// <summary>Creates the test.</summary>
        /// <param name="settings">The thresholds; the test keeps the object.</param>
        public TxUnknownSelfTest(TransactionCheckSettings settings)
            : base("TX-UNKNOWN")
        {
            if (settings == null)
            {
                throw new ArgumentNullException("settings");
            }

            _settings = settings;
        }

        /// <inheritdoc/>
        public override SelfTestResult Run(SelfTestContext context)
        {
            TransactionJournal journal = context.Journal;
            if (journal == null)
            {
                return Verdict(CheckVerdict.Fail, "journal not open: unresolved payments cannot be read; run HW-STORAGE", TxPendingSelfTest.StorageRemedy);
            }

            long now = context.Clock.UtcNowMilliseconds;
            int authorizing = 0;
            int unknown = 0;
            long oldestAge = -1;
            long amount = 0;
            for (int i = 0; i < journal.LiveTransactionCount; i++)
            {
                JournalTransaction transaction = journal.GetTransaction(i);
                if (transaction.IsResolved)
                {
                    continue;
                }

                if (transaction.State == TransactionState.OutcomeUnknown)
                {
                    unknown++;
                }
                else
                {
                    authorizing++;
                }

                amount += transaction.AmountMinorUnits;
                long age = now > transaction.CreatedUtcMilliseconds ? now - transaction.CreatedUtcMilliseconds : 0;
                if (age > oldestAge)
                {
                    oldestAge = age;
                }
            }

            PaymentFlow payments = context.Payments;
            int total = authorizing + unknown;
            SelfTestResult result;
            if (total == 0)
            {
                result = Verdict(CheckVerdict.Pass, "no payment with an unknown outcome");
            }
            else if (oldestAge > _settings.UnknownFailAgeMilliseconds)
            {
                result = Verdict(
                    CheckVerdict.Fail,
                    total.ToString() + " payment(s) unresolved, oldest " + TxPendingSelfTest.Minutes(oldestAge) + " min (over "
                    + TxPendingSelfTest.Minutes(_settings.UnknownFailAgeMilliseconds) + "): status inquiries get no answer");
            }
            else
            {
                result = Verdict(CheckVerdict.Warn, total.ToString() + " payment(s) unresolved: the status inquiry will tell; do not charge again");
            }

            result.Measure("unresolved", total, string.Empty)
                .Measure("outcome_unknown", unknown, string.Empty)
                .Measure("authorizing", authorizing, string.Empty);
            if (total > 0)
            {
                result.Measure("oldest_age", oldestAge / 1000, "s").Measure("unresolved_amount", amount, "minor");
            }

            if (payments != null)
            {
                result.Measure("inquiries_outstanding", payments.ScheduledInquiryCount, string.Empty);
            }

            return result;
        }
    }
}
