using System;
using Terminal.App.Screens;
using Terminal.Core.Journal;

namespace Terminal.App.SelfTests.Transactions
{
    /// <summary>
    /// TX-PENDING: results not yet shown, printed or uploaded. Reads the journal's three outbound queues (display,
    /// printer, host): the depth of each and the age of its oldest item, and counts the payments whose outcome is
    /// still unknown. Anything queued is WARN (the outbox drains by itself when the part or the network is back);
    /// an oldest item over the age threshold is FAIL (it is not draining). Read-only: it never delivers,
    /// acknowledges or writes anything.
    /// </summary>
    public sealed class TxPendingSelfTest : SelfTest
    {
        private static readonly int[] Queues = new int[] { Destinations.Display, Destinations.Printer, Destinations.Host };

        private readonly TransactionCheckSettings _settings;

        /// <summary>Creates the test with the default thresholds.</summary>
        public TxPendingSelfTest()
            : this(TransactionCheckSettings.CreateDefault())
        {
        }

        /// <summary>Creates the test.</summary>
        /// <param name="settings">The thresholds; the test keeps the object.</param>
        public TxPendingSelfTest(TransactionCheckSettings settings)
            : base("TX-PENDING")
        {
            if (settings == null)
            {
                throw new ArgumentNullException("settings");
            }

            _settings = settings;
        }

        /// <summary>Gets the remedy when the journal itself is not open: HW-STORAGE's, since the queue cannot even be read.</summary>
        internal static Remedy StorageRemedy
        {
            get { return new Remedy(ScreenText.Chinese.CauseRemedy("HW-STORAGE"), ScreenText.English.CauseRemedy("HW-STORAGE")); }
        }

        /// <inheritdoc/>
        public override SelfTestResult Run(SelfTestContext context)
        {
            TransactionJournal journal = context.Journal;
            if (journal == null)
            {
                return Verdict(CheckVerdict.Fail, "journal not open: queued results cannot be read; run HW-STORAGE", StorageRemedy);
            }

            long now = context.Clock.UtcNowMilliseconds;
            int[] depths = new int[Queues.Length];
            long[] ages = new long[Queues.Length];
            int total = 0;
            int oldestQueue = -1;
            for (int i = 0; i < Queues.Length; i++)
            {
                depths[i] = PaymentItems(journal, Queues[i]);
                total += depths[i];
                ages[i] = -1;
                long created = journal.OldestPendingCreatedUtcMilliseconds(Queues[i]);
                if (created >= 0)
                {
                    // A clock set backwards after the sale would give a negative age: count it as new.
                    ages[i] = now > created ? now - created : 0;
                    if (oldestQueue < 0 || ages[i] > ages[oldestQueue])
                    {
                        oldestQueue = i;
                    }
                }
            }

            int unknown = CountUnresolved(journal);
            SelfTestResult result;
            if (oldestQueue >= 0 && ages[oldestQueue] > _settings.PendingFailAgeMilliseconds)
            {
                result = Verdict(
                    CheckVerdict.Fail,
                    "oldest result for the " + Destinations.NameOf(Queues[oldestQueue]) + " waits " + Minutes(ages[oldestQueue]) + " min (over "
                    + Minutes(_settings.PendingFailAgeMilliseconds) + "): the queue is not draining");
            }
            else if (total > 0)
            {
                result = Verdict(
                    CheckVerdict.Warn,
                    total.ToString() + " result(s) queued: display " + depths[0].ToString() + ", printer " + depths[1].ToString() + ", host " + depths[2].ToString() + "; draining by itself");
            }
            else
            {
                result = Verdict(CheckVerdict.Pass, "nothing queued");
            }

            for (int i = 0; i < Queues.Length; i++)
            {
                string name = Destinations.NameOf(Queues[i]);
                result.Measure(name + "_queued", depths[i], string.Empty);
                if (ages[i] >= 0)
                {
                    result.Measure(name + "_oldest_age", ages[i] / 1000, "s");
                }
            }

            result.Measure("reports_queued", journal.QueuedReportCount, string.Empty);
            result.Measure("unknown_outcome", unknown, string.Empty);
            result.Measure("live_transactions", journal.LiveTransactionCount, string.Empty);
            return result;
        }

        /// <summary>Counts the payment items (results, reversals, advices) queued for a destination; self-test reports are not among them.</summary>
        /// <param name="journal">The open journal.</param>
        /// <param name="destination">A single destination.</param>
        /// <returns>The count.</returns>
        private static int PaymentItems(TransactionJournal journal, int destination)
        {
            // Self-test reports wait in the host queue too, but they are not results: counting them would make every
            // run after an offline one warn about its own report.
            int count = journal.PendingCount(destination);
            return destination == Destinations.Host ? count - journal.QueuedReportCount : count;
        }

        /// <summary>Counts the tracked transactions without a final outcome (authorizing or unknown).</summary>
        /// <param name="journal">The open journal.</param>
        /// <returns>The count.</returns>
        internal static int CountUnresolved(TransactionJournal journal)
        {
            int count = 0;
            for (int i = 0; i < journal.LiveTransactionCount; i++)
            {
                if (!journal.GetTransaction(i).IsResolved)
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>Whole minutes, rounded down, as text.</summary>
        /// <param name="milliseconds">A duration.</param>
        /// <returns>The minutes.</returns>
        internal static string Minutes(long milliseconds)
        {
            return (milliseconds / 60000).ToString();
        }
    }
}
