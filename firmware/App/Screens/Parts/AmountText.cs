namespace Terminal.App.Screens
{
    /// <summary>
    /// Formats an amount in minor units for the screen: currency symbol, thousands separators, two
    /// decimals ("¥1,234.56"). Written out digit by digit because nanoFramework has no custom numeric
    /// format strings. CNY has two minor digits (ISO 4217), the only currency the terminal is set up for.
    /// </summary>
    internal static class AmountText
    {
        /// <summary>Digits after the decimal point (ISO 4217 minor unit of CNY).</summary>
        public const int MinorDigits = 2;

        /// <summary>Formats an amount.</summary>
        /// <param name="currencySymbol">The symbol put first, e.g. "¥".</param>
        /// <param name="amountMinorUnits">The amount in minor units; a negative amount gets a leading minus.</param>
        /// <returns>The text.</returns>
        public static string Format(string currencySymbol, long amountMinorUnits)
        {
            bool negative = amountMinorUnits < 0;
            ulong value = negative ? (ulong)(-(amountMinorUnits + 1)) + 1 : (ulong)amountMinorUnits;

            // Written backwards into a buffer: decimals, point, then groups of three.
            char[] buffer = new char[32];
            int position = buffer.Length;
            for (int i = 0; i < MinorDigits; i++)
            {
                buffer[--position] = (char)('0' + (int)(value % 10));
                value /= 10;
            }

            buffer[--position] = '.';
            int grouped = 0;
            do
            {
                if (grouped == 3)
                {
                    buffer[--position] = ',';
                    grouped = 0;
                }

                buffer[--position] = (char)('0' + (int)(value % 10));
                value /= 10;
                grouped++;
            }
            while (value > 0);

            string digits = new string(buffer, position, buffer.Length - position);
            return negative ? "-" + currencySymbol + digits : currencySymbol + digits;
        }
    }
}
