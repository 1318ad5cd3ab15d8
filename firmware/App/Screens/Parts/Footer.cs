namespace Terminal.App.Screens
{
    /// <summary>The footer of every screen: the terminal's id on the left, the language on the right.</summary>
    internal sealed class Footer
    {
        private readonly ScreenCanvas _screen;
        private readonly TextSlot _terminal;
        private readonly TextSlot _language;
        private bool _ruleDrawn;

        /// <summary>Creates the footer; nothing is drawn until <see cref="Show"/>.</summary>
        public Footer(ScreenCanvas screen)
        {
            _screen = screen;
            int width = (ScreenLayout.Width / 2) + 40;
            _terminal = new TextSlot(screen, ScreenLayout.Margin, ScreenLayout.FooterTop, width, ScreenLayout.FooterHeight, 1, TextAlignment.Left, ScreenColors.FooterBackground);
            int languageWidth = 56;
            _language = new TextSlot(screen, ScreenLayout.Width - ScreenLayout.Margin - languageWidth, ScreenLayout.FooterTop, languageWidth, ScreenLayout.FooterHeight, 1, TextAlignment.Right, ScreenColors.FooterBackground);
        }

        /// <summary>Gets the footer's words, for <see cref="ScreenPresenter.VisibleText"/>.</summary>
        public string Describe()
        {
            return _terminal.Text + " " + _language.Text;
        }

        /// <summary>Shows the footer; unchanged parts are not repainted.</summary>
        /// <param name="text">The current language's texts.</param>
        /// <param name="terminalLine">The terminal's line, e.g. "终端 T0001" (made by the caller when the id or language changes).</param>
        public void Show(ScreenText text, string terminalLine)
        {
            if (!_ruleDrawn)
            {
                _screen.Fill(0, ScreenLayout.RuleTop, ScreenLayout.Width, 1, ScreenColors.Rule);
                _ruleDrawn = true;
            }

            _terminal.Show(terminalLine, ScreenColors.FooterText);

            _language.Show(text.LanguageName, ScreenColors.FooterText);
        }

        /// <summary>Repaints the whole footer at the next <see cref="Show"/>.</summary>
        public void Invalidate()
        {
            _screen.Fill(0, ScreenLayout.FooterTop, ScreenLayout.Width, ScreenLayout.FooterHeight, ScreenColors.FooterBackground);
            _terminal.Forget();
            _language.Forget();
            _ruleDrawn = false;
        }
    }
}
