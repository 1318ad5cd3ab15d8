using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Payments;
using Terminal.App.Screens;
using Terminal.App.SelfTests;
using Terminal.App.Technician;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Hal.Keypad;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.App.Technician
{
    /// <summary>
    /// The technician menu on the terminal: keys pressed on the emulated matrix through the cashier's desk, what the
    /// emulated panel then says (ScreenPresenter.VisibleText), what the printer emulator prints, and what the platform
    /// is asked to do.
    /// </summary>
    [TestClass]
    public sealed class TechnicianMenuTests
    {
        private static readonly ScreenText Zh = ScreenText.Chinese;

        [TestMethod]
        public void Three_quick_Menu_presses_on_the_idle_sale_open_the_PIN_screen()
        {
            using TechnicianRig rig = TechnicianRig.Create(501);

            rig.Chord();

            Assert.IsTrue(rig.Menu.IsOpen);
            StringAssert.Contains(rig.Screen, Zh.PinTitle);
            StringAssert.Contains(rig.Screen, Zh.PinLine);
            Assert.AreEqual(SaleState.Idle, rig.App.Sale!.State, "the chord never reaches the sale");
        }

        [TestMethod]
        public void Menu_pressed_slowly_or_with_an_amount_typed_does_not_open_the_menu()
        {
            using TechnicianRig rig = TechnicianRig.Create(502);

            rig.Press(KeyCode.Menu);
            rig.Poll(220); // 1.1 s
            rig.Press(KeyCode.Menu);
            rig.Poll(220);
            rig.Press(KeyCode.Menu);
            Assert.IsFalse(rig.Menu.IsOpen, "three presses spread over more than 2 s are not the chord");

            rig.Poll(500);
            rig.Press(KeyCode.Digit5, KeyCode.Menu, KeyCode.Menu, KeyCode.Menu);
            Assert.IsFalse(rig.Menu.IsOpen, "during a sale Menu does nothing");
            Assert.AreEqual(SaleState.AmountEntry, rig.App.Sale!.State);
            Assert.AreEqual(5, rig.App.Sale.AmountMinorUnits);
        }

        [TestMethod]
        public void A_wrong_PIN_is_refused_counted_and_never_shown()
        {
            using TechnicianRig rig = TechnicianRig.Create(503);
            rig.Chord();

            rig.TypeDigits("87654321");
            string typed = rig.Screen;
            rig.Press(KeyCode.Ok);

            StringAssert.Contains(typed, "********", "one star per digit");
            StringAssert.Contains(typed, Zh.PinEnteredPrefix + "8");
            Assert.IsFalse(typed.Contains("87654321", StringComparison.Ordinal), "the digits are never on screen");
            Assert.IsFalse(rig.Menu.IsSignedIn);
            StringAssert.Contains(rig.Screen, Zh.PinRefused);
            StringAssert.Contains(rig.Screen, Zh.PinFailuresPrefix + "1");
            CollectionAssert.AreEqual(new[] { "menu Refused" }, rig.Access.Attempts);
        }

        [TestMethod]
        public void A_PIN_shorter_than_8_digits_is_not_compared_or_counted()
        {
            using TechnicianRig rig = TechnicianRig.Create(504);
            rig.Chord();

            rig.TypeDigits("1234567");
            rig.Press(KeyCode.Ok);

            StringAssert.Contains(rig.Screen, Zh.PinTooShort);
            Assert.AreEqual(0, rig.Access.Comparisons);
            Assert.AreEqual(0, rig.Access.Attempts.Count);
        }

        [TestMethod]
        public void Ten_wrong_PINs_lock_sign_in_and_the_screen_counts_down_the_time_left()
        {
            using TechnicianRig rig = TechnicianRig.Create(505);
            rig.Chord();
            for (int attempt = 0; attempt < 10; attempt++)
            {
                rig.TypeDigits("11111111");
                rig.Press(KeyCode.Ok);
            }

            string locked = rig.Screen;
            rig.Poll(12000); // one minute
            string aMinuteLater = rig.Screen;
            rig.TypeDigits(TechnicianRig.Pin);
            rig.Press(KeyCode.Ok);

            Assert.IsTrue(rig.Access.IsLockedOut);
            StringAssert.Contains(locked, Zh.PinLocked);
            StringAssert.Contains(locked, Zh.PinLockedPrefix + "30:00");
            StringAssert.Contains(aMinuteLater, Zh.PinLockedPrefix + "29:0", "the time left follows the clock (a minute later)");
            Assert.AreEqual(10, rig.Access.Comparisons, "while locked the right PIN is not even compared");
            Assert.IsFalse(rig.Menu.IsSignedIn);
        }

        [TestMethod]
        public void The_right_PIN_opens_the_menu_with_every_function()
        {
            using TechnicianRig rig = TechnicianRig.Create(506);

            rig.SignIn();

            Assert.IsTrue(rig.Menu.IsSignedIn);
            string screen = rig.Screen;
            StringAssert.Contains(screen, Zh.MenuTitle);
            foreach (string entry in new[] { Zh.MenuRunSymptom, Zh.MenuRunAll, Zh.MenuRunOne, Zh.MenuResults, Zh.MenuPrintReport, Zh.MenuTransactions, Zh.MenuQueues, Zh.MenuReprint })
            {
                StringAssert.Contains(screen, entry);
            }

            rig.Press(KeyCode.Backspace); // up from the first entry: the tenth, scrolled into view
            StringAssert.Contains(rig.Screen, Zh.MenuRestart);
        }

        [TestMethod]
        public void Symptom_S4_runs_its_checks_and_shows_the_printer_fault_with_its_remedy()
        {
            using TechnicianRig rig = TechnicianRig.Create(507);
            rig.Board.PrinterEmulator.PaperOut = true;
            rig.SignIn();

            rig.Press(KeyCode.Digit1); // test by symptom
            StringAssert.Contains(rig.Screen, "S4 " + SymptomPlan.TitleChinese("S4"));
            rig.Press(KeyCode.Digit4); // S4: settlement failed
            string list = rig.Screen;
            rig.Press(KeyCode.Ok); // the first result
            string detail = rig.Screen;

            StringAssert.Contains(list, "HW-PRINTER  FAIL");
            StringAssert.Contains(list, "TX-PENDING  PASS");
            StringAssert.Contains(detail, "FAIL  HW-PRINTER");
            StringAssert.Contains(detail, Zh.CauseName("HW-PRINTER"));
            StringAssert.Contains(detail, "paper=out");
            StringAssert.Contains(detail, Zh.RemedyPrefix + Zh.CauseRemedy("HW-PRINTER").Substring(0, 6), "the remedy, in the screen's language");
            Assert.AreEqual("S4", rig.Runner.LastRun!.Plan);
            Assert.IsNull(rig.Context.Operator, "the technician is the operator only while the menu's run lasts");

            rig.Press(KeyCode.Menu); // next result: HW-STORAGE, which the rig's firmware has no test for
            StringAssert.Contains(rig.Screen, Zh.ResultListTitle + " 2/7");
            StringAssert.Contains(rig.Screen, "FAIL  HW-STORAGE");
        }

        [TestMethod]
        public void A_check_that_needs_a_person_asks_on_screen_and_takes_the_answer_from_the_keypad()
        {
            using TechnicianRig rig = TechnicianRig.Create(508);
            rig.App.Peripherals.Screens!.Language = CashierLanguage.English;
            rig.SignIn();
            string? question = null;
            rig.Delay.After(5, () =>
            {
                question = rig.Screen;
                rig.Board.KeypadEmulator.Press(KeyCode.Ok);
            });
            rig.Delay.After(25, () => rig.Board.KeypadEmulator.Release(KeyCode.Ok));

            rig.Press(KeyCode.Digit3); // test one cause
            rig.Press(KeyCode.Digit3); // HW-DISPLAY, the third of the rig's tests

            StringAssert.Contains(question, "Does the screen look right?");
            StringAssert.Contains(question, ScreenText.English.OperatorAnswerHint);
            SelfTestResult result = rig.Runner.LastRun!.Results.Single();
            Assert.AreEqual("HW-DISPLAY", result.CauseId);
            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, "OK on the keypad is the technician's yes");
        }

        [TestMethod]
        public void The_self_test_report_is_printed_on_the_receipt_printer_without_touching_the_journal_queue()
        {
            using TechnicianRig rig = TechnicianRig.Create(509);
            rig.App.Journal!.BeginTransaction(Intent(rig, 700), rig.Board.Clock.UtcNowMilliseconds, out uint sequence);
            rig.App.Journal.RecordResponse(sequence, new HostResponse { Outcome = TransactionOutcome.Approved, ResponseCode = "00", HostReference = "H1" }, Destinations.Printer);
            int printerQueue = rig.App.Journal.PendingCount(Destinations.Printer);
            rig.SignIn();
            rig.Press(KeyCode.Digit2); // test everything
            rig.Press(KeyCode.Cancel); // back to the menu

            rig.Press(KeyCode.Digit5); // print the report

            Assert.AreEqual(1, rig.Slips.Count, "one report, and no receipt printed on the way");
            string report = rig.Slips[0];
            StringAssert.Contains(report, "SELF-TEST REPORT");
            StringAssert.Contains(report, TechnicianRig.Identity.TerminalId);
            StringAssert.Contains(report, "HW-DISPLAY");
            StringAssert.Contains(report, "TX-PENDING");
            StringAssert.Contains(report, "OPERATOR");
            StringAssert.Contains(rig.Screen, Zh.PrintedLine);
            Assert.AreEqual(printerQueue, rig.App.Journal.PendingCount(Destinations.Printer), "the queued receipt is still queued, not delivered");
        }

        [TestMethod]
        public void A_report_the_printer_cannot_print_is_shown_with_the_cause_and_remedy()
        {
            using TechnicianRig rig = TechnicianRig.Create(510);
            rig.SignIn();
            rig.Press(KeyCode.Digit2);
            rig.Press(KeyCode.Cancel);
            rig.Board.PrinterEmulator.PaperOut = true;

            rig.Press(KeyCode.Digit5);

            StringAssert.Contains(rig.Screen, Zh.NotPrintedLine);
            StringAssert.Contains(rig.Screen, "HW-PRINTER");
            StringAssert.Contains(rig.Screen, Zh.FaultDetailText(FaultDetail.PaperOut));
        }

        [TestMethod]
        public void Reprint_prints_the_last_receipt_again_marked_REPRINT_and_queues_nothing()
        {
            using TechnicianRig rig = TechnicianRig.Create(511);
            rig.PayByCard(KeyCode.Digit4, KeyCode.Digit2, KeyCode.DoubleZero);
            Assert.AreEqual(1, rig.Slips.Count, "the sale's receipt");
            int hostPayments = rig.Host.Ledger.Summary().Payments;
            rig.SignIn();

            rig.Press(KeyCode.Digit8);

            Assert.AreEqual(2, rig.Slips.Count);
            StringAssert.Contains(rig.Slips[1], "REPRINT");
            StringAssert.Contains(rig.Slips[1], "42.00");
            StringAssert.Contains(rig.Slips[1], "0119", "the last four digits");
            Assert.IsFalse(rig.Slips[0].Contains("REPRINT", StringComparison.Ordinal), "the original was not marked");
            Assert.AreEqual(0, rig.App.Journal!.PendingCount(Destinations.Printer), "nothing was queued again");
            Assert.AreEqual(hostPayments, rig.Host.Ledger.Summary().Payments, "a reprint is not a payment");
            StringAssert.Contains(rig.Screen, Zh.ReprintMarkedLine);
        }

        [TestMethod]
        public void Last_transactions_list_each_final_state()
        {
            using TechnicianRig rig = TechnicianRig.Create(512);
            rig.PayByCard(KeyCode.Digit9);
            rig.Host.Faults.Arm(new FaultRule(FaultKind.DropRequest, count: 100));
            rig.PayByCard(KeyCode.Digit7); // no answer: unknown, never failed
            rig.Press(KeyCode.Cancel); // the cashier undoes it: cancelled with a reversal
            rig.Press(KeyCode.Ok); // and dismisses the result: the sale is idle again
            rig.SignIn();

            rig.Press(KeyCode.Digit6);
            string list = rig.Screen;
            rig.Press(KeyCode.Digit2); // the older one: approved
            string detail = rig.Screen;

            StringAssert.Contains(list, "¥0.07 " + Zh.StateResolvedPrefix + Zh.StateCancelledWord);
            StringAssert.Contains(list, "¥0.09 " + Zh.StateApprovedWord);
            StringAssert.Contains(detail, "**** 0119");
            Assert.IsFalse(detail.Contains("4761739001010119", StringComparison.Ordinal));
        }

        [TestMethod]
        public void Queue_state_shows_each_queue_with_its_count_and_oldest_age()
        {
            using TechnicianRig rig = TechnicianRig.Create(513);
            rig.App.Journal!.BeginTransaction(Intent(rig, 500), rig.Board.Clock.UtcNowMilliseconds, out uint sequence);
            rig.App.Journal.RecordResponse(sequence, new HostResponse { Outcome = TransactionOutcome.Approved, ResponseCode = "00", HostReference = "H1" }, Destinations.Host);
            rig.Board.ManualClock.Advance(7 * 60 * 1000);
            rig.SignIn();

            rig.Press(KeyCode.Digit7);

            StringAssert.Contains(rig.Screen, Zh.QueueDisplay + ": 0" + Zh.QueueCountSuffix);
            StringAssert.Contains(rig.Screen, Zh.QueuePrinter + ": 0" + Zh.QueueCountSuffix);
            StringAssert.Contains(rig.Screen, Zh.QueueHost + ": 1" + Zh.QueueCountSuffix + ", " + Zh.QueueOldestPrefix + "7" + Zh.MinutesSuffix);
        }

        [TestMethod]
        public void Restart_is_asked_of_the_platform_after_OK_and_refused_while_a_payment_is_authorizing()
        {
            using TechnicianRig rig = TechnicianRig.Create(514);
            rig.SignIn();
            rig.Press(KeyCode.Digit0); // restart, the tenth entry
            StringAssert.Contains(rig.Screen, Zh.RestartConfirmLine);
            rig.App.Journal!.BeginTransaction(Intent(rig, 300), rig.Board.Clock.UtcNowMilliseconds, out _);

            rig.Press(KeyCode.Ok);

            Assert.AreEqual(0, rig.Board.PlatformServices.RestartRequests, "the intent is durable but its answer has not come");
            StringAssert.Contains(rig.Screen, Zh.RestartRefused);
        }

        [TestMethod]
        public void Restart_confirmed_with_nothing_authorizing_is_counted_once()
        {
            using TechnicianRig rig = TechnicianRig.Create(515);
            rig.SignIn();

            rig.Press(KeyCode.Digit0, KeyCode.Ok);

            Assert.AreEqual(1, rig.Board.PlatformServices.RestartRequests);
            Assert.IsFalse(rig.Menu.IsOpen, "a simulated restart returns: signed out");
        }

        [TestMethod]
        public void The_language_switch_repaints_in_English_and_says_the_choice_is_not_kept()
        {
            using TechnicianRig rig = TechnicianRig.Create(516);
            rig.SignIn();

            rig.Press(KeyCode.Digit9, KeyCode.Digit2);

            Assert.AreEqual(CashierLanguage.English, rig.App.Peripherals.Screens!.Language);
            StringAssert.Contains(rig.Screen, ScreenText.English.LanguageNotKept);
            rig.Press(KeyCode.Ok);
            StringAssert.Contains(rig.Screen, ScreenText.English.MenuTitle);
        }

        [TestMethod]
        public void Two_minutes_without_a_key_sign_out_to_the_cashier_idle_screen()
        {
            using TechnicianRig rig = TechnicianRig.Create(517);
            rig.SignIn();

            rig.Poll((TechnicianMenu.IdleTimeoutMilliseconds / 5) + 1);

            Assert.IsFalse(rig.Menu.IsOpen);
            StringAssert.Contains(rig.Screen, Zh.IdleTitle);
            rig.Press(KeyCode.Digit3);
            Assert.AreEqual(SaleState.AmountEntry, rig.App.Sale!.State, "keys go to the sale again");
        }

        [TestMethod]
        public void Cancel_on_the_main_menu_signs_out_and_the_next_chord_asks_for_the_PIN_again()
        {
            using TechnicianRig rig = TechnicianRig.Create(518);
            rig.SignIn();

            rig.Press(KeyCode.Cancel);
            Assert.IsFalse(rig.Menu.IsOpen);
            rig.Chord();

            Assert.IsFalse(rig.Menu.IsSignedIn);
            StringAssert.Contains(rig.Screen, Zh.PinTitle);
        }

        [TestMethod]
        public void A_desk_pass_with_the_menu_closed_allocates_nothing()
        {
            using TechnicianRig rig = TechnicianRig.Create(519);

            long before = GC.GetAllocatedBytesForCurrentThread();
            rig.Poll(200);
            long bytes = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.AreEqual(0, bytes, "200 idle passes with the menu watching for its chord and the history tracking the journal");
        }

        private static TransactionIntent Intent(TechnicianRig rig, long amountMinorUnits) => new()
        {
            Kind = TransactionKind.Sale,
            Method = PaymentMethod.Card,
            AmountMinorUnits = amountMinorUnits,
            CurrencyNumericCode = 156,
            CreatedUtcMilliseconds = rig.Board.Clock.UtcNowMilliseconds,
            CardLast4 = "4242",
            CardBrand = "UnionPay",
            MerchantReference = "Q-" + amountMinorUnits,
        };
    }
}
