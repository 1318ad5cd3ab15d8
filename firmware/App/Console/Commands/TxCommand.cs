using Terminal.Core.Journal;

namespace Terminal.App.Console.Commands
{
    /// <summary>
    /// <c>tx [N]</c>: the newest N (default 10, at most 50) transactions the journal still tracks, with their state.
    /// A card shows as its last four digits only (the journal keeps nothing more).
    /// </summary>
    public sealed class TxCommand : ConsoleCommand
    {
        /// <inheritdoc/>
        public override string Name
        {
            get { return "tx"; }
        }

        /// <inheritdoc/>
        public override string Usage
        {
            get { return "tx [1..50]"; }
        }

        /// <inheritdoc/>
        public override string Summary
        {
            get { return "last transactions with their state (card: last 4 digits only)"; }
        }

        /// <inheritdoc/>
        public override void Execute(ConsoleRequest request, ConsoleServices services, ConsoleResponse response)
        {
            int count = 10;
            if (request.Count > 1 || (request.Count == 1 && !TryCount(request.Argument(0), out count)))
            {
                BadArguments(response, "a count 1..50");
                return;
            }

            TransactionJournal journal = services.CurrentJournal();
            if (journal == null)
            {
                response.NotAvailable("journal");
                return;
            }

            int total = journal.LiveTransactionCount;
            int first = total > count ? total - count : 0;
            ConsoleJson json = new ConsoleJson().BeginObject().BeginArray("transactions");
            if (total == 0 && !request.Json)
            {
                response.Line("no transactions tracked");
            }

            for (int i = total - 1; i >= first; i--)
            {
                JournalTransaction transaction = journal.GetTransaction(i);
                TransactionIntent intent = transaction.Intent.DecodeIntent();
                string card = intent.CardLast4 == null || intent.CardLast4.Length == 0 ? "-" : "****" + intent.CardLast4;
                string kind = transaction.Kind == TransactionKind.Refund ? "refund" : "sale";
                string state = StateName(transaction.State);
                string when = ConsoleText.FormatUtc(transaction.CreatedUtcMilliseconds);
                if (request.Json)
                {
                    json.BeginObject().Number("sequence", transaction.Sequence).String("kind", kind).Number("amount_minor", transaction.AmountMinorUnits)
                        .String("state", state).String("created", when).String("card", card).EndObject();
                }
                else
                {
                    response.Line("#" + transaction.Sequence.ToString() + " " + when + " " + kind + " " + transaction.AmountMinorUnits.ToString() + " " + state + " " + card);
                }
            }

            if (request.Json)
            {
                response.Json(json.EndArray().EndObject());
            }
        }

        /// <summary>Names a state as the console prints it.</summary>
        /// <param name="state">The state.</param>
        /// <returns><c>authorizing</c>, <c>unknown</c>, <c>approved</c>, <c>declined</c> or <c>cancelled</c>.</returns>
        public static string StateName(TransactionState state)
        {
            switch (state)
            {
                case TransactionState.Authorizing:
                    return "authorizing";
                case TransactionState.OutcomeUnknown:
                    return "unknown";
                case TransactionState.Approved:
                    return "approved";
                case TransactionState.Declined:
                    return "declined";
                default:
                    return "cancelled";
            }
        }

        private static bool TryCount(string text, out int count)
        {
            count = 0;
            if (text.Length == 0 || text.Length > 2)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }

                count = (count * 10) + (text[i] - '0');
            }

            return count >= 1 && count <= 50;
        }
    }
}
