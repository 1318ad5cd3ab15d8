using Terminal.Hal.Platform;

namespace Terminal.App.Console.Commands
{
    /// <summary>
    /// <c>time</c>: the terminal's clock, its skew against the independent time source (SNTP on the device) and
    /// its distance from the firmware's build date. <c>time set YYYY-MM-DDTHH:MM:SSZ</c> sets it, only when the
    /// new time is not before the build date, not more than 20 years after it, and (when the time source answers)
    /// within 5 minutes of the source: the console corrects a lost clock, it cannot move a good one.
    /// </summary>
    public sealed class TimeCommand : ConsoleCommand
    {
        /// <summary>The largest difference from the time source a set time may have, in milliseconds.</summary>
        public const long MaximumSourceDifferenceMilliseconds = 5L * 60L * 1000L;

        private const long TwentyYearsMilliseconds = 20L * 366L * 24L * 3600L * 1000L;
        private const int SourceTimeoutMilliseconds = 2000;

        /// <inheritdoc/>
        public override string Name
        {
            get { return "time"; }
        }

        /// <inheritdoc/>
        public override string Usage
        {
            get { return "time [set YYYY-MM-DDTHH:MM:SSZ]"; }
        }

        /// <inheritdoc/>
        public override string Summary
        {
            get { return "show the clock and its skew; set it (validated against build date and time source)"; }
        }

        /// <inheritdoc/>
        public override void Execute(ConsoleRequest request, ConsoleServices services, ConsoleResponse response)
        {
            bool show = request.Count == 0;
            bool set = request.Count == 2 && CommandLineParser.LowerAscii(request.Argument(0)) == "set";
            long wanted = 0;
            if (!show && (!set || !ConsoleText.TryParseUtc(request.Argument(1), out wanted)))
            {
                BadArguments(response, set ? "the time must be YYYY-MM-DDTHH:MM:SSZ, UTC" : "nothing, or set <time>");
                return;
            }

            PlatformWiring platform = services.Platform;
            IFirmwareImage firmware = platform == null ? null : platform.Firmware;
            ITimeSource source = platform == null ? null : platform.TimeSource;
            long sourceTime = 0;
            bool sourceAnswered = source != null && source.TryQueryUtcMilliseconds(SourceTimeoutMilliseconds, out sourceTime);
            long now = services.Clock.UtcNowMilliseconds;

            if (set)
            {
                Set(wanted, now, firmware, sourceAnswered, sourceTime, services, response, request.Json);
                return;
            }

            long skew = sourceAnswered ? now - sourceTime : 0;
            if (request.Json)
            {
                ConsoleJson json = new ConsoleJson().BeginObject().String("utc", ConsoleText.FormatUtc(now)).Number("uptime_s", services.Clock.MonotonicMilliseconds / 1000)
                    .Boolean("source_answered", sourceAnswered).Number("skew_ms", skew)
                    .String("build", firmware == null ? string.Empty : ConsoleText.FormatUtc(firmware.BuildUtcMilliseconds))
                    .Boolean("before_build", firmware != null && now < firmware.BuildUtcMilliseconds).EndObject();
                response.Json(json);
                return;
            }

            response.Line("clock   " + ConsoleText.FormatUtc(now) + "  up " + (services.Clock.MonotonicMilliseconds / 1000).ToString() + " s");
            response.Line("source  " + (source == null ? "not available" : sourceAnswered ? ConsoleText.FormatUtc(sourceTime) + "  skew " + skew.ToString() + " ms" : "no answer"));
            if (firmware != null)
            {
                response.Line("build   " + ConsoleText.FormatUtc(firmware.BuildUtcMilliseconds) + (now < firmware.BuildUtcMilliseconds ? "  CLOCK IS BEFORE THE BUILD DATE: not set (TLS will fail)" : string.Empty));
            }
        }

        private void Set(long wanted, long now, IFirmwareImage firmware, bool sourceAnswered, long sourceTime, ConsoleServices services, ConsoleResponse response, bool asJson)
        {
            if (firmware != null && (wanted < firmware.BuildUtcMilliseconds || wanted > firmware.BuildUtcMilliseconds + TwentyYearsMilliseconds))
            {
                BadArguments(response, "the time must lie between the firmware build date " + ConsoleText.FormatUtc(firmware.BuildUtcMilliseconds) + " and 20 years after");
                return;
            }

            if (sourceAnswered && (wanted - sourceTime > MaximumSourceDifferenceMilliseconds || sourceTime - wanted > MaximumSourceDifferenceMilliseconds))
            {
                BadArguments(response, "the time source says " + ConsoleText.FormatUtc(sourceTime) + "; a set time must be within 5 min of it");
                return;
            }

            if (services.SetClock == null)
            {
                response.NotAvailable("setting the clock");
                return;
            }

            if (!services.SetClock(wanted))
            {
                response.Fail(ConsoleErrors.Failed, "the clock did not take the time");
                return;
            }

            if (services.EventLog != null)
            {
                services.EventLog.Append(Terminal.Core.Maintenance.EventKind.Maintenance, "console", "clock set " + ConsoleText.FormatUtc(now) + " -> " + ConsoleText.FormatUtc(wanted));
            }

            if (asJson)
            {
                response.Json(new ConsoleJson().BeginObject().String("old", ConsoleText.FormatUtc(now)).String("new", ConsoleText.FormatUtc(wanted)).EndObject());
            }
            else
            {
                response.Line("clock " + ConsoleText.FormatUtc(now) + " -> " + ConsoleText.FormatUtc(wanted));
            }
        }
    }
}
