namespace Terminal.App.Screens
{
    /// <summary>The cashier types the amount, then confirms it before the card is asked for.</summary>
    internal sealed class AmountEntryScreen : Screen
    {
        /// <summary>Gets or sets the amount typed so far, in minor units.</summary>
        public long AmountMinorUnits { get; set; }

        /// <summary>Gets or sets whether the amount is shown for confirmation (SaleState.Confirm).</summary>
        public bool Confirming { get; set; }

        /// <inheritdoc/>
        public override ScreenFamily Family
        {
            get { return ScreenFamily.Result; }
        }

        /// <inheritdoc/>
        public override void Compose(ScreenComposer screen)
        {
            ScreenText text = screen.Text;
            screen.Title(Confirming ? text.AmountConfirmTitle : text.AmountEntryTitle, ScreenColors.Progress);
            screen.Icon(IconKind.Keypad, ScreenColors.Progress);
            screen.TypedAmount(AmountMinorUnits, ScreenColors.Text);
            screen.Line(0, Confirming ? text.AmountConfirmLine : text.AmountEntryLine, ScreenColors.Muted);
            screen.Hint(Confirming ? text.AmountConfirmHint : text.AmountEntryHint);
        }
    }
}
