namespace Terminal.App.Screens
{
    /// <summary>The cashier cancelled the payment: any charge is reversed (the reversal is queued in the journal).</summary>
    internal sealed class CancelledScreen : Screen
    {
        /// <summary>Gets or sets the amount, in minor units; 0 when not known.</summary>
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
            screen.Title(text.CancelledTitle, ScreenColors.Neutral);
            screen.Icon(IconKind.Bar, ScreenColors.Neutral);
            screen.Amount(AmountMinorUnits);
            screen.Line(0, text.CancelledLine, ScreenColors.Text);
            screen.Line(1, text.CancelledNextStep, ScreenColors.Muted);
            screen.Hint(text.DoneHint);
        }
    }
}
