using Terminal.App.Receipts;
using Terminal.Hal.Printer;

namespace Terminal.App.SelfTests.Hardware
{
    /// <summary>
    /// HW-PRINTER: paper out or near end, cover open, head over-temperature, cutter jam, no answer. Asks the printer's
    /// real-time status (ESC/POS DLE EOT 1-4 through <see cref="IReceiptPrinter.ReadStatus"/>); each finding gets its
    /// own remedy. When the status is fine it prints a short test slip straight to the printer, never through the
    /// journal's printer queue (no receipt is printed, skipped or marked delivered), and, when a technician is there,
    /// asks whether the slip is legible (a blocked print head prints blank or streaked).
    /// </summary>
    public sealed class HwPrinterSelfTest : SelfTest
    {
        private static readonly Remedy LoadPaper = new Remedy("请装入新纸卷，小票会自动补打。", "Load a new paper roll; queued receipts then print.");
        private static readonly Remedy PaperLow = new Remedy("纸快用完了，请准备新纸卷。", "Paper near end: have a new roll ready.");
        private static readonly Remedy CloseCover = new Remedy("请合上纸仓盖。", "Close the paper cover.");
        private static readonly Remedy CoolHead = new Remedy("请等待打印头冷却。", "Wait for the print head to cool.");
        private static readonly Remedy ClearCutter = new Remedy("请打开纸仓盖，清除切刀卡纸。", "Open the cover and clear the cutter jam.");
        private static readonly Remedy ReseatCable = new Remedy("请重新插紧打印机连接线，并检查打印机电源。", "Re-seat the printer cable and check its power.");
        private static readonly Remedy CallService = new Remedy("请重启打印机；仍有问题请联系维修。", "Power-cycle the printer; call service if it stays.");
        private static readonly Remedy CleanHead = new Remedy("请清洁打印头；仍有问题请联系维修。", "Clean the print head; call service if it stays.");

        /// <summary>Creates the test.</summary>
        public HwPrinterSelfTest()
            : base("HW-PRINTER")
        {
        }

        /// <summary>Gets or sets how long the technician has to judge the test slip, in milliseconds.</summary>
        public int AnswerTimeoutMilliseconds { get; set; } = 60000;

        /// <inheritdoc/>
        public override SelfTestResult Run(SelfTestContext context)
        {
            IReceiptPrinter printer = context.Peripherals == null ? null : context.Peripherals.Printer;
            if (printer == null)
            {
                return Verdict(CheckVerdict.Skip, "no printer fitted");
            }

            PrinterStatus status = printer.ReadStatus();
            if (!status.CanPrint)
            {
                return Measured(FaultResult(status), status, "not printed");
            }

            PrintResult printed = printer.Print(TestSlip(context));
            if (!printed.IsPrinted)
            {
                SelfTestResult stopped = printed.Status.CanPrint
                    ? Verdict(CheckVerdict.Fail, "test slip stopped although the status was fine", CallService)
                    : FaultResult(printed.Status);
                return Measured(stopped, printed.Status, "stopped").Measure("slip_bytes", printed.DocumentBytesSent, "bytes");
            }

            SelfTestResult result;
            IOperatorPrompt person = context.Operator;
            OperatorAnswer answer = OperatorAnswer.NoAnswer;
            if (person != null)
            {
                answer = person.Ask("测试小票字迹清晰吗？", "Is the test slip printed clearly?", AnswerTimeoutMilliseconds);
            }

            if (answer == OperatorAnswer.No)
            {
                result = Verdict(CheckVerdict.Fail, "test slip printed but not legible: print head blocked or worn", CleanHead);
            }
            else if (status.PaperNearEnd || printed.Status.PaperNearEnd)
            {
                result = Verdict(CheckVerdict.Warn, "paper near end; test slip printed", PaperLow);
            }
            else
            {
                result = Verdict(CheckVerdict.Pass, person == null ? "status fine, test slip printed" : "status fine, test slip printed " + (answer == OperatorAnswer.Yes ? "and confirmed legible" : "(legibility not confirmed)"));
            }

            return Measured(result, printed.Status, "printed")
                .Measure("slip_bytes", printed.DocumentBytesSent, "bytes")
                .Measure("slip_legible", answer == OperatorAnswer.Yes ? "yes" : answer == OperatorAnswer.No ? "no" : "not asked", string.Empty);
        }

        private SelfTestResult FaultResult(PrinterStatus status)
        {
            switch (status.Fault)
            {
                case PrinterFault.NoReply:
                    return Verdict(CheckVerdict.Fail, "printer does not answer its status query (cable or power, see HW-LINK)", ReseatCable);
                case PrinterFault.GarbledReply:
                    return Verdict(CheckVerdict.Fail, "printer answers garbled status (loose cable or wrong speed, see HW-LINK)", ReseatCable);
                case PrinterFault.CoverOpen:
                    return Verdict(CheckVerdict.Fail, "printer cover open", CloseCover);
                case PrinterFault.PaperOut:
                    return Verdict(CheckVerdict.Fail, "printer out of paper", LoadPaper);
                case PrinterFault.CutterJam:
                    return Verdict(CheckVerdict.Fail, "printer cutter jammed", ClearCutter);
                case PrinterFault.HeadOverheated:
                    return Verdict(CheckVerdict.Fail, "print head over temperature", CoolHead);
                case PrinterFault.UnrecoverableError:
                    return Verdict(CheckVerdict.Fail, "printer reports an unrecoverable error", CallService);
                default:
                    return Verdict(CheckVerdict.Fail, "printer offline", CallService);
            }
        }

        private static SelfTestResult Measured(SelfTestResult result, PrinterStatus status, string slip)
        {
            return result
                .Measure("link", LinkName(status.Link), string.Empty)
                .Measure("paper", status.Paper == PaperLevel.Out ? "out" : status.Paper == PaperLevel.NearEnd ? "near-end" : "present", string.Empty)
                .Measure("cover", status.CoverOpen ? "open" : "closed", string.Empty)
                .Measure("head", status.HeadOverheated ? "over-temperature" : "ok", string.Empty)
                .Measure("cutter", status.CutterJam ? "jammed" : "ok", string.Empty)
                .Measure("slip", slip, string.Empty);
        }

        private static string LinkName(PrinterLink link)
        {
            switch (link)
            {
                case PrinterLink.Answered:
                    return "answered";
                case PrinterLink.NoReply:
                    return "no-reply";
                case PrinterLink.GarbledReply:
                    return "garbled";
                default:
                    return "not-queried";
            }
        }

        private static PrintDocument TestSlip(SelfTestContext context)
        {
            int offsetMinutes = context.Settings == null || context.Settings.Receipts == null ? 0 : context.Settings.Receipts.UtcOffsetMinutes;
            long now = context.Clock == null ? 0 : context.Clock.UtcNowMilliseconds;
            PrintDocument slip = new PrintDocument();
            slip.AddText("SELF-TEST", PrintAlignment.Center, PrintStyle.Emphasized | PrintStyle.DoubleHeight);
            slip.AddText("HW-PRINTER", PrintAlignment.Center, PrintStyle.Normal);
            slip.AddText(ReceiptFormat.LocalTime(now, offsetMinutes), PrintAlignment.Center, PrintStyle.Normal);
            slip.AddText("0123456789 ABCDEFGHIJKLM", PrintAlignment.Left, PrintStyle.Normal);
            slip.AddBlankLine();
            return slip;
        }
    }
}
