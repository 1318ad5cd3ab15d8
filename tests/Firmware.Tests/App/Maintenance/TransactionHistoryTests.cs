using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Maintenance;
using Terminal.Core.Journal;
using Terminal.Hal.Simulated.Board;
using Terminal.Hal.Storage;

namespace Terminal.Tests.App.Maintenance
{
    /// <summary>The ring of the last transactions on the simulated flash, fed from the real journal.</summary>
    [TestClass]
    public sealed class TransactionHistoryTests
    {
        private const string KeyNamespace = "T0001234.1795392000";

        [TestMethod]
        public void An_unknown_payment_resolved_later_is_kept_as_unknown_then_resolved_across_a_reboot()
        {
            SimulatedBoard board = SimulatedBoard.Create(601);
            TransactionJournal journal = OpenJournal(board);
            var history = new TransactionHistory(board.Storage);
            history.Load();
            uint sequence = Begin(journal, board, 1250);
            journal.RecordOutcomeUnknown(sequence);
            history.Track(journal);
            TransactionFinalState whileUnknown = history.Get(0).State;

            journal.RecordResponse(sequence, new HostResponse { Outcome = TransactionOutcome.Approved, ResponseCode = "00", AuthorizationCode = "A1", HostReference = "H1", IsLate = true }, Destinations.All);
            history.Track(journal);
            var rebooted = new TransactionHistory(board.Storage);
            rebooted.Load();

            Assert.AreEqual(TransactionFinalState.Unknown, whileUnknown);
            Assert.AreEqual(1, rebooted.Count);
            TransactionRecord record = rebooted.Get(0);
            Assert.AreEqual(TransactionFinalState.Approved, record.State);
            Assert.IsTrue(record.WasUnknown);
            Assert.AreEqual(1250, record.AmountMinorUnits);
            Assert.AreEqual("4242", record.CardLast4);
            Assert.AreEqual("A1", record.AuthorizationCode);
            Assert.AreSame(rebooted.Get(0), rebooted.FindLastReceipt());
        }

        [TestMethod]
        public void The_ring_keeps_the_newest_twenty_newest_first()
        {
            SimulatedBoard board = SimulatedBoard.Create(602);
            TransactionJournal journal = OpenJournal(board);
            var history = new TransactionHistory(board.Storage);
            for (int i = 1; i <= 25; i++)
            {
                uint sequence = Begin(journal, board, i);
                journal.RecordCancellation(sequence, "CANCEL");
                history.Track(journal);
            }

            var rebooted = new TransactionHistory(board.Storage);
            rebooted.Load();

            Assert.AreEqual(TransactionHistory.Capacity, rebooted.Count);
            Assert.AreEqual(25, rebooted.Get(0).AmountMinorUnits);
            Assert.AreEqual(6, rebooted.Get(TransactionHistory.Capacity - 1).AmountMinorUnits);
            Assert.AreEqual(TransactionFinalState.Cancelled, rebooted.Get(0).State);
            Assert.IsNull(rebooted.FindLastReceipt(), "a cancelled payment has no receipt to reprint");
        }

        [TestMethod]
        public void A_damaged_file_is_set_aside_as_an_empty_history()
        {
            SimulatedBoard board = SimulatedBoard.Create(603);
            TransactionJournal journal = OpenJournal(board);
            var history = new TransactionHistory(board.Storage);
            journal.RecordOutcomeUnknown(Begin(journal, board, 100));
            history.Track(journal);
            IStorageFile file = board.Storage.OpenAppend(TransactionHistory.FileName);
            file.Append(new byte[] { 1, 2, 3 }, 0, 3);
            file.Close();

            var rebooted = new TransactionHistory(board.Storage);
            rebooted.Load();

            Assert.IsTrue(rebooted.LoadFoundDamage);
            Assert.AreEqual(0, rebooted.Count);
        }

        [TestMethod]
        public void A_journal_pass_with_nothing_new_writes_nothing()
        {
            SimulatedBoard board = SimulatedBoard.Create(604);
            TransactionJournal journal = OpenJournal(board);
            var history = new TransactionHistory(board.Storage);
            journal.RecordOutcomeUnknown(Begin(journal, board, 100));

            int first = history.Track(journal);
            int second = history.Track(journal);

            Assert.AreEqual(1, first);
            Assert.AreEqual(0, second);
        }

        private static TransactionJournal OpenJournal(SimulatedBoard board)
        {
            var journal = new TransactionJournal(board.Storage, KeyNamespace, JournalSettings.CreateDefault());
            journal.Open();
            return journal;
        }

        private static uint Begin(TransactionJournal journal, SimulatedBoard board, long amountMinorUnits)
        {
            var intent = new TransactionIntent
            {
                Kind = TransactionKind.Sale,
                Method = PaymentMethod.Card,
                AmountMinorUnits = amountMinorUnits,
                CurrencyNumericCode = 156,
                CreatedUtcMilliseconds = board.Clock.UtcNowMilliseconds,
                CardLast4 = "4242",
                CardBrand = "UnionPay",
                MerchantReference = "R-" + amountMinorUnits,
            };
            journal.BeginTransaction(intent, board.Clock.UtcNowMilliseconds, out uint sequence);
            return sequence;
        }
    }
}
