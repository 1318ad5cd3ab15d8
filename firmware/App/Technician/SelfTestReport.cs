using Terminal.App.Receipts;
using Terminal.App.SelfTests;
using Terminal.Core.Protocol;
using Terminal.Hal.Printer;

namespace Terminal.App.Technician
{
    /// <summary>
    /// Lays out a self-test run for the receipt printer: the terminal id, the time, the plan and the overall
    /// verdict, then every result with its cause id, verdict, summary, measurements and remedy, in the receipt
    /// language. The menu prints it straight to the printer (<see cref="IReceiptPrinter.Print"/>): it never goes
    /// through the journal's printer queue, so it can neither delay nor duplicate a customer's receipt.
    /// </summary>
    /// <remarks>
    /// Every free text goes through <see cref="ReceiptFormat.SafeText"/> (no printer command, no card number).
    /// The Chinese remedies need their characters in the printer's GB18030 table
    /// (tools/CodePageTable); a character missing there prints as '?', the cause id and the English summary stay
    /// readable.
    /// </remarks>
    public static class SelfTestReport
    {
        private const int TitleStyle = PrintStyle.DoubleWidth | PrintStyle.DoubleHeight | PrintStyle.Emphasized;

        /// <summary>Renders a run.</summary>
        /// <param name="results">The results, in the order they ran; <c>null</c> entries are skipped.</param>
        /// <param name="plan">What was run: S1..S5, ALL, or a cause id.</param>
        /// <param name="terminalId">The terminal id.</param>
        /// <param name="printedUtcMilliseconds">When the report is printed, UTC milliseconds since 1970.</param>
        /// <param name="settings">Language and local time offset (the receipts').</param>
        /// <param name="columns">The printer's <see cref="IReceiptPrinter.ColumnsPerLine"/>, 8 or more.</param>
        /// <returns>A new document, ending with a cut.</returns>
        /// <exception cref="System.ArgumentNullException"><paramref name="results"/> or <paramref name="settings"/> is <c>null</c>.</exception>
        public static PrintDocument Render(SelfTestResult[] results, string plan, string terminalId, long printedUtcMilliseconds, ReceiptSettings settings, int columns)
        {
            if (results == null || settings == null)
            {
                throw new System.ArgumentNullException(results == null ? "results" : "settings");
            }

            CashierLanguage language = settings.Language;
            PrintDocument document = new PrintDocument();
            ReceiptLayout layout = new ReceiptLayout(document, columns);
            layout.Centered(SelfTestReportText.Title(language), TitleStyle);
            layout.Separator();
            layout.Pair(ReceiptText.Get(ReceiptPhrase.TerminalId, language), ReceiptFormat.SafeText(terminalId), PrintStyle.Normal);
            layout.Pair(ReceiptText.Get(ReceiptPhrase.DateTime, language), ReceiptFormat.LocalTime(printedUtcMilliseconds, settings.UtcOffsetMinutes), PrintStyle.Normal);
            layout.Pair(SelfTestReportText.Plan(language), ReceiptFormat.SafeText(plan), PrintStyle.Normal);
            layout.Pair(SelfTestReportText.Overall(language), SelfTestRun.OverallName(SelfTestRun.Summarize(results)), PrintStyle.Emphasized);
            for (int i = 0; i < results.Length; i++)
            {
                SelfTestResult result = results[i];
                if (result == null)
                {
                    continue;
                }

                layout.Separator();
                layout.Pair(ReceiptFormat.SafeText(result.CauseId), SelfTestRun.VerdictName(result.Verdict), PrintStyle.Emphasized);
                if (result.Summary.Length > 0)
                {
                    layout.Left(ReceiptFormat.SafeText(result.Summary), PrintStyle.Normal);
                }

                string measurements = result.MeasurementsText();
                if (measurements.Length > 0)
                {
                    layout.Left(ReceiptFormat.SafeText(measurements), PrintStyle.Normal);
                }

                string remedy = RemedyText(result.Remedy, language);
                if (remedy.Length > 0 && result.Verdict != CheckVerdict.Pass)
                {
                    layout.Left(SelfTestReportText.Remedy(language) + ReceiptFormat.SafeText(remedy), PrintStyle.Normal);
                }
            }

            layout.Separator();
            layout.Left(SelfTestReportText.Signature(language), PrintStyle.Normal);
            document.AddBlankLine();
            return document;
        }

        /// <summary>Gets a remedy in a language; empty when there is none.</summary>
        /// <param name="remedy">The remedy; <c>null</c> gives empty.</param>
        /// <param name="language">The language; anything but Simplified Chinese is English.</param>
        /// <returns>The text.</returns>
        public static string RemedyText(Remedy remedy, CashierLanguage language)
        {
            if (remedy == null)
            {
                return string.Empty;
            }

            string text = language == CashierLanguage.SimplifiedChinese ? remedy.Chinese : remedy.English;
            return text == null ? string.Empty : text;
        }
    }
}
