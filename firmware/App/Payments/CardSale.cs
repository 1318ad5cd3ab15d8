using Terminal.Core.Protocol;

namespace Terminal.App.Payments
{
    /// <summary>
    /// A card sale as the cashier and the reader present it: the amount, and what the card reader
    /// returns (masked number, brand, entry mode, an opaque encrypted payload). No clear card data.
    /// </summary>
    public sealed class CardSale
    {
        /// <summary>Gets or sets the amount in minor units, confirmed by the cashier.</summary>
        public long AmountMinorUnits { get; set; }

        /// <summary>Gets or sets the merchant's order reference (ASCII, at most 32 characters).</summary>
        public string MerchantReference { get; set; }

        /// <summary>Gets or sets the last four digits of the card number.</summary>
        public string CardLast4 { get; set; }

        /// <summary>Gets or sets the card brand.</summary>
        public string CardBrand { get; set; }

        /// <summary>Gets or sets how the card was read.</summary>
        public CardEntryMode EntryMode { get; set; }

        /// <summary>Gets or sets the reader's encrypted payload, base64; the terminal cannot read it.</summary>
        public string ReaderPayload { get; set; }
    }
}
