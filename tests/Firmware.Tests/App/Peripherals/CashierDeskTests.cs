using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App;
using Terminal.App.Payments;
using Terminal.Core.Identity;
using Terminal.Core.Journal;
using Terminal.Hal.Keypad;
using Terminal.Hal.Simulated.Board;
using Terminal.Hal.Simulated.CardReader;
using Terminal.Hal.Simulated.Network;
using Terminal.Hal.Simulated.Printer;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.App.Peripherals
{
    /// <summary>
    /// The whole terminal through its peripherals: keys pressed on the emulated matrix, a card held to the
    /// emulated PN532, the real payment host on loopback, and what the emulated panel and printer then show.
    /// Every driver is the real one, built by TerminalApp from the simulated board's wiring.
    /// </summary>
    [TestClass]
    public sealed class CashierDeskTests
    {
        private static readonly TerminalIdentity Identity = new TerminalIdentity("T0001234", "M88990001", 1795392000);

        [TestMethod]
        public void A_sale_keyed_in_and_paid_by_card_is_shown_approved_printed_once_and_charged_once()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var link = new HttpClientLink(host.BaseAddress);
            SimulatedBoard board = SimulatedBoard.Create(11);
            board.HostLink = link;
            var app = new TerminalApp(board, TerminalSettings.CreateDefault());
            Assert.IsTrue(app.Provision(Identity));
            Poll(app, board, 10); // the terminal has been scanning before the cashier's first key (a key down at the first scan counts as stuck)

            Type(app, board, KeyCode.Digit1, KeyCode.Digit2, KeyCode.Digit3, KeyCode.DoubleZero, KeyCode.Ok, KeyCode.Ok);
            Assert.AreEqual(SaleState.WaitingForCard, app.Sale.State, "123.00 keyed and confirmed: the terminal asks for a card");

            board.CardReaderEmulator.PresentCard(EmvTestCard.Visa());
            Poll(app, board, 40); // a tap: the card stays in the field for 200 ms
            board.CardReaderEmulator.RemoveCard();
            Poll(app, board, 5);
            app.DeliverPending();

            Assert.AreEqual(SaleState.Approved, app.Sale.State);
            Assert.AreEqual(12300, app.Sale.AmountMinorUnits);
            string screen = app.Peripherals.Screens.VisibleText;
            StringAssert.Contains(screen, "123.00");
            Assert.IsTrue(app.Peripherals.Screens.PanelAnswered, "the emulated panel took the result screen");

            var slips = board.PrinterEmulator.Slips.Select(slip => string.Join("\n", EscPosPrinterEmulator.TextOf(slip))).ToArray();
            Assert.AreEqual(1, slips.Length, "one receipt");
            StringAssert.Contains(slips[0], "0119", "the card's last four digits");
            Assert.IsFalse(slips[0].Contains("4761739001010119", StringComparison.Ordinal), "never the whole card number");
            Assert.AreEqual(1, host.Ledger.Summary().Payments, "one payment reached the host");
            Assert.AreEqual(0, host.Ledger.Summary().DoubleCharges);
        }

        [TestMethod]
        public void A_key_held_at_power_up_is_not_taken_as_a_press()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var link = new HttpClientLink(host.BaseAddress);
            SimulatedBoard board = SimulatedBoard.Create(12);
            board.HostLink = link;
            board.KeypadEmulator.SetStuck(KeyCode.Digit5, true);
            var app = new TerminalApp(board, TerminalSettings.CreateDefault());
            Assert.IsTrue(app.Provision(Identity));

            Poll(app, board, 100);

            Assert.AreEqual(SaleState.Idle, app.Sale.State, "a stuck 5 must not start an amount");
            Assert.AreEqual(0, app.Sale.AmountMinorUnits);
        }

        [TestMethod]
        public void The_idle_screen_says_offline_and_counts_the_queue_when_the_host_does_not_answer()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var link = new HttpClientLink(host.BaseAddress);
            SimulatedBoard board = SimulatedBoard.Create(13);
            board.HostLink = link;
            var app = new TerminalApp(board, TerminalSettings.CreateDefault());
            Assert.IsTrue(app.Provision(Identity));
            string online = app.Peripherals.Screens.VisibleText;

            host.Faults.Arm(new FaultRule(FaultKind.DropRequest, count: 100));
            var intent = new TransactionIntent
            {
                Kind = TransactionKind.Sale,
                Method = PaymentMethod.Card,
                AmountMinorUnits = 500,
                CurrencyNumericCode = 156,
                CreatedUtcMilliseconds = board.Clock.UtcNowMilliseconds,
                CardLast4 = "4242",
                CardBrand = "UnionPay",
                MerchantReference = "Q-1",
            };
            app.Journal.BeginTransaction(intent, board.Clock.UtcNowMilliseconds, out uint sequence);
            app.Journal.RecordResponse(sequence, new HostResponse { Outcome = TransactionOutcome.Approved, ResponseCode = "00", HostReference = "H1" }, Destinations.Host);
            app.ServiceHost();
            app.DeliverPending();

            StringAssert.Contains(online, "网络：在线");
            StringAssert.Contains(online, "待上传：0 笔");
            string offline = app.Peripherals.Screens.VisibleText;
            StringAssert.Contains(offline, "网络：离线", "the host stopped answering");
            StringAssert.Contains(offline, "待上传：1 笔", "one result waits for the host");
        }

        [TestMethod]
        public void A_late_approval_found_at_boot_stays_on_the_screen_until_the_cashier_presses_a_key()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var link = new HttpClientLink(host.BaseAddress);
            SimulatedBoard board = SimulatedBoard.Create(14);
            board.HostLink = link;
            var app = new TerminalApp(board, TerminalSettings.CreateDefault());
            Assert.IsTrue(app.Provision(Identity));
            Poll(app, board, 10);
            host.Faults.Arm(new FaultRule(FaultKind.ApproveWhileRebooting, count: 1, operation: HostOperation.Authorize));
            Type(app, board, KeyCode.Digit5, KeyCode.Ok, KeyCode.Ok);
            board.CardReaderEmulator.PresentCard(EmvTestCard.Visa());
            Poll(app, board, 40); // a tap: the card stays in the field for 200 ms
            board.CardReaderEmulator.RemoveCard();
            Assert.AreEqual(SaleState.Unknown, app.Sale.State, "the approval's answer was lost");
            board.Flash.CutPowerNow();
            board.Flash.PowerOn();

            var rebooted = new TerminalApp(board, TerminalSettings.CreateDefault());
            rebooted.Boot();
            Poll(rebooted, board, 200); // a second of the main loop with the sale idle
            string afterASecond = rebooted.Peripherals.Screens.VisibleText;
            Type(rebooted, board, KeyCode.Digit7);

            StringAssert.Contains(afterASecond, "LATE CONFIRMATION", "the boot's inquiry found the approval: the idle sale must not paint over it");
            Assert.AreEqual(SaleState.AmountEntry, rebooted.Sale!.State);
            StringAssert.Contains(rebooted.Peripherals.Screens.VisibleText, "请输入金额", "the cashier's key starts the next sale on screen");
            Assert.AreEqual(1, host.Ledger.Summary().Payments);
        }

        [TestMethod]
        public void A_desk_pass_with_nothing_new_allocates_nothing()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var link = new HttpClientLink(host.BaseAddress);
            SimulatedBoard board = SimulatedBoard.Create(15);
            board.HostLink = link;
            var app = new TerminalApp(board, TerminalSettings.CreateDefault());
            Assert.IsTrue(app.Provision(Identity));
            Poll(app, board, 10);

            long before = GC.GetAllocatedBytesForCurrentThread();
            Poll(app, board, 200);
            long idleBytes = GC.GetAllocatedBytesForCurrentThread() - before;
            Type(app, board, KeyCode.Digit5, KeyCode.Ok);
            before = GC.GetAllocatedBytesForCurrentThread();
            Poll(app, board, 200);
            long confirmingBytes = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.AreEqual(SaleState.Confirm, app.Sale!.State);
            Assert.AreEqual(0, idleBytes, "200 idle passes (one second of the main loop)");
            Assert.AreEqual(0, confirmingBytes, "200 passes with the amount shown for confirmation");
        }

        [TestMethod]
        public void Waiting_for_a_card_asks_the_reader_every_100_ms_not_on_every_keypad_pass()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var link = new HttpClientLink(host.BaseAddress);
            SimulatedBoard board = SimulatedBoard.Create(14);
            board.HostLink = link;
            var app = new TerminalApp(board, TerminalSettings.CreateDefault());
            Assert.IsTrue(app.Provision(Identity));
            Poll(app, board, 10);
            Type(app, board, KeyCode.Digit5, KeyCode.Ok, KeyCode.Ok);
            Poll(app, board, 20); // the reader wakes and settles

            int before = board.CardReaderEmulator.Transactions;
            Poll(app, board, 200); // one second of 5 ms passes with no card
            int detections = board.CardReaderEmulator.Transactions - before;

            // Every detection is at least one bus transaction, so asking on each of the 200 passes would take 200 or more.
            Assert.IsTrue(detections > 0, "the reader is asked while a card is expected");
            Assert.IsTrue(detections < 200, $"{detections} bus transactions in one second of 200 passes");
        }

        private static void Type(TerminalApp app, SimulatedBoard board, params KeyCode[] keys)
        {
            foreach (KeyCode key in keys)
            {
                board.KeypadEmulator.Press(key);
                Poll(app, board, 10);
                board.KeypadEmulator.Release(key);
                Poll(app, board, 10);
            }
        }

        private static void Poll(TerminalApp app, SimulatedBoard board, int passes)
        {
            for (int pass = 0; pass < passes; pass++)
            {
                board.ManualClock.Advance(5);
                app.PollCashier();
            }
        }
    }
}
