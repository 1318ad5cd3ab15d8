using Terminal.App.Screens;

namespace Terminal.App.SelfTests
{
    /// <summary>
    /// One self-test: answers one cause of failure-causes.md by its id. One class per file, named by the id
    /// (<c>HwPrinterSelfTest</c> for HW-PRINTER), in the folder of its group. A self-test never harms a queued
    /// result and never runs a financial transaction; it returns a verdict for every field condition and throws
    /// only for programming errors (the runner turns those into FAIL with the exception's message).
    /// </summary>
    public abstract class SelfTest
    {
        /// <summary>Creates the test; its names and catalogue remedy come from the screens' cause table (<see cref="ScreenText"/>), whose glyphs are in the font.</summary>
        /// <param name="causeId">The cause id it answers (<c>HW-PRINTER</c>); must be in the cause table.</param>
        protected SelfTest(string causeId)
        {
            CauseId = causeId;
            TitleChinese = ScreenText.Chinese.CauseName(causeId);
            TitleEnglish = ScreenText.English.CauseName(causeId);
            Remedy = new Remedy(ScreenText.Chinese.CauseRemedy(causeId), ScreenText.English.CauseRemedy(causeId));
        }

        /// <summary>Gets the cause id.</summary>
        public string CauseId { get; }

        /// <summary>Gets the short name in Chinese.</summary>
        public string TitleChinese { get; }

        /// <summary>Gets the short name in English.</summary>
        public string TitleEnglish { get; }

        /// <summary>Gets the catalogue's remedy.</summary>
        public Remedy Remedy { get; }

        /// <summary>Runs the check.</summary>
        /// <param name="context">What the terminal has: parts, journal, host, clock, operator.</param>
        /// <returns>The result; never <c>null</c>.</returns>
        public abstract SelfTestResult Run(SelfTestContext context);

        /// <summary>Makes a result with the catalogue's remedy.</summary>
        /// <param name="verdict">The verdict.</param>
        /// <param name="summary">What was found, one English line.</param>
        /// <returns>The result, to add measurements to.</returns>
        protected SelfTestResult Verdict(CheckVerdict verdict, string summary)
        {
            return new SelfTestResult(CauseId, verdict, summary, Remedy);
        }

        /// <summary>Makes a result with a remedy for this finding.</summary>
        /// <param name="verdict">The verdict.</param>
        /// <param name="summary">What was found, one English line.</param>
        /// <param name="remedy">The finding's remedy.</param>
        /// <returns>The result, to add measurements to.</returns>
        protected SelfTestResult Verdict(CheckVerdict verdict, string summary, Remedy remedy)
        {
            return new SelfTestResult(CauseId, verdict, summary, remedy);
        }
    }
}
