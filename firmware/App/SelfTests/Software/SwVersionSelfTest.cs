using Terminal.Core.Protocol;

namespace Terminal.App.SelfTests.Software
{
    /// <summary>
    /// SW-VERSION: the terminal's firmware version against the oldest the host supports and the newest it offers,
    /// both announced in the echo answer (docs/host-protocol.md, "Echo"). Versions compare by number (1.10.0 is
    /// newer than 1.9.0). Below the minimum: FAIL (the host may refuse the terminal). Below the latest: WARN, with
    /// the queue depth, because an update must wait until the queue is empty. No answer from the host: WARN, never
    /// PASS, because nothing was compared. Echo only: never a payment.
    /// </summary>
    public sealed class SwVersionSelfTest : SelfTest
    {
        private static readonly Remedy UpdateWhenQueueEmpty = new Remedy("请在队列清空后升级固件。", "Update the firmware when the queue is empty.");

        /// <summary>Creates the test.</summary>
        public SwVersionSelfTest()
            : base("SW-VERSION")
        {
        }

        /// <inheritdoc/>
        public override SelfTestResult Run(SelfTestContext context)
        {
            string own = SoftwareEvidence.OwnVersion(context);
            long ownOrdinal;
            if (!FirmwareVersionNumber.TryParse(own, out ownOrdinal))
            {
                return Verdict(CheckVerdict.Fail, "The firmware does not carry a valid version.")
                    .Measure("version", SoftwareEvidence.Printable(own), string.Empty);
            }

            if (context.Host == null)
            {
                return Verdict(CheckVerdict.Warn, "Version not checked: could not ask the host (no host link).")
                    .Measure("version", own, string.Empty)
                    .Measure("host", "none", string.Empty);
            }

            HostReply reply = context.Host.Echo();
            if (!reply.IsAnswered || reply.Echo == null)
            {
                string why = reply.IsAnswered ? "HTTP " + reply.StatusCode.ToString() : SoftwareEvidence.NoAnswerText(reply);
                return Verdict(CheckVerdict.Warn, "Version not checked: could not ask the host (" + why + ").")
                    .Measure("version", own, string.Empty)
                    .Measure("host", why, string.Empty);
            }

            string minimum = reply.Echo.MinimumFirmware;
            string latest = reply.Echo.LatestFirmware;
            long minimumOrdinal;
            long latestOrdinal;
            if (!FirmwareVersionNumber.TryParse(minimum, out minimumOrdinal) || !FirmwareVersionNumber.TryParse(latest, out latestOrdinal))
            {
                // EchoResult.Decode checks both, so this is a host that broke the protocol: nothing to compare.
                return Verdict(CheckVerdict.Warn, "Version not checked: the host announced no valid versions.")
                    .Measure("version", own, string.Empty);
            }

            if (ownOrdinal < minimumOrdinal)
            {
                return Verdict(CheckVerdict.Fail, "Firmware " + own + " is older than the host's minimum " + minimum + ".")
                    .Measure("version", own, string.Empty)
                    .Measure("minimum", minimum, string.Empty)
                    .Measure("latest", latest, string.Empty)
                    .Measure("queue_depth", SoftwareEvidence.QueueDepth(context.Journal), "items");
            }

            if (ownOrdinal < latestOrdinal)
            {
                int depth = SoftwareEvidence.QueueDepth(context.Journal);
                string when = depth == 0 ? "the queue is empty now" : depth < 0 ? "queue unknown" : depth.ToString() + " items still queued";
                return Verdict(CheckVerdict.Warn, "Firmware " + own + " is older than the latest " + latest + ": update when the queue is empty (" + when + ").", UpdateWhenQueueEmpty)
                    .Measure("version", own, string.Empty)
                    .Measure("minimum", minimum, string.Empty)
                    .Measure("latest", latest, string.Empty)
                    .Measure("queue_depth", depth, "items");
            }

            return Verdict(CheckVerdict.Pass, "Firmware " + own + " is current.")
                .Measure("version", own, string.Empty)
                .Measure("minimum", minimum, string.Empty)
                .Measure("latest", latest, string.Empty);
        }
    }
}
