using Terminal.App.SelfTests;
using Terminal.Core.Journal;
using Terminal.Hal.Printer;

namespace Terminal.Tests.App.Technician
{
    /// <summary>
    /// Small self-tests for the menu's tests, standing in for the catalogue other helpers fill: each looks at the real
    /// emulated part through the context, so a fault switched on the emulator shows in the menu.
    /// </summary>
    internal static class RigSelfTests
    {
        public static SelfTest[] Create() => new SelfTest[] { new Printer(), new Pending(), new Display() };

        /// <summary>HW-PRINTER from the printer's real-time status.</summary>
        private sealed class Printer : SelfTest
        {
            public Printer()
                : base("HW-PRINTER")
            {
            }

            public override SelfTestResult Run(SelfTestContext context)
            {
                IReceiptPrinter? printer = context.Peripherals?.Printer;
                if (printer == null)
                {
                    return Verdict(CheckVerdict.Skip, "no printer fitted");
                }

                PrinterStatus status = printer.ReadStatus();
                return status.CanPrint
                    ? Verdict(CheckVerdict.Pass, "printer ready").Measure("paper", "ok", string.Empty)
                    : Verdict(CheckVerdict.Fail, "printer cannot print: " + status.CauseId).Measure("paper", status.Paper == PaperLevel.Out ? "out" : "ok", string.Empty);
            }
        }

        /// <summary>TX-PENDING from the journal's queue depths.</summary>
        private sealed class Pending : SelfTest
        {
            public Pending()
                : base("TX-PENDING")
            {
            }

            public override SelfTestResult Run(SelfTestContext context)
            {
                int host = context.Journal == null ? 0 : context.Journal.PendingCount(Destinations.Host);
                return Verdict(host == 0 ? CheckVerdict.Pass : CheckVerdict.Warn, host + " results wait for the host").Measure("host_queue", host, "items");
            }
        }

        /// <summary>HW-DISPLAY: asks the technician whether the screen looks right.</summary>
        private sealed class Display : SelfTest
        {
            public Display()
                : base("HW-DISPLAY")
            {
            }

            public override SelfTestResult Run(SelfTestContext context)
            {
                if (context.Operator == null)
                {
                    return Verdict(CheckVerdict.Operator, "a technician must look at the test pattern");
                }

                OperatorAnswer answer = context.Operator.Ask("屏幕显示正常吗？", "Does the screen look right?", 30000);
                return answer switch
                {
                    OperatorAnswer.Yes => Verdict(CheckVerdict.Pass, "the technician confirmed the pattern"),
                    OperatorAnswer.No => Verdict(CheckVerdict.Fail, "the technician saw a wrong pattern"),
                    _ => Verdict(CheckVerdict.Operator, "nobody answered"),
                };
            }
        }
    }
}
