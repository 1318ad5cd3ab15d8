using System.Collections.Generic;
using Terminal.App.Payments;

namespace Terminal.Tools.Chaos
{
    /// <summary>One sale of the network campaign: a unique merchant reference, its attempts, and what the cashier saw.</summary>
    public sealed class NetworkSale
    {
        /// <summary>Creates one.</summary>
        public NetworkSale(string reference, long amountMinorUnits)
        {
            Reference = reference;
            AmountMinorUnits = amountMinorUnits;
        }

        /// <summary>The merchant reference.</summary>
        public string Reference { get; }

        /// <summary>The amount.</summary>
        public long AmountMinorUnits { get; }

        /// <summary>The journal's transaction ids of its attempts.</summary>
        public List<uint> Sequences { get; } = new();

        /// <summary>Pay calls made.</summary>
        public int Attempts { get; set; }

        /// <summary>Every outcome shown, in order: what Pay, ResolveUnknown and Cancel returned, and the results the screen got.</summary>
        public List<PaymentOutcomeKind> Shown { get; } = new();

        /// <summary>The faults armed while it was taken, for the notes.</summary>
        public List<string> Faults { get; } = new();

        /// <summary>Whether an approval of it reached the screen.</summary>
        public bool DisplayedApproved { get; set; }

        /// <summary>The last attempt the flow cancelled because the host never saw it; the cashier takes the sale again once its reversal is acknowledged.</summary>
        public uint FlowCancelled { get; set; }

        /// <summary>Whether the cashier cancelled it (the customer paid another way): never taken again.</summary>
        public bool CashierCancelled { get; set; }

        /// <summary>Whether a Pay call was cut before it returned and no intent of it was found after the reboot.</summary>
        public bool NeedsRetry { get; set; }

        /// <summary>The last outcome shown that is not UNKNOWN; <c>null</c> when none.</summary>
        public PaymentOutcomeKind? LastShown
        {
            get
            {
                for (int i = Shown.Count - 1; i >= 0; i--)
                {
                    if (Shown[i] != PaymentOutcomeKind.Unknown)
                    {
                        return Shown[i];
                    }
                }

                return null;
            }
        }
    }
}
