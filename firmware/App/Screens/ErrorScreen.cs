namespace Terminal.App.Screens
{
    /// <summary>
    /// A fault the cashier or a technician must act on: the cause id in large letters (the word to read out
    /// on the phone), the cause's name, what exactly is wrong, and the remedy (failure-causes.md).
    /// </summary>
    internal sealed class ErrorScreen : Screen
    {
        /// <summary>Gets or sets the failure-cause id, e.g. "HW-PRINTER".</summary>
        public string CauseId { get; set; }

        /// <summary>Gets or sets what exactly is wrong.</summary>
        public FaultDetail Detail { get; set; }

        /// <inheritdoc/>
        public override ScreenFamily Family
        {
            get { return ScreenFamily.Result; }
        }

        /// <inheritdoc/>
        public override void Compose(ScreenComposer screen)
        {
            ScreenText text = screen.Text;
            screen.Title(text.ErrorTitle, ScreenColors.Danger);
            screen.Icon(IconKind.Exclamation, ScreenColors.Danger);
            screen.Headline(CauseId, ScreenColors.Danger);
            int line = 0;
            screen.Line(line++, text.CauseName(CauseId), ScreenColors.Text);
            string detail = text.FaultDetailText(Detail);
            if (detail.Length > 0)
            {
                screen.Line(line++, detail, ScreenColors.Danger);
            }

            screen.Paragraph(line, text.CauseRemedy(CauseId), ScreenColors.Progress);
            screen.Hint(text.BackHint);
        }
    }
}
