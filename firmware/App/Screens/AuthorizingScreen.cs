namespace Terminal.App.Screens
{
    /// <summary>
    /// The host is being asked: the amount, and a countdown to the authorization's timeout in the ring.
    /// The countdown repaints only its digits (<see cref="ScreenPresenter.UpdateCountdown"/>).
    /// </summary>
    internal sealed class AuthorizingScreen : Screen
    {
        /// <summary>Gets or sets the amount being authorized, in minor units.</summary>
        public long AmountMinorUnits { get; set; }

        /// <summary>Gets or sets the seconds left until the authorization times out.</summary>
        public int SecondsLeft { get; set; }

        /// <summary>Gets or sets whether Cancel was pressed meanwhile (honoured when the answer comes).</summary>
        public bool CancelRequested { get; set; }

        /// <inheritdoc/>
        public override ScreenFamily Family
        {
            get { return ScreenFamily.Result; }
        }

        /// <inheritdoc/>
        public override void Compose(ScreenComposer screen)
        {
            ScreenText text = screen.Text;
            screen.Title(text.AuthorizingTitle, ScreenColors.Progress);
            screen.Icon(IconKind.CountdownRing, ScreenColors.Progress);
            screen.Countdown(SecondsLeft, ScreenColors.Progress);
            screen.Amount(AmountMinorUnits);
            if (CancelRequested)
            {
                screen.Paragraph(0, text.CancelRequestedLine, ScreenColors.Caution);
            }
            else
            {
                screen.Line(0, text.AuthorizingLine, ScreenColors.Text);
                screen.Line(1, text.AuthorizingKeepCard, ScreenColors.Muted);
            }

            screen.Hint(text.AuthorizingHint);
        }
    }
}
