using Terminal.Drivers.Display.Canvas;
using Terminal.Drivers.Printer.EscPos;
using Terminal.Hal.Buses;
using Terminal.Hal.CardReader;
using Terminal.Hal.Display;
using Terminal.Hal.Printer;
using Terminal.Hal.Scanner;

namespace Terminal.App.SelfTests.Hardware
{
    /// <summary>
    /// HW-LINK: a loose or damaged cable to a peripheral. Reads each driver's <see cref="LinkCounters"/> since boot
    /// (printer, display panel, card reader, QR scanner: timeouts, checksum errors, malformed frames, resyncs), then
    /// probes each part now. A part that does not answer is power-cycled where it has a reset line (the panel's RESX,
    /// the reader's RSTPDN) and probed again. The summary names the cable to re-seat.
    /// </summary>
    public sealed class HwLinkSelfTest : SelfTest
    {
        private const int PartCount = 4;

        private static readonly string[] PartNames = new string[] { "printer", "display", "reader", "scanner" };

        /// <summary>Creates the test.</summary>
        public HwLinkSelfTest()
            : base("HW-LINK")
        {
        }

        /// <summary>Gets or sets how many link faults of one part since boot make the verdict WARN (a few are noise: a wake-up, a hot-plug).</summary>
        public int WarnFaults { get; set; } = 3;

        /// <summary>Gets or sets how many link faults of one part since boot make the verdict FAIL.</summary>
        public int FailFaults { get; set; } = 20;

        /// <inheritdoc/>
        public override SelfTestResult Run(SelfTestContext context)
        {
            Peripherals.TerminalPeripherals parts = context.Peripherals;
            if (parts == null)
            {
                return Verdict(CheckVerdict.Skip, "no peripherals");
            }

            EscPosPrinter printer = parts.Printer as EscPosPrinter;
            LinkCounters[] counters = new LinkCounters[PartCount];
            counters[0] = printer == null ? null : printer.LinkCounters;
            counters[1] = parts.Panel == null ? null : parts.Panel.Counters;
            counters[2] = parts.CardReader == null ? null : parts.CardReader.LinkCounters;
            counters[3] = parts.Scanner == null ? null : parts.Scanner.Link;

            // Snapshot before probing: the probes' own timeouts are not evidence from the field.
            int[] faults = new int[PartCount];
            int[] timeouts = new int[PartCount];
            int[] checksumErrors = new int[PartCount];
            int[] malformed = new int[PartCount];
            int[] resyncs = new int[PartCount];
            int[] reconnects = new int[PartCount];
            for (int i = 0; i < PartCount; i++)
            {
                if (counters[i] != null)
                {
                    faults[i] = counters[i].Faults;
                    timeouts[i] = counters[i].Timeouts;
                    checksumErrors[i] = counters[i].ChecksumErrors;
                    malformed[i] = counters[i].MalformedFrames;
                    resyncs[i] = counters[i].Resyncs;
                    reconnects[i] = counters[i].Reconnects;
                }
            }

            string[] now = new string[PartCount];
            now[0] = parts.Printer == null ? null : ProbePrinter(parts.Printer);
            now[1] = parts.Panel == null ? null : ProbePanel(parts.Panel, parts.Canvas, parts.Screens);
            now[2] = parts.CardReader == null ? null : ProbeReader(parts.CardReader);
            now[3] = parts.Scanner == null ? null : ProbeScanner(parts.Scanner);

            CheckVerdict verdict = CheckVerdict.Skip;
            string failing = string.Empty;
            string warning = string.Empty;
            int fitted = 0;
            for (int i = 0; i < PartCount; i++)
            {
                if (now[i] == null)
                {
                    continue;
                }

                fitted++;
                string finding = PartNames[i] + " cable (" + now[i] + ", " + faults[i].ToString() + " faults)";
                if (now[i] == "no answer" || faults[i] >= FailFaults)
                {
                    failing = failing.Length == 0 ? finding : failing + ", " + finding;
                }
                else if (now[i] != "answers" || faults[i] >= WarnFaults)
                {
                    warning = warning.Length == 0 ? finding : warning + ", " + finding;
                }
            }

            string summary;
            if (fitted == 0)
            {
                summary = "no peripheral fitted";
            }
            else if (failing.Length > 0)
            {
                verdict = CheckVerdict.Fail;
                summary = "re-seat the " + failing + (warning.Length > 0 ? "; check the " + warning : string.Empty);
            }
            else if (warning.Length > 0)
            {
                verdict = CheckVerdict.Warn;
                summary = "check the " + warning;
            }
            else
            {
                verdict = CheckVerdict.Pass;
                summary = "every fitted part answers; link faults since boot below " + WarnFaults.ToString() + " each";
            }

            SelfTestResult result = Verdict(verdict, summary);
            for (int i = 0; i < PartCount; i++)
            {
                string part = PartNames[i];
                if (now[i] == null)
                {
                    result.Measure(part, "not fitted", string.Empty);
                    continue;
                }

                result.Measure(part, now[i], string.Empty);
                if (counters[i] != null)
                {
                    result.Measure(part + "_timeouts", timeouts[i], string.Empty)
                        .Measure(part + "_checksum_errors", checksumErrors[i], string.Empty)
                        .Measure(part + "_malformed", malformed[i], string.Empty)
                        .Measure(part + "_resyncs", resyncs[i], string.Empty)
                        .Measure(part + "_reconnects", reconnects[i], string.Empty);
                }
            }

            return result;
        }

        // The printer has no reset line on this board: one status query tells whether it answers.
        private static string ProbePrinter(IReceiptPrinter printer)
        {
            PrinterStatus status = printer.ReadStatus();
            if (status.Link == PrinterLink.NoReply)
            {
                return "no answer";
            }

            return status.Link == PrinterLink.GarbledReply ? "garbled" : "answers";
        }

        // RESX pulse through Initialize (ST7789V 9.1: hardware reset, then the init sequence), then the screen is
        // repainted whole because the controller's frame memory is lost.
        private static string ProbePanel(IPixelPanel panel, FramebufferCanvas canvas, Screens.ScreenPresenter screens)
        {
            int identity;
            if (panel.Probe(out identity) == PanelStatus.Ready)
            {
                return "answers";
            }

            PanelStatus initialized = panel.Initialize();
            if (canvas != null)
            {
                canvas.Invalidate();
            }

            if (screens != null)
            {
                screens.Repaint();
            }

            if (initialized == PanelStatus.Ready && panel.Probe(out identity) == PanelStatus.Ready)
            {
                return "answered after reset";
            }

            return initialized == PanelStatus.WrongController ? "garbled" : "no answer";
        }

        // A reader that failed is started afresh by its next health check, which pulses RSTPDN (PN532 data sheet §12.23).
        private static string ProbeReader(ICardReader reader)
        {
            if (reader.CheckHealth().Verdict != CardReaderVerdict.LinkFault)
            {
                return "answers";
            }

            return reader.CheckHealth().Verdict != CardReaderVerdict.LinkFault ? "answered after reset" : "no answer";
        }

        // The scanner has no reset line: its health check hunts the baud rate and reads the configuration back.
        private static string ProbeScanner(IQrScanner scanner)
        {
            ScannerStatus status = scanner.CheckHealth();
            if (status == ScannerStatus.NoReply)
            {
                return "no answer";
            }

            return status == ScannerStatus.Ok || status == ScannerStatus.ConfigurationMismatch ? "answers" : "garbled";
        }
    }
}
