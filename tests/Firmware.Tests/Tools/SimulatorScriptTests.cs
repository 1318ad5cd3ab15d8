using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Tests.Build;
using Terminal.Tools.Simulator;

namespace Terminal.Tests.Tools
{
    [TestClass]
    public sealed class SimulatorScriptTests
    {
        [TestMethod]
        public void The_sample_power_cut_session_meets_every_expectation()
        {
            string script = Path.Combine(PortableSourceListsTests.RepositoryRoot(), "tools", "Simulator", "scripts", "power-cut.txt");
            var output = new StringWriter();

            int exit = new ScriptRunner(output, seed: 1).Run(File.ReadAllLines(script));

            Assert.AreEqual(0, exit, output.ToString());
            StringAssert.Contains(output.ToString(), "LATE CONFIRMATION");
            StringAssert.Contains(output.ToString(), "failed expectations 0");
        }

        [TestMethod]
        public void A_failed_expectation_makes_the_run_fail()
        {
            var output = new StringWriter();

            int exit = new ScriptRunner(output, seed: 1).Run(new[] { "provision T1 M1", "sale 1.00", "expect live 5" });

            Assert.AreEqual(1, exit);
            StringAssert.Contains(output.ToString(), "FAILED: live is 1, expected 5");
        }

        [TestMethod]
        public void A_script_typo_stops_with_its_line_number_and_changes_nothing_after_it()
        {
            var output = new StringWriter();

            int exit = new ScriptRunner(output, seed: 1).Run(new[] { "provision T1 M1", "sael 1.00", "sale 2.00" });

            Assert.AreEqual(2, exit);
            StringAssert.Contains(output.ToString(), "script error on line 2: unknown command 'sael'");
            Assert.IsFalse(output.ToString().Contains("2.00 CNY"));
        }

        [TestMethod]
        public void A_silently_formatted_drive_stops_the_terminal_with_an_alarm()
        {
            var output = new StringWriter();

            int exit = new ScriptRunner(output, seed: 1).Run(new[] { "provision T1 M1", "sale 1.00", "format", "boot", "expect status storage-alarm" });

            Assert.AreEqual(0, exit, output.ToString());
            StringAssert.Contains(output.ToString(), "SILENTLY FORMATTED");
            StringAssert.Contains(output.ToString(), "HW-STORAGE");
        }
    }
}
