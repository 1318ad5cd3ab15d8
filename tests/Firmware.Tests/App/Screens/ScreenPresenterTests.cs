using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Payments;
using Terminal.App.Screens;
using Terminal.Core.Protocol;
using Terminal.Drivers.Display.Canvas;
using Terminal.Drivers.Display.Text;

namespace Terminal.Tests.App.Screens
{
    /// <summary>What the cashier reads on each screen, in both languages.</summary>
    [TestClass]
    public sealed class ScreenPresenterTests
    {
        private static readonly CashierLanguage[] Languages = { CashierLanguage.SimplifiedChinese, CashierLanguage.English };

        /// <summary>Every row of docs/host-protocol.md "Response codes", the "other" row, and a code not in the table.</summary>
        private static readonly string[] ResponseCodes = { "05", "51", "54", "55", "57", "58", "61", "65", "75", "94", "C1", "91", "96", "", "Z9" };

        [TestMethod]
        public void The_default_language_is_Simplified_Chinese()
        {
            ScreenPresenter presenter = new ScreenPresenter(new FramebufferCanvas(ScreenLayout.Width, ScreenLayout.Height));
            presenter.ShowIdle();

            Assert.AreEqual(CashierLanguage.SimplifiedChinese, presenter.Language);
            StringAssert.Contains(presenter.VisibleText, "收款就绪");
        }

        [TestMethod]
        public void The_unknown_screen_says_do_not_pay_again_and_never_failed_in_either_language()
        {
            foreach (CashierLanguage language in Languages)
            {
                ScreenRig rig = new ScreenRig(language);
                rig.Presenter.ShowAuthorizing(ScreenRig.Amount, 30);
                rig.Presenter.Show(ScreenRig.Outcome(PaymentOutcomeKind.Unknown, causeId: "TX-UNKNOWN"));
                string before = rig.Presenter.VisibleText;
                rig.Presenter.OfferToCancelUnknown();
                string offered = rig.Presenter.VisibleText;

                foreach (string text in new[] { before, offered })
                {
                    StringAssert.Contains(text, ScreenText.For(language).UnknownDoNotPayAgain);
                    Assert.IsFalse(text.Contains("失败", StringComparison.Ordinal), text);
                    Assert.IsFalse(text.Contains("fail", StringComparison.OrdinalIgnoreCase), text);
                }

                StringAssert.Contains(offered, ScreenText.For(language).UnknownOfferHint);
            }
        }

        [TestMethod]
        public void No_text_of_the_unknown_screen_says_failed()
        {
            foreach (CashierLanguage language in Languages)
            {
                ScreenText text = ScreenText.For(language);
                foreach (string phrase in new[] { text.UnknownTitle, text.UnknownDoNotPayAgain, text.UnknownLine, text.UnknownWillShow, text.UnknownHint, text.UnknownOfferLine, text.UnknownOfferHint })
                {
                    Assert.IsFalse(phrase.Contains("失败", StringComparison.Ordinal) || phrase.Contains("fail", StringComparison.OrdinalIgnoreCase), phrase);
                }
            }
        }

        [TestMethod]
        public void A_decline_shows_the_catalogue_reason_and_next_step_in_the_screen_language()
        {
            foreach (CashierLanguage language in Languages)
            {
                foreach (string code in ResponseCodes)
                {
                    ScreenRig rig = new ScreenRig(language);
                    rig.Presenter.ShowAuthorizing(ScreenRig.Amount, 30);
                    rig.Presenter.Show(ScreenRig.Outcome(PaymentOutcomeKind.Declined, responseCode: code));

                    ResponseCodeEntry entry = ResponseCodeCatalog.Lookup(code);
                    string words = rig.Words;
                    StringAssert.Contains(words, ScreenRig.Squeeze(entry.Message(language)), $"reason of '{code}' in {language}");
                    StringAssert.Contains(words, ScreenRig.Squeeze(entry.NextStep(language)), $"next step of '{code}' in {language}");
                    StringAssert.Contains(words, ScreenRig.Squeeze(ScreenText.For(language).DeclinedTitle));
                    if (code.Length > 0)
                    {
                        StringAssert.Contains(words, ScreenText.For(language).ResponseCodePrefix.Trim() + code);
                    }
                }
            }
        }

        [TestMethod]
        public void A_decline_says_the_customer_was_not_charged()
        {
            foreach (CashierLanguage language in Languages)
            {
                ScreenRig rig = new ScreenRig(language);
                rig.Presenter.ShowAuthorizing(ScreenRig.Amount, 30);
                rig.Presenter.Show(ScreenRig.Outcome(PaymentOutcomeKind.Declined, responseCode: "51"));

                StringAssert.Contains(rig.Presenter.VisibleText, ScreenText.For(language).DeclinedNotCharged);
            }
        }

        [TestMethod]
        public void Switching_the_language_repaints_the_shown_screen_in_the_other_language()
        {
            ScreenRig rig = new ScreenRig(CashierLanguage.SimplifiedChinese);
            rig.Presenter.ShowAuthorizing(ScreenRig.Amount, 30);
            rig.Presenter.Show(ScreenRig.Outcome(PaymentOutcomeKind.Approved, responseCode: "00"));
            string chinese = rig.Presenter.VisibleText;
            ushort[] chineseFrame = rig.Canvas.CopyFrame();

            rig.Presenter.Language = CashierLanguage.English;
            string english = rig.Presenter.VisibleText;

            StringAssert.Contains(chinese, "交易成功");
            StringAssert.Contains(english, "Approved");
            Assert.IsFalse(english.Contains("交易成功", StringComparison.Ordinal), english);
            StringAssert.Contains(english, "¥128.50", "the amount stays");
            CollectionAssert.AreNotEqual(chineseFrame, rig.Canvas.CopyFrame());

            rig.Presenter.Language = CashierLanguage.SimplifiedChinese;
            CollectionAssert.AreEqual(chineseFrame, rig.Canvas.CopyFrame(), "back to Chinese gives the same pixels");
        }

        [TestMethod]
        public void Every_outcome_kind_gets_its_own_screen()
        {
            ScreenText text = ScreenText.English;
            var expectations = new (PaymentOutcome Outcome, string Title)[]
            {
                (ScreenRig.Outcome(PaymentOutcomeKind.Approved, "00"), text.ApprovedTitle),
                (ScreenRig.Outcome(PaymentOutcomeKind.Approved, "00", isLate: true), text.LateTitle),
                (ScreenRig.Outcome(PaymentOutcomeKind.Declined, "51"), text.DeclinedTitle),
                (ScreenRig.Outcome(PaymentOutcomeKind.Unknown, causeId: "TX-UNKNOWN"), text.UnknownTitle),
                (ScreenRig.Outcome(PaymentOutcomeKind.Cancelled), text.CancelledTitle),
                (ScreenRig.Outcome(PaymentOutcomeKind.Refused, causeId: "TX-PENDING"), text.RefusedTitle),
                (ScreenRig.Outcome(PaymentOutcomeKind.AwaitingCustomer, qrContent: "https://qr.example/o/1"), text.MerchantQrTitle),
            };

            foreach (var (outcome, title) in expectations)
            {
                ScreenRig rig = new ScreenRig(CashierLanguage.English);
                rig.Presenter.ShowAuthorizing(ScreenRig.Amount, 30);
                rig.Presenter.Show(outcome);
                string firstBodyLine = rig.Presenter.VisibleText.Split('\n')[1];
                Assert.AreEqual(title, firstBodyLine, outcome.Kind + (outcome.IsLate ? " late" : string.Empty));
            }
        }

        [TestMethod]
        public void A_late_confirmation_is_marked_as_such_and_looks_unlike_an_approval_on_time()
        {
            ScreenRig late = new ScreenRig(CashierLanguage.English);
            late.Presenter.ShowAuthorizing(ScreenRig.Amount, 0);
            late.Presenter.Show(ScreenRig.Outcome(PaymentOutcomeKind.Unknown, causeId: "TX-UNKNOWN"));
            late.Presenter.Show(ScreenRig.Outcome(PaymentOutcomeKind.Approved, "00", isLate: true));
            ScreenRig onTime = new ScreenRig(CashierLanguage.English);
            onTime.Presenter.ShowAuthorizing(ScreenRig.Amount, 0);
            onTime.Presenter.Show(ScreenRig.Outcome(PaymentOutcomeKind.Approved, "00"));

            StringAssert.Contains(late.Presenter.VisibleText, "LATE CONFIRMATION");
            StringAssert.Contains(late.Presenter.VisibleText, "¥128.50");
            Assert.IsFalse(onTime.Presenter.VisibleText.Contains("LATE", StringComparison.Ordinal));
            Assert.AreNotEqual(onTime.Canvas.GetPixel(0, ScreenLayout.StripTop), late.Canvas.GetPixel(0, ScreenLayout.StripTop), "the state strip's colour");
            Assert.AreNotEqual(onTime.Canvas.GetPixel(ScreenLayout.Width / 2, ScreenLayout.IconTop + 2), late.Canvas.GetPixel(ScreenLayout.Width / 2, ScreenLayout.IconTop + 2), "the icon");
        }

        [TestMethod]
        public void A_late_result_after_a_reboot_shows_the_amount_it_is_given()
        {
            ScreenRig rig = new ScreenRig(CashierLanguage.English);
            rig.Presenter.ShowIdle();
            rig.Presenter.ShowOutcome(ScreenRig.Outcome(PaymentOutcomeKind.Approved, "00", isLate: true), 990);

            StringAssert.Contains(rig.Presenter.VisibleText, "¥9.90");
        }

        [TestMethod]
        public void A_result_after_idle_shows_no_stale_amount()
        {
            ScreenRig rig = new ScreenRig(CashierLanguage.English);
            rig.Presenter.ShowAuthorizing(ScreenRig.Amount, 30);
            rig.Presenter.ShowIdle();
            rig.Presenter.Show(ScreenRig.Outcome(PaymentOutcomeKind.Approved, "00", isLate: true));

            Assert.IsFalse(rig.Presenter.VisibleText.Contains("128.50", StringComparison.Ordinal), rig.Presenter.VisibleText);
        }

        [TestMethod]
        public void The_error_screen_shows_the_cause_id_its_detail_and_remedy()
        {
            foreach (CashierLanguage language in Languages)
            {
                ScreenText text = ScreenText.For(language);
                ScreenRig rig = new ScreenRig(language);
                rig.Presenter.ShowError("HW-PRINTER", FaultDetail.PaperOut);

                string words = rig.Words;
                StringAssert.Contains(words, "HW-PRINTER");
                StringAssert.Contains(words, ScreenRig.Squeeze(text.CauseName("HW-PRINTER")));
                StringAssert.Contains(words, ScreenRig.Squeeze(text.FaultDetailText(FaultDetail.PaperOut)));
                StringAssert.Contains(words, ScreenRig.Squeeze(text.CauseRemedy("HW-PRINTER")));
            }
        }

        [TestMethod]
        public void Every_cause_fits_the_error_screen_whole_with_any_detail_in_both_languages()
        {
            List<string> cut = new List<string>();
            foreach (CashierLanguage language in Languages)
            {
                ScreenText text = ScreenText.For(language);
                foreach (string cause in ScreenText.KnownCauseIds())
                {
                    foreach (FaultDetail detail in Enum.GetValues<FaultDetail>())
                    {
                        ScreenRig rig = new ScreenRig(language);
                        rig.Presenter.ShowError(cause, detail);

                        if (!rig.Words.Contains(ScreenRig.Squeeze(text.CauseRemedy(cause)), StringComparison.Ordinal))
                        {
                            cut.Add($"{cause} with {detail} in {language}");
                        }
                    }
                }
            }

            Assert.AreEqual(0, cut.Count, "remedy cut short: " + string.Join("; ", cut));
        }

        [TestMethod]
        public void A_refusal_with_a_cause_shows_the_cause_and_its_remedy_and_that_nothing_was_sent()
        {
            foreach (CashierLanguage language in Languages)
            {
                ScreenText text = ScreenText.For(language);
                ScreenRig rig = new ScreenRig(language);
                rig.Presenter.ShowPresentCard(ScreenRig.Amount);
                rig.Presenter.Show(ScreenRig.Outcome(PaymentOutcomeKind.Refused, causeId: "TX-PENDING"));

                string words = rig.Words;
                StringAssert.Contains(words, ScreenRig.Squeeze(text.RefusedNothingSent));
                StringAssert.Contains(words, "TX-PENDING");
                StringAssert.Contains(words, ScreenRig.Squeeze(text.CauseRemedy("TX-PENDING")));
            }
        }

        [TestMethod]
        public void Every_failure_cause_of_the_catalogue_has_a_name_and_remedy_in_both_languages()
        {
            string[] catalogue =
            {
                "HW-DISPLAY", "HW-PRINTER", "HW-KEYPAD", "HW-CARD", "HW-SCANNER", "HW-LINK", "HW-POWER", "HW-STORAGE",
                "SW-VERSION", "SW-INTEGRITY", "SW-CONFIG", "SW-LIMITS", "SW-CLOCK", "SW-MEMORY", "SW-LOG",
                "NET-LINK", "NET-PATH", "NET-GATEWAY", "TX-PENDING", "TX-UNKNOWN",
            };

            CollectionAssert.AreEqual(catalogue, ScreenText.KnownCauseIds());
            foreach (CashierLanguage language in Languages)
            {
                foreach (string cause in catalogue)
                {
                    Assert.IsTrue(ScreenText.For(language).CauseName(cause).Length > 0, cause);
                    Assert.IsTrue(ScreenText.For(language).CauseRemedy(cause).Length > 0, cause);
                }
            }
        }

        [TestMethod]
        public void Every_character_the_screens_can_show_is_in_the_terminal_font()
        {
            BitmapFont font = TerminalFonts.Regular;
            List<string> missing = new List<string>();
            foreach (string phrase in EveryPhrase())
            {
                foreach (char character in phrase)
                {
                    if (!font.Contains(character))
                    {
                        missing.Add($"U+{(int)character:X4} '{character}' in \"{phrase}\"");
                    }
                }
            }

            Assert.AreEqual(0, missing.Count, "regenerate the font (firmware/Drivers/Display/Fonts/README.md): " + string.Join("; ", missing.Distinct()));
        }

        [TestMethod]
        public void Single_line_texts_fit_their_line_and_titles_fit_at_double_size()
        {
            BitmapFont font = TerminalFonts.Regular;
            string[] wrapped = { nameof(ScreenText.CancelRequestedLine) };
            foreach (CashierLanguage language in Languages)
            {
                foreach (PropertyInfo property in StringProperties())
                {
                    string text = (string)property.GetValue(ScreenText.For(language))!;
                    if (wrapped.Contains(property.Name))
                    {
                        continue;
                    }

                    bool title = property.Name.EndsWith("Title", StringComparison.Ordinal);
                    int width = font.MeasureWidth(text) * (title ? 2 : 1);
                    int room = title ? ScreenLayout.Width : ScreenLayout.TextWidth;
                    Assert.IsTrue(width <= room, $"{property.Name} in {language}: \"{text}\" is {width} pixels, room {room}");
                }
            }
        }

        [TestMethod]
        public void The_amount_is_shown_with_the_currency_thousands_separators_and_two_decimals()
        {
            var expectations = new (long Amount, string Text)[] { (0, "¥0.00"), (5, "¥0.05"), (12850, "¥128.50"), (100000, "¥1,000.00"), (5000000, "¥50,000.00"), (123456789, "¥1,234,567.89") };
            foreach (var (amount, text) in expectations)
            {
                ScreenRig rig = new ScreenRig();
                rig.Presenter.ShowAmountEntry(amount);
                StringAssert.Contains(rig.Presenter.VisibleText, "\n" + text + "\n");
            }
        }

        [TestMethod]
        public void The_idle_screen_says_what_the_status_bar_shows()
        {
            ScreenRig rig = new ScreenRig(CashierLanguage.English);
            rig.Presenter.ShowIdle();
            rig.Presenter.SetStatus(networkUp: false, queueDepth: 3, SelfTestVerdict.Warn);

            string visible = rig.Presenter.VisibleText;
            StringAssert.Contains(visible, "Offline 3 Test WARN");
            StringAssert.Contains(visible, "Network: Offline");
            StringAssert.Contains(visible, "Queued: 3");
            StringAssert.Contains(visible, "Last self-test: WARN");
        }

        [TestMethod]
        public void The_technician_menu_lists_the_entries_numbered_and_scrolls_to_the_selection()
        {
            string[] labels = Enumerable.Range(1, 12).Select(number => "Entry " + number).ToArray();
            ScreenRig rig = new ScreenRig(CashierLanguage.English);
            rig.Presenter.ShowTechnicianMenu(labels, 0);
            StringAssert.Contains(rig.Presenter.VisibleText, " 1  Entry 1\n");
            Assert.IsFalse(rig.Presenter.VisibleText.Contains("Entry 9", StringComparison.Ordinal));

            rig.Presenter.SelectMenuEntry(11);
            StringAssert.Contains(rig.Presenter.VisibleText, " 12  Entry 12\n");
            Assert.IsFalse(rig.Presenter.VisibleText.Contains(" 1  Entry 1\n", StringComparison.Ordinal));
        }

        [TestMethod]
        public void An_empty_technician_menu_says_so()
        {
            ScreenRig rig = new ScreenRig(CashierLanguage.English);
            rig.Presenter.ShowTechnicianMenu(Array.Empty<string>(), 0);

            StringAssert.Contains(rig.Presenter.VisibleText, ScreenText.English.MenuEmpty);
        }

        [TestMethod]
        public void Cancel_while_authorizing_is_acknowledged_on_the_screen()
        {
            ScreenRig rig = new ScreenRig(CashierLanguage.English);
            rig.Presenter.ShowAuthorizing(ScreenRig.Amount, 20);
            rig.Presenter.ShowCancelRequested();

            StringAssert.Contains(rig.Words, ScreenRig.Squeeze(ScreenText.English.CancelRequestedLine));
        }

        [TestMethod]
        public void A_sale_session_is_shown_state_by_state()
        {
            ScreenRig rig = new ScreenRig(CashierLanguage.English);
            SaleSession session = new SaleSession(null!, PaymentFlowSettings.CreateDefault());
            rig.Presenter.ShowSale(session, 0);
            StringAssert.Contains(rig.Presenter.VisibleText, ScreenText.English.IdleTitle);

            session.Press(SaleKey.Digit1);
            session.Press(SaleKey.Digit2);
            rig.Presenter.ShowSale(session, 0);
            StringAssert.Contains(rig.Presenter.VisibleText, ScreenText.English.AmountEntryTitle + "\n¥0.12\n");

            session.Press(SaleKey.Ok);
            rig.Presenter.ShowSale(session, 0);
            StringAssert.Contains(rig.Presenter.VisibleText, ScreenText.English.AmountConfirmTitle);

            session.Press(SaleKey.Ok);
            rig.Presenter.ShowSale(session, 0);
            StringAssert.Contains(rig.Presenter.VisibleText, ScreenText.English.PresentCardTitle + "\n¥0.12\n");
        }

        [TestMethod]
        public void A_canvas_of_another_size_is_refused()
        {
            Assert.ThrowsException<ArgumentException>(() => new ScreenPresenter(new FramebufferCanvas(320, 240)));
        }

        private static IEnumerable<PropertyInfo> StringProperties() =>
            typeof(ScreenText).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.PropertyType == typeof(string));

        private static IEnumerable<string> EveryPhrase()
        {
            foreach (CashierLanguage language in Languages)
            {
                ScreenText text = ScreenText.For(language);
                foreach (PropertyInfo property in StringProperties())
                {
                    yield return (string)property.GetValue(text)!;
                }

                foreach (string cause in ScreenText.KnownCauseIds())
                {
                    yield return cause;
                    yield return text.CauseName(cause);
                    yield return text.CauseRemedy(cause);
                }

                foreach (FaultDetail detail in Enum.GetValues<FaultDetail>())
                {
                    yield return text.FaultDetailText(detail);
                }

                foreach (SelfTestVerdict verdict in Enum.GetValues<SelfTestVerdict>())
                {
                    yield return text.VerdictText(verdict);
                }

                foreach (string code in ResponseCodes.Append("00"))
                {
                    yield return ResponseCodeCatalog.Lookup(code).Message(language);
                    yield return ResponseCodeCatalog.Lookup(code).NextStep(language);
                }

                yield return ResponseCodeCatalog.UnknownTerminal.Message(language);
                yield return ResponseCodeCatalog.UnknownTerminal.NextStep(language);
            }
        }
    }
}
