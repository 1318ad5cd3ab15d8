namespace Terminal.App.Screens
{
    /// <summary>
    /// The terminal did not start the payment (amount limit, queue full, storage fault): nothing was sent.
    /// With a cause id, its name and remedy; otherwise a check of the amount.
    /// </summary>
    internal sealed class RefusedScreen : Screen
    {
        /// <summary>Gets or sets the amount, in minor units; 0 when not known.</summary>
        public long AmountMinorUnits { get; set; }

        /// <summary>Gets or sets the failure-cause id; empty when none applies.</summary>
        public string CauseId { get; set; }

        /// <inheritdoc/>
        public override ScreenFamily Family
        {
            get { return ScreenFamily.Result; }
        }

        /// <inheritdoc/>
        public override void Compose(ScreenComposer screen)
        {
            ScreenText text = screen.Text;
            screen.Title(text.RefusedTitle, ScreenColors.Caution);
            screen.Icon(IconKind.Exclamation, ScreenColors.Caution);
            screen.Amount(AmountMinorUnits);
            screen.Line(0, text.RefusedNothingSent, ScreenColors.Text);
            string causeName = text.CauseName(CauseId);
            if (causeName.Length > 0)
            {
                screen.Line(1, CauseId + "  " + causeName, ScreenColors.Caution);
                screen.Paragraph(2, text.CauseRemedy(CauseId), ScreenColors.Progress);
            }
            else
            {
                screen.Line(1, text.RefusedCheckAmount, ScreenColors.Progress);
            }

            screen.Hint(text.BackHint);
        }
    }
}
