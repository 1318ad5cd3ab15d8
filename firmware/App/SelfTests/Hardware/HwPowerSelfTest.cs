using Terminal.App.Maintenance;
using Terminal.Hal.Platform;

namespace Terminal.App.SelfTests.Hardware
{
    /// <summary>
    /// HW-POWER: unstable power and brownouts. Counts the unclean restarts among the last boots
    /// (<see cref="ResetHistory"/>: nanoFramework has no managed reset-reason API, so a brownout, a power cut and a
    /// crash all show as a boot that found the previous run still marked running), and reads the supply voltage
    /// where the board wires it (<see cref="ISupplyMonitor"/>; a board without one skips that part).
    /// </summary>
    public sealed class HwPowerSelfTest : SelfTest
    {
        private static readonly Remedy LowSupply = new Remedy("电源电压过低，请更换电源适配器。", "Supply voltage too low: replace the power adapter.");

        /// <summary>Creates the test.</summary>
        public HwPowerSelfTest()
            : base("HW-POWER")
        {
        }

        /// <summary>Gets or sets how many recent boots are looked at, 1 to <see cref="ResetHistory.RecentBootCapacity"/>.</summary>
        public int RecentBoots { get; set; } = 10;

        /// <summary>Gets or sets how many unclean restarts among <see cref="RecentBoots"/> make the verdict WARN.</summary>
        public int WarnUncleanRestarts { get; set; } = 1;

        /// <summary>Gets or sets how many unclean restarts among <see cref="RecentBoots"/> make the verdict FAIL.</summary>
        public int FailUncleanRestarts { get; set; } = 3;

        /// <inheritdoc/>
        public override SelfTestResult Run(SelfTestContext context)
        {
            ResetHistory resets = context.Resets;
            ISupplyMonitor supply = context.Board == null || context.Board.Platform == null ? null : context.Board.Platform.Supply;
            int millivolts = 0;
            bool supplyRead = supply != null && supply.TryReadMillivolts(out millivolts);
            if (resets == null && !supplyRead)
            {
                return Verdict(CheckVerdict.Skip, "no restart counters and no supply monitor on this board")
                    .Measure("supply", supply == null ? "not wired" : "unreadable", string.Empty);
            }

            CheckVerdict verdict = CheckVerdict.Pass;
            string summary = string.Empty;
            Remedy remedy = Remedy;
            if (supplyRead && millivolts < supply.MinimumMillivolts)
            {
                verdict = CheckVerdict.Fail;
                remedy = LowSupply;
                summary = "supply " + millivolts.ToString() + " mV is below the " + supply.MinimumMillivolts.ToString() + " mV minimum";
            }

            int unclean = resets == null ? 0 : resets.UncleanInLastBoots(RecentBoots);
            if (resets != null && verdict == CheckVerdict.Pass && unclean >= WarnUncleanRestarts)
            {
                verdict = unclean >= FailUncleanRestarts ? CheckVerdict.Fail : CheckVerdict.Warn;
                summary = unclean.ToString() + " unclean restarts (power cut, brownout or crash) in the last " + RecentBoots.ToString() + " boots";
            }

            if (verdict == CheckVerdict.Pass)
            {
                summary = (supplyRead ? "supply " + millivolts.ToString() + " mV" : "supply not measured") + "; " + unclean.ToString() + " unclean restarts in the last " + RecentBoots.ToString() + " boots";
            }

            SelfTestResult result = Verdict(verdict, summary, remedy);
            if (supplyRead)
            {
                result.Measure("supply", millivolts, "mV");
                result.Measure("supply_minimum", supply.MinimumMillivolts, "mV");
            }
            else
            {
                result.Measure("supply", supply == null ? "not wired" : "unreadable", string.Empty);
            }

            if (resets != null)
            {
                result.Measure("boots", resets.BootCount, string.Empty);
                result.Measure("unclean_restarts", resets.UncleanRestarts, string.Empty);
                result.Measure("unclean_recent", unclean, "of " + RecentBoots.ToString() + " boots");
                result.Measure("previous_run", ResetHistory.RunEndName(resets.LastRunEnd), string.Empty);
            }
            else
            {
                result.Measure("restarts", "not counted", string.Empty);
            }

            return result;
        }
    }
}
