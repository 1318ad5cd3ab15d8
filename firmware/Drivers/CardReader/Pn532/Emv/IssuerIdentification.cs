using System;
using Terminal.Hal.CardReader;

namespace Terminal.Drivers.CardReader.Pn532.Emv
{
    /// <summary>
    /// Tells a card's brand from the leading digits of its number (the issuer identification number, ISO/IEC
    /// 7812-1) or, when those match no known range, from the registered application provider identifier (RID,
    /// the first five bytes of the AID, ISO/IEC 7816-5) of the application the card selected.
    /// </summary>
    /// <remarks>
    /// The ranges are the schemes' published ones as of 2026. Order matters where ranges touch: 62 is read as
    /// UnionPay, including 622126-622925 which Discover also accepts, because this terminal serves the Chinese
    /// market where those cards are UnionPay's.
    /// </remarks>
    public static class IssuerIdentification
    {
        /// <summary>Finds the brand of a card number.</summary>
        /// <param name="digits">The digit values (0 to 9, one per byte).</param>
        /// <param name="count">How many digits there are; 6 or more are needed.</param>
        /// <returns>The brand, or <see cref="CardBrand.Unknown"/>.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="digits"/> is <c>null</c>.</exception>
        public static CardBrand FromNumber(byte[] digits, int count)
        {
            if (digits == null)
            {
                throw new ArgumentNullException("digits");
            }

            if (count < 6 || count > digits.Length)
            {
                return CardBrand.Unknown;
            }

            int first = digits[0];
            int two = Prefix(digits, 2);
            int three = Prefix(digits, 3);
            int four = Prefix(digits, 4);
            if (four >= 2200 && four <= 2204)
            {
                return CardBrand.Mir;
            }

            if ((four >= 2221 && four <= 2720) || (two >= 51 && two <= 55))
            {
                return CardBrand.Mastercard;
            }

            if (first == 4)
            {
                return CardBrand.Visa;
            }

            if (two == 34 || two == 37)
            {
                return CardBrand.AmericanExpress;
            }

            if (four >= 3528 && four <= 3589)
            {
                return CardBrand.Jcb;
            }

            if ((three >= 300 && three <= 305) || four == 3095 || two == 36 || two == 38 || two == 39)
            {
                return CardBrand.DinersClub;
            }

            if (two == 62 || two == 81)
            {
                return CardBrand.UnionPay;
            }

            if (four == 6011 || (three >= 644 && three <= 649) || two == 65)
            {
                return CardBrand.Discover;
            }

            if (two == 50 || (two >= 56 && two <= 58) || three == 639 || two == 67)
            {
                return CardBrand.Maestro;
            }

            return CardBrand.Unknown;
        }

        /// <summary>Finds the brand of a payment application from its RID.</summary>
        /// <param name="aid">The buffer holding the AID.</param>
        /// <param name="offset">Index of the AID's first byte.</param>
        /// <param name="count">The AID's length; 5 or more are needed.</param>
        /// <returns>The brand, or <see cref="CardBrand.Unknown"/>.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="aid"/> is <c>null</c>.</exception>
        public static CardBrand FromApplicationIdentifier(byte[] aid, int offset, int count)
        {
            if (aid == null)
            {
                throw new ArgumentNullException("aid");
            }

            if (count < 5 || offset < 0 || offset > aid.Length - count || aid[offset] != 0xA0 || aid[offset + 1] != 0x00 || aid[offset + 2] != 0x00)
            {
                return CardBrand.Unknown;
            }

            int provider = (aid[offset + 3] << 8) | aid[offset + 4];
            switch (provider)
            {
                case 0x0003:
                    return CardBrand.Visa;
                case 0x0004:
                    return CardBrand.Mastercard;
                case 0x0333:
                    return CardBrand.UnionPay;
                case 0x0025:
                    return CardBrand.AmericanExpress;
                case 0x0065:
                    return CardBrand.Jcb;
                case 0x0152:
                    return CardBrand.Discover;
                case 0x0658:
                    return CardBrand.Mir;
                default:
                    return CardBrand.Unknown;
            }
        }

        private static int Prefix(byte[] digits, int length)
        {
            int value = 0;
            for (int i = 0; i < length; i++)
            {
                value = (value * 10) + digits[i];
            }

            return value;
        }
    }
}
