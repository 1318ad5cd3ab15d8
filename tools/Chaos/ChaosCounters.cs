using System.Collections.Generic;

namespace Terminal.Tools.Chaos
{
    /// <summary>What a campaign counted. The four failure counts must be zero.</summary>
    public sealed class ChaosCounters : FailureNotes
    {

        /// <summary>Workload runs completed.</summary>
        public long Runs { get; set; }

        /// <summary>Transactions begun.</summary>
        public long Transactions { get; set; }

        /// <summary>Mutations at which the flash was forked.</summary>
        public long CutPoints { get; set; }

        /// <summary>Power-cut images recovered and checked.</summary>
        public long Cuts { get; set; }

        /// <summary>Recoveries that were themselves cut, then recovered again.</summary>
        public long SecondCuts { get; set; }

        /// <summary>Clean restarts in the workloads.</summary>
        public long CleanReboots { get; set; }

        /// <summary>First deliveries receivers accepted.</summary>
        public long Deliveries { get; set; }

        /// <summary>Deliveries of a key the receiver already had (at-least-once at work; deduplicated).</summary>
        public long Redeliveries { get; set; }

        /// <summary>Committed transactions, answers or items that recovery lost.</summary>
        public long Lost { get; set; }

        /// <summary>Results delivered under two keys, or committed deliveries forgotten.</summary>
        public long Duplicated { get; set; }

        /// <summary>Records accepted that the workload never wrote, or with other content.</summary>
        public long CorruptAccepted { get; set; }

        /// <summary>Items still pending after recovery, a full drain and a restart.</summary>
        public long Undelivered { get; set; }

        /// <summary>Recoveries of a mere power cut that reported damage (corruption, rejected records).</summary>
        public long FalseAlarms { get; set; }

        /// <summary>Recoveries, drains after recovery, or workload steps that threw.</summary>
        public long RecoveryFailures { get; set; }

        /// <summary>Whether the campaign found nothing wrong.</summary>
        public bool Ok => Lost == 0 && Duplicated == 0 && CorruptAccepted == 0 && Undelivered == 0 && RecoveryFailures == 0 && FalseAlarms == 0;
    }
}
