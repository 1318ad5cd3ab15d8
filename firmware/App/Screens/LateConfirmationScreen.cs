namespace Terminal.App.Screens
{
    /// <summary>
    /// An approval that arrived after the terminal had shown UNKNOWN: the customer has paid. Distinct from
    /// an approval on time (its own colour, a double ring, the LATE CONFIRMATION banner the receipt also
    /// carries), so the cashier does not take the payment again.
    /// </summary>
    internal sealed class LateConfirmationScreen : Screen
    {
        /// <summary>Gets or sets the amount, in minor units; 0 when not known (after a reboot).</summary>
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
            screen.Title(text.LateTitle, ScreenColors.Late);
            screen.Icon(IconKind.LateCheck, ScreenColors.Late);
            screen.Amount(AmountMinorUnits);
            screen.Banner(0, text.LateBanner, ScreenColors.Background, ScreenColors.Late);
            screen.Line(1, text.LateLine, ScreenColors.Text);
            screen.Line(2, text.LateDoNotChargeAgain, ScreenColors.Text);
            if (TransactionSequence != 0)
            {
                screen.Line(3, text.TransactionPrefix + TransactionSequence.ToString(), ScreenColors.Muted);
            }

            screen.Hint(text.DoneHint);
        }
    }
}
