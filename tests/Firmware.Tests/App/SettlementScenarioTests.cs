using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Payments;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Hal.Simulated.Board;
using Terminal.Hal.Simulated.Network;
using Terminal.Hal.Simulated.Storage;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.App
{
    /// <summary>
    /// Settlement against the real payment host over loopback HTTP, on the real journal and batch over
    /// the simulated flash. The host settles by comparing the terminal's totals with its ledger.
    /// </summary>
    [TestClass]
    public sealed class SettlementScenarioTests
    {
        private const string KeyNamespace = ScenarioTerminal.KeyNamespace;

        private static CardSale Sale(long amount, string reference)
        {
            return new CardSale
            {
                AmountMinorUnits = amount,
                MerchantReference = reference,
                CardLast4 = "4242",
                CardBrand = "UnionPay",
                EntryMode = CardEntryMode.Contactless,
                ReaderPayload = "AAECAwQFBgc=",
            };
        }

        private static SettlementTotal? Line(SettlementTotal[] lines, PaymentMethod method)
        {
            foreach (SettlementTotal line in lines)
            {
                if (line.Method == method && line.Kind == TransactionKind.Sale)
                {
                    return line;
                }
            }

            return null;
        }

        [TestMethod]
        public void Two_card_sales_and_a_qr_sale_settle_and_the_next_batch_starts_empty()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 31, withBatch: true);
            Assert.AreEqual(PaymentOutcomeKind.Approved, terminal.Flow.Pay(Sale(1250, "ST-1")).Kind);
            Assert.AreEqual(PaymentOutcomeKind.Approved, terminal.Flow.Pay(Sale(800, "ST-2")).Kind);
            Assert.AreEqual(PaymentOutcomeKind.Approved, terminal.Flow.PayByCustomerQr(1500, "ST-3", "281234567890123456").Kind);
            terminal.Board.ManualClock.Advance(1000);

            SettlementOutcome outcome = terminal.Flow.Settle();

            Assert.AreEqual(SettlementOutcomeStatus.Settled, outcome.Status, outcome.Message);
            Assert.AreEqual(1, outcome.BatchNumber);
            Assert.AreEqual(2, Line(outcome.Totals, PaymentMethod.Card)!.Count);
            Assert.AreEqual(2050, Line(outcome.Totals, PaymentMethod.Card)!.AmountMinorUnits);
            Assert.AreEqual(1500, Line(outcome.Totals, PaymentMethod.QrCustomerPresented)!.AmountMinorUnits);
            Assert.AreEqual(2, terminal.Flow.Batch.BatchNumber);
            Assert.IsTrue(terminal.Flow.Batch.IsEmpty);
            Assert.AreEqual(0, terminal.Flow.Batch.GetTotals().Length);
            Assert.AreEqual(1, host.Ledger.Summary().SettlementsSettled);

            // The new batch survives a reboot, and nothing settled is counted again.
            terminal.PowerCutAndReboot();
            Assert.AreEqual(2, terminal.Flow.Batch.BatchNumber);
            Assert.AreEqual(0, terminal.RecountedAtBoot);
            Assert.IsTrue(terminal.Flow.Batch.IsEmpty);
        }

        [TestMethod]
        public void S4_results_still_queued_refuse_settlement_until_the_network_returns()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 32, withBatch: true);
            host.Faults.Arm(new FaultRule(FaultKind.Error5xx, count: 1000, operation: HostOperation.Result));
            terminal.Flow.Pay(Sale(1250, "S4-1"));
            terminal.Flow.Pay(Sale(2500, "S4-2"));

            SettlementOutcome refused = terminal.Flow.Settle();

            Assert.AreEqual(SettlementOutcomeStatus.Refused, refused.Status);
            Assert.AreEqual("TX-PENDING", refused.CauseId);
            StringAssert.Contains(refused.Message, "results still queued for the host (network?)");
            Assert.AreEqual(0, host.Ledger.Summary().SettlementsSettled + host.Ledger.Summary().SettlementsMismatched, "nothing was sent");
            Assert.IsFalse(terminal.Flow.Batch.HasPendingAttempt);

            host.Faults.Clear();
            SettlementOutcome settled = terminal.Flow.Settle();

            Assert.AreEqual(SettlementOutcomeStatus.Settled, settled.Status, settled.Message);
            Assert.AreEqual(3750, Line(settled.Totals, PaymentMethod.Card)!.AmountMinorUnits);
        }

        [TestMethod]
        public void S5_an_unknown_payment_blocks_settlement_until_it_is_resolved_and_then_counts()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 33, withBatch: true);
            terminal.Flow.Pay(Sale(1000, "S5-1"));
            host.Faults.Arm(new FaultRule(FaultKind.ApproveWhileRebooting, count: 1, operation: HostOperation.Authorize));
            PaymentOutcome unknown = terminal.Flow.Pay(Sale(4200, "S5-2"));
            Assert.AreEqual(PaymentOutcomeKind.Unknown, unknown.Kind);

            SettlementOutcome refused = terminal.Flow.Settle();

            Assert.AreEqual(SettlementOutcomeStatus.Refused, refused.Status);
            Assert.AreEqual("TX-UNKNOWN", refused.CauseId);
            StringAssert.Contains(refused.Message, "results are still being checked");

            terminal.Board.ManualClock.Advance(2000);
            Assert.AreEqual(PaymentOutcomeKind.Approved, terminal.Flow.ResolveUnknown()[0].Kind);
            SettlementOutcome settled = terminal.Flow.Settle();

            Assert.AreEqual(SettlementOutcomeStatus.Settled, settled.Status, settled.Message);
            Assert.AreEqual(2, Line(settled.Totals, PaymentMethod.Card)!.Count, "the late approval is counted once");
            Assert.AreEqual(5200, Line(settled.Totals, PaymentMethod.Card)!.AmountMinorUnits);
        }

        [TestMethod]
        public void A_mismatch_keeps_the_batch_and_the_retry_goes_under_a_new_key()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 34, withBatch: true);
            terminal.Flow.Pay(Sale(1000, "MM-1"));

            // The host approves a payment of this terminal that the terminal never counted.
            var extra = new PaymentRequest
            {
                Kind = TransactionKind.Sale, Method = PaymentMethod.Card, AmountMinorUnits = 700, CurrencyNumericCode = 156,
                CreatedUtcMilliseconds = terminal.Board.Clock.UtcNowMilliseconds, Reference = "MM-X", CardLast4 = "4242",
                CardBrand = "UnionPay", CardEntryMode = CardEntryMode.Contactless, CardPayload = "AAECAwQFBgc=",
            };
            Assert.AreEqual(PaymentStatus.Approved, terminal.Client.Authorize(KeyNamespace + "-X1", extra).Payment.Status);
            terminal.Board.ManualClock.Advance(1000);

            SettlementOutcome mismatch = terminal.Flow.Settle();

            Assert.AreEqual(SettlementOutcomeStatus.Mismatch, mismatch.Status, mismatch.Message);
            Assert.AreEqual(1, Line(mismatch.Totals, PaymentMethod.Card)!.Count);
            Assert.AreEqual(2, Line(mismatch.HostTotals, PaymentMethod.Card)!.Count);
            Assert.AreEqual(1700, Line(mismatch.HostTotals, PaymentMethod.Card)!.AmountMinorUnits);
            Assert.AreEqual(1, terminal.Flow.Batch.BatchNumber, "the batch stays open");
            Assert.AreEqual(2, terminal.Flow.Batch.Attempt, "the next try goes under a new key");
            Assert.AreEqual(1, terminal.Flow.Batch.CountedTransactionCount);

            // The extra payment is undone; the retry under the new key (S1.2) settles.
            Assert.AreEqual(PaymentStatus.Reversed, terminal.Client.Reverse(KeyNamespace + "-X1", KeyNamespace + "-X2").Payment.Status);
            terminal.PowerCutAndReboot();
            SettlementOutcome settled = terminal.Flow.Settle();

            Assert.AreEqual(SettlementOutcomeStatus.Settled, settled.Status, settled.Message);
            Assert.AreEqual(1, settled.BatchNumber);
            Assert.AreEqual(1, host.Ledger.Summary().SettlementsMismatched);
            Assert.AreEqual(1, host.Ledger.Summary().SettlementsSettled, "a retry under the old key would have replayed the mismatch");
        }

        [TestMethod]
        public void A_lost_settlement_answer_is_retried_after_a_reboot_under_the_same_key()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 35, withBatch: true);
            terminal.Flow.Pay(Sale(1000, "NA-1"));
            terminal.Flow.SendQueuedHostItems();
            host.Faults.Arm(new FaultRule(FaultKind.DropResponse, count: 1, operation: HostOperation.Settlement));

            SettlementOutcome lost = terminal.Flow.Settle();
            Assert.AreEqual(SettlementOutcomeStatus.NoAnswer, lost.Status);
            Assert.IsTrue(terminal.Flow.Batch.HasPendingAttempt);

            // A sale between the lost answer and the retry moves to the next batch.
            terminal.Board.ManualClock.Advance(1000);
            terminal.Flow.Pay(Sale(300, "NA-2"));
            terminal.PowerCutAndReboot();
            SettlementOutcome settled = terminal.Flow.Settle();

            Assert.AreEqual(SettlementOutcomeStatus.Settled, settled.Status, settled.Message);
            Assert.AreEqual(1000, Line(settled.Totals, PaymentMethod.Card)!.AmountMinorUnits, "the same request was sent again");
            Assert.AreEqual(1, host.Ledger.Summary().SettlementsSettled, "the host processed it once and replayed it");
            Assert.AreEqual(300, Line(terminal.Flow.Batch.GetTotals(), PaymentMethod.Card)!.AmountMinorUnits);

            terminal.Board.ManualClock.Advance(1000);
            SettlementOutcome second = terminal.Flow.Settle();
            Assert.AreEqual(SettlementOutcomeStatus.Settled, second.Status, second.Message);
            Assert.AreEqual(2, second.BatchNumber);
        }

        [TestMethod]
        public void A_power_cut_between_recording_an_approval_and_counting_it_is_recounted_at_boot()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 36, withBatch: true);
            terminal.Flow.Pay(Sale(1000, "PC-1"));
            terminal.Board.Flash.BeforeMutation = (kind, fileName, index) =>
            {
                if (fileName.StartsWith("batch", StringComparison.Ordinal))
                {
                    terminal.Board.Flash.CutPowerNow();
                    throw new PowerCutException("cut before the batch counted the approval");
                }
            };

            Assert.ThrowsException<PowerCutException>(() => terminal.Flow.Pay(Sale(2000, "PC-2")));
            terminal.Board.Flash.BeforeMutation = null;
            terminal.Boot();

            Assert.AreEqual(1, terminal.RecountedAtBoot);
            Assert.AreEqual(2, terminal.Flow.Batch.CountedTransactionCount);
            SettlementOutcome settled = terminal.Flow.Settle();
            Assert.AreEqual(SettlementOutcomeStatus.Settled, settled.Status, settled.Message);
            Assert.AreEqual(3000, Line(settled.Totals, PaymentMethod.Card)!.AmountMinorUnits);
        }

        [TestMethod]
        public void The_batch_is_old_or_new_after_a_power_cut_at_every_mutation_of_its_rewrite()
        {
            int cuts = 0;
            for (long step = 1; ; step++)
            {
                SimulatedBoard board = SimulatedBoard.Create(100 + (int)step);
                var batch = new SettlementBatch(board.Storage);
                batch.Load(board.Clock.UtcNowMilliseconds);
                batch.Count(1, PaymentMethod.Card, TransactionKind.Sale, 1000);
                batch.Count(2, PaymentMethod.QrMerchantPresented, TransactionKind.Sale, 500);
                board.Flash.CutPowerAtMutation(board.Flash.MutationCount + step);
                bool cut = false;
                try
                {
                    batch.Count(3, PaymentMethod.Card, TransactionKind.Sale, 250);
                }
                catch (PowerCutException)
                {
                    cut = true;
                    cuts++;
                }

                board.Flash.CutPowerAtMutation(0);
                if (!board.Flash.IsPoweredOff)
                {
                    board.Flash.CutPowerNow();
                }

                board.Flash.PowerOn();
                var reloaded = new SettlementBatch(board.Storage);
                reloaded.Load(board.Clock.UtcNowMilliseconds);
                SettlementTotal card = Line(reloaded.GetTotals(), PaymentMethod.Card)!;
                bool old = reloaded.CountedTransactionCount == 2 && card.Count == 1 && card.AmountMinorUnits == 1000;
                bool fresh = reloaded.CountedTransactionCount == 3 && card.Count == 2 && card.AmountMinorUnits == 1250;
                Assert.IsTrue(old || fresh, "step " + step + ": torn totals");
                Assert.AreEqual(500, Line(reloaded.GetTotals(), PaymentMethod.QrMerchantPresented)!.AmountMinorUnits);
                Assert.IsFalse(board.Storage.Exists("batch.tmp"), "the interrupted rewrite was finished or dropped");
                if (!cut)
                {
                    Assert.IsTrue(fresh);
                    break;
                }
            }

            Assert.IsTrue(cuts >= 4, "create, append, close, delete and rename were each cut");
        }

        [TestMethod]
        public void The_first_batch_write_cut_at_every_mutation_leaves_a_loadable_batch()
        {
            for (long step = 1; step < 10; step++)
            {
                SimulatedBoard board = SimulatedBoard.Create(200 + (int)step);
                board.Flash.CutPowerAtMutation(board.Flash.MutationCount + step);
                try
                {
                    new SettlementBatch(board.Storage).Load(board.Clock.UtcNowMilliseconds);
                    board.Flash.CutPowerAtMutation(0);
                    board.Flash.CutPowerNow();
                }
                catch (PowerCutException)
                {
                }

                board.Flash.PowerOn();
                var reloaded = new SettlementBatch(board.Storage);
                reloaded.Load(board.Clock.UtcNowMilliseconds);
                Assert.AreEqual(1, reloaded.BatchNumber);
                Assert.IsTrue(reloaded.IsEmpty);
            }
        }

        [TestMethod]
        public void A_damaged_batch_file_is_an_HW_STORAGE_error_never_zero_totals()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 37, withBatch: true);
            terminal.Flow.Pay(Sale(1000, "DM-1"));
            terminal.Board.Flash.FlipBits(SettlementBatch.FileName, 3, new Random(5));

            var batch = new SettlementBatch(terminal.Board.Storage);
            var error = Assert.ThrowsException<SettlementBatchException>(() => batch.Load(terminal.Board.Clock.UtcNowMilliseconds));
            StringAssert.Contains(error.Message, "HW-STORAGE");

            var flow = new PaymentFlow(terminal.Journal, terminal.Client, terminal.Board.Clock, PaymentFlowSettings.CreateDefault(), terminal.Board.Storage);
            SettlementOutcome refused = flow.Settle();
            Assert.AreEqual(SettlementOutcomeStatus.Refused, refused.Status);
            Assert.AreEqual("HW-STORAGE", refused.CauseId);
            Assert.AreEqual(0, host.Ledger.Summary().SettlementsSettled + host.Ledger.Summary().SettlementsMismatched);
        }

        [TestMethod]
        public void The_daily_automatic_settlement_fires_once_per_day_after_its_time()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 38, withBatch: true);
            terminal.Flow.SettlementSettings = new SettlementSettings { AutoSettleMinuteOfDayUtc = 22 * 60 };
            long midnight = terminal.Board.Clock.UtcNowMilliseconds; // the simulated board starts at 00:00 UTC
            Assert.IsFalse(terminal.Flow.ShouldAutoSettle(midnight + (23 * 3600000L)), "an empty batch is not settled");

            terminal.Flow.Pay(Sale(1000, "AU-1"));
            terminal.Board.ManualClock.Advance(21 * 3600000L);
            Assert.IsFalse(terminal.Flow.ShouldAutoSettle(terminal.Board.Clock.UtcNowMilliseconds), "before 22:00");
            Assert.IsNull(terminal.Flow.AutoSettle(terminal.Board.Clock.UtcNowMilliseconds));

            terminal.Board.ManualClock.Advance(3600000L + 60000);
            Assert.IsTrue(terminal.Flow.ShouldAutoSettle(terminal.Board.Clock.UtcNowMilliseconds));
            SettlementOutcome auto = terminal.Flow.AutoSettle(terminal.Board.Clock.UtcNowMilliseconds)!;
            Assert.AreEqual(SettlementOutcomeStatus.Settled, auto.Status, auto.Message);

            terminal.Flow.Pay(Sale(500, "AU-2"));
            terminal.PowerCutAndReboot();
            terminal.Flow.SettlementSettings = new SettlementSettings { AutoSettleMinuteOfDayUtc = 22 * 60 };
            Assert.IsFalse(terminal.Flow.ShouldAutoSettle(terminal.Board.Clock.UtcNowMilliseconds), "once per day, across a reboot");

            terminal.Board.ManualClock.Advance(24 * 3600000L);
            Assert.IsTrue(terminal.Flow.ShouldAutoSettle(terminal.Board.Clock.UtcNowMilliseconds), "the next day");
            Assert.AreEqual(SettlementOutcomeStatus.Settled, terminal.Flow.AutoSettle(terminal.Board.Clock.UtcNowMilliseconds)!.Status);
            Assert.AreEqual(3, terminal.Flow.Batch.BatchNumber);
        }
    }
}
