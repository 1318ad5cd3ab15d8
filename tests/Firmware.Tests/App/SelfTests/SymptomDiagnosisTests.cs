using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App;
using Terminal.App.SelfTests;
using Terminal.Core.Identity;
using Terminal.Hal.Keypad;
using Terminal.Hal.Simulated.Board;
using Terminal.Hal.Simulated.CardReader;
using Terminal.Hal.Simulated.Network;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.App.SelfTests
{
    /// <summary>
    /// The technician's path through the whole terminal: plant the fault behind a symptom (S1-S5 of
    /// shared/failure-causes.md), run that symptom's self-tests from the app, and find the planted cause among
    /// them, with a remedy. The same check on a healthy terminal must not blame that cause.
    /// </summary>
    [TestClass]
    public sealed class SymptomDiagnosisTests
    {
        private static readonly TerminalIdentity Identity = new TerminalIdentity("T0001234", "M88990001", 1795392000);

        [TestMethod]
        public void S1_paid_nothing_shown_finds_the_display_that_does_not_answer()
        {
            Diagnose("S1", "HW-DISPLAY", plant: terminal => terminal.Board.Panel.NotAnswering = true);
        }

        [TestMethod]
        public void S2_transaction_failed_finds_the_network_link_down()
        {
            Diagnose("S2", "NET-LINK", plant: terminal =>
            {
                terminal.Board.PlatformServices.LinkUp = false;
                terminal.Host.Faults.Arm(new FaultRule(FaultKind.DropRequest, count: 1000));
            });
        }

        [TestMethod]
        public void S3_QR_paid_no_notice_finds_the_scanner_unplugged()
        {
            Diagnose("S3", "HW-SCANNER", plant: terminal => terminal.Board.ScannerPort.Unplugged = true);
        }

        [TestMethod]
        public void S4_settlement_failed_finds_the_printer_out_of_paper()
        {
            Diagnose("S4", "HW-PRINTER", plant: terminal => terminal.Board.PrinterEmulator.PaperOut = true);
        }

        [TestMethod]
        public void S5_unsettled_finds_the_payment_whose_outcome_is_unknown()
        {
            Diagnose("S5", "TX-UNKNOWN", plant: terminal =>
            {
                terminal.Host.Faults.Arm(new FaultRule(FaultKind.DropResponse, count: 1, operation: HostOperation.Authorize));
                terminal.PayByCard("5000");
                terminal.Host.Faults.Arm(new FaultRule(FaultKind.DropResponse, count: 1000, operation: HostOperation.Status));
            });
        }

        private static void Diagnose(string symptom, string causeId, Action<Terminal> plant)
        {
            using (var healthy = new Terminal(50))
            {
                SelfTestResult baseline = Find(healthy.App.SelfTests.RunSymptom(symptom), causeId);
                Assert.IsTrue(
                    baseline.Verdict == CheckVerdict.Pass || baseline.Verdict == CheckVerdict.Operator,
                    $"{causeId} on a healthy terminal: {SelfTestRun.VerdictName(baseline.Verdict)} {baseline.Summary}");
            }

            using var faulty = new Terminal(51);
            plant(faulty);
            SelfTestRun run = faulty.App.SelfTests.RunSymptom(symptom);

            CollectionAssert.AreEqual(SymptomPlan.ChecksFor(symptom), run.Results.Select(result => result.CauseId).ToArray(), "the table's checks, in order");
            SelfTestResult found = Find(run, causeId);
            Assert.IsTrue(
                found.Verdict == CheckVerdict.Fail || found.Verdict == CheckVerdict.Warn,
                $"{causeId} with the fault planted: {SelfTestRun.VerdictName(found.Verdict)} {found.Summary}");
            Assert.IsFalse(found.Summary.Contains("no self-test", StringComparison.Ordinal), found.Summary);
            Assert.IsFalse(found.Summary.StartsWith("self-test error", StringComparison.Ordinal), found.Summary);
            Assert.AreNotEqual(string.Empty, found.Remedy.Chinese);
            Assert.AreNotEqual(string.Empty, found.Remedy.English);
            Assert.AreEqual(found.Verdict, faulty.App.SelfTestResults.Find(causeId)!.Verdict, "kept for the idle screen and the menu");
            if (faulty.App.Peripherals.Screens.PanelAnswered)
            {
                string expected = SelfTestRun.OverallName(SelfTestRun.Summarize(faulty.App.SelfTestResults.ToArray()));
                Assert.AreNotEqual("PASS", expected);
                StringAssert.Contains(faulty.App.Peripherals.Screens.VisibleText, expected, "the idle screen's status shows the run's verdict at once");
            }
        }

        private static SelfTestResult Find(SelfTestRun run, string causeId)
        {
            SelfTestResult? result = run.Results.FirstOrDefault(candidate => candidate.CauseId == causeId);
            Assert.IsNotNull(result, $"{run.Plan} runs {causeId}");
            return result;
        }

        /// <summary>A provisioned terminal on a simulated board, talking to a real payment host on loopback.</summary>
        private sealed class Terminal : IDisposable
        {
            private readonly HttpClientLink _link;

            public Terminal(int seed)
            {
                Host = PaymentHostServer.Start(new PaymentHostOptions());
                _link = new HttpClientLink(Host.BaseAddress);
                Board = SimulatedBoard.Create(seed);
                Board.HostLink = _link;
                App = new TerminalApp(Board, TerminalSettings.CreateDefault());
                Assert.IsTrue(App.Provision(Identity));
                Poll(10);
            }

            public PaymentHostServer Host { get; }

            public SimulatedBoard Board { get; }

            public TerminalApp App { get; }

            public void PayByCard(string digits)
            {
                foreach (char digit in digits)
                {
                    Press((KeyCode)(digit - '0'));
                }

                Press(KeyCode.Ok);
                Press(KeyCode.Ok);
                Board.CardReaderEmulator.PresentCard(EmvTestCard.UnionPay());
                Poll(40);
                Board.CardReaderEmulator.RemoveCard();
                Poll(5);
            }

            public void Dispose()
            {
                _link.Dispose();
                Host.Dispose();
            }

            private void Poll(int passes)
            {
                for (int pass = 0; pass < passes; pass++)
                {
                    Board.ManualClock.Advance(5);
                    App.PollCashier();
                }
            }

            private void Press(KeyCode key)
            {
                Board.KeypadEmulator.Press(key);
                Poll(10);
                Board.KeypadEmulator.Release(key);
                Poll(10);
            }
        }
    }
}
