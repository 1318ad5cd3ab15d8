using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Payments;
using Terminal.App.Screens;
using Terminal.Core.Protocol;
using Terminal.Tests.Drivers.Display;

namespace Terminal.Tests.App.Screens
{
    /// <summary>Only what changed is repainted and sent: the panel's SPI bytes are the display's real cost.</summary>
    [TestClass]
    public sealed class ScreenRedrawTests
    {
        /// <summary>One full frame on the wire: 240 x 320 pixels of 2 bytes, plus one window's commands.</summary>
        private const double FullFrameBytes = (ScreenLayout.Width * ScreenLayout.Height * 2) + 11;

        [TestMethod]
        public void A_countdown_tick_changes_only_the_countdown_digits()
        {
            ScreenRig rig = new ScreenRig();
            rig.Presenter.ShowAuthorizing(ScreenRig.Amount, 27);

            foreach (int seconds in new[] { 26, 20, 19, 10, 9, 1, 0 })
            {
                ushort[] before = rig.Canvas.CopyFrame();
                rig.Presenter.UpdateCountdown(seconds);
                ScreenRig.AssertChangesOnlyInside(before, rig.Canvas.CopyFrame(), ScreenLayout.CountdownLeft, ScreenLayout.CountdownTop, ScreenLayout.CountdownSize, ScreenLayout.CountdownSize, "tick to " + seconds);
            }
        }

        [TestMethod]
        public void A_countdown_tick_draws_the_same_pixels_as_a_fresh_authorizing_screen()
        {
            ScreenRig ticked = new ScreenRig();
            ticked.Presenter.ShowAuthorizing(ScreenRig.Amount, 12);
            ticked.Presenter.UpdateCountdown(11);
            ticked.Presenter.UpdateCountdown(9);
            ScreenRig fresh = new ScreenRig();
            fresh.Presenter.ShowAuthorizing(ScreenRig.Amount, 9);

            CollectionAssert.AreEqual(fresh.Canvas.CopyFrame(), ticked.Canvas.CopyFrame());
        }

        [TestMethod]
        public void A_countdown_tick_allocates_nothing_in_steady_state()
        {
            ScreenRig rig = new ScreenRig();
            rig.Presenter.ShowAuthorizing(ScreenRig.Amount, 60);

            // Warm up: every path (two digits, tens change, one digit) runs once before measuring.
            for (int seconds = 59; seconds >= 0; seconds--)
            {
                rig.Presenter.UpdateCountdown(seconds);
            }

            rig.Presenter.ShowAuthorizing(ScreenRig.Amount, 60);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int seconds = 59; seconds >= 0; seconds--)
            {
                rig.Presenter.UpdateCountdown(seconds);
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.AreEqual(0L, allocated, "bytes allocated by 60 countdown ticks (draw and present)");
        }

        [TestMethod]
        public void Authorizing_to_approved_sends_at_most_a_quarter_of_a_frame_to_the_panel()
        {
            double ratio = ResultRatio(ScreenRig.Outcome(PaymentOutcomeKind.Approved, "00"), CashierLanguage.SimplifiedChinese, out DisplayRig rig);

            Console.WriteLine($"display.update_bytes_ratio {ratio:F3}");
            Assert.IsTrue(ratio <= 0.25, $"authorizing -> approved sent {ratio:P1} of a frame");
            rig.AssertPanelShowsCanvas();
        }

        [TestMethod]
        public void Every_result_after_authorizing_sends_well_under_a_full_frame_in_both_languages()
        {
            PaymentOutcome[] outcomes =
            {
                ScreenRig.Outcome(PaymentOutcomeKind.Approved, "00"),
                ScreenRig.Outcome(PaymentOutcomeKind.Declined, "51"),
                ScreenRig.Outcome(PaymentOutcomeKind.Unknown, causeId: "TX-UNKNOWN"),
                ScreenRig.Outcome(PaymentOutcomeKind.Cancelled),
            };
            foreach (CashierLanguage language in new[] { CashierLanguage.SimplifiedChinese, CashierLanguage.English })
            {
                foreach (PaymentOutcome outcome in outcomes)
                {
                    double ratio = ResultRatio(outcome, language, out DisplayRig rig);
                    Console.WriteLine($"{language} authorizing -> {outcome.Kind}: {ratio:F3} of a frame");
                    Assert.IsTrue(ratio <= 0.3, $"{language} authorizing -> {outcome.Kind} sent {ratio:P1} of a frame");
                    rig.AssertPanelShowsCanvas();
                }
            }
        }

        [TestMethod]
        public void Showing_the_same_screen_again_sends_nothing()
        {
            DisplayRig rig = new DisplayRig().Started();
            ScreenPresenter presenter = new ScreenPresenter(rig.Canvas);
            presenter.ShowMerchantQr(ScreenRig.Amount, "https://qr.example/o/1");
            long sent = rig.Panel.BytesSent;

            presenter.ShowMerchantQr(ScreenRig.Amount, "https://qr.example/o/1");
            presenter.Show(ScreenRig.Outcome(PaymentOutcomeKind.AwaitingCustomer, qrContent: "https://qr.example/o/1"));
            presenter.SetStatus(networkUp: false, queueDepth: 0, SelfTestVerdict.NotRun);

            Assert.AreEqual(sent, rig.Panel.BytesSent);
        }

        [TestMethod]
        public void Moving_the_menu_selection_repaints_only_the_two_rows_concerned()
        {
            ScreenRig rig = new ScreenRig(CashierLanguage.English);
            rig.Presenter.ShowTechnicianMenu(new[] { "One", "Two", "Three", "Four" }, 1);
            ushort[] before = rig.Canvas.CopyFrame();

            rig.Presenter.SelectMenuEntry(2);

            int top = ScreenLayout.MenuTop + ScreenLayout.MenuPitch;
            ScreenRig.AssertChangesOnlyInside(before, rig.Canvas.CopyFrame(), 0, top, ScreenLayout.Width, 2 * ScreenLayout.MenuPitch, "selection 2 -> 3");
        }

        [TestMethod]
        public void A_status_change_repaints_only_the_status_bar_outside_the_idle_screen()
        {
            ScreenRig rig = new ScreenRig();
            rig.Presenter.ShowPresentCard(ScreenRig.Amount);
            ushort[] before = rig.Canvas.CopyFrame();

            rig.Presenter.SetStatus(networkUp: false, queueDepth: 12, SelfTestVerdict.Fail);

            ScreenRig.AssertChangesOnlyInside(before, rig.Canvas.CopyFrame(), 0, 0, ScreenLayout.Width, ScreenLayout.HeaderHeight, "status change");
        }

        [TestMethod]
        public void The_panel_shows_exactly_the_canvas_after_a_whole_sale()
        {
            DisplayRig rig = new DisplayRig().Started();
            ScreenPresenter presenter = new ScreenPresenter(rig.Canvas);
            presenter.SetTerminalId("T0012345");
            presenter.ShowIdle();
            presenter.ShowAmountEntry(1);
            presenter.ShowAmountEntry(12);
            presenter.ShowAmountConfirmation(12);
            presenter.ShowPresentCard(12);
            presenter.ShowAuthorizing(12, 30);
            presenter.UpdateCountdown(29);
            presenter.Show(ScreenRig.Outcome(PaymentOutcomeKind.Unknown));
            presenter.Language = CashierLanguage.English;
            presenter.Show(ScreenRig.Outcome(PaymentOutcomeKind.Approved, "00", isLate: true));
            presenter.ShowIdle();

            rig.AssertPanelShowsCanvas();
            Assert.IsTrue(presenter.PanelAnswered);
        }

        [TestMethod]
        public void A_panel_that_does_not_answer_is_reported_and_catches_up_when_it_answers_again()
        {
            DisplayRig rig = new DisplayRig().Started();
            ScreenPresenter presenter = new ScreenPresenter(rig.Canvas);
            presenter.ShowAuthorizing(ScreenRig.Amount, 30);

            rig.Emulator.NotAnswering = true;
            presenter.Show(ScreenRig.Outcome(PaymentOutcomeKind.Approved, "00"));
            Assert.IsFalse(presenter.PanelAnswered, "HW-DISPLAY evidence");

            rig.Emulator.NotAnswering = false;
            presenter.Repaint();
            Assert.IsTrue(presenter.PanelAnswered);
            rig.AssertPanelShowsCanvas();
        }

        private static double ResultRatio(PaymentOutcome outcome, CashierLanguage language, out DisplayRig rig)
        {
            rig = new DisplayRig().Started();
            ScreenPresenter presenter = new ScreenPresenter(rig.Canvas) { Language = language };
            presenter.SetTerminalId("T0012345");
            presenter.SetStatus(networkUp: true, queueDepth: 0, SelfTestVerdict.Pass);
            presenter.ShowAuthorizing(ScreenRig.Amount, 27);
            long before = rig.Panel.BytesSent;
            presenter.Show(outcome);
            return (rig.Panel.BytesSent - before) / FullFrameBytes;
        }
    }
}
