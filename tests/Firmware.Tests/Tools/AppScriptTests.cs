using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Tests.Build;
using Terminal.Tools.Simulator.Rig;
using Terminal.Tools.Simulator.Scripting;

namespace Terminal.Tests.Tools
{
    /// <summary>Whole-terminal scripts (<c>mode app</c>): the committed sample, expectations, mistakes.</summary>
    [TestClass]
    public sealed class AppScriptTests
    {
        [TestMethod]
        public void The_late_confirmation_sample_runs_to_completion_and_summarises_what_was_shown_and_printed()
        {
            string[] script = File.ReadAllLines(Path.Combine(PortableSourceListsTests.RepositoryRoot(), "tools", "Simulator", "scripts", "late-confirmation.txt"));
            var output = new StringWriter();

            int exit = new AppScriptRunner(output, new SimulatedTerminalOptions()).Run(script);

            string text = output.ToString();
            Assert.AreEqual(0, exit, text);
            StringAssert.Contains(text, "[screen] 正在确认结果", "UNKNOWN was shown");
            StringAssert.Contains(text, "[printer] receipt 1:");
            StringAssert.Contains(text, "receipt 1: 21 lines, marked LATE CONFIRMATION");
            StringAssert.Contains(text, "host ledger: 1 payment(s), 1 approved, double charges 0");
            StringAssert.Contains(text, "failed expectations 0");
            Assert.IsFalse(text.Contains("6250941006528599", System.StringComparison.Ordinal), "the card number is never printed whole");
        }

        [TestMethod]
        public void The_journal_level_sample_is_not_an_app_script_and_the_late_confirmation_one_is()
        {
            string scripts = Path.Combine(PortableSourceListsTests.RepositoryRoot(), "tools", "Simulator", "scripts");

            Assert.IsFalse(AppScriptRunner.IsAppScript(File.ReadAllLines(Path.Combine(scripts, "power-cut.txt"))));
            Assert.IsTrue(AppScriptRunner.IsAppScript(File.ReadAllLines(Path.Combine(scripts, "late-confirmation.txt"))));
        }

        [TestMethod]
        public void A_failed_expectation_fails_the_run_and_says_what_the_screen_showed()
        {
            var output = new StringWriter();

            int exit = new AppScriptRunner(output, new SimulatedTerminalOptions()).Run(["mode app", "key 12 ok", "expect state Idle"]);

            Assert.AreEqual(1, exit);
            StringAssert.Contains(output.ToString(), "FAILED: expected the sale is Idle; it is Confirm");
            StringAssert.Contains(output.ToString(), "failed expectations 1");
        }

        [TestMethod]
        public void A_script_mistake_stops_with_its_line_number()
        {
            var output = new StringWriter();

            int exit = new AppScriptRunner(output, new SimulatedTerminalOptions()).Run(["mode app", "key 1 ok", "tap amex"]);

            Assert.AreEqual(2, exit);
            StringAssert.Contains(output.ToString(), "script error on line 3: no test card 'amex'");
        }
    }
}
