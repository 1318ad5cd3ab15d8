using Terminal.Core.Journal;

namespace Terminal.App.Payments
{
    /// <summary>Undoing an approval the cashier no longer wants.</summary>
    public sealed partial class PaymentFlow
    {
        /// <summary>
        /// Queues a reversal of an approved payment: the cashier pressed Cancel while it was being
        /// authorized, and the approval arrived anyway. The reversal is committed before this returns
        /// and is retried until the host acknowledges it, so no orphan charge is left behind.
        /// </summary>
        /// <param name="transactionSequence">The payment's transaction id.</param>
        /// <returns>The cancelled outcome; <c>null</c> when the payment is not an approval the journal still tracks.</returns>
        public PaymentOutcome ReverseApproved(uint transactionSequence)
        {
            JournalTransaction transaction = _journal.FindTransaction(transactionSequence);
            if (transaction == null || transaction.State != TransactionState.Approved)
            {
                return null;
            }

            if (_journal.EnqueueHostMessage(transactionSequence, HostMessageKind.Reversal, "CANCEL") == null)
            {
                return null;
            }

            return new PaymentOutcome(PaymentOutcomeKind.Cancelled, transactionSequence, false, string.Empty, "Cancelled. The approved charge will be reversed.", "Take payment another way if the customer wishes.", string.Empty);
        }
    }
}
