using System;
using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Screens;
using Terminal.App.SelfTests;
using Terminal.Core.Maintenance;
using Terminal.Hal.Simulated.Board;

namespace Terminal.Tests.App.SelfTests
{
    [TestClass]
    public sealed class SelfTestRunnerTests
    {
        private static readonly string[] AllIds =
        {
            "HW-DISPLAY", "HW-PRINTER", "HW-KEYPAD", "HW-CARD", "HW-SCANNER", "HW-LINK", "HW-POWER", "HW-STORAGE",
            "SW-VERSION", "SW-INTEGRITY", "SW-CONFIG", "SW-LIMITS", "SW-CLOCK", "SW-MEMORY", "SW-LOG",
            "NET-LINK", "NET-PATH", "NET-GATEWAY", "TX-PENDING", "TX-UNKNOWN",
        };

        [TestMethod]
        public void Symptom_runs_follow_the_catalogue_table_order()
        {
            var rig = new Rig();
            SelfTestRun run = rig.Runner.RunSymptom("S4");

            CollectionAssert.AreEqual(
                new[] { "HW-PRINTER", "HW-STORAGE", "TX-PENDING", "NET-GATEWAY", "SW-CLOCK", "SW-LOG", "SW-VERSION" },
                rig.Ran);
            Assert.AreEqual("S4", run.Plan);
            Assert.AreEqual(7, run.Results.Length);
        }

        [TestMethod]
        public void A_check_that_throws_is_reported_as_FAIL_and_the_others_still_run()
        {
            var rig = new Rig();
            rig.Throwing.Add("TX-UNKNOWN");

            SelfTestRun run = rig.Runner.RunSymptom("S1");

            Assert.AreEqual(7, run.Results.Length);
            SelfTestResult crashed = Array.Find(run.Results, r => r.CauseId == "TX-UNKNOWN")!;
            Assert.AreEqual(CheckVerdict.Fail, crashed.Verdict);
            StringAssert.Contains(crashed.Summary, "self-test error");
            Assert.AreEqual(SelfTestVerdict.Fail, run.Overall);
        }

        [TestMethod]
        public void Results_are_stamped_kept_across_a_reboot_and_logged()
        {
            var rig = new Rig();
            rig.Verdicts["HW-PRINTER"] = CheckVerdict.Warn;
            rig.Board.ManualClock.Advance(5000);

            rig.Runner.RunOne("HW-PRINTER");

            var reloaded = new SelfTestResultStore(rig.Board.Storage);
            reloaded.Load();
            SelfTestResult kept = reloaded.Find("HW-PRINTER")!;
            Assert.IsNotNull(kept);
            Assert.AreEqual(CheckVerdict.Warn, kept.Verdict);
            Assert.AreEqual(rig.Board.ManualClock.UtcNowMilliseconds, kept.TimestampUtcMilliseconds);
            Assert.AreEqual("fake finding", kept.Summary);
            Assert.AreEqual("level", kept.GetMeasurement(0).Name);
            Assert.AreEqual(ScreenText.Chinese.CauseRemedy("HW-PRINTER"), kept.Remedy.Chinese);
            Assert.AreEqual(SelfTestVerdict.Warn, SelfTestRun.Summarize(reloaded.ToArray()));

            EventRecord logged = rig.Log.Read(rig.Log.Count - 1);
            Assert.AreEqual(EventKind.SelfTest, logged.Kind);
            Assert.AreEqual("HW-PRINTER", logged.Source);
            StringAssert.Contains(logged.Text, "HW-PRINTER=WARN");
        }

        [TestMethod]
        public void A_later_run_replaces_only_the_causes_it_ran()
        {
            var rig = new Rig();
            rig.Verdicts["NET-LINK"] = CheckVerdict.Fail;
            rig.Runner.RunAll();
            rig.Verdicts["NET-LINK"] = CheckVerdict.Pass;

            rig.Runner.RunOne("NET-LINK");

            Assert.AreEqual(AllIds.Length, rig.Store.Count);
            Assert.AreEqual(CheckVerdict.Pass, rig.Store.Find("NET-LINK")!.Verdict);
        }

        [TestMethod]
        public void Unknown_symptoms_and_ids_are_refused_with_a_clear_error()
        {
            var rig = new Rig();

            var symptom = Assert.ThrowsException<ArgumentException>(() => rig.Runner.RunSymptom("S9"));
            StringAssert.Contains(symptom.Message, "S1..S5");
            Assert.ThrowsException<ArgumentException>(() => rig.Runner.RunOne("HW-TOASTER"));
            Assert.AreEqual(0, rig.Ran.Count);
        }

        [TestMethod]
        public void Every_symptom_check_names_a_cause_of_the_catalogue()
        {
            foreach (string symptom in SymptomPlan.Symptoms)
            {
                foreach (string id in SymptomPlan.ChecksFor(symptom))
                {
                    CollectionAssert.Contains(AllIds, id, $"{symptom} names {id}");
                }
            }
        }

        private sealed class Rig
        {
            public Rig()
            {
                Board = SimulatedBoard.Create(1);
                Log = new EventLog(Board.Storage, Board.Clock, 16);
                Log.Open();
                Store = new SelfTestResultStore(Board.Storage);
                Store.Load();
                var context = new SelfTestContext { Board = Board, Clock = Board.Clock, EventLog = Log };
                var tests = new List<SelfTest>();
                foreach (string id in AllIds)
                {
                    tests.Add(new FakeSelfTest(id, this));
                }

                Runner = new SelfTestRunner(context, Store, tests.ToArray());
            }

            public SimulatedBoard Board { get; }

            public EventLog Log { get; }

            public SelfTestResultStore Store { get; }

            public SelfTestRunner Runner { get; }

            public List<string> Ran { get; } = new();

            public HashSet<string> Throwing { get; } = new();

            public Dictionary<string, CheckVerdict> Verdicts { get; } = new();
        }

        private sealed class FakeSelfTest : SelfTest
        {
            private readonly Rig _rig;

            public FakeSelfTest(string causeId, Rig rig)
                : base(causeId)
            {
                _rig = rig;
            }

            public override SelfTestResult Run(SelfTestContext context)
            {
                _rig.Ran.Add(CauseId);
                if (_rig.Throwing.Contains(CauseId))
                {
                    throw new InvalidOperationException("planted bug");
                }

                CheckVerdict verdict = _rig.Verdicts.TryGetValue(CauseId, out CheckVerdict planted) ? planted : CheckVerdict.Pass;
                return Verdict(verdict, "fake finding").Measure("level", 3, "");
            }
        }
    }
}
