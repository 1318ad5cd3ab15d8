using System.Collections.Generic;
using System.Linq;

namespace Terminal.Tools.Chaos
{
    /// <summary>What the network campaign counted. The failure counts must be zero.</summary>
    public sealed class NetworkCounters : FailureNotes
    {
        /// <summary>The fault names, in printing order.</summary>
        public static readonly string[] FaultNames =
        {
            "drop_request", "drop_response", "delay", "error_5xx", "approve_after_timeout", "approve_while_rebooting",
            "duplicate_notification", "reboot_mid_flight", "power_off_mid_flight", "power_cut_at_mutation",
        };

        /// <summary>Seeds run.</summary>
        public long Seeds { get; set; }

        /// <summary>Sales (unique merchant references).</summary>
        public long Transactions { get; set; }

        /// <summary>Pay calls, the cashier's retries included.</summary>
        public long Attempts { get; set; }

        /// <summary>Faults armed, host and terminal.</summary>
        public long FaultsArmed { get; set; }

        /// <summary>Faults that acted (a host rule used up, a terminal fault that struck).</summary>
        public long FaultsInjected { get; set; }

        /// <summary>Per fault name: armed.</summary>
        public Dictionary<string, long> ArmedByKind { get; } = FaultNames.ToDictionary(n => n, n => 0L);

        /// <summary>Per fault name: acted.</summary>
        public Dictionary<string, long> InjectedByKind { get; } = FaultNames.ToDictionary(n => n, n => 0L);

        /// <summary>References with more than one net approval, or charged more than the amount.</summary>
        public long DoubleCharged { get; set; }

        /// <summary>References charged whose approval never reached the display.</summary>
        public long ApprovedNotDisplayed { get; set; }

        /// <summary>References charged whose last outcome shown was declined, refused or cancelled.</summary>
        public long ApprovedShownAsFailed { get; set; }

        /// <summary>Attempts whose result never reached display, printer and backend, or whose reversal was never acknowledged, after the bounded drain.</summary>
        public long Lost { get; set; }

        /// <summary>Flow calls that threw something other than a power cut.</summary>
        public long Crashes { get; set; }

        /// <summary>Approvals shown as LATE CONFIRMATION.</summary>
        public long LateConfirmations { get; set; }

        /// <summary>Reversals the host acknowledged.</summary>
        public long Reversals { get; set; }

        /// <summary>Pay calls that returned UNKNOWN.</summary>
        public long UnknownOutcomes { get; set; }

        /// <summary>Deliveries of a key a screen or printer already had (deduplicated).</summary>
        public long Redeliveries { get; set; }

        /// <summary>Unknown payments the cashier cancelled.</summary>
        public long CashierCancels { get; set; }

        /// <summary>Payments the flow cancelled because the host never saw them (key burned).</summary>
        public long FlowCancels { get; set; }

        /// <summary>Sales the cashier took again: after a cut before the intent was durable, or after the flow cancelled one the host never saw.</summary>
        public long CashierRetries { get; set; }

        /// <summary>Terminal reboots (clean or after a power loss).</summary>
        public long Reboots { get; set; }

        /// <summary>Approved sales (by the ledger) at the end.</summary>
        public long Charged { get; set; }

        /// <summary>Requests the terminal sent.</summary>
        public long Requests { get; set; }

        /// <summary>The most delivery rounds a seed needed (fault phase and final drain).</summary>
        public long MaxRounds { get; set; }

        /// <summary>Whether the campaign found nothing wrong.</summary>
        public bool Ok => DoubleCharged == 0 && ApprovedNotDisplayed == 0 && ApprovedShownAsFailed == 0 && Lost == 0 && Crashes == 0;

        /// <summary>Adds another seed's counts and notes.</summary>
        public void Add(NetworkCounters other)
        {
            Seeds += other.Seeds;
            Transactions += other.Transactions;
            Attempts += other.Attempts;
            FaultsArmed += other.FaultsArmed;
            FaultsInjected += other.FaultsInjected;
            foreach (string name in FaultNames)
            {
                ArmedByKind[name] += other.ArmedByKind[name];
                InjectedByKind[name] += other.InjectedByKind[name];
            }

            DoubleCharged += other.DoubleCharged;
            ApprovedNotDisplayed += other.ApprovedNotDisplayed;
            ApprovedShownAsFailed += other.ApprovedShownAsFailed;
            Lost += other.Lost;
            Crashes += other.Crashes;
            LateConfirmations += other.LateConfirmations;
            Reversals += other.Reversals;
            UnknownOutcomes += other.UnknownOutcomes;
            Redeliveries += other.Redeliveries;
            CashierCancels += other.CashierCancels;
            FlowCancels += other.FlowCancels;
            CashierRetries += other.CashierRetries;
            Reboots += other.Reboots;
            Charged += other.Charged;
            Requests += other.Requests;
            MaxRounds = System.Math.Max(MaxRounds, other.MaxRounds);
            foreach (string note in other.Notes)
            {
                Note(note);
            }
        }
    }
}
