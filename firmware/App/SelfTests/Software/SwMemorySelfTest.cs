using Terminal.App.Maintenance;
using Terminal.Hal.Platform;

namespace Terminal.App.SelfTests.Software
{
    /// <summary>
    /// SW-MEMORY: low memory and crashes. Measures the free managed heap (<see cref="IMemoryMonitor"/>, a collection
    /// first on the device) against a floor, and reads the unclean-restart counter of <see cref="ResetHistory"/>:
    /// nanoFramework has no managed reset-reason API, so a crash shows only as a boot that found the previous run
    /// still marked running (which a power cut also does; HW-POWER weighs the supply).
    /// </summary>
    public sealed class SwMemorySelfTest : SelfTest
    {
        private static readonly Remedy RepeatedRestarts = new Remedy("终端反复重启，请联系维修。", "The terminal restarts by itself: call service.");

        /// <summary>Creates the test.</summary>
        public SwMemorySelfTest()
            : base("SW-MEMORY")
        {
        }

        /// <summary>Gets or sets the free heap below which the verdict is WARN, in bytes (24 KB: one TLS handshake needs ~33 KB of native buffers, a receipt a few KB).</summary>
        public long WarnBelowFreeBytes { get; set; } = 24 * 1024;

        /// <summary>Gets or sets the free heap below which the verdict is FAIL, in bytes.</summary>
        public long FailBelowFreeBytes { get; set; } = 12 * 1024;

        /// <summary>Gets or sets how many recent boots the crash count looks back over, 1 to <see cref="ResetHistory.RecentBootCapacity"/>.</summary>
        public int RecentBoots { get; set; } = 10;

        /// <summary>Gets or sets how many unclean restarts among <see cref="RecentBoots"/> make the verdict WARN.</summary>
        public int WarnUncleanRestarts { get; set; } = 2;

        /// <inheritdoc/>
        public override SelfTestResult Run(SelfTestContext context)
        {
            IMemoryMonitor memory = context.Board == null || context.Board.Platform == null ? null : context.Board.Platform.Memory;
            ResetHistory resets = context.Resets;
            if (memory == null && resets == null)
            {
                return Verdict(CheckVerdict.Skip, "no heap monitor and no restart counters on this board");
            }

            CheckVerdict verdict = CheckVerdict.Pass;
            string summary = string.Empty;
            Remedy remedy = Remedy;
            long freeBytes = -1;
            long totalBytes = 0;
            if (memory != null)
            {
                freeBytes = memory.MeasureFreeBytes();
                totalBytes = memory.TotalBytes;
                if (freeBytes < FailBelowFreeBytes)
                {
                    verdict = CheckVerdict.Fail;
                    summary = "free heap " + Kilobytes(freeBytes) + " KB is below the " + Kilobytes(FailBelowFreeBytes) + " KB floor";
                }
                else if (freeBytes < WarnBelowFreeBytes)
                {
                    verdict = CheckVerdict.Warn;
                    summary = "free heap " + Kilobytes(freeBytes) + " KB is low (warn below " + Kilobytes(WarnBelowFreeBytes) + " KB)";
                }
            }

            int unclean = 0;
            if (resets != null)
            {
                unclean = resets.UncleanInLastBoots(RecentBoots);
                if (unclean >= WarnUncleanRestarts && verdict == CheckVerdict.Pass)
                {
                    verdict = CheckVerdict.Warn;
                    remedy = RepeatedRestarts;
                    summary = unclean.ToString() + " unclean restarts (crash or power cut) in the last " + RecentBoots.ToString() + " boots";
                }
            }

            if (verdict == CheckVerdict.Pass)
            {
                summary = memory == null ? "no heap monitor; restarts normal" : "free heap " + Kilobytes(freeBytes) + " KB; restarts normal";
            }

            SelfTestResult result = Verdict(verdict, summary, remedy);
            if (memory != null)
            {
                result.Measure("free_heap", freeBytes, "bytes");
                if (totalBytes > 0)
                {
                    result.Measure("total_heap", totalBytes, "bytes");
                }
            }
            else
            {
                result.Measure("free_heap", "not measured", string.Empty);
            }

            if (resets != null)
            {
                result.Measure("boots", resets.BootCount, string.Empty);
                result.Measure("unclean_restarts", resets.UncleanRestarts, string.Empty);
                result.Measure("unclean_recent", unclean, "of " + RecentBoots.ToString() + " boots");
            }

            return result;
        }

        private static string Kilobytes(long bytes)
        {
            return (bytes / 1024).ToString();
        }
    }
}
