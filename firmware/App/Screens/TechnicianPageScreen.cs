namespace Terminal.App.Screens
{
    /// <summary>
    /// A technician's page of text in the menu's rows: one self-test result with its remedy, a transaction, the
    /// queues, a message after an action, a self-test's question. Each paragraph is wrapped over as many rows as
    /// it may take, so a long summary cannot push the remedy off the screen. The texts come from the technician
    /// menu, already in the screen's language (its words from <see cref="ScreenText"/>, ids and values ASCII).
    /// </summary>
    internal sealed class TechnicianPageScreen : Screen
    {
        private static readonly string[] NoText = new string[0];

        /// <summary>Gets or sets the title.</summary>
        public string Title { get; set; } = string.Empty;

        /// <summary>Gets or sets the title's colour (blue: information, red: a fault, green: done).</summary>
        public ushort TitleColor { get; set; } = ScreenColors.Progress;

        /// <summary>Gets or sets the paragraphs, top to bottom; <c>null</c> or empty ones are skipped.</summary>
        public string[] Paragraphs { get; set; } = NoText;

        /// <summary>Gets or sets each paragraph's colour; missing entries are the text colour.</summary>
        public ushort[] Colors { get; set; }

        /// <summary>Gets or sets how many rows each paragraph may take; missing entries may take every row left.</summary>
        public int[] MaximumRows { get; set; }

        /// <summary>Gets or sets the key hint.</summary>
        public string Hint { get; set; } = string.Empty;

        /// <inheritdoc/>
        public override ScreenFamily Family
        {
            get { return ScreenFamily.Menu; }
        }

        /// <inheritdoc/>
        public override void Compose(ScreenComposer screen)
        {
            screen.Title(Title, TitleColor);
            int row = 0;
            for (int i = 0; i < Paragraphs.Length && row < ScreenLayout.MenuRows; i++)
            {
                string paragraph = Paragraphs[i];
                if (paragraph == null || paragraph.Length == 0)
                {
                    continue;
                }

                ushort color = Colors != null && i < Colors.Length ? Colors[i] : ScreenColors.Text;
                int rows = MaximumRows != null && i < MaximumRows.Length ? MaximumRows[i] : ScreenLayout.MenuRows;
                row = screen.ListParagraph(row, paragraph, color, rows);
            }

            screen.Hint(Hint);
        }
    }
}
