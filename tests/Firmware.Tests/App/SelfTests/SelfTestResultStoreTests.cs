using System;
using System.Text;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.SelfTests;
using Terminal.Hal.Simulated.Storage;

namespace Terminal.Tests.App.SelfTests
{
    [TestClass]
    public sealed class SelfTestResultStoreTests
    {
        private static SelfTestResult Result(string causeId, CheckVerdict verdict, string summary, int measurements = 2)
        {
            var result = new SelfTestResult(causeId, verdict, summary, new Remedy("请联系维修。", "Call service."))
            {
                TimestampUtcMilliseconds = 1795392000000L,
                DurationMilliseconds = 42,
            };
            for (int i = 0; i < measurements; i++)
            {
                result.Measure("value_" + i, i * 7, "ms");
            }

            return result;
        }

        private static string Describe(SelfTestResultStore store)
        {
            var text = new StringBuilder();
            foreach (SelfTestResult result in store.ToArray())
            {
                text.Append(result.CauseId).Append('|').Append((int)result.Verdict).Append('|').Append(result.Summary).Append('|')
                    .Append(result.Remedy.Chinese).Append('|').Append(result.MeasurementsText()).Append(';');
            }

            return text.ToString();
        }

        [TestMethod]
        public void Saved_results_come_back_after_a_reboot_with_remedy_and_measurements()
        {
            var flash = new SimulatedFlash();
            var store = new SelfTestResultStore(flash.Storage);
            store.Load();
            store.Save(new[] { Result("SW-CLOCK", CheckVerdict.Warn, "The clock is 60 s behind host time."), Result("SW-LOG", CheckVerdict.Pass, "ok") });

            var reloaded = new SelfTestResultStore(flash.Storage);
            reloaded.Load();

            Assert.AreEqual(2, reloaded.Count);
            SelfTestResult clock = reloaded.Find("SW-CLOCK");
            Assert.AreEqual(CheckVerdict.Warn, clock.Verdict);
            Assert.AreEqual("请联系维修。", clock.Remedy.Chinese);
            Assert.AreEqual("value_0=0 ms, value_1=7 ms", clock.MeasurementsText());
            Assert.AreEqual(42, clock.DurationMilliseconds);
            Assert.IsFalse(reloaded.LoadFoundDamage);
        }

        [TestMethod]
        public void A_later_result_replaces_the_earlier_one_of_the_same_cause()
        {
            var flash = new SimulatedFlash();
            var store = new SelfTestResultStore(flash.Storage);
            store.Save(new[] { Result("SW-CLOCK", CheckVerdict.Fail, "before") });
            store.Save(new[] { Result("SW-CLOCK", CheckVerdict.Pass, "after") });

            var reloaded = new SelfTestResultStore(flash.Storage);
            reloaded.Load();

            Assert.AreEqual(1, reloaded.Count);
            Assert.AreEqual("after", reloaded.Get(0).Summary);
        }

        [TestMethod]
        public void Many_results_with_many_long_measurements_still_save_with_fewer_measurements()
        {
            var flash = new SimulatedFlash();
            var store = new SelfTestResultStore(flash.Storage);
            var results = new SelfTestResult[24];
            for (int i = 0; i < results.Length; i++)
            {
                results[i] = Result("CAUSE-" + i, CheckVerdict.Warn, new string('s', 300), 0);
                for (int m = 0; m < 16; m++)
                {
                    results[i].Measure(new string('n', 40), new string('v', 80), "unit");
                }
            }

            store.Save(results);
            var reloaded = new SelfTestResultStore(flash.Storage);
            reloaded.Load();

            Assert.AreEqual(24, reloaded.Count);
            Assert.IsTrue(reloaded.Get(23).MeasurementCount < 16);
        }

        [TestMethod]
        public void A_damaged_file_is_reported_and_starts_empty()
        {
            var flash = new SimulatedFlash();
            var store = new SelfTestResultStore(flash.Storage);
            store.Save(new[] { Result("SW-LOG", CheckVerdict.Pass, "ok") });
            flash.FlipBits(SelfTestResultStore.FileName, 1, new Random(3));

            var reloaded = new SelfTestResultStore(flash.Storage);
            reloaded.Load();

            Assert.IsTrue(reloaded.LoadFoundDamage);
            Assert.AreEqual(0, reloaded.Count);
        }

        [TestMethod]
        public void A_power_cut_during_save_leaves_the_old_or_the_new_results_never_a_mix()
        {
            Gen<(int Seed, bool HadOld, bool WholeCommits, int CutFraction, int SecondCut)> cases =
                Gen.Select(Gen.Int[1, int.MaxValue], Gen.Bool, Gen.Bool, Gen.Int[0, 1000], Gen.Int[0, 4]);

            cases.SampleSeeded(
                (seed, hadOld, wholeCommits, cutFraction, secondCut) =>
                {
                    var flash = new SimulatedFlash(256 * 1024, seed) { PowerCutModel = wholeCommits ? PowerCutModel.WholeCommitsOnly : PowerCutModel.TornPrefix };
                    var store = new SelfTestResultStore(flash.Storage);
                    store.Load();
                    if (hadOld)
                    {
                        store.Save(new[] { Result("SW-CLOCK", CheckVerdict.Fail, "old clock " + seed), Result("SW-LOG", CheckVerdict.Pass, "old log") });
                    }

                    string before = Describe(store);
                    SelfTestResult[] update = { Result("SW-CLOCK", CheckVerdict.Pass, "new clock " + seed, 3), Result("HW-PRINTER", CheckVerdict.Warn, "new printer") };
                    long startMutations = flash.MutationCount;
                    long saveMutations = CountSaveMutations(seed, hadOld);
                    flash.CutPowerAtMutation(startMutations + 1 + (saveMutations * cutFraction / 1000));
                    try
                    {
                        store.Save(update);
                    }
                    catch (PowerCutException)
                    {
                    }

                    string after = Describe(store);
                    flash.CutPowerAtMutation(0);
                    if (flash.IsPoweredOff)
                    {
                        flash.PowerOn();
                    }

                    if (secondCut > 0)
                    {
                        flash.CutPowerAtMutation(flash.MutationCount + secondCut);
                        try
                        {
                            new SelfTestResultStore(flash.Storage).Load();
                        }
                        catch (PowerCutException)
                        {
                        }

                        flash.CutPowerAtMutation(0);
                        if (flash.IsPoweredOff)
                        {
                            flash.PowerOn();
                        }
                    }

                    var reloaded = new SelfTestResultStore(flash.Storage);
                    reloaded.Load();
                    string found = Describe(reloaded);
                    Assert.IsFalse(reloaded.LoadFoundDamage, "a cut is not damage");
                    Assert.IsTrue(found == before || found == after, $"found {found}\nold {before}\nnew {after}");
                    reloaded.Save(new[] { Result("SW-LOG", CheckVerdict.Warn, "next") });
                    var again = new SelfTestResultStore(flash.Storage);
                    again.Load();
                    Assert.AreEqual("next", again.Find("SW-LOG").Summary);
                },
                iter: 1_500,
                seed: "7HsR2mQ0pLw1");
        }

        private static long CountSaveMutations(int seed, bool hadOld)
        {
            var flash = new SimulatedFlash(256 * 1024, seed);
            var store = new SelfTestResultStore(flash.Storage);
            if (hadOld)
            {
                store.Save(new[] { Result("SW-CLOCK", CheckVerdict.Fail, "old clock " + seed), Result("SW-LOG", CheckVerdict.Pass, "old log") });
            }

            long start = flash.MutationCount;
            store.Save(new[] { Result("SW-CLOCK", CheckVerdict.Pass, "new clock " + seed, 3), Result("HW-PRINTER", CheckVerdict.Warn, "new printer") });
            return flash.MutationCount - start;
        }
    }
}
