namespace Terminal.App.Screens
{
    /// <summary>The merchant's payment code for the customer to scan, with the amount under it.</summary>
    internal sealed class MerchantQrScreen : Screen
    {
        /// <summary>Gets or sets the confirmed amount, in minor units.</summary>
        public long AmountMinorUnits { get; set; }

        /// <summary>Gets or sets the text to encode (PaymentOutcome.QrContent).</summary>
        public string QrContent { get; set; }

        /// <inheritdoc/>
        public override ScreenFamily Family
        {
            get { return ScreenFamily.Qr; }
        }

        /// <inheritdoc/>
        public override void Compose(ScreenComposer screen)
        {
            ScreenText text = screen.Text;
            screen.Title(text.MerchantQrTitle, ScreenColors.Progress);
            bool shown = screen.QrCode(QrContent);
            screen.QrAmount(AmountMinorUnits);

            // A code that cannot be encoded is said so, never replaced by a blank square alone.
            screen.Hint(shown ? text.MerchantQrHint : text.MerchantQrMissing);
        }
    }
}
