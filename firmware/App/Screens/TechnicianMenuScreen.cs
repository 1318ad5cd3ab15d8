namespace Terminal.App.Screens
{
    /// <summary>
    /// The technician's list of entries (the menu, symptoms, causes, results, transactions), numbered, with the selected one highlighted.
    /// A list longer than the screen scrolls so the selection stays visible. Moving the selection repaints
    /// the two rows that changed.
    /// </summary>
    internal sealed class TechnicianMenuScreen : Screen
    {
        private static readonly string[] NoLabels = new string[0];

        /// <summary>Gets or sets the entries' labels, in order; their glyphs must be in the terminal's font.</summary>
        public string[] Labels { get; set; } = NoLabels;

        /// <summary>Gets or sets the index of the selected entry.</summary>
        public int SelectedIndex { get; set; }

        /// <summary>Gets or sets the title; <c>null</c> for the menu's own (<see cref="ScreenText.MenuTitle"/>).</summary>
        public string Title { get; set; }

        /// <summary>Gets or sets the key hint; <c>null</c> for the menu's own (<see cref="ScreenText.MenuHint"/>).</summary>
        public string Hint { get; set; }

        /// <inheritdoc/>
        public override ScreenFamily Family
        {
            get { return ScreenFamily.Menu; }
        }

        /// <inheritdoc/>
        public override void Compose(ScreenComposer screen)
        {
            ScreenText text = screen.Text;
            screen.Title(Title == null ? text.MenuTitle : Title, ScreenColors.Progress);
            if (Labels.Length == 0)
            {
                screen.MenuRow(0, text.MenuEmpty, false);
            }

            // The window of rows that keeps the selection on screen.
            int first = SelectedIndex - (ScreenLayout.MenuRows - 1);
            if (first < 0)
            {
                first = 0;
            }

            for (int row = 0; row < ScreenLayout.MenuRows && first + row < Labels.Length; row++)
            {
                int index = first + row;
                screen.MenuRow(row, " " + (index + 1).ToString() + "  " + Labels[index], index == SelectedIndex);
            }

            screen.Hint(Hint == null ? text.MenuHint : Hint);
        }
    }
}
