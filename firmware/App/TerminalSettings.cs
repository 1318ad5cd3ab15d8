using Terminal.Core.Journal;

namespace Terminal.App
{
    /// <summary>The application's settings; the same object type on the device and in the simulator.</summary>
    public sealed class TerminalSettings
    {
        /// <summary>Gets or sets the journal's limits.</summary>
        public JournalSettings Journal { get; set; } = JournalSettings.CreateDefault();

        /// <summary>Gets or sets how often <see cref="TerminalApp.Run"/> retries undelivered items, in milliseconds.</summary>
        public int DeliveryIntervalMilliseconds { get; set; } = 2000;

        /// <summary>Creates the defaults for the reference terminal.</summary>
        /// <returns>A new settings object.</returns>
        public static TerminalSettings CreateDefault()
        {
            return new TerminalSettings();
        }
    }
}
