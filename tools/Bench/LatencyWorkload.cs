using System;
using Terminal.Core.Protocol;

namespace Terminal.Tools.Bench
{
    /// <summary>
    /// The <c>latency</c> benchmark's deterministic payment mix: 70% approved, 18% declined (catalog
    /// codes, 2 in 18 an unknown code), 12% late after an UNKNOWN (three in four of them approved).
    /// Host references of 12..32 characters vary the answers' sizes.
    /// </summary>
    internal static class LatencyWorkload
    {
        private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        private static readonly string[] DeclineCodes = { "05", "51", "54", "55", "57", "61", "65", "75", "91", "Z9" };
        private static readonly string[] Brands = { "UnionPay", "Visa", "Mastercard" };

        /// <summary>Builds the plans.</summary>
        /// <param name="count">How many payments.</param>
        /// <param name="seed">The random seed.</param>
        /// <returns>New plans.</returns>
        public static LatencyPlan[] Create(int count, int seed)
        {
            var random = new Random(seed);
            var plans = new LatencyPlan[count];
            for (int i = 0; i < count; i++)
            {
                int draw = random.Next(100);
                LatencyPaymentKind kind = draw < 70 ? LatencyPaymentKind.Approved
                    : draw < 88 ? LatencyPaymentKind.Declined
                    : draw < 97 ? LatencyPaymentKind.LateApproved
                    : LatencyPaymentKind.LateDeclined;
                bool approved = kind == LatencyPaymentKind.Approved || kind == LatencyPaymentKind.LateApproved;
                var plan = new LatencyPlan
                {
                    Kind = kind,
                    Status = approved ? PaymentStatus.Approved : PaymentStatus.Declined,
                    ResponseCode = approved ? "00" : DeclineCodes[random.Next(DeclineCodes.Length)],
                    AuthorizationCode = approved ? RandomText(random, 6) : null,
                    HostReference = "HR" + RandomText(random, 10 + random.Next(21)),
                };
                plan.Sale.AmountMinorUnits = 100 + random.Next(49900);
                plan.Sale.MerchantReference = "ORD-LAT-" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
                plan.Sale.CardLast4 = random.Next(10000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
                plan.Sale.CardBrand = Brands[random.Next(Brands.Length)];
                plan.Sale.EntryMode = CardEntryMode.Contactless;
                plan.Sale.ReaderPayload = "AAECAwQFBgc=";
                plans[i] = plan;
            }

            return plans;
        }

        private static string RandomText(Random random, int length)
        {
            var characters = new char[length];
            for (int i = 0; i < length; i++)
            {
                characters[i] = Alphabet[random.Next(Alphabet.Length)];
            }

            return new string(characters);
        }
    }
}
