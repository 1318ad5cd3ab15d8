using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Tools.Chaos;

namespace Terminal.Tests.Tools
{
    /// <summary>
    /// Small runs of the chaos campaigns, so every `dotnet test` cuts the power a few thousand times.
    /// The full runs are `dotnet run -c Release --project tools/Chaos -- powercut|corrupt`.
    /// </summary>
    [TestClass]
    public sealed class ChaosCampaignTests
    {
        [TestMethod]
        public void Power_cut_at_every_mutation_loses_duplicates_and_corrupts_nothing()
        {
            var campaign = new PowerCutCampaign(prefixSamples: 0);
            campaign.Run(seed: 101, operations: 150);
            campaign.Run(seed: 102, operations: 150);
            campaign.Run(seed: 103, operations: 150);
            ChaosCounters counters = campaign.Counters;

            Assert.IsTrue(counters.Cuts > 5000, $"only {counters.Cuts} cuts");
            Assert.IsTrue(counters.SecondCuts > 100, $"only {counters.SecondCuts} second cuts");
            Assert.IsTrue(counters.Deliveries > 50, $"only {counters.Deliveries} deliveries");
            Assert.AreEqual(0, counters.Lost, string.Join("\n", counters.Notes));
            Assert.AreEqual(0, counters.Duplicated, string.Join("\n", counters.Notes));
            Assert.AreEqual(0, counters.CorruptAccepted, string.Join("\n", counters.Notes));
            Assert.AreEqual(0, counters.Undelivered, string.Join("\n", counters.Notes));
            Assert.AreEqual(0, counters.FalseAlarms, string.Join("\n", counters.Notes));
            Assert.AreEqual(0, counters.RecoveryFailures, string.Join("\n", counters.Notes));
        }

        [TestMethod]
        public void Damaged_journal_images_never_crash_recovery_or_get_accepted()
        {
            var campaign = new CorruptionCampaign();
            for (int seed = 1; seed <= 300; seed++)
            {
                campaign.Run(seed);
            }

            CorruptionCounters counters = campaign.Counters;
            Assert.AreEqual(300, counters.Images);
            Assert.IsTrue(counters.FramesChecked > 1000, $"only {counters.FramesChecked} frames checked");
            Assert.AreEqual(0, counters.Crashes, string.Join("\n", counters.Notes));
            Assert.AreEqual(0, counters.Hangs);
            Assert.AreEqual(0, counters.CorruptAccepted, string.Join("\n", counters.Notes));
        }
    }
}
