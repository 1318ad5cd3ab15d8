namespace Terminal.Hal.CardReader
{
    /// <summary>
    /// The payment scheme of a card, as the reader tells it from the issuer identification number (the first
    /// digits of the card number, ISO/IEC 7812-1) and, when the number says nothing, from the application
    /// identifier the card selected. <see cref="CardBrandNames.Name"/> gives the text the host protocol carries,
    /// because <c>Enum.ToString()</c> prints the number on the device.
    /// </summary>
    public enum CardBrand
    {
        /// <summary>No known range matched. The host may still accept the card.</summary>
        Unknown = 0,

        /// <summary>Visa: numbers starting with 4.</summary>
        Visa = 1,

        /// <summary>Mastercard: 51-55 and 2221-2720.</summary>
        Mastercard = 2,

        /// <summary>China UnionPay: 62 and 81.</summary>
        UnionPay = 3,

        /// <summary>American Express: 34 and 37.</summary>
        AmericanExpress = 4,

        /// <summary>JCB: 3528-3589.</summary>
        Jcb = 5,

        /// <summary>Discover: 6011, 644-649 and 65.</summary>
        Discover = 6,

        /// <summary>Diners Club International: 300-305, 3095, 36, 38 and 39.</summary>
        DinersClub = 7,

        /// <summary>Maestro: 50, 56-58, 639 and 67.</summary>
        Maestro = 8,

        /// <summary>Mir: 2200-2204.</summary>
        Mir = 9,
    }
}
