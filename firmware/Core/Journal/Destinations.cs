namespace Terminal.Core.Journal
{
    /// <summary>
    /// The three outbound queues an outbox item can be bound for, as bit flags: a transaction
    /// result goes to all three; a reversal or an advice goes to the host only.
    /// </summary>
    public static class Destinations
    {
        /// <summary>No destination: the record is state, not something to deliver.</summary>
        public const int None = 0;

        /// <summary>The terminal's screen: results to show the cashier and the customer.</summary>
        public const int Display = 1;

        /// <summary>The receipt printer: receipts to print.</summary>
        public const int Printer = 2;

        /// <summary>The merchant's backend: result uploads, reversals and advices.</summary>
        public const int Host = 4;

        /// <summary>All three queues.</summary>
        public const int All = Display | Printer | Host;

        /// <summary>Tells whether a mask names exactly one known destination.</summary>
        /// <param name="destination">The mask.</param>
        /// <returns><c>true</c> for <see cref="Display"/>, <see cref="Printer"/> or <see cref="Host"/>.</returns>
        public static bool IsSingle(int destination)
        {
            return destination == Display || destination == Printer || destination == Host;
        }

        /// <summary>Maps a single destination to 0 (display), 1 (printer) or 2 (host), for per-queue arrays.</summary>
        /// <param name="destination">A single destination.</param>
        /// <returns>The index.</returns>
        /// <exception cref="System.ArgumentException">Not exactly one destination.</exception>
        public static int IndexOf(int destination)
        {
            switch (destination)
            {
                case Display: return 0;
                case Printer: return 1;
                case Host: return 2;
                default: throw new System.ArgumentException("destination must be exactly one of display, printer, host");
            }
        }

        /// <summary>A short name for logs and the console (nanoFramework prints enums as numbers, so these are strings).</summary>
        /// <param name="destination">A single destination.</param>
        /// <returns>"display", "printer", "host" or "none".</returns>
        public static string NameOf(int destination)
        {
            switch (destination)
            {
                case Display: return "display";
                case Printer: return "printer";
                case Host: return "host";
                default: return "none";
            }
        }
    }
}
