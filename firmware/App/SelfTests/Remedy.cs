namespace Terminal.App.SelfTests
{
    /// <summary>A one-line remedy in Chinese and English, shown with a FAIL or WARN and printed on the self-test report.</summary>
    public sealed class Remedy
    {
        /// <summary>Creates a remedy.</summary>
        /// <param name="chinese">The remedy in Simplified Chinese (every character must be in the terminal's font: tools/FontSubset reads firmware/App/SelfTests too).</param>
        /// <param name="english">The remedy in English, printable ASCII.</param>
        public Remedy(string chinese, string english)
        {
            Chinese = chinese;
            English = english;
        }

        /// <summary>Gets the remedy in Simplified Chinese.</summary>
        public string Chinese { get; }

        /// <summary>Gets the remedy in English.</summary>
        public string English { get; }
    }
}
