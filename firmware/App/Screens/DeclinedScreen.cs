using Terminal.Core.Protocol;

namespace Terminal.App.Screens
{
    /// <summary>
    /// The host declined: the reason and the next step from the response-code catalogue
    /// (docs/host-protocol.md, "Response codes") in the screen's language, and that nobody was charged.
    /// </summary>
    internal sealed class DeclinedScreen : Screen
    {
        /// <summary>Gets or sets the amount, in minor units; 0 when not known.</summary>
        public long AmountMinorUnits { get; set; }

        /// <summary>Gets or sets the host's response code; empty when there is none.</summary>
        public string ResponseCode { get; set; }

        /// <inheritdoc/>
        public override ScreenFamily Family
        {
            get { return ScreenFamily.Result; }
        }

        /// <inheritdoc/>
        public override void Compose(ScreenComposer screen)
        {
            ScreenText text = screen.Text;
            ResponseCodeEntry entry = ResponseCodeCatalog.Lookup(ResponseCode);
            screen.Title(text.DeclinedTitle, ScreenColors.Danger);
            screen.Icon(IconKind.Cross, ScreenColors.Danger);
            screen.Amount(AmountMinorUnits);
            int line = screen.Paragraph(0, entry.Message(text.Language), ScreenColors.Text);
            line = screen.Paragraph(line, entry.NextStep(text.Language), ScreenColors.Progress);
            screen.Line(line, text.DeclinedNotCharged, ScreenColors.Muted);
            bool hasCode = ResponseCode != null && ResponseCode.Length > 0;
            screen.Hint(hasCode ? text.ResponseCodePrefix + ResponseCode + "   " + text.BackHint : text.BackHint);
        }
    }
}
