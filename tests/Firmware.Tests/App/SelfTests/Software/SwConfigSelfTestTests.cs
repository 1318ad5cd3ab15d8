using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.SelfTests;
using Terminal.App.SelfTests.Software;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.App.SelfTests.Software
{
    [TestClass]
    public sealed class SwConfigSelfTestTests
    {
        [TestMethod]
        public void A_terminal_the_host_knows_passes()
        {
            using var rig = new SoftwareRig(21, options => { options.TerminalIds.Add(SoftwareRig.TerminalId); options.MerchantIds.Add(SoftwareRig.MerchantId); });

            SelfTestResult result = new SwConfigSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary);
            Assert.AreEqual("200", SoftwareRig.Value(result, "host_status"));
            Assert.AreEqual("3", SoftwareRig.Value(result, "payment_methods"), "card, scanner and screen are fitted");
        }

        [TestMethod]
        public void A_terminal_the_host_does_not_know_fails_with_the_hosts_status()
        {
            using var rig = new SoftwareRig(22, options => options.TerminalIds.Add("T9999999"));

            SelfTestResult result = new SwConfigSelfTest().Run(rig.Context);

            SoftwareRig.AssertFinding(result, CheckVerdict.Fail, "SW-CONFIG");
            StringAssert.Contains(result.Summary, "the host does not know this terminal".Substring(4));
            Assert.AreEqual("401", SoftwareRig.Value(result, "host_status"));
            Assert.AreEqual("SW-CONFIG", SoftwareRig.Value(result, "host_cause"));
        }

        [TestMethod]
        public void A_terminal_without_ids_fails_and_asks_for_provisioning()
        {
            using var rig = new SoftwareRig(23, options => { });
            rig.Context.Identity = null;

            SelfTestResult result = new SwConfigSelfTest().Run(rig.Context);

            SoftwareRig.AssertFinding(result, CheckVerdict.Fail, "SW-CONFIG");
            Assert.AreEqual("none", SoftwareRig.Value(result, "terminal_id"));
        }

        [TestMethod]
        public void A_terminal_without_a_host_address_fails()
        {
            using var rig = new SoftwareRig(25);

            SelfTestResult result = new SwConfigSelfTest().Run(rig.Context);

            SoftwareRig.AssertFinding(result, CheckVerdict.Fail, "SW-CONFIG");
            Assert.AreEqual("none", SoftwareRig.Value(result, "host"));
        }

        [TestMethod]
        public void A_currency_that_is_not_an_iso_number_fails_before_asking_the_host()
        {
            using var rig = new SoftwareRig(26, options => { });
            rig.Settings.Payments.CurrencyNumericCode = 0;

            SelfTestResult result = new SwConfigSelfTest().Run(rig.Context);

            SoftwareRig.AssertFinding(result, CheckVerdict.Fail, "SW-CONFIG");
            Assert.AreEqual("0", SoftwareRig.Value(result, "currency"));
        }

        [TestMethod]
        public void A_qr_window_shorter_than_its_poll_interval_fails()
        {
            using var rig = new SoftwareRig(27, options => { });
            rig.Settings.Payments.QrWindowMilliseconds = 1000;

            SoftwareRig.AssertFinding(new SwConfigSelfTest().Run(rig.Context), CheckVerdict.Fail, "SW-CONFIG");
        }

        [TestMethod]
        public void A_host_that_does_not_answer_leaves_a_warning_not_a_pass()
        {
            using var rig = new SoftwareRig(28, options => { });
            rig.Host!.Faults.Arm(new FaultRule(FaultKind.Error5xx, count: 1, operation: HostOperation.Echo));

            SelfTestResult result = new SwConfigSelfTest().Run(rig.Context);

            SoftwareRig.AssertFinding(result, CheckVerdict.Warn, "SW-CONFIG");
            Assert.AreEqual("HTTP 503", SoftwareRig.Value(result, "host"));
        }
    }
}
