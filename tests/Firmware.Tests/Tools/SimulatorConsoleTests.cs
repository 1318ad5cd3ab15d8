using System;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.SelfTests;
using Terminal.Hal.Simulated.ConsoleTransport;
using Terminal.Tools.Simulator.Rig;

namespace Terminal.Tests.Tools
{
    /// <summary>Issue #5's proof: the simulator with its console open, and the technician's client running <c>selftest run S1</c> against it.</summary>
    [TestClass]
    public sealed class SimulatorConsoleTests
    {
        [TestMethod]
        public void DebugConsole_runs_selftest_run_S1_against_the_running_simulator_and_prints_every_verdict()
        {
            using var terminal = new SimulatedTerminal(new SimulatedTerminalOptions());
            var listener = new TcpConsoleListener(0);
            terminal.AddConsoleListener(listener);
            Assert.AreEqual("Ready", terminal.Start().ToString());
            using var loop = new TerminalLoop(terminal, TextWriter.Null);
            loop.Start();

            var output = new StringWriter();
            var error = new StringWriter();
            int code = Terminal.Tools.DebugConsole.Program.Run(
                new[] { "--host", "127.0.0.1", "--port", listener.Port.ToString(), "--credential", SimulatedTerminalOptions.DefaultTechnicianPin, "selftest", "run", "S1" },
                output,
                error);

            Assert.AreEqual(0, code, error.ToString());
            string printed = output.ToString();
            StringAssert.StartsWith(printed, "S1: ");
            foreach (string causeId in SymptomPlan.ChecksFor("S1"))
            {
                StringAssert.Contains(printed, causeId);
            }

            Assert.IsFalse(printed.Contains("no self-test", StringComparison.Ordinal), printed);
        }
    }
}
