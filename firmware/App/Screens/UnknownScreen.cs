namespace Terminal.App.Screens
{
    /// <summary>
    /// No answer in time: "checking the result, do not pay again" (docs/late-approval-policy.md). It never
    /// says "failed": the payment may have gone through, and a second payment could charge the customer
    /// twice. After two minutes the cashier is offered to keep waiting or to cancel (a reversal).
    /// </summary>
    internal sealed class UnknownScreen : Screen
    {
        /// <summary>Gets or sets the amount, in minor units; 0 when not known.</summary>
        public long AmountMinorUnits { get; set; }

        /// <summary>Gets or sets whether the cashier is offered to cancel (late-approval-policy.md, "Bounds").</summary>
        public bool OfferCancel { get; set; }

        /// <inheritdoc/>
        public override ScreenFamily Family
        {
            get { return ScreenFamily.Result; }
        }

        /// <inheritdoc/>
        public override void Compose(ScreenComposer screen)
        {
            ScreenText text = screen.Text;
            screen.Title(text.UnknownTitle, ScreenColors.Caution);
            screen.Icon(IconKind.Hourglass, ScreenColors.Caution);
            screen.Amount(AmountMinorUnits);
            screen.Banner(0, text.UnknownDoNotPayAgain, ScreenColors.Text, ScreenColors.CautionFill);
            screen.Line(1, text.UnknownLine, ScreenColors.Text);
            screen.Line(2, text.UnknownWillShow, ScreenColors.Muted);
            if (OfferCancel)
            {
                screen.Line(3, text.UnknownOfferLine, ScreenColors.Caution);
                screen.Hint(text.UnknownOfferHint);
            }
            else
            {
                screen.Hint(text.UnknownHint);
            }
        }
    }
}
