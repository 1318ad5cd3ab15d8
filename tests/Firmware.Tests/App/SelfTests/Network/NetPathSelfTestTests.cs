using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.SelfTests;
using Terminal.App.SelfTests.Network;
using Terminal.Hal.Network;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.App.SelfTests.Network
{
    [TestClass]
    public sealed class NetPathSelfTestTests
    {
        [TestMethod]
        public void Ten_answered_echoes_pass_with_the_latency_percentiles_measured_on_the_clock()
        {
            using var rig = new NetworkRig(11);
            rig.Link.ScriptLatencies(100, 110, 120, 130, 140, 150, 160, 170, 180, 900);

            SelfTestResult result = new NetPathSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary);
            Assert.AreEqual("NET-PATH", result.CauseId);
            Assert.AreEqual("10", result.FindMeasurement("sent")!.Value);
            Assert.AreEqual("10", result.FindMeasurement("answered")!.Value);
            Assert.AreEqual("0", result.FindMeasurement("loss")!.Value);
            Assert.AreEqual("140", result.FindMeasurement("rtt_p50")!.Value);
            Assert.AreEqual("900", result.FindMeasurement("rtt_p95")!.Value);
            Assert.AreEqual("900", result.FindMeasurement("rtt_max")!.Value);
            Assert.AreEqual(10, rig.Link.Exchanges, "one request per echo");
        }

        [TestMethod]
        public void Dropped_echoes_over_ten_percent_warn_and_say_the_connection_failed()
        {
            using var rig = new NetworkRig(12);
            rig.Host!.Faults.Arm(new FaultRule(FaultKind.DropRequest, count: 3, operation: HostOperation.Echo));

            SelfTestResult result = new NetPathSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Warn, result.Verdict, result.Summary);
            Assert.AreEqual("7", result.FindMeasurement("answered")!.Value);
            Assert.AreEqual("30", result.FindMeasurement("loss")!.Value);
            Assert.AreEqual("3", result.FindMeasurement("connect_failed")!.Value);
            StringAssert.Contains(result.Summary, "connection");
            Assert.IsTrue(result.Remedy.Chinese.Length > 0 && result.Remedy.English.Length > 0);
        }

        [TestMethod]
        public void A_slow_path_warns_when_the_95th_percentile_is_over_two_seconds()
        {
            using var rig = new NetworkRig(13);
            rig.Link.DefaultLatencyMilliseconds = 2600;

            SelfTestResult result = new NetPathSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Warn, result.Verdict, result.Summary);
            Assert.AreEqual("2600", result.FindMeasurement("rtt_p95")!.Value);
            StringAssert.Contains(result.Summary, "slow");
        }

        [TestMethod]
        public void Echoes_timing_out_fail_after_three_in_a_row_and_name_the_timeout()
        {
            using var rig = new NetworkRig(14);
            rig.Link.ScriptFailures(LinkFailure.Timeout, 10);

            SelfTestResult result = new NetPathSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Fail, result.Verdict);
            Assert.AreEqual("3", result.FindMeasurement("sent")!.Value, "three timeouts in a row are enough; ten would keep the technician waiting");
            Assert.AreEqual("0", result.FindMeasurement("answered")!.Value);
            Assert.AreEqual("100", result.FindMeasurement("loss")!.Value);
            Assert.AreEqual("3", result.FindMeasurement("timeout")!.Value);
            Assert.AreEqual(15_000, rig.Board.ManualClock.MonotonicMilliseconds);
            StringAssert.Contains(result.Summary, "did not answer in time");
            Assert.IsTrue(result.Remedy.Chinese.Length > 0 && result.Remedy.English.Length > 0);
        }

        [TestMethod]
        public void Without_a_network_link_every_echo_is_lost_as_no_network()
        {
            using var rig = new NetworkRig(15);
            rig.Board.PlatformServices.LinkUp = false;

            SelfTestResult result = new NetPathSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Fail, result.Verdict);
            Assert.AreEqual("10", result.FindMeasurement("no_network")!.Value, "no network fails at once: the whole series is cheap");
            StringAssert.Contains(result.Summary, "no network");
        }

        [TestMethod]
        public void A_host_nobody_listens_on_fails_as_a_connection_failure()
        {
            using var rig = new NetworkRig(16, startHost: false);

            SelfTestResult result = new NetPathSelfTest(new NetworkCheckSettings { EchoCount = 3 }).Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Fail, result.Verdict);
            Assert.AreEqual("3", result.FindMeasurement("connect_failed")!.Value);
        }

        [TestMethod]
        public void A_platform_answering_503_still_counts_as_a_working_path()
        {
            using var rig = new NetworkRig(17);
            rig.Host!.Faults.Arm(new FaultRule(FaultKind.Error5xx, operation: HostOperation.Echo));

            SelfTestResult result = new NetPathSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, "the path carried every answer; the platform's state is NET-GATEWAY's");
        }

        [TestMethod]
        public void Without_a_host_link_it_skips()
        {
            using var rig = new NetworkRig(18);
            rig.Context.Host = null;

            Assert.AreEqual(CheckVerdict.Skip, new NetPathSelfTest().Run(rig.Context).Verdict);
        }
    }
}
