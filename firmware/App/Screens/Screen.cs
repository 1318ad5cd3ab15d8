namespace Terminal.App.Screens
{
    /// <summary>
    /// One screen of the terminal: what it shows, described top to bottom on a <see cref="ScreenComposer"/>.
    /// A screen holds the data it shows (set by <see cref="ScreenPresenter"/> before composing), so the
    /// presenter can compose it again in another language.
    /// </summary>
    internal abstract class Screen
    {
        /// <summary>Gets the family whose layout the screen uses.</summary>
        public abstract ScreenFamily Family { get; }

        /// <summary>Describes the screen top to bottom.</summary>
        /// <param name="screen">The slots to set; its <see cref="ScreenComposer.Text"/> is the current language.</param>
        public abstract void Compose(ScreenComposer screen);
    }
}
