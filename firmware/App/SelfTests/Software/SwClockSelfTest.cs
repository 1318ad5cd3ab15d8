using System;
using Terminal.Core.Protocol;
using Terminal.Hal.Platform;
using Terminal.Hal.Time;

namespace Terminal.App.SelfTests.Software
{
    /// <summary>
    /// SW-CLOCK: is the terminal's clock plausible? It must be set and not before the firmware's build date: a
    /// clock before it makes TLS refuse the host's certificate and the host refuse the terminal's times, so
    /// that is FAIL. Then the skew against the host's time (echo's <c>serverTimeUtc</c>) and against SNTP (the
    /// board's <see cref="ITimeSource"/>), each corrected by half the round trip, is measured: WARN above
    /// <see cref="ClockCheckSettings.WarnSkewMilliseconds"/>, FAIL above
    /// <see cref="ClockCheckSettings.FailSkewMilliseconds"/>. A source that does not answer is reported as a
    /// measurement, not a fault; when neither answers, the verdict is WARN (the clock is plausible but unchecked).
    /// </summary>
    public sealed class SwClockSelfTest : SelfTest
    {
        private const string Unreachable = "unreachable";
        private const string None = "none";

        private static readonly Remedy SetTheClock = new Remedy("请同步时间后重试。", "TLS and the host will reject the terminal until the clock is set: sync the time.");

        private readonly ClockCheckSettings _settings;

        /// <summary>Creates the test with the default thresholds.</summary>
        public SwClockSelfTest()
            : this(ClockCheckSettings.CreateDefault())
        {
        }

        /// <summary>Creates the test.</summary>
        /// <param name="settings">The thresholds.</param>
        /// <exception cref="ArgumentNullException">No settings.</exception>
        public SwClockSelfTest(ClockCheckSettings settings)
            : base("SW-CLOCK")
        {
            if (settings == null)
            {
                throw new ArgumentNullException("settings");
            }

            _settings = settings;
        }

        /// <inheritdoc/>
        public override SelfTestResult Run(SelfTestContext context)
        {
            IClock clock = context.Clock;
            if (clock == null)
            {
                return Verdict(CheckVerdict.Fail, "The terminal has no clock.", SetTheClock);
            }

            long now = clock.UtcNowMilliseconds;
            IFirmwareImage image = SoftwareEvidence.FirmwareOf(context);
            long floor = _settings.EarliestPlausibleUtcMilliseconds;
            if (image != null && image.BuildUtcMilliseconds > floor)
            {
                floor = image.BuildUtcMilliseconds;
            }

            if (now < floor)
            {
                string what = now < _settings.EarliestPlausibleUtcMilliseconds ? "The clock is not set" : "The clock is before the firmware's build date";
                return Verdict(CheckVerdict.Fail, what + ": TLS and the host will reject the terminal until the clock is set.", SetTheClock)
                    .Measure("clock_utc", now, "ms")
                    .Measure("build_utc", floor, "ms");
            }

            string hostSkew = MeasureHostSkew(context);
            string sourceSkew = MeasureSourceSkew(context);
            long worst = 0;
            string worstSource = string.Empty;
            long skew;
            if (TryParseSkew(hostSkew, out skew))
            {
                worst = skew;
                worstSource = "host";
            }

            if (TryParseSkew(sourceSkew, out skew) && (worstSource.Length == 0 || Absolute(skew) > Absolute(worst)))
            {
                worst = skew;
                worstSource = "SNTP";
            }

            SelfTestResult result;
            if (worstSource.Length == 0)
            {
                result = Verdict(CheckVerdict.Warn, "The clock is plausible but unchecked: no time source answered.");
            }
            else if (Absolute(worst) > _settings.FailSkewMilliseconds)
            {
                result = Verdict(CheckVerdict.Fail, "The clock is " + Offset(worst) + worstSource + " time (limit " + Seconds(_settings.FailSkewMilliseconds) + " s).");
            }
            else if (Absolute(worst) > _settings.WarnSkewMilliseconds)
            {
                result = Verdict(CheckVerdict.Warn, "The clock is " + Offset(worst) + worstSource + " time.");
            }
            else
            {
                result = Verdict(CheckVerdict.Pass, "The clock is set and within " + Seconds(_settings.WarnSkewMilliseconds) + " s of " + worstSource + " time.");
            }

            return result
                .Measure("clock_utc", now, "ms")
                .Measure("host_skew", hostSkew, SkewUnit(hostSkew))
                .Measure("sntp_skew", sourceSkew, SkewUnit(sourceSkew));
        }

        // The terminal's time minus the host's, taken at the middle of the round trip. Echo only.
        private static string MeasureHostSkew(SelfTestContext context)
        {
            if (context.Host == null)
            {
                return None;
            }

            long startMonotonic = context.Clock.MonotonicMilliseconds;
            long startUtc = context.Clock.UtcNowMilliseconds;
            HostReply reply = context.Host.Echo();
            long roundTrip = context.Clock.MonotonicMilliseconds - startMonotonic;
            if (!reply.IsAnswered || reply.Echo == null)
            {
                return Unreachable;
            }

            return (startUtc + (roundTrip / 2) - reply.Echo.ServerTimeUtcMilliseconds).ToString();
        }

        private string MeasureSourceSkew(SelfTestContext context)
        {
            ITimeSource source = context.Board == null || context.Board.Platform == null ? null : context.Board.Platform.TimeSource;
            if (source == null)
            {
                return None;
            }

            long startMonotonic = context.Clock.MonotonicMilliseconds;
            long startUtc = context.Clock.UtcNowMilliseconds;
            long sourceUtc;
            bool answered = source.TryQueryUtcMilliseconds(_settings.TimeSourceTimeoutMilliseconds, out sourceUtc);
            long roundTrip = context.Clock.MonotonicMilliseconds - startMonotonic;
            if (!answered)
            {
                return Unreachable;
            }

            return (startUtc + (roundTrip / 2) - sourceUtc).ToString();
        }

        private static bool TryParseSkew(string text, out long skew)
        {
            skew = 0;
            if (text == None || text == Unreachable)
            {
                return false;
            }

            skew = long.Parse(text);
            return true;
        }

        private static string SkewUnit(string text)
        {
            return text == None || text == Unreachable ? string.Empty : "ms";
        }

        private static long Absolute(long value)
        {
            return value < 0 ? -value : value;
        }

        private static string Offset(long skewMilliseconds)
        {
            return Seconds(Absolute(skewMilliseconds)) + (skewMilliseconds > 0 ? " s ahead of " : " s behind ");
        }

        private static string Seconds(long milliseconds)
        {
            return (milliseconds / 1000).ToString();
        }
    }
}
