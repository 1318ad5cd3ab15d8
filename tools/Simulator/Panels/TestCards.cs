using System;
using System.Collections.Generic;
using Terminal.Hal.Simulated.CardReader;

namespace Terminal.Tools.Simulator.Panels
{
    /// <summary>The cards and wallet codes the page and the scripts offer to the emulated reader and scanner.</summary>
    public static class TestCards
    {
        /// <summary>The card names, in the order the page lists them: three schemes, then two that fail to read.</summary>
        public static IReadOnlyList<string> CardNames { get; } = ["unionpay", "visa", "mastercard", "corrupt", "transit"];

        /// <summary>The wallet-code names, in the order the page lists them.</summary>
        public static IReadOnlyList<string> CodeNames { get; } = ["alipay", "wechat"];

        /// <summary>Makes a test card.</summary>
        /// <param name="name">One of <see cref="CardNames"/>: the scheme's test card; <c>corrupt</c> is a UnionPay card
        /// whose records do not decode; <c>transit</c> a card without a payment application.</param>
        /// <param name="card">The card.</param>
        /// <returns><c>false</c> for an unknown name.</returns>
        public static bool TryCreateCard(string name, out EmvTestCard card)
        {
            switch (name)
            {
                case "unionpay":
                    card = EmvTestCard.UnionPay();
                    return true;
                case "visa":
                    card = EmvTestCard.Visa();
                    return true;
                case "mastercard":
                    card = EmvTestCard.Mastercard();
                    return true;
                case "corrupt":
                    card = EmvTestCard.UnionPay();
                    card.CorruptRecords = true;
                    return true;
                case "transit":
                    card = EmvTestCard.UnionPay();
                    card.WithoutPaymentApplication = true;
                    return true;
                default:
                    card = EmvTestCard.UnionPay();
                    return false;
            }
        }

        /// <summary>Gets a test wallet code (the customer's payment code under the scanner).</summary>
        /// <param name="name">One of <see cref="CodeNames"/>, or the code itself (digits).</param>
        /// <returns>The code's text.</returns>
        public static string CodeOf(string name)
        {
            ArgumentNullException.ThrowIfNull(name);
            return name switch
            {
                "alipay" => "281234567890123456",
                "wechat" => "134567890123456789",
                _ => name,
            };
        }
    }
}
