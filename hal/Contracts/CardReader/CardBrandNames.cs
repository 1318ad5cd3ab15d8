namespace Terminal.Hal.CardReader
{
    /// <summary>
    /// The names of the <see cref="CardBrand"/> values as the host protocol and the receipt carry them
    /// (<c>PaymentRequest.CardBrand</c>: printable ASCII, at most 32 characters). A switch, because
    /// <c>Enum.ToString()</c> prints the number on nanoFramework.
    /// </summary>
    public static class CardBrandNames
    {
        /// <summary>Gets the name of a brand.</summary>
        /// <param name="brand">The brand.</param>
        /// <returns>"Visa", "Mastercard", "UnionPay", "Amex", "JCB", "Discover", "Diners", "Maestro", "Mir", or "Unknown".</returns>
        public static string Name(CardBrand brand)
        {
            switch (brand)
            {
                case CardBrand.Visa:
                    return "Visa";
                case CardBrand.Mastercard:
                    return "Mastercard";
                case CardBrand.UnionPay:
                    return "UnionPay";
                case CardBrand.AmericanExpress:
                    return "Amex";
                case CardBrand.Jcb:
                    return "JCB";
                case CardBrand.Discover:
                    return "Discover";
                case CardBrand.DinersClub:
                    return "Diners";
                case CardBrand.Maestro:
                    return "Maestro";
                case CardBrand.Mir:
                    return "Mir";
                default:
                    return "Unknown";
            }
        }
    }
}
