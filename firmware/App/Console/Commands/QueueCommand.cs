using Terminal.Core.Journal;

namespace Terminal.App.Console.Commands
{
    /// <summary><c>queue</c>: the results waiting for each destination (display, printer, host) and the age of the oldest.</summary>
    public sealed class QueueCommand : ConsoleCommand
    {
        private static readonly int[] Order = new int[] { Destinations.Display, Destinations.Printer, Destinations.Host };

        /// <inheritdoc/>
        public override string Name
        {
            get { return "queue"; }
        }

        /// <inheritdoc/>
        public override string Usage
        {
            get { return "queue"; }
        }

        /// <inheritdoc/>
        public override string Summary
        {
            get { return "results waiting per destination, with the oldest one's age"; }
        }

        /// <inheritdoc/>
        public override void Execute(ConsoleRequest request, ConsoleServices services, ConsoleResponse response)
        {
            if (request.Count != 0)
            {
                BadArguments(response, "no arguments");
                return;
            }

            TransactionJournal journal = services.CurrentJournal();
            if (journal == null)
            {
                response.NotAvailable("journal");
                return;
            }

            long now = services.Clock.UtcNowMilliseconds;
            ConsoleJson json = new ConsoleJson().BeginObject().BeginArray("queues");
            for (int i = 0; i < Order.Length; i++)
            {
                int pending = journal.PendingCount(Order[i]);
                long oldest = journal.OldestPendingCreatedUtcMilliseconds(Order[i]);
                long ageSeconds = oldest < 0 ? 0 : (now - oldest) / 1000;
                if (request.Json)
                {
                    json.BeginObject().String("destination", Destinations.NameOf(Order[i])).Number("pending", pending).Number("oldest_age_s", ageSeconds).EndObject();
                }
                else
                {
                    response.Line(Destinations.NameOf(Order[i]) + ": " + pending.ToString() + " waiting" + (oldest < 0 ? string.Empty : ", oldest " + ageSeconds.ToString() + " s"));
                }
            }

            if (request.Json)
            {
                response.Json(json.EndArray().EndObject());
            }
        }
    }
}
