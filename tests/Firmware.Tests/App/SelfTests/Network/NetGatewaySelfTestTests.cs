using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.SelfTests;
using Terminal.App.SelfTests.Network;
using Terminal.Hal.Network;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.App.SelfTests.Network
{
    [TestClass]
    public sealed class NetGatewaySelfTestTests
    {
        [TestMethod]
        public void An_answered_echo_passes_with_its_latency_and_the_host_time()
        {
            using var rig = new NetworkRig(21);
            rig.Link.ScriptLatencies(240);

            SelfTestResult result = new NetGatewaySelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary);
            Assert.AreEqual("NET-GATEWAY", result.CauseId);
            Assert.AreEqual("240", result.FindMeasurement("latency")!.Value);
            Assert.AreEqual("200", result.FindMeasurement("http_status")!.Value);
            Assert.IsTrue(long.Parse(result.FindMeasurement("host_time_utc")!.Value) > 0);
            Assert.AreEqual(0, rig.Host!.Ledger.Summary().Payments, "an echo is never a payment");
        }

        [TestMethod]
        public void A_platform_in_maintenance_fails_as_down_and_says_results_are_kept()
        {
            using var rig = new NetworkRig(22);
            rig.Host!.Faults.Arm(new FaultRule(FaultKind.Error5xx, value: 503, count: 1, operation: HostOperation.Echo));

            SelfTestResult result = new NetGatewaySelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Fail, result.Verdict);
            Assert.AreEqual("503", result.FindMeasurement("http_status")!.Value);
            StringAssert.Contains(result.Summary, "payment platform down");
            StringAssert.Contains(result.Summary, "delivered later");
            Assert.IsTrue(result.Remedy.Chinese.Length > 0);
            StringAssert.Contains(result.Remedy.English, "delivered later");
        }

        [TestMethod]
        public void A_slow_platform_warns_with_the_latency_it_took()
        {
            using var rig = new NetworkRig(23);
            rig.Link.ScriptLatencies(4500);

            SelfTestResult result = new NetGatewaySelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Warn, result.Verdict);
            Assert.AreEqual("4500", result.FindMeasurement("latency")!.Value);
            StringAssert.Contains(result.Summary, "slow");
            Assert.IsTrue(result.Remedy.Chinese.Length > 0 && result.Remedy.English.Length > 0);
        }

        [TestMethod]
        public void No_answer_fails_and_says_it_cannot_tell_the_platform_from_the_path()
        {
            using var rig = new NetworkRig(24);
            rig.Link.ScriptFailures(LinkFailure.Timeout, 1);

            SelfTestResult result = new NetGatewaySelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Fail, result.Verdict);
            Assert.AreEqual("timeout", result.FindMeasurement("no_answer")!.Value);
            Assert.AreEqual("5000", result.FindMeasurement("latency")!.Value);
            StringAssert.Contains(result.Summary, "NET-PATH");
        }

        [TestMethod]
        public void Without_a_host_link_it_skips()
        {
            using var rig = new NetworkRig(25);
            rig.Context.Host = null;

            Assert.AreEqual(CheckVerdict.Skip, new NetGatewaySelfTest().Run(rig.Context).Verdict);
        }
    }
}
