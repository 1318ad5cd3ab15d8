using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Tools.Chaos;

namespace Terminal.Tests.Tools
{
    /// <summary>
    /// A small run of the network campaign: card payments through the real payment host on loopback
    /// under host and terminal faults, judged against the host's ledger. The full run is
    /// `dotnet run -c Release --project tools/Chaos -- network --seeds 200 --transactions 50`.
    /// </summary>
    [TestClass]
    public sealed class NetworkCampaignTests
    {
        [TestMethod]
        public void Network_faults_never_double_charge_hide_an_approval_show_it_as_failed_or_lose_a_result()
        {
            var campaign = new NetworkCampaign(timeoutMilliseconds: 300, parallelism: 4);
            campaign.Run(firstSeed: 1, seeds: 4, transactions: 25);
            NetworkCounters counters = campaign.Counters;
            string notes = string.Join("\n", counters.Notes);

            Assert.AreEqual(4, counters.Seeds);
            Assert.AreEqual(100, counters.Transactions);
            Assert.IsTrue(counters.FaultsArmed >= 80, $"only {counters.FaultsArmed} faults armed");
            Assert.IsTrue(counters.FaultsInjected >= 60, $"only {counters.FaultsInjected} faults acted");
            Assert.IsTrue(counters.InjectedByKind["approve_while_rebooting"] + counters.InjectedByKind["approve_after_timeout"] > 0, "no approval was hidden from the terminal");
            Assert.IsTrue(counters.InjectedByKind["reboot_mid_flight"] + counters.InjectedByKind["power_off_mid_flight"] + counters.InjectedByKind["power_cut_at_mutation"] > 0, "no terminal fault struck");
            Assert.IsTrue(counters.LateConfirmations > 0, "no late confirmation");
            Assert.IsTrue(counters.Charged > 50, $"only {counters.Charged} sales charged");
            Assert.AreEqual(0, counters.Crashes, notes);
            Assert.AreEqual(0, counters.DoubleCharged, notes);
            Assert.AreEqual(0, counters.ApprovedNotDisplayed, notes);
            Assert.AreEqual(0, counters.ApprovedShownAsFailed, notes);
            Assert.AreEqual(0, counters.Lost, notes);
        }
    }
}
