using System;
using System.Diagnostics;
using System.Globalization;

namespace Terminal.Tools.Chaos
{
    /// <summary>
    /// Chaos campaigns against the journal. Prints one "name value" per line, the verdict last.
    /// <code>
    /// dotnet run -c Release --project tools/Chaos -- powercut --seeds 20 --ops 300
    /// dotnet run -c Release --project tools/Chaos -- corrupt --images 3000
    /// dotnet run -c Release --project tools/Chaos -- network --seeds 200 --transactions 50
    /// </code>
    /// Exit code 0 when the verdict is ok, 1 when not, 2 for a usage error.
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            if (args.Length == 0)
            {
                return Usage("name a campaign");
            }

            try
            {
                switch (args[0])
                {
                    case "powercut":
                        Allow(args, "--seeds", "--ops", "--first-seed", "--prefixes");
                        return PowerCut(Option(args, "--seeds", 20), Option(args, "--ops", 300), Option(args, "--first-seed", 1), OptionOrZero(args, "--prefixes", 0));
                    case "network":
                        Allow(args, "--seeds", "--transactions", "--first-seed");
                        return Network(Option(args, "--seeds", 200), Option(args, "--transactions", 50), Option(args, "--first-seed", 1));
                    case "corrupt":
                        Allow(args, "--images", "--first-seed");
                        return Corrupt(Option(args, "--images", 3000), Option(args, "--first-seed", 1));
                    default:
                        return Usage("unknown campaign '" + args[0] + "'");
                }
            }
            catch (FormatException exception)
            {
                return Usage(exception.Message);
            }
        }

        private static int PowerCut(int seeds, int operations, int firstSeed, int prefixes)
        {
            var campaign = new PowerCutCampaign(prefixes);
            var watch = Stopwatch.StartNew();
            for (int seed = firstSeed; seed < firstSeed + seeds; seed++)
            {
                campaign.Run(seed, operations);
            }

            ChaosCounters c = campaign.Counters;
            foreach (string note in c.Notes)
            {
                Console.Error.WriteLine("note: " + note);
            }

            Print("powercut.seeds", seeds);
            Print("powercut.operations_per_seed", operations);
            Print("powercut.transactions", c.Transactions);
            Print("powercut.cut_points", c.CutPoints);
            Print("powercut.cuts", c.Cuts);
            Print("powercut.second_cuts", c.SecondCuts);
            Print("powercut.clean_reboots", c.CleanReboots);
            Print("powercut.deliveries", c.Deliveries);
            Print("powercut.redeliveries_deduplicated", c.Redeliveries);
            Print("powercut.recovery_failures", c.RecoveryFailures);
            Print("powercut.false_alarms", c.FalseAlarms);
            Print("powercut.lost", c.Lost);
            Print("powercut.duplicated", c.Duplicated);
            Print("powercut.corrupt_accepted", c.CorruptAccepted);
            Print("powercut.undelivered", c.Undelivered);
            Print("powercut.seconds", Math.Round(watch.Elapsed.TotalSeconds, 1));
            Console.WriteLine("powercut.ok " + (c.Ok ? "true" : "false"));
            return c.Ok ? 0 : 1;
        }

        private static int Corrupt(int images, int firstSeed)
        {
            var campaign = new CorruptionCampaign();
            var watch = Stopwatch.StartNew();
            for (int seed = firstSeed; seed < firstSeed + images; seed++)
            {
                campaign.Run(seed);
            }

            CorruptionCounters c = campaign.Counters;
            foreach (string note in c.Notes)
            {
                Console.Error.WriteLine("note: " + note);
            }

            Print("corrupt.images", c.Images);
            Print("corrupt.frames_checked", c.FramesChecked);
            Print("corrupt.records_checked", c.RecordsChecked);
            Print("corrupt.crashes", c.Crashes);
            Print("corrupt.hangs", c.Hangs);
            Print("corrupt.corrupt_accepted", c.CorruptAccepted);
            Print("corrupt.seconds", Math.Round(watch.Elapsed.TotalSeconds, 1));
            Console.WriteLine("corrupt.ok " + (c.Ok ? "true" : "false"));
            return c.Ok ? 0 : 1;
        }

        private static int Network(int seeds, int transactions, int firstSeed)
        {
            var campaign = new NetworkCampaign();
            var watch = Stopwatch.StartNew();
            campaign.Run(firstSeed, seeds, transactions);
            NetworkCounters c = campaign.Counters;
            foreach (string note in c.Notes)
            {
                Console.Error.WriteLine("note: " + note);
            }

            Print("network.seeds", c.Seeds);
            Print("network.transactions", c.Transactions);
            Print("network.attempts", c.Attempts);
            Print("network.requests", c.Requests);
            Print("network.faults_armed", c.FaultsArmed);
            Print("network.faults_injected", c.FaultsInjected);
            foreach (string name in NetworkCounters.FaultNames)
            {
                Print("network.injected." + name, c.InjectedByKind[name]);
            }

            Print("network.charged", c.Charged);
            Print("network.unknown_outcomes", c.UnknownOutcomes);
            Print("network.late_confirmations", c.LateConfirmations);
            Print("network.flow_cancels", c.FlowCancels);
            Print("network.cashier_cancels", c.CashierCancels);
            Print("network.cashier_retries", c.CashierRetries);
            Print("network.reversals", c.Reversals);
            Print("network.reboots", c.Reboots);
            Print("network.redeliveries", c.Redeliveries);
            Print("network.max_rounds", c.MaxRounds);
            Print("network.crashes", c.Crashes);
            Print("network.double_charged", c.DoubleCharged);
            Print("network.approved_not_displayed", c.ApprovedNotDisplayed);
            Print("network.approved_shown_as_failed", c.ApprovedShownAsFailed);
            Print("network.lost", c.Lost);
            Print("network.seconds", Math.Round(watch.Elapsed.TotalSeconds, 1));
            Console.WriteLine("network.ok " + (c.Ok ? "true" : "false"));
            return c.Ok ? 0 : 1;
        }

        private static int Option(string[] args, string name, int fallback)
        {
            for (int i = 1; i < args.Length; i++)
            {
                if (args[i] == name)
                {
                    if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value <= 0)
                    {
                        throw new FormatException(name + " needs a positive whole number");
                    }

                    return value;
                }

            }

            return fallback;
        }

        /// <summary>Rejects any option the campaign does not take, so a typo or another campaign's option is not ignored.</summary>
        private static void Allow(string[] args, params string[] options)
        {
            for (int i = 1; i < args.Length; i += 2)
            {
                if (Array.IndexOf(options, args[i]) < 0)
                {
                    throw new FormatException("unknown option '" + args[i] + "' for " + args[0]);
                }
            }
        }

        private static int OptionOrZero(string[] args, string name, int fallback)
        {
            for (int i = 1; i + 1 < args.Length; i++)
            {
                if (args[i] == name && args[i + 1] == "0")
                {
                    return 0;
                }
            }

            return Option(args, name, fallback);
        }

        private static void Print(string name, double value)
        {
            Console.WriteLine(name + " " + value.ToString(CultureInfo.InvariantCulture));
        }

        private static int Usage(string problem)
        {
            Console.Error.WriteLine("chaos: " + problem);
            Console.Error.WriteLine("usage: chaos powercut [--seeds N] [--ops N] [--first-seed N] [--prefixes N (0 = every byte prefix, the default)]");
            Console.Error.WriteLine("       chaos corrupt [--images N] [--first-seed N]");
            Console.Error.WriteLine("       chaos network [--seeds N] [--transactions N] [--first-seed N]");
            return 2;
        }
    }
}
