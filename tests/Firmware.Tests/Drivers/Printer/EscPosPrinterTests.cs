using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Drivers.Printer.EscPos;
using Terminal.Hal.Printer;
using Terminal.Hal.Simulated.Printer;

namespace Terminal.Tests.Drivers.Printer
{
    /// <summary>The real ESC/POS driver over the printer emulator: what reaches the paper, and what the terminal is told, for every fault.</summary>
    [TestClass]
    public sealed class EscPosPrinterTests
    {
        [TestMethod]
        public void A_ready_printer_reports_ready_and_a_clean_link()
        {
            var rig = new PrinterRig();

            PrinterStatus status = rig.Driver.ReadStatus();

            Assert.AreEqual(PrinterLink.Answered, status.Link);
            Assert.IsTrue(status.CanPrint);
            Assert.AreEqual(PrinterFault.None, status.Fault);
            Assert.AreEqual(string.Empty, status.CauseId);
            Assert.AreEqual(4, rig.Emulator.StatusQueries);
            Assert.AreEqual(0, rig.Driver.LinkCounters.Faults);
        }

        [TestMethod]
        public void A_document_prints_whole_with_its_alignment_emphasis_and_size_then_is_cut()
        {
            var rig = new PrinterRig();
            var document = new PrintDocument();
            document.AddText("TITLE", PrintAlignment.Center, PrintStyle.DoubleWidth | PrintStyle.DoubleHeight | PrintStyle.Emphasized);
            document.AddText("left", PrintAlignment.Left, PrintStyle.Normal);
            document.AddText("right", PrintAlignment.Right, PrintStyle.Emphasized);
            document.AddBlankLine();
            document.AddText("tall", PrintAlignment.Left, PrintStyle.DoubleHeight);

            PrintResult result = rig.Driver.Print(document);

            Assert.AreEqual(PrintOutcome.Printed, result.Outcome);
            Assert.AreEqual(5, result.LinesSent);
            Assert.AreEqual(1, rig.Emulator.Cuts);
            var slip = rig.Emulator.Slips.Single();
            PrintedLine title = slip[0];
            Assert.AreEqual(new PrintedLine("TITLE", PrintAlignment.Center, true, 2, 2, false), title);
            Assert.AreEqual(new PrintedLine("left", PrintAlignment.Left, false, 1, 1, false), slip[1]);
            Assert.AreEqual(new PrintedLine("right", PrintAlignment.Right, true, 1, 1, false), slip[2]);
            Assert.AreEqual(string.Empty, slip[3].Text);
            Assert.AreEqual(new PrintedLine("tall", PrintAlignment.Left, false, 1, 2, false), slip[4]);
            Assert.AreEqual(5 + rig.Settings.FeedLinesBeforeCut, slip.Count, "the lines, then the feed to the cutter");
            Assert.AreEqual(0, rig.Emulator.UnknownCommands.Count, string.Join(", ", rig.Emulator.UnknownCommands));
            Assert.AreEqual(rig.Port.BytesFromTerminal, rig.Driver.BytesSent);
        }

        [TestMethod]
        public void Paper_out_before_a_document_sends_none_of_it_and_says_load_paper()
        {
            var rig = new PrinterRig();
            rig.Emulator.PaperOut = true;

            PrintResult result = rig.Driver.Print(PrinterRig.Numbered(3));

            Assert.AreEqual(PrintOutcome.Stopped, result.Outcome);
            Assert.IsFalse(result.HasStarted);
            Assert.AreEqual(PrinterFault.PaperOut, result.Status.Fault);
            Assert.AreEqual(PaperLevel.Out, result.Status.Paper);
            Assert.AreEqual("HW-PRINTER", result.Status.CauseId);
            Assert.AreEqual(0, rig.Emulator.Lines.Count);
            Assert.AreEqual(0, rig.Emulator.HeldBytes, "nothing was sent to wait in the printer");
            Assert.AreEqual(0, rig.Driver.LinkCounters.Faults, "paper out is the printer's state, not a link fault");
        }

        [TestMethod]
        public void Paper_near_end_prints_and_warns()
        {
            var rig = new PrinterRig();
            rig.Emulator.PaperNearEnd = true;

            PrintResult result = rig.Driver.Print(PrinterRig.Numbered(3));

            Assert.AreEqual(PrintOutcome.Printed, result.Outcome);
            Assert.AreEqual(PaperLevel.NearEnd, result.Status.Paper);
            Assert.IsTrue(result.Status.PaperNearEnd);
            Assert.IsTrue(result.Status.CanPrint);
            Assert.AreEqual("HW-PRINTER", result.Status.CauseId);
            PrinterRig.AssertSame(PrinterRig.NumberedTexts(3), rig.PaperText, "near end still prints everything");
        }

        [TestMethod]
        [DataRow("cover", PrinterFault.CoverOpen)]
        [DataRow("head", PrinterFault.HeadOverheated)]
        [DataRow("cutter", PrinterFault.CutterJam)]
        [DataRow("error", PrinterFault.UnrecoverableError)]
        public void A_stopped_printer_is_reported_with_its_cause_and_gets_nothing(string fault, PrinterFault expected)
        {
            var rig = new PrinterRig();
            SetFault(rig.Emulator, fault, true);

            PrintResult result = rig.Driver.Print(PrinterRig.Numbered(3));

            Assert.AreEqual(PrintOutcome.Stopped, result.Outcome);
            Assert.AreEqual(expected, result.Status.Fault);
            Assert.IsTrue(result.Status.Offline);
            Assert.AreEqual("HW-PRINTER", result.Status.CauseId);
            Assert.AreEqual(PaperLevel.Present, result.Status.Paper, "the paper is fine");
            Assert.AreEqual(0, rig.Emulator.Lines.Count);

            SetFault(rig.Emulator, fault, false);
            Assert.AreEqual(PrintOutcome.Printed, rig.Driver.Print(PrinterRig.Numbered(3)).Outcome);
        }

        [TestMethod]
        [DataRow("cover", PrinterFault.CoverOpen)]
        [DataRow("head", PrinterFault.HeadOverheated)]
        [DataRow("error", PrinterFault.UnrecoverableError)]
        public void A_fault_mid_document_stops_the_job_within_a_line(string fault, PrinterFault expected)
        {
            var rig = new PrinterRig();
            rig.Emulator.LinePrinted += line =>
            {
                if (line.Text == "LINE 04")
                {
                    SetFault(rig.Emulator, fault, true);
                }
            };

            PrintResult result = rig.Driver.Print(PrinterRig.Numbered(12));

            Assert.AreEqual(PrintOutcome.Stopped, result.Outcome);
            Assert.AreEqual(expected, result.Status.Fault);
            Assert.IsTrue(result.HasStarted);
            Assert.AreEqual(4, result.LinesSent, "the driver checks after every line and stops at once");
            PrinterRig.AssertSame(PrinterRig.NumberedTexts(4), rig.PaperText, "the printer stopped after line 4");
        }

        [TestMethod]
        public void A_cutter_jam_at_the_cut_means_the_document_is_not_proven_whole()
        {
            var rig = new PrinterRig();
            rig.Emulator.JamCutterAtNextCut();

            PrintResult result = rig.Driver.Print(PrinterRig.Numbered(3));

            Assert.AreEqual(PrintOutcome.Stopped, result.Outcome);
            Assert.AreEqual(PrinterFault.CutterJam, result.Status.Fault);
            Assert.AreEqual(0, rig.Emulator.Cuts);
        }

        [TestMethod]
        public void Paper_running_out_mid_document_stops_within_a_line_and_the_leftover_is_cut_off_before_the_next_job()
        {
            var rig = new PrinterRig();
            rig.Emulator.RunOutOfPaperAfterLines(5);

            PrintResult stopped = rig.Driver.Print(PrinterRig.Numbered(12));

            Assert.AreEqual(PrintOutcome.Stopped, stopped.Outcome);
            Assert.AreEqual(PrinterFault.PaperOut, stopped.Status.Fault);
            Assert.AreEqual(5, stopped.LinesSent);
            PrinterRig.AssertSame(PrinterRig.NumberedTexts(5), rig.PaperText, "five lines fit on the roll");
            Assert.AreEqual(0, rig.Emulator.HeldBytes, "the driver stopped sending at the line that did not print");

            rig.Emulator.LoadPaper();
            PrintResult again = rig.Driver.Print(PrinterRig.Numbered(12));

            Assert.AreEqual(PrintOutcome.Printed, again.Outcome);
            Assert.AreEqual(2, rig.Emulator.Slips.Count, "the torn start, cut off, then the whole document");
            PrinterRig.AssertSame(PrinterRig.NumberedTexts(5), EscPosPrinterEmulator.TextOf(rig.Emulator.Slips[0]), "the start of the broken job is its own slip");
            PrinterRig.AssertSame(PrinterRig.NumberedTexts(12), EscPosPrinterEmulator.TextOf(rig.Emulator.Slips[1]), "the document again, whole");
        }

        [TestMethod]
        public void No_reply_is_a_link_fault_never_no_paper()
        {
            var rig = new PrinterRig();
            rig.Emulator.NoReply = true;
            long before = rig.Clock.MonotonicMilliseconds;

            PrintResult result = rig.Driver.Print(PrinterRig.Numbered(3));

            Assert.AreEqual(PrintOutcome.LinkFault, result.Outcome);
            Assert.AreEqual(PrinterLink.NoReply, result.Status.Link);
            Assert.AreEqual(PrinterFault.NoReply, result.Status.Fault);
            Assert.AreNotEqual(PaperLevel.Out, result.Status.Paper);
            Assert.AreEqual("HW-LINK", result.Status.CauseId);
            Assert.AreEqual(rig.Settings.StatusAttempts, rig.Driver.LinkCounters.Timeouts);
            Assert.AreEqual(rig.Settings.StatusAttempts * rig.Settings.StatusReplyTimeoutMilliseconds, rig.Clock.MonotonicMilliseconds - before, "it gave up after its attempts, not before");
            Assert.IsFalse(result.HasStarted);
            Assert.AreEqual(0, rig.Emulator.Lines.Count);
        }

        [TestMethod]
        public void A_garbled_reply_is_a_link_fault_not_a_status()
        {
            var rig = new PrinterRig();
            rig.Emulator.GarbledReply = true;

            PrinterStatus status = rig.Driver.ReadStatus();

            Assert.AreEqual(PrinterLink.GarbledReply, status.Link);
            Assert.AreEqual(PrinterFault.GarbledReply, status.Fault);
            Assert.AreEqual("HW-LINK", status.CauseId);
            Assert.IsFalse(status.CoverOpen || status.CutterJam || status.HeadOverheated || status.Paper != PaperLevel.Present, "nothing of the garbage is taken as printer state");
            Assert.AreEqual(rig.Settings.StatusAttempts, rig.Driver.LinkCounters.MalformedFrames);
            Assert.AreEqual(StatusReplyRejection.FixedBitsViolated, rig.Driver.LastRejection);
            Assert.AreEqual(PrintOutcome.LinkFault, rig.Driver.Print(PrinterRig.Numbered(2)).Outcome);
        }

        [TestMethod]
        public void One_lost_reply_is_retried_and_counted_but_not_reported()
        {
            var rig = new PrinterRig();
            rig.Emulator.DropNextReplies = 1;

            PrintResult result = rig.Driver.Print(PrinterRig.Numbered(3));

            Assert.AreEqual(PrintOutcome.Printed, result.Outcome);
            Assert.AreEqual(1, rig.Driver.LinkCounters.Timeouts);
            Assert.AreEqual(0, rig.Driver.LinkCounters.Reconnects, "the link was never given up on");
        }

        [TestMethod]
        public void One_garbled_reply_is_flushed_and_asked_again()
        {
            var rig = new PrinterRig();
            rig.Emulator.GarbleNextReplies = 1;

            PrinterStatus status = rig.Driver.ReadStatus();

            Assert.IsTrue(status.CanPrint);
            Assert.AreEqual(1, rig.Driver.LinkCounters.MalformedFrames);
            Assert.AreEqual(1, rig.Driver.LinkCounters.Resyncs);
        }

        [TestMethod]
        public void The_cable_pulled_mid_document_is_a_link_fault_and_the_return_counts_as_a_reconnect()
        {
            var rig = new PrinterRig();
            bool pulled = false;
            rig.Emulator.LinePrinted += line =>
            {
                if (line.Text == "LINE 04" && !pulled)
                {
                    pulled = true;
                    rig.Port.Unplugged = true;
                }
            };

            PrintResult result = rig.Driver.Print(PrinterRig.Numbered(12));

            Assert.AreEqual(PrintOutcome.LinkFault, result.Outcome);
            Assert.AreEqual(PrinterLink.NoReply, result.Status.Link);
            Assert.AreEqual("HW-LINK", result.Status.CauseId);
            Assert.IsTrue(result.HasStarted);
            PrinterRig.AssertSame(PrinterRig.NumberedTexts(4), rig.PaperText, "what crossed before the cable came out");

            rig.Port.Unplugged = false;
            PrinterStatus back = rig.Driver.ReadStatus();

            Assert.IsTrue(back.CanPrint);
            Assert.AreEqual(1, rig.Driver.LinkCounters.Reconnects);
            Assert.IsTrue(rig.Driver.LinkCounters.Timeouts >= rig.Settings.StatusAttempts);
            Assert.AreEqual(PrintOutcome.Printed, rig.Driver.Print(PrinterRig.Numbered(12)).Outcome);
            PrinterRig.AssertSame(PrinterRig.NumberedTexts(12), EscPosPrinterEmulator.TextOf(rig.Emulator.Slips.Last()), "printed again, whole, on its own slip");
        }

        [TestMethod]
        public void Chinese_goes_out_in_GB18030_after_selecting_Chinese_mode()
        {
            var rig = new PrinterRig();
            var document = new PrintDocument();
            document.AddText("消费签购单", PrintAlignment.Center, PrintStyle.DoubleWidth);
            document.AddText("金额        CNY 12.34", PrintAlignment.Left, PrintStyle.Normal);
            document.AddText("延迟确认 LATE CONFIRMATION", PrintAlignment.Center, PrintStyle.Emphasized);

            PrintResult result = rig.Driver.Print(document);

            Assert.AreEqual(PrintOutcome.Printed, result.Outcome);
            Assert.IsTrue(rig.Emulator.ChineseMode);
            PrinterRig.AssertSame(new[] { "消费签购单", "金额        CNY 12.34", "延迟确认 LATE CONFIRMATION" }, rig.PaperText, "decoded back with .NET's GB18030");
            Assert.AreEqual(0, rig.Emulator.UndecodableBytes);
            Assert.AreEqual(0, rig.Driver.UnknownCharacters);
            Assert.IsFalse(rig.Emulator.Lines.Any(line => line.Wrapped), "a Chinese character is two columns: these fit");
        }

        [TestMethod]
        public void Without_Chinese_mode_a_printer_in_single_byte_mode_prints_garbage()
        {
            // The emulator starts in single-byte mode, as such printers do: FS & is what makes Chinese print.
            var rig = new PrinterRig(new EscPosPrinterSettings { SelectChineseMode = false });
            var document = new PrintDocument();
            document.AddText("交易成功", PrintAlignment.Left, PrintStyle.Normal);

            rig.Driver.Print(document);

            Assert.AreNotEqual("交易成功", rig.PaperText.Single());
            Assert.AreEqual(8, rig.Emulator.UndecodableBytes);
        }

        [TestMethod]
        public void Characters_the_printer_cannot_print_come_out_as_question_marks_and_are_counted()
        {
            var rig = new PrinterRig();
            var document = new PrintDocument();

            // An emoji (two UTF-16 units), a character outside the table, and ESC @ / GS V smuggled in as text.
            document.AddText("A\U0001F600B\u00E9C\u001B@D\u001DV\u0001E", PrintAlignment.Left, PrintStyle.Normal);

            PrintResult result = rig.Driver.Print(document);

            Assert.AreEqual(PrintOutcome.Printed, result.Outcome);
            Assert.AreEqual("A??B?C?@D?V?E", rig.PaperText.Single());
            Assert.AreEqual(6, rig.Driver.UnknownCharacters);
            Assert.AreEqual(1, rig.Emulator.Cuts, "the smuggled cut command did not cut");
            Assert.AreEqual(0, rig.Emulator.UnknownCommands.Count);
        }

        [TestMethod]
        public void Every_byte_sent_is_counted_documents_and_queries()
        {
            var rig = new PrinterRig();

            PrintResult result = rig.Driver.Print(PrinterRig.Numbered(10));

            Assert.AreEqual(rig.Port.BytesFromTerminal, rig.Driver.BytesSent);
            int queries = rig.Emulator.StatusQueries;
            Assert.AreEqual(4 + 9 + 4, queries, "DLE EOT 1-4 before, DLE EOT 2 between lines, 1-4 after");
            Assert.AreEqual(rig.Driver.BytesSent - (3 * queries), result.DocumentBytesSent);
        }

        [TestMethod]
        public void Initialize_resets_the_printer_into_Chinese_mode_and_reads_the_status()
        {
            var rig = new PrinterRig();

            PrinterStatus status = rig.Driver.Initialize();

            Assert.IsTrue(status.CanPrint);
            Assert.IsTrue(rig.Emulator.ChineseMode);
            Assert.AreEqual(0, rig.Emulator.Lines.Count);
        }

        private static void SetFault(EscPosPrinterEmulator emulator, string fault, bool on)
        {
            switch (fault)
            {
                case "cover": emulator.CoverOpen = on; break;
                case "head": emulator.HeadOverheated = on; break;
                case "cutter": emulator.CutterJam = on; break;
                case "error": emulator.UnrecoverableError = on; break;
                default: throw new AssertFailedException("unknown fault " + fault);
            }
        }
    }
}
