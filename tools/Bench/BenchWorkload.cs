using System;
using System.Globalization;
using System.Text;
using Terminal.Core.Journal;
using Terminal.Core.Security;

namespace Terminal.Tools.Bench
{
    /// <summary>
    /// A deterministic stream of card sales and their approvals: fixed seed, fake clock, built
    /// before any measurement so that building them is not counted as the store's work.
    /// </summary>
    internal sealed class BenchWorkload
    {
        /// <summary>2026-11-23T00:00:00Z: the fake clock's start for the delivered history.</summary>
        public const long HistoryStartUtcMilliseconds = 1795392000000;

        /// <summary>2026-12-01T09:00:00Z: the fake clock's start for the pending sets (the same set in every scenario).</summary>
        public const long PendingStartUtcMilliseconds = 1796115600000;

        /// <summary>Fake time between two sales.</summary>
        public const long SpacingMilliseconds = 45000;

        private const string Alphanumerics = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

        private BenchWorkload(int count)
        {
            Intents = new TransactionIntent[count];
            Responses = new HostResponse[count];
        }

        /// <summary>Gets the sales, in order.</summary>
        public TransactionIntent[] Intents { get; }

        /// <summary>Gets the approval for each sale.</summary>
        public HostResponse[] Responses { get; }

        /// <summary>Gets how many generated merchant references were skipped because <see cref="CardDataGuard"/> took them for a card number.</summary>
        public int SkippedReferences { get; private set; }

        /// <summary>Gets how many references were generated (used and skipped).</summary>
        public int GeneratedReferences { get; private set; }

        /// <summary>Gets the number of transactions.</summary>
        public int Count
        {
            get { return Intents.Length; }
        }

        /// <summary>Builds a workload.</summary>
        /// <param name="count">Transactions.</param>
        /// <param name="seed">The random seed.</param>
        /// <param name="startUtcMilliseconds">The first sale's time.</param>
        /// <returns>The workload.</returns>
        public static BenchWorkload Create(int count, int seed, long startUtcMilliseconds)
        {
            var random = new Random(seed);
            var workload = new BenchWorkload(count);
            int dayCounter = 0;
            long currentDay = -1;
            for (int i = 0; i < count; i++)
            {
                long now = startUtcMilliseconds + (i * SpacingMilliseconds);
                DateTime utc = DateTime.UnixEpoch.AddMilliseconds(now);
                if (utc.Date.Ticks != currentDay)
                {
                    currentDay = utc.Date.Ticks;
                    dayCounter = 0;
                }

                // "ORD-20261123-000123": the merchant's order number of the day. Some of them
                // look like a card number to the guard (14 digits across the dash, Luhn-valid);
                // the journal would refuse those, so the merchant's system skips them here.
                string reference;
                do
                {
                    dayCounter++;
                    workload.GeneratedReferences++;
                    reference = "ORD-" + utc.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-" + dayCounter.ToString("D6", CultureInfo.InvariantCulture);
                    if (CardDataGuard.ContainsPanLikeNumber(reference))
                    {
                        workload.SkippedReferences++;
                        reference = string.Empty;
                    }
                }
                while (reference.Length == 0);

                int brand = random.Next(100);
                workload.Intents[i] = new TransactionIntent
                {
                    Kind = TransactionKind.Sale,
                    Method = PaymentMethod.Card,
                    AmountMinorUnits = 100 + random.Next(49900), // 1.00 .. 499.99 CNY, in fen
                    CurrencyNumericCode = 156,
                    CreatedUtcMilliseconds = now,
                    CardLast4 = random.Next(10000).ToString("D4", CultureInfo.InvariantCulture),
                    CardBrand = brand < 70 ? "UnionPay" : brand < 85 ? "Visa" : "Mastercard",
                    MerchantReference = reference,
                };
                workload.Responses[i] = new HostResponse
                {
                    Outcome = TransactionOutcome.Approved,
                    ResponseCode = "00",
                    AuthorizationCode = RandomText(random, 6),
                    HostReference = "HR" + RandomText(random, 10),
                    HostTimeUtcMilliseconds = now + 1200 + random.Next(1800),
                };
            }

            return workload;
        }

        private static string RandomText(Random random, int length)
        {
            var text = new StringBuilder(length);
            for (int i = 0; i < length; i++)
            {
                text.Append(Alphanumerics[random.Next(Alphanumerics.Length)]);
            }

            return text.ToString();
        }
    }
}
