using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Receipts;
using Terminal.Core.Protocol;
using Terminal.Core.Security;
using Terminal.Hal.Printer;

namespace Terminal.Tests.App.Receipts
{
    /// <summary>
    /// The printer queue end to end: the real journal's printer queue, drained by the outbox pump into the
    /// real sink, the real ESC/POS driver and the printer emulator. Asserts what is on paper, what stays
    /// queued, and what the terminal reports.
    /// </summary>
    [TestClass]
    public sealed class PrinterOutboxSinkTests
    {
        private static int Count(IEnumerable<string> lines, string marker) => lines.Count(line => line.Contains(marker, StringComparison.Ordinal));

        private static void AssertWholeReceipt(IReadOnlyList<string> slip, bool reprint, string because)
        {
            string text = string.Join("\n", slip);
            Assert.AreEqual("SALE RECEIPT", slip[0], because + "\n" + text);
            Assert.AreEqual("Please keep this receipt.", slip[^1], because + ": the receipt runs to its last line\n" + text);
            Assert.AreEqual(reprint ? 1 : 0, Count(slip, "REPRINT"), because + "\n" + text);
            Assert.AreEqual(1, Count(slip, "AMOUNT"), because + "\n" + text);
        }

        [TestMethod]
        public void An_approved_sale_prints_its_receipt_once_and_leaves_the_queue()
        {
            var terminal = new ReceiptTerminal(1);
            terminal.Sale(123456);

            Assert.AreEqual(1, terminal.Pump.DeliverRound());
            Assert.AreEqual(0, terminal.Pump.DeliverRound());

            Assert.AreEqual(0, terminal.PendingReceipts);
            IReadOnlyList<string> slip = terminal.SlipTexts.Single();
            AssertWholeReceipt(slip, false, "the original");
            CollectionAssert.IsSubsetOf(
                new[] { ReceiptRendererTests.Pair("AMOUNT", "CNY 1,234.56"), ReceiptRendererTests.Pair("CARD NO.", "**** 7894"), ReceiptRendererTests.Pair("DATE/TIME", "2026-11-23 08:00:00") },
                slip.ToList());
            Assert.AreEqual(1, terminal.Sink.ReceiptsPrinted);
            Assert.IsTrue(terminal.Sink.LastStatus.CanPrint);
        }

        [TestMethod]
        public void Paper_out_mid_receipt_reprints_it_whole_marked_REPRINT_once_paper_is_back()
        {
            var terminal = new ReceiptTerminal(2);
            terminal.Sale(123456);
            terminal.Emulator.RunOutOfPaperAfterLines(6);

            Assert.AreEqual(0, terminal.Pump.DeliverRound());

            Assert.AreEqual(1, terminal.PendingReceipts, "the journal keeps the receipt");
            Assert.AreEqual(PrinterFault.PaperOut, terminal.Sink.LastStatus.Fault);
            Assert.AreEqual("HW-PRINTER", terminal.Sink.LastStatus.CauseId);
            Assert.AreEqual(1, terminal.Sink.AttemptsBrokenOff);

            // Rounds while the paper is out print nothing and keep it.
            Assert.AreEqual(0, terminal.Pump.DeliverRound());
            Assert.AreEqual(1, terminal.PendingReceipts);

            terminal.Emulator.LoadPaper();
            Assert.AreEqual(1, terminal.Pump.DeliverRound());

            Assert.AreEqual(0, terminal.PendingReceipts);
            List<IReadOnlyList<string>> slips = terminal.SlipTexts;
            Assert.AreEqual(2, slips.Count, "the torn start cut off on its own, then the reprint");
            Assert.AreEqual(6, slips[0].Count, "six lines fit on the old roll");
            Assert.AreEqual(0, Count(slips[0], "REPRINT"));
            AssertWholeReceipt(slips[1], true, "the reprint");
            Assert.AreEqual(1, terminal.Sink.ReprintsPrinted);
        }

        [TestMethod]
        public void Paper_out_before_a_receipt_keeps_it_queued_and_it_later_prints_as_the_original()
        {
            var terminal = new ReceiptTerminal(3);
            terminal.Sale(500);
            terminal.Emulator.PaperOut = true;

            Assert.AreEqual(0, terminal.Pump.DeliverRound());
            Assert.AreEqual(1, terminal.PendingReceipts);
            Assert.AreEqual(0, terminal.Emulator.Lines.Count);

            terminal.Emulator.LoadPaper();
            Assert.AreEqual(1, terminal.Pump.DeliverRound());

            AssertWholeReceipt(terminal.SlipTexts.Single(), false, "nothing of it was on paper before");
        }

        [TestMethod]
        [DataRow("cover")]
        [DataRow("head")]
        [DataRow("error")]
        [DataRow("unplugged")]
        [DataRow("garbled")]
        [DataRow("silent")]
        public void A_fault_mid_receipt_keeps_it_queued_and_it_prints_again_whole_marked_REPRINT_after_the_fix(string fault)
        {
            var terminal = new ReceiptTerminal(4);
            terminal.Sale(123456);
            bool struck = false;
            terminal.Emulator.LinePrinted += line =>
            {
                if (!struck && terminal.Emulator.Lines.Count(printed => printed.Text.Length > 0) == 5)
                {
                    struck = true;
                    Set(terminal, fault, true);
                }
            };

            Assert.AreEqual(0, terminal.Pump.DeliverRound());

            Assert.AreEqual(1, terminal.PendingReceipts);
            bool link = fault == "unplugged" || fault == "garbled" || fault == "silent";
            Assert.AreEqual(link ? "HW-LINK" : "HW-PRINTER", terminal.Sink.LastStatus.CauseId);
            Assert.AreEqual(link ? PrintOutcome.LinkFault : PrintOutcome.Stopped, terminal.Sink.LastResult.Outcome);

            Set(terminal, fault, false);
            Assert.AreEqual(1, terminal.Pump.DeliverRound());

            Assert.AreEqual(0, terminal.PendingReceipts);
            AssertWholeReceipt(terminal.SlipTexts.Last(), true, fault);
            Assert.AreEqual(0, Count(terminal.Paper.Take(5), "REPRINT"), "the first attempt was the original");
        }

        [TestMethod]
        public void A_cutter_jam_at_the_cut_reprints_the_receipt_marked_REPRINT_after_it_is_cleared()
        {
            var terminal = new ReceiptTerminal(5);
            terminal.Sale(123456);
            terminal.Emulator.JamCutterAtNextCut();

            Assert.AreEqual(0, terminal.Pump.DeliverRound());
            Assert.AreEqual(PrinterFault.CutterJam, terminal.Sink.LastStatus.Fault);
            Assert.AreEqual(1, terminal.PendingReceipts);

            terminal.Emulator.CutterJam = false;
            Assert.AreEqual(1, terminal.Pump.DeliverRound());

            List<IReadOnlyList<string>> slips = terminal.SlipTexts;
            AssertWholeReceipt(slips[0], false, "the original, printed whole but not cut when the cutter jammed");
            AssertWholeReceipt(slips[1], true, "the reprint");
        }

        [TestMethod]
        public void No_reply_keeps_receipts_queued_and_reports_a_link_fault_never_no_paper()
        {
            var terminal = new ReceiptTerminal(6);
            terminal.Sale(100);
            terminal.Sale(200);
            terminal.Emulator.NoReply = true;

            Assert.AreEqual(0, terminal.Pump.DeliverRound());

            Assert.AreEqual(2, terminal.PendingReceipts);
            Assert.AreEqual(PrinterFault.NoReply, terminal.Sink.LastStatus.Fault);
            Assert.AreEqual("HW-LINK", terminal.Sink.LastStatus.CauseId);
            Assert.AreNotEqual(PaperLevel.Out, terminal.Sink.LastStatus.Paper);
            Assert.IsTrue(terminal.Driver.LinkCounters.Timeouts > 0);
            Assert.AreEqual(0, terminal.Emulator.Lines.Count);

            terminal.Emulator.NoReply = false;
            Assert.AreEqual(2, terminal.Pump.DeliverRound());
            Assert.AreEqual(1, terminal.Driver.LinkCounters.Reconnects);
            Assert.AreEqual(2, terminal.SlipTexts.Count);
            Assert.IsTrue(terminal.SlipTexts.All(slip => Count(slip, "REPRINT") == 0), "nothing had reached the paper");
        }

        [TestMethod]
        public void A_late_confirmation_prints_with_its_marker()
        {
            var terminal = new ReceiptTerminal(7);
            terminal.Sale(123456, late: true);

            Assert.AreEqual(1, terminal.Pump.DeliverRound());

            IReadOnlyList<string> slip = terminal.SlipTexts.Single();
            Assert.AreEqual("* LATE CONFIRMATION *", slip[1], string.Join("\n", slip));
            Assert.AreEqual(1, Count(slip, "LATE CONFIRMATION"));
            Assert.IsTrue(slip.Contains(ReceiptRendererTests.Pair("RESULT", "APPROVED")));
        }

        [TestMethod]
        public void A_power_cut_after_printing_but_before_the_acknowledgement_reprints_it_marked_REPRINT_after_reboot()
        {
            var terminal = new ReceiptTerminal(8);
            terminal.Sale(123456);
            Assert.IsTrue(terminal.DeliverOldestWithoutCommit());

            terminal.PowerCutAndReboot();

            Assert.AreEqual(1, terminal.PendingReceipts, "the acknowledgement was not committed: the item comes again");
            Assert.AreEqual(1, terminal.Pump.DeliverRound());
            List<IReadOnlyList<string>> slips = terminal.SlipTexts;
            Assert.AreEqual(2, slips.Count);
            AssertWholeReceipt(slips[0], false, "the original");
            AssertWholeReceipt(slips[1], true, "the copy after the reboot");
        }

        [TestMethod]
        public void Receipts_printed_in_a_round_cut_short_before_its_commit_all_come_again_marked_REPRINT()
        {
            var terminal = new ReceiptTerminal(9);
            terminal.Sale(100);
            terminal.Sale(200);
            terminal.Sale(300);
            Assert.IsTrue(terminal.DeliverOldestWithoutCommit());
            Assert.IsTrue(terminal.DeliverOldestWithoutCommit());

            terminal.PowerCutAndReboot();
            Assert.AreEqual(3, terminal.Pump.DeliverRound());

            List<IReadOnlyList<string>> slips = terminal.SlipTexts;
            Assert.AreEqual(5, slips.Count);
            CollectionAssert.AreEqual(new[] { 0, 0, 1, 1, 0 }, slips.Select(slip => Count(slip, "REPRINT")).ToArray(), "the two printed before the cut are reprints; the third is the original");
        }

        [TestMethod]
        public void A_power_cut_mid_receipt_reprints_it_whole_marked_REPRINT_after_reboot()
        {
            var terminal = new ReceiptTerminal(10);
            terminal.Sale(123456);
            terminal.Emulator.RunOutOfPaperAfterLines(4);
            Assert.AreEqual(0, terminal.Pump.DeliverRound());

            terminal.PowerCutAndReboot();
            terminal.Emulator.LoadPaper();
            Assert.AreEqual(1, terminal.Pump.DeliverRound());

            AssertWholeReceipt(terminal.SlipTexts.Last(), true, "started before the reboot");
        }

        [TestMethod]
        public void A_receipt_refused_before_its_first_byte_is_still_the_original_after_a_reboot()
        {
            var terminal = new ReceiptTerminal(11);
            terminal.Sale(123456);
            terminal.Emulator.CoverOpen = true;
            Assert.AreEqual(0, terminal.Pump.DeliverRound());

            terminal.PowerCutAndReboot();
            terminal.Emulator.CoverOpen = false;
            Assert.AreEqual(1, terminal.Pump.DeliverRound());

            AssertWholeReceipt(terminal.SlipTexts.Single(), false, "it never reached the paper");
        }

        [TestMethod]
        public void A_damaged_mark_errs_towards_REPRINT()
        {
            var terminal = new ReceiptTerminal(12);
            terminal.Sale(100);
            Assert.AreEqual(1, terminal.Pump.DeliverRound());
            terminal.Sale(200);
            terminal.Board.Flash.FlipBits(ReprintMark.FileName, 1, new Random(5));

            terminal.PowerCutAndReboot();
            Assert.AreEqual(1, terminal.Pump.DeliverRound());

            Assert.IsTrue(terminal.Sink.Mark.WasDamaged);
            AssertWholeReceipt(terminal.SlipTexts.Last(), true, "with the mark unreadable, a pending receipt may have printed");
        }

        [TestMethod]
        public void Only_the_last_four_card_digits_ever_reach_the_paper()
        {
            var terminal = new ReceiptTerminal(13);

            // A host that puts the card number into its reference.
            terminal.Sale(123456, hostReference: "PAN 6222021234567894");

            Assert.AreEqual(1, terminal.Pump.DeliverRound());

            List<string> paper = terminal.Paper;
            string all = string.Join("\n", paper);
            Assert.IsFalse(paper.Any(CardDataGuard.ContainsPanLikeNumber), all);
            Assert.IsFalse(all.Contains("622202", StringComparison.Ordinal), all);
            Assert.IsTrue(paper.Contains(ReceiptRendererTests.Pair("CARD NO.", "**** 7894")), all);
            Assert.IsTrue(paper.Contains(ReceiptRendererTests.Pair("REF NO.", "PAN ************7894")), all);
        }

        [TestMethod]
        public void A_Chinese_receipt_prints_in_Chinese_through_GB18030()
        {
            var terminal = new ReceiptTerminal(14, CashierLanguage.SimplifiedChinese);
            terminal.Sale(123456, late: true);
            terminal.Emulator.RunOutOfPaperAfterLines(3);
            Assert.AreEqual(0, terminal.Pump.DeliverRound());
            terminal.Emulator.LoadPaper();

            Assert.AreEqual(1, terminal.Pump.DeliverRound());

            IReadOnlyList<string> slip = terminal.SlipTexts.Last();
            CollectionAssert.IsSubsetOf(
                new[] { "消费签购单", "* 重打印 REPRINT *", "* 延迟确认 LATE CONFIRMATION *", ReceiptRendererTests.Pair("金额", "CNY 1,234.56"), ReceiptRendererTests.Pair("交易结果", "交易成功"), "请妥善保管此凭条" },
                slip.ToList(),
                string.Join("\n", slip));
            Assert.AreEqual(0, terminal.Emulator.UndecodableBytes);
            Assert.AreEqual(0, terminal.Driver.UnknownCharacters);
            Assert.IsFalse(terminal.Emulator.Lines.Any(line => line.Wrapped), "every line fits 384 dots");
        }

        [TestMethod]
        [DataRow(CashierLanguage.English)]
        [DataRow(CashierLanguage.SimplifiedChinese)]
        public void A_standard_sale_receipt_takes_at_most_2048_bytes_on_the_wire(CashierLanguage language)
        {
            var terminal = new ReceiptTerminal(15, language);
            terminal.Sale(123456);
            long before = terminal.Port.BytesFromTerminal;

            Assert.AreEqual(1, terminal.Pump.DeliverRound());

            long bytes = terminal.Port.BytesFromTerminal - before;
            Assert.IsTrue(bytes <= 2048, $"{bytes} bytes");
            Assert.IsTrue(bytes > 500, $"{bytes} bytes: the whole receipt went out");
        }

        [TestMethod]
        public void A_declined_sale_prints_why_and_that_nobody_was_charged()
        {
            var terminal = new ReceiptTerminal(16);
            terminal.Sale(999, approved: false);

            Assert.AreEqual(1, terminal.Pump.DeliverRound());

            IReadOnlyList<string> slip = terminal.SlipTexts.Single();
            CollectionAssert.IsSubsetOf(new[] { ReceiptRendererTests.Pair("RESULT", "DECLINED"), "Insufficient funds.", "The customer was not charged." }, slip.ToList());
        }

        private static void Set(ReceiptTerminal terminal, string fault, bool on)
        {
            switch (fault)
            {
                case "cover": terminal.Emulator.CoverOpen = on; break;
                case "head": terminal.Emulator.HeadOverheated = on; break;
                case "error": terminal.Emulator.UnrecoverableError = on; break;
                case "unplugged": terminal.Port.Unplugged = on; break;
                case "garbled": terminal.Emulator.GarbledReply = on; break;
                case "silent": terminal.Emulator.NoReply = on; break;
                default: throw new AssertFailedException("unknown fault " + fault);
            }
        }
    }
}
