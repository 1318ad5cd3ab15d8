using System;
using Terminal.App.Outbox;
using Terminal.App.Payments;
using Terminal.App.Screens;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;

namespace Terminal.App.Peripherals
{
    /// <summary>
    /// The display's queue: shows a result the journal still owes the screen (one that arrived while no
    /// screen was attached, or one whose acknowledgement a power cut took), as an approval, a decline or a
    /// distinct late confirmation. Answers the payment flow draws itself never come here: with a screen
    /// attached, the flow commits them without a display destination.
    /// </summary>
    public sealed class DisplayOutboxSink : IOutboxSink
    {
        private readonly ScreenPresenter _screens;
        private readonly TransactionJournal _journal;

        /// <summary>Creates the sink.</summary>
        /// <param name="screens">The screens to show results on.</param>
        /// <param name="journal">The journal, to find the sale's amount.</param>
        public DisplayOutboxSink(ScreenPresenter screens, TransactionJournal journal)
        {
            if (screens == null || journal == null)
            {
                throw new ArgumentNullException(screens == null ? "screens" : "journal");
            }

            _screens = screens;
            _journal = journal;
        }

        /// <summary>Gets how many results were shown.</summary>
        public int Shown { get; private set; }

        /// <inheritdoc/>
        public bool Deliver(JournalEntry item, string idempotencyKey)
        {
            if (item == null)
            {
                throw new ArgumentNullException("item");
            }

            if (item.Type != JournalRecordType.HostResponse)
            {
                return true;
            }

            JournalTransaction transaction = _journal.FindTransaction(item.TransactionSequence);
            if (transaction == null)
            {
                return false;
            }

            HostResponse response;
            long amountMinorUnits;
            try
            {
                response = item.DecodeResponse();
                amountMinorUnits = transaction.Intent.DecodeIntent().AmountMinorUnits;
            }
            catch (JournalFormatException)
            {
                // Recovery validated the record; one that cannot be read now never will be shown.
                return true;
            }

            PaymentOutcome outcome = PaymentOutcome.FromResponse(transaction.Sequence, response, response.IsLate, _screens.Language);
            _screens.ShowOutcome(outcome, amountMinorUnits);
            if (!_screens.PanelAnswered)
            {
                // HW-DISPLAY: nothing reached the glass; keep the result queued for the screen.
                return false;
            }

            Shown++;
            return true;
        }
    }
}
