using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.SelfTests;
using Terminal.App.SelfTests.Software;

namespace Terminal.Tests.App.SelfTests.Software
{
    [TestClass]
    public sealed class SwIntegritySelfTestTests
    {
        [TestMethod]
        public void An_intact_image_passes_with_its_digest_measured()
        {
            using var rig = new SoftwareRig(11);

            SelfTestResult result = new SwIntegritySelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary);
            Assert.AreEqual(rig.Board.PlatformServices.RecordedDigestHex.Substring(0, 16), SoftwareRig.Value(result, "digest"));
        }

        [TestMethod]
        public void A_corrupted_image_fails_and_shows_both_digests()
        {
            using var rig = new SoftwareRig(12);
            rig.Board.PlatformServices.ImageCorrupted = true;

            SelfTestResult result = new SwIntegritySelfTest().Run(rig.Context);

            SoftwareRig.AssertFinding(result, CheckVerdict.Fail, "SW-INTEGRITY");
            Assert.AreEqual(rig.Board.PlatformServices.RecordedDigestHex.Substring(0, 16), SoftwareRig.Value(result, "recorded"));
            Assert.AreNotEqual(SoftwareRig.Value(result, "recorded"), SoftwareRig.Value(result, "computed"));
        }

        [TestMethod]
        public void An_unreadable_image_fails_because_the_running_code_is_unverified()
        {
            using var rig = new SoftwareRig(13);
            rig.Board.PlatformServices.ImageUnreadable = true;

            SelfTestResult result = new SwIntegritySelfTest().Run(rig.Context);

            SoftwareRig.AssertFinding(result, CheckVerdict.Fail, "SW-INTEGRITY");
            Assert.AreEqual("unreadable", SoftwareRig.Value(result, "computed"));
        }

        [TestMethod]
        public void A_build_without_a_recorded_digest_warns_that_it_cannot_be_checked()
        {
            using var rig = new SoftwareRig(14);
            rig.Board.PlatformServices.RecordedDigestHex = string.Empty;

            SelfTestResult result = new SwIntegritySelfTest().Run(rig.Context);

            SoftwareRig.AssertFinding(result, CheckVerdict.Warn, "SW-INTEGRITY");
            Assert.AreEqual("none", SoftwareRig.Value(result, "recorded"));
        }

        [TestMethod]
        public void A_board_without_an_image_service_skips()
        {
            using var rig = new SoftwareRig(15);
            rig.Board.PlatformServices.Wiring.Firmware = null;

            Assert.AreEqual(CheckVerdict.Skip, new SwIntegritySelfTest().Run(rig.Context).Verdict);
        }

        [TestMethod]
        public void An_upper_case_recorded_digest_still_matches()
        {
            using var rig = new SoftwareRig(16);
            rig.Board.PlatformServices.RecordedDigestHex = rig.Board.PlatformServices.RecordedDigestHex.ToUpperInvariant();

            Assert.AreEqual(CheckVerdict.Pass, new SwIntegritySelfTest().Run(rig.Context).Verdict);
        }
    }
}
