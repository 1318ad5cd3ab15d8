namespace Terminal.App.Screens
{
    /// <summary>The customer was charged, on time.</summary>
    internal sealed class ApprovedScreen : Screen
    {
        /// <summary>Gets or sets the amount, in minor units; 0 when not known (then none is shown).</summary>
        public long AmountMinorUnits { get; set; }

        /// <summary>Gets or sets the journal's transaction number; 0 when none.</summary>
        public uint TransactionSequence { get; set; }

        /// <inheritdoc/>
        public override ScreenFamily Family
        {
            get { return ScreenFamily.Result; }
        }

        /// <inheritdoc/>
        public override void Compose(ScreenComposer screen)
        {
            ScreenText text = screen.Text;
            screen.Title(text.ApprovedTitle, ScreenColors.Success);
            screen.Icon(IconKind.Check, ScreenColors.Success);
            screen.Amount(AmountMinorUnits);
            screen.Line(0, text.ApprovedLine, ScreenColors.Text);
            if (TransactionSequence != 0)
            {
                screen.Line(1, text.TransactionPrefix + TransactionSequence.ToString(), ScreenColors.Muted);
            }

            screen.Hint(text.DoneHint);
        }
    }
}
