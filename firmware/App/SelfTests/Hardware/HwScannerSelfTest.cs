using Terminal.Hal.Keypad;
using Terminal.Hal.Scanner;

namespace Terminal.App.SelfTests.Hardware
{
    /// <summary>
    /// HW-SCANNER: QR scanner fault or inaccurate scans. Automatic part: the module answers its version query and its
    /// configuration reads back as set (<see cref="IQrScanner.CheckHealth"/>: on the GM65, zone bits read back after
    /// the write). With a technician: scan the printed test code; a different text is a misread. The scanned text is
    /// not kept (a customer's payment code must never land in a log); only its length and whether it matched.
    /// </summary>
    public sealed class HwScannerSelfTest : SelfTest
    {
        /// <summary>The text of the printed test code (service manual), what <see cref="ExpectedTestCode"/> defaults to.</summary>
        public const string DefaultTestCode = "TERMINAL-SELF-TEST";

        private static readonly Remedy ReseatScanner = new Remedy("请重新插紧扫码器连接线。", "Re-seat the scanner cable.");
        private static readonly Remedy PowerCycleScanner = new Remedy("请重启扫码器；仍有问题请联系维修。", "Power-cycle the scanner; call service if it stays.");

        /// <summary>Creates the test.</summary>
        public HwScannerSelfTest()
            : base("HW-SCANNER")
        {
        }

        /// <summary>Gets or sets the test code's text; empty to accept any code.</summary>
        public string ExpectedTestCode { get; set; } = DefaultTestCode;

        /// <summary>Gets or sets how long the technician has to scan the test code, in milliseconds.</summary>
        public int ScanTimeoutMilliseconds { get; set; } = 30000;

        /// <summary>Gets or sets the pause between two looks for a code, in milliseconds (the keypad is read meanwhile: CANCEL stops the test).</summary>
        public int PollIntervalMilliseconds { get; set; } = 100;

        /// <inheritdoc/>
        public override SelfTestResult Run(SelfTestContext context)
        {
            IQrScanner scanner = context.Peripherals == null ? null : context.Peripherals.Scanner;
            if (scanner == null)
            {
                return Verdict(CheckVerdict.Skip, "no QR scanner fitted");
            }

            ScannerStatus status = scanner.CheckHealth();
            switch (status)
            {
                case ScannerStatus.NoReply:
                    return Health(Verdict(CheckVerdict.Fail, "scanner does not answer its version query (cable or power, see HW-LINK)", ReseatScanner), scanner, status, "not tested");
                case ScannerStatus.Garbled:
                case ScannerStatus.ChecksumError:
                    return Health(Verdict(CheckVerdict.Fail, "scanner answers garbled (loose cable or wrong speed, see HW-LINK)", ReseatScanner), scanner, status, "not tested");
                case ScannerStatus.ConfigurationMismatch:
                    return Health(Verdict(CheckVerdict.Fail, "scanner configuration does not read back as set", PowerCycleScanner), scanner, status, "not tested");
            }

            IOperatorPrompt person = context.Operator;
            if (person == null)
            {
                return Health(Verdict(CheckVerdict.Operator, "scanner answers and is configured; a technician must scan the test code at the terminal"), scanner, status, "not tested");
            }

            status = scanner.Arm();
            if (status != ScannerStatus.Ok)
            {
                return Health(Verdict(CheckVerdict.Fail, "scanner could not be started for the test scan", ReseatScanner), scanner, status, "not armed");
            }

            try
            {
                person.Instruct("请扫描测试码。", "Scan the test code.");
                long started = context.Clock == null ? 0 : context.Clock.MonotonicMilliseconds;
                int looks = 0;
                while (true)
                {
                    string text;
                    if (scanner.TryReadCode(out text))
                    {
                        bool matches = ExpectedTestCode.Length == 0 || text == ExpectedTestCode;
                        SelfTestResult scanned = matches
                            ? Verdict(CheckVerdict.Pass, "scanner answers, is configured and read the test code")
                            : Verdict(CheckVerdict.Fail, "scanner read a different text than the test code: dirty window or wrong code");
                        return Health(scanned, scanner, status, matches ? "matched" : "misread").Measure("code_length", text.Length, "characters");
                    }

                    looks++;
                    long elapsed = context.Clock == null ? (long)looks * PollIntervalMilliseconds : context.Clock.MonotonicMilliseconds - started;
                    if (elapsed >= ScanTimeoutMilliseconds)
                    {
                        return Health(Verdict(CheckVerdict.Fail, "no code read in " + (ScanTimeoutMilliseconds / 1000).ToString() + " s: dirty window, dead scanner or no code shown"), scanner, status, "no code");
                    }

                    KeyCode key;
                    if (person.TryReadKey(PollIntervalMilliseconds, out key) && key == KeyCode.Cancel)
                    {
                        return Health(Verdict(CheckVerdict.Operator, "test scan cancelled by the technician"), scanner, status, "cancelled");
                    }
                }
            }
            finally
            {
                scanner.Disarm();
            }
        }

        private static SelfTestResult Health(SelfTestResult result, IQrScanner scanner, ScannerStatus status, string scan)
        {
            return result
                .Measure("status", StatusName(status), string.Empty)
                .Measure("version", scanner.VersionAnswered ? scanner.Version : "no answer", string.Empty)
                .Measure("configuration", scanner.ConfigurationVerified ? "verified" : "not verified", string.Empty)
                .Measure("test_scan", scan, string.Empty);
        }

        private static string StatusName(ScannerStatus status)
        {
            switch (status)
            {
                case ScannerStatus.Ok:
                    return "ok";
                case ScannerStatus.NoReply:
                    return "no-reply";
                case ScannerStatus.Garbled:
                    return "garbled";
                case ScannerStatus.ChecksumError:
                    return "checksum-error";
                default:
                    return "configuration-mismatch";
            }
        }
    }
}
