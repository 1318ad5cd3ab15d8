using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Core.Protocol;

namespace Terminal.Tests.Core.Protocol
{
    [TestClass]
    public sealed class ResponseCodeCatalogTests
    {
        // The spec's table, "the cashier is told" column, cell by cell (docs/host-protocol.md, "Response codes").
        [TestMethod]
        [DataRow("00", "Approved", "")]
        [DataRow("05", "Declined by the bank.", "Ask for another card or method.")]
        [DataRow("51", "Insufficient funds.", "Ask for another card or method.")]
        [DataRow("54", "Card expired.", "Ask for another card.")]
        [DataRow("55", "Wrong PIN.", "The customer may try again.")]
        [DataRow("57", "Not allowed for this card.", "Ask for another card or method.")]
        [DataRow("58", "Not allowed on this terminal.", "Check the terminal's configuration (SW-LIMITS).")]
        [DataRow("61", "Over the card's limit.", "Ask for a smaller amount or another card.")]
        [DataRow("65", "Too many uses today.", "Ask for another card or method.")]
        [DataRow("75", "PIN locked.", "Ask for another card.")]
        [DataRow("91", "The bank is unavailable.", "Try again shortly, or use another method.")]
        [DataRow("96", "The bank is unavailable.", "Try again shortly, or use another method.")]
        public void The_cashier_is_told_what_the_spec_table_says(string code, string message, string nextStep)
        {
            ResponseCodeEntry entry = ResponseCodeCatalog.Lookup(code);

            Assert.AreEqual(code, entry.Code);
            Assert.AreEqual(message, entry.Message(CashierLanguage.English));
            Assert.AreEqual(nextStep, entry.NextStep(CashierLanguage.English));
        }

        [TestMethod]
        public void Cells_with_a_colon_are_split_into_what_happened_and_what_to_do()
        {
            // "Already processed: check the transaction record; do not charge again."
            ResponseCodeEntry duplicate = ResponseCodeCatalog.Lookup("94");
            // "The terminal's clock is wrong: sync time (SW-CLOCK), then retry."
            ResponseCodeEntry clock = ResponseCodeCatalog.Lookup("C1");

            Assert.AreEqual("Already processed.", duplicate.Message(CashierLanguage.English));
            Assert.AreEqual("Check the transaction record; do not charge again.", duplicate.NextStep(CashierLanguage.English));
            Assert.AreEqual("The terminal's clock is wrong.", clock.Message(CashierLanguage.English));
            Assert.AreEqual("Sync time (SW-CLOCK), then retry.", clock.NextStep(CashierLanguage.English));
        }

        [TestMethod]
        [DataRow("58", "SW-LIMITS")]
        [DataRow("C1", "SW-CLOCK")]
        public void Codes_the_spec_ties_to_a_failure_cause_carry_its_id(string code, string causeId)
        {
            Assert.AreEqual(causeId, ResponseCodeCatalog.Lookup(code).CauseId);
        }

        [TestMethod]
        public void An_unknown_terminal_is_the_configuration_cause()
        {
            ResponseCodeEntry entry = ResponseCodeCatalog.UnknownTerminal;

            Assert.AreEqual("SW-CONFIG", entry.CauseId);
            StringAssert.Contains(entry.NextStep(CashierLanguage.English), "SW-CONFIG");
            StringAssert.Contains(entry.NextStep(CashierLanguage.SimplifiedChinese), "SW-CONFIG");
        }

        [TestMethod]
        public void Other_codes_are_declines_that_show_the_code()
        {
            ResponseCodeEntry entry = ResponseCodeCatalog.Lookup("Z9");

            Assert.IsFalse(entry.IsApproval);
            Assert.IsNull(entry.CauseId);
            Assert.AreEqual("Declined (code Z9).", entry.Message(CashierLanguage.English));
            Assert.AreEqual("Ask for another card or method.", entry.NextStep(CashierLanguage.English));
            StringAssert.Contains(entry.Message(CashierLanguage.SimplifiedChinese), "Z9");
        }

        [TestMethod]
        public void A_missing_code_is_an_other_decline()
        {
            Assert.AreEqual(ResponseCodeCatalog.OtherCode, ResponseCodeCatalog.Lookup(null!).Code);
            Assert.AreEqual("Declined.", ResponseCodeCatalog.Lookup(string.Empty).Message(CashierLanguage.English));
        }

        [TestMethod]
        public void Only_00_is_an_approval()
        {
            string[] codes = { "00", "05", "51", "54", "55", "57", "58", "61", "65", "75", "94", "C1", "91", "96", "0", "000", "Z9" };
            foreach (string code in codes)
            {
                Assert.AreEqual(code == "00", ResponseCodeCatalog.Lookup(code).IsApproval, code);
            }
        }

        [TestMethod]
        public void Every_code_has_a_chinese_message_and_next_step_that_differ_from_the_english()
        {
            string[] codes = { "05", "51", "54", "55", "57", "58", "61", "65", "75", "94", "C1", "91", "96", "Z9" };
            foreach (string code in codes)
            {
                ResponseCodeEntry entry = ResponseCodeCatalog.Lookup(code);
                Assert.IsFalse(string.IsNullOrEmpty(entry.Message(CashierLanguage.SimplifiedChinese)), code);
                Assert.IsFalse(string.IsNullOrEmpty(entry.NextStep(CashierLanguage.SimplifiedChinese)), code);
                Assert.AreNotEqual(entry.Message(CashierLanguage.English), entry.Message(CashierLanguage.SimplifiedChinese), code);
            }

            Assert.AreEqual("交易成功", ResponseCodeCatalog.Lookup("00").Message(CashierLanguage.SimplifiedChinese));
            Assert.AreEqual("余额不足。", ResponseCodeCatalog.Lookup("51").Message(CashierLanguage.SimplifiedChinese));
        }

        [TestMethod]
        public void Known_codes_are_shared_entries_not_allocated_per_lookup()
        {
            Assert.AreSame(ResponseCodeCatalog.Lookup("51"), ResponseCodeCatalog.Lookup("51"));
        }
    }
}
