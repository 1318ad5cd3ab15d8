namespace Terminal.Core.Journal
{
    /// <summary>Why the journal refused a new transaction.</summary>
    public enum CapacityRefusal
    {
        /// <summary>Not refused.</summary>
        None = 0,

        /// <summary>Too many transactions are open or undelivered.</summary>
        TooManyPending = 1,

        /// <summary>Undelivered sales would exceed the offline amount limit.</summary>
        AmountLimit = 2,

        /// <summary>An undelivered result is older than the age limit.</summary>
        OldestTooOld = 3,

        /// <summary>The drive is nearly full.</summary>
        StorageLow = 4,
    }

    /// <summary>
    /// The journal's answer to "may I start another transaction?": accepted, or refused with a
    /// reason and a sentence the cashier can act on. Nothing undelivered is ever evicted to make room.
    /// </summary>
    public sealed class CapacityVerdict
    {
        /// <summary>The verdict for an accepted transaction.</summary>
        public static readonly CapacityVerdict Accepted = new CapacityVerdict(CapacityRefusal.None, "accepted");

        /// <summary>Creates a verdict.</summary>
        /// <param name="refusal">Why, or <see cref="CapacityRefusal.None"/>.</param>
        /// <param name="message">What the cashier should know and do.</param>
        public CapacityVerdict(CapacityRefusal refusal, string message)
        {
            Refusal = refusal;
            Message = message;
        }

        /// <summary>Gets whether the transaction may go ahead.</summary>
        public bool IsAccepted
        {
            get { return Refusal == CapacityRefusal.None; }
        }

        /// <summary>Gets why it was refused.</summary>
        public CapacityRefusal Refusal { get; }

        /// <summary>Gets the sentence for the cashier (English; the UI translates by <see cref="Refusal"/>).</summary>
        public string Message { get; }
    }
}
