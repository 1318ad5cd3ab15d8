using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.SelfTests;
using Terminal.App.SelfTests.Software;
using Terminal.Hal.Platform;
using Terminal.Hal.Simulated.Board;
using Terminal.Hal.Simulated.Time;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.App.SelfTests.Software
{
    [TestClass]
    public sealed class SwClockSelfTestTests
    {
        private const long Day = 24L * 3600 * 1000;

        [TestMethod]
        public void A_set_clock_that_agrees_with_host_and_sntp_passes()
        {
            using var rig = new SoftwareRig(41, options => { });

            SelfTestResult result = new SwClockSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary);
            Assert.AreEqual("0", SoftwareRig.Value(result, "host_skew"));
            Assert.AreEqual("0", SoftwareRig.Value(result, "sntp_skew"));
        }

        [TestMethod]
        public void A_clock_before_the_build_date_fails_because_tls_and_the_host_will_reject_the_terminal()
        {
            using var rig = new SoftwareRig(42, options => { });
            rig.Board.ManualClock.SetWallClock(SimulatedBoard.BuildUtcMilliseconds - Day);

            SelfTestResult result = new SwClockSelfTest().Run(rig.Context);

            SoftwareRig.AssertFinding(result, CheckVerdict.Fail, "SW-CLOCK");
            StringAssert.Contains(result.Summary, "TLS and the host will reject the terminal until the clock is set");
            Assert.AreEqual((SimulatedBoard.BuildUtcMilliseconds - Day).ToString(), SoftwareRig.Value(result, "clock_utc"));
            Assert.AreEqual(SimulatedBoard.BuildUtcMilliseconds.ToString(), SoftwareRig.Value(result, "build_utc"));
        }

        [TestMethod]
        public void A_clock_never_set_fails_even_without_a_firmware_image()
        {
            using var rig = new SoftwareRig(43);
            rig.Board.PlatformServices.Wiring.Firmware = null;
            rig.Board.ManualClock.SetWallClock(5000); // 1970: an ESP32 that never got the time

            SelfTestResult result = new SwClockSelfTest().Run(rig.Context);

            SoftwareRig.AssertFinding(result, CheckVerdict.Fail, "SW-CLOCK");
            StringAssert.Contains(result.Summary, "not set");
        }

        [TestMethod]
        public void A_minute_behind_the_host_warns_with_the_host_skew_measured()
        {
            using var rig = new SoftwareRig(44, options => { });
            rig.HostClockAheadMilliseconds = 60000;

            SelfTestResult result = new SwClockSelfTest().Run(rig.Context);

            SoftwareRig.AssertFinding(result, CheckVerdict.Warn, "SW-CLOCK");
            Assert.AreEqual("-60000", SoftwareRig.Value(result, "host_skew"));
            Assert.AreEqual("0", SoftwareRig.Value(result, "sntp_skew"));
            StringAssert.Contains(result.Summary, "60 s behind host");
        }

        [TestMethod]
        public void Ten_minutes_off_sntp_fails()
        {
            using var rig = new SoftwareRig(45, options => { });
            rig.Board.PlatformServices.TimeSourceOffsetMilliseconds = -600000;

            SelfTestResult result = new SwClockSelfTest().Run(rig.Context);

            SoftwareRig.AssertFinding(result, CheckVerdict.Fail, "SW-CLOCK");
            Assert.AreEqual("600000", SoftwareRig.Value(result, "sntp_skew"));
            Assert.AreEqual("0", SoftwareRig.Value(result, "host_skew"));
        }

        [TestMethod]
        public void Thresholds_come_from_the_settings()
        {
            using var rig = new SoftwareRig(46);
            rig.Board.PlatformServices.TimeSourceOffsetMilliseconds = 5000;

            Assert.AreEqual(CheckVerdict.Pass, new SwClockSelfTest().Run(rig.Context).Verdict);
            Assert.AreEqual(CheckVerdict.Warn, new SwClockSelfTest(new ClockCheckSettings { WarnSkewMilliseconds = 2000 }).Run(rig.Context).Verdict);
            Assert.AreEqual(CheckVerdict.Fail, new SwClockSelfTest(new ClockCheckSettings { WarnSkewMilliseconds = 1000, FailSkewMilliseconds = 4000 }).Run(rig.Context).Verdict);
        }

        [TestMethod]
        public void An_unreachable_sntp_server_is_a_measurement_not_a_failure()
        {
            using var rig = new SoftwareRig(47, options => { });
            rig.Board.PlatformServices.TimeSourceReachable = false;

            SelfTestResult result = new SwClockSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary);
            Assert.AreEqual("unreachable", SoftwareRig.Value(result, "sntp_skew"));
            Assert.AreEqual("0", SoftwareRig.Value(result, "host_skew"));
        }

        [TestMethod]
        public void With_no_time_source_answering_the_clock_is_plausible_but_unchecked()
        {
            using var rig = new SoftwareRig(48, options => { });
            rig.Board.PlatformServices.TimeSourceReachable = false;
            rig.Host!.Faults.Arm(new FaultRule(FaultKind.DropRequest, count: 1, operation: HostOperation.Echo));

            SelfTestResult result = new SwClockSelfTest().Run(rig.Context);

            SoftwareRig.AssertFinding(result, CheckVerdict.Warn, "SW-CLOCK");
            Assert.AreEqual("unreachable", SoftwareRig.Value(result, "host_skew"));
            Assert.AreEqual("unreachable", SoftwareRig.Value(result, "sntp_skew"));
        }

        [TestMethod]
        public void The_skew_is_corrected_by_half_the_round_trip()
        {
            using var rig = new SoftwareRig(49);
            rig.Board.PlatformServices.Wiring.TimeSource = new SlowSource(rig.Board.ManualClock, 40000);

            SelfTestResult result = new SwClockSelfTest().Run(rig.Context);

            Assert.AreEqual("0", SoftwareRig.Value(result, "sntp_skew"), "a 40 s round trip would read as 20 s skew uncorrected");
            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary);
        }

        /// <summary>A source in perfect sync that takes a long round trip: it stamps its answer at the middle.</summary>
        private sealed class SlowSource : ITimeSource
        {
            private readonly ManualClock _clock;
            private readonly long _roundTripMilliseconds;

            public SlowSource(ManualClock clock, long roundTripMilliseconds)
            {
                _clock = clock;
                _roundTripMilliseconds = roundTripMilliseconds;
            }

            public bool TryQueryUtcMilliseconds(int timeoutMilliseconds, out long utcMilliseconds)
            {
                _clock.Advance(_roundTripMilliseconds / 2);
                utcMilliseconds = _clock.UtcNowMilliseconds;
                _clock.Advance(_roundTripMilliseconds / 2);
                return true;
            }
        }
    }
}
