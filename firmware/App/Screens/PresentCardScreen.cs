namespace Terminal.App.Screens
{
    /// <summary>Waiting for the customer's card (or a payment code held to the scanner).</summary>
    internal sealed class PresentCardScreen : Screen
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
            screen.Title(text.PresentCardTitle, ScreenColors.Progress);
            screen.Icon(IconKind.ContactlessCard, ScreenColors.Progress);
            screen.Amount(AmountMinorUnits);
            screen.Line(0, text.PresentCardLine, ScreenColors.Text);
            screen.Line(1, text.PresentCardOrCode, ScreenColors.Muted);
            screen.Hint(text.WaitingHint);
        }
    }
}
