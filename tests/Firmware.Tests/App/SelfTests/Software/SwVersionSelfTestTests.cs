using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.SelfTests;
using Terminal.App.SelfTests.Software;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.App.SelfTests.Software
{
    [TestClass]
    public sealed class SwVersionSelfTestTests
    {
        [TestMethod]
        public void Firmware_at_the_latest_version_passes()
        {
            using var rig = new SoftwareRig(1, options => { options.MinimumFirmware = "1.0.0"; options.LatestFirmware = "1.0.0"; });

            SelfTestResult result = new SwVersionSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary);
            Assert.AreEqual("1.0.0", SoftwareRig.Value(result, "version"));
        }

        [TestMethod]
        public void Firmware_below_the_hosts_minimum_fails_with_both_versions_measured()
        {
            using var rig = new SoftwareRig(2, options => { options.MinimumFirmware = "1.2.0"; options.LatestFirmware = "1.3.0"; });

            SelfTestResult result = new SwVersionSelfTest().Run(rig.Context);

            SoftwareRig.AssertFinding(result, CheckVerdict.Fail, "SW-VERSION");
            Assert.AreEqual("1.0.0", SoftwareRig.Value(result, "version"));
            Assert.AreEqual("1.2.0", SoftwareRig.Value(result, "minimum"));
        }

        [TestMethod]
        public void Firmware_below_the_latest_warns_to_update_when_the_queue_is_empty_and_counts_the_queue()
        {
            using var rig = new SoftwareRig(3, options => { options.MinimumFirmware = "1.0.0"; options.LatestFirmware = "1.10.0"; });
            rig.Board.PlatformServices.Version = "1.9.0";
            rig.Pay(1250, "ORD-V1"); // approved: queued for the display and the printer

            SelfTestResult result = new SwVersionSelfTest().Run(rig.Context);

            SoftwareRig.AssertFinding(result, CheckVerdict.Warn, "SW-VERSION");
            StringAssert.Contains(result.Summary, "update when the queue is empty");
            Assert.AreEqual("1.9.0", SoftwareRig.Value(result, "version"));
            Assert.AreEqual("1.10.0", SoftwareRig.Value(result, "latest"));
            Assert.IsTrue(int.Parse(SoftwareRig.Value(result, "queue_depth")) >= 2, result.MeasurementsText());
        }

        [TestMethod]
        public void Versions_compare_by_number_so_1_10_0_is_newer_than_1_9_0()
        {
            using var rig = new SoftwareRig(4, options => { options.MinimumFirmware = "1.9.0"; options.LatestFirmware = "1.9.0"; });
            rig.Board.PlatformServices.Version = "1.10.0";

            SelfTestResult result = new SwVersionSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary);
        }

        [TestMethod]
        public void An_unreachable_host_is_a_warning_that_says_it_could_not_ask_never_a_pass()
        {
            using var rig = new SoftwareRig(5, options => { });
            rig.Host!.Faults.Arm(new FaultRule(FaultKind.DropRequest, count: 1, operation: HostOperation.Echo));

            SelfTestResult result = new SwVersionSelfTest().Run(rig.Context);

            SoftwareRig.AssertFinding(result, CheckVerdict.Warn, "SW-VERSION");
            StringAssert.Contains(result.Summary, "could not ask the host");
        }

        [TestMethod]
        public void A_terminal_without_a_host_link_warns_that_it_could_not_ask()
        {
            using var rig = new SoftwareRig(6);

            SelfTestResult result = new SwVersionSelfTest().Run(rig.Context);

            SoftwareRig.AssertFinding(result, CheckVerdict.Warn, "SW-VERSION");
            StringAssert.Contains(result.Summary, "could not ask the host");
        }

        [TestMethod]
        public void Without_a_firmware_image_the_settings_version_is_compared()
        {
            using var rig = new SoftwareRig(7, options => { options.MinimumFirmware = "2.0.0"; options.LatestFirmware = "2.0.0"; });
            rig.Board.PlatformServices.Wiring.Firmware = null;
            rig.Settings.FirmwareVersion = "1.5.0";

            SelfTestResult result = new SwVersionSelfTest().Run(rig.Context);

            SoftwareRig.AssertFinding(result, CheckVerdict.Fail, "SW-VERSION");
            Assert.AreEqual("1.5.0", SoftwareRig.Value(result, "version"));
        }

        [TestMethod]
        public void Version_numbers_parse_only_as_three_decimal_parts()
        {
            Assert.IsTrue(FirmwareVersionNumber.Compare("1.10.0", "1.9.0") > 0);
            Assert.IsTrue(FirmwareVersionNumber.Compare("2.0.0", "1.99999.99999") > 0);
            Assert.AreEqual(0, FirmwareVersionNumber.Compare("01.2.3", "1.2.3"));
            Assert.IsTrue(FirmwareVersionNumber.Compare("1.2.3", "1.2.4") < 0);
            foreach (string? bad in new string?[] { null, "", "1.2", "1..2", "1.2.3.4", "a.b.c", "1.2.", ".1.2", "1.2.123456", "1.2.-3" })
            {
                Assert.IsFalse(FirmwareVersionNumber.TryParse(bad!, out _), bad ?? "null");
            }
        }
    }
}
