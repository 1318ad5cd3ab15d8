namespace Terminal.App.Payments
{
    /// <summary>When the terminal closes its batch by itself (<see cref="PaymentFlow.ShouldAutoSettle"/>).</summary>
    public sealed class SettlementSettings
    {
        /// <summary>Minutes in a day: the upper bound (exclusive) of <see cref="AutoSettleMinuteOfDayUtc"/>.</summary>
        public const int MinutesPerDay = 1440;

        /// <summary>
        /// Gets or sets the UTC time of day, in minutes after midnight (0..1439), after which the batch
        /// is settled automatically once per UTC day; -1 (the default) switches automatic settlement off.
        /// </summary>
        public int AutoSettleMinuteOfDayUtc { get; set; } = -1;

        /// <summary>Creates the defaults: automatic settlement off.</summary>
        /// <returns>A new settings object.</returns>
        public static SettlementSettings CreateDefault()
        {
            return new SettlementSettings();
        }
    }
}
