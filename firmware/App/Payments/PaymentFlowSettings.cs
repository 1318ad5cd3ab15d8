namespace Terminal.App.Payments
{
    /// <summary>Limits and timings of the payment flow (docs/late-approval-policy.md, "Bounds").</summary>
    public sealed class PaymentFlowSettings
    {
        /// <summary>Gets or sets the largest sale the terminal accepts, in minor units: a guard against a mistyped amount.</summary>
        public long MaximumAmountMinorUnits { get; set; } = 5000000;

        /// <summary>Gets or sets the ISO 4217 numeric currency code of the merchant (156 for CNY).</summary>
        public int CurrencyNumericCode { get; set; } = 156;

        /// <summary>Gets or sets the first wait before a status inquiry of an unknown payment, in milliseconds.</summary>
        public long FirstInquiryDelayMilliseconds { get; set; } = 2000;

        /// <summary>Gets or sets the longest wait between status inquiries, in milliseconds: the backoff doubles up to it.</summary>
        public long MaximumInquiryDelayMilliseconds { get; set; } = 60000;

        /// <summary>Gets or sets the shortest time between two status inquiries of a merchant-presented QR order, in milliseconds: <see cref="PaymentFlow.PollQr"/> asks no more often.</summary>
        public long QrPollIntervalMilliseconds { get; set; } = 3000;

        /// <summary>Gets or sets how long a merchant-presented QR order is offered before the terminal closes it, in milliseconds.</summary>
        public long QrWindowMilliseconds { get; set; } = 120000;

        /// <summary>Creates the defaults.</summary>
        /// <returns>A new settings object.</returns>
        public static PaymentFlowSettings CreateDefault()
        {
            return new PaymentFlowSettings();
        }
    }
}
