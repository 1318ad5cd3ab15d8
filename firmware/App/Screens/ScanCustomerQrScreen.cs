namespace Terminal.App.Screens
{
    /// <summary>Waiting for the customer to hold their wallet's payment code to the scanner.</summary>
    internal sealed class ScanCustomerQrScreen : Screen
    {
        /// <summary>Gets or sets the confirmed amount, in minor units.</summary>
        public long AmountMinorUnits { get; set; }

        /// <inheritdoc/>
        public override ScreenFamily Family
        {
            get { return ScreenFamily.Result; }
        }

        /// <inheritdoc/>
        public override void Compose(ScreenComposer screen)
        {
            ScreenText text = screen.Text;
            screen.Title(text.ScanCustomerTitle, ScreenColors.Progress);
            screen.Icon(IconKind.ScanCode, ScreenColors.Progress);
            screen.Amount(AmountMinorUnits);
            screen.Line(0, text.ScanCustomerLine, ScreenColors.Text);
            screen.Line(1, text.ScanCustomerLine2, ScreenColors.Muted);
            screen.Hint(text.WaitingHint);
        }
    }
}
