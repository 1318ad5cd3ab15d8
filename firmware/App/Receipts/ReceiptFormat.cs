using System.Text;
using Terminal.Core.Security;

namespace Terminal.App.Receipts
{
    /// <summary>
    /// How values look on paper: local time, amounts, the masked card number, and free text made safe
    /// (control characters out, card numbers masked). Pure functions that never throw for any input:
    /// a receipt must print whatever the fields hold.
    /// </summary>
    public static class ReceiptFormat
    {
        /// <summary>The earliest time printed: 1970-01-01 00:00:00; earlier (broken) times print as this.</summary>
        public const long EarliestUtcMilliseconds = 0;

        /// <summary>The latest time printed: 9999-12-31 23:59:59.999; later (broken) times print as this.</summary>
        public const long LatestUtcMilliseconds = 253402300799999;

        private const long MillisecondsPerDay = 86400000;
        private const long MillisecondsPerMinute = 60000;

        /// <summary>
        /// Formats a UTC time as local time "yyyy-MM-dd HH:mm:ss" (proleptic Gregorian calendar), computed
        /// from the day count (Howard Hinnant's civil-from-days) because the device has no time zones
        /// and no <c>DateTime.Now</c>.
        /// </summary>
        /// <param name="utcMilliseconds">UTC milliseconds since 1970; clamped to 1970..9999.</param>
        /// <param name="offsetMinutes">The local offset from UTC in minutes (480 for China), -720..840; clamped.</param>
        /// <returns>19 characters.</returns>
        public static string LocalTime(long utcMilliseconds, int offsetMinutes)
        {
            if (offsetMinutes < ReceiptSettings.MinimumUtcOffsetMinutes)
            {
                offsetMinutes = ReceiptSettings.MinimumUtcOffsetMinutes;
            }
            else if (offsetMinutes > ReceiptSettings.MaximumUtcOffsetMinutes)
            {
                offsetMinutes = ReceiptSettings.MaximumUtcOffsetMinutes;
            }

            long local = Clamp(utcMilliseconds) + (offsetMinutes * MillisecondsPerMinute);
            local = Clamp(local);
            long days = local / MillisecondsPerDay;
            long millisecondOfDay = local - (days * MillisecondsPerDay);

            long z = days + 719468;
            long era = z / 146097;
            long dayOfEra = z - (era * 146097);
            long yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36524) - (dayOfEra / 146096)) / 365;
            long year = yearOfEra + (era * 400);
            long dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
            long monthIndex = ((5 * dayOfYear) + 2) / 153;
            long day = dayOfYear - (((153 * monthIndex) + 2) / 5) + 1;
            long month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
            if (month <= 2)
            {
                year++;
            }

            long seconds = millisecondOfDay / 1000;
            StringBuilder text = new StringBuilder(19);
            AppendDigits(text, year, 4);
            text.Append('-');
            AppendDigits(text, month, 2);
            text.Append('-');
            AppendDigits(text, day, 2);
            text.Append(' ');
            AppendDigits(text, seconds / 3600, 2);
            text.Append(':');
            AppendDigits(text, (seconds / 60) % 60, 2);
            text.Append(':');
            AppendDigits(text, seconds % 60, 2);
            return text.ToString();
        }

        /// <summary>Formats an amount in minor units with thousands separators: 123456 with 2 decimals is "1,234.56".</summary>
        /// <param name="minorUnits">The amount; any value, negative ones get a '-'.</param>
        /// <param name="decimals">Digits after the point, 0..4; clamped.</param>
        /// <returns>The text.</returns>
        public static string Amount(long minorUnits, int decimals)
        {
            if (decimals < 0)
            {
                decimals = 0;
            }
            else if (decimals > 4)
            {
                decimals = 4;
            }

            bool negative = minorUnits < 0;

            // Magnitude as unsigned, so long.MinValue does not overflow.
            ulong magnitude = negative ? (ulong)(-(minorUnits + 1)) + 1 : (ulong)minorUnits;
            char[] digits = new char[24];
            int count = 0;
            do
            {
                digits[count++] = (char)('0' + (int)(magnitude % 10));
                magnitude /= 10;
            }
            while (magnitude > 0);

            while (count <= decimals)
            {
                digits[count++] = '0';
            }

            StringBuilder text = new StringBuilder(32);
            if (negative)
            {
                text.Append('-');
            }

            for (int index = count - 1; index >= 0; index--)
            {
                text.Append(digits[index]);
                if (index == decimals && decimals > 0)
                {
                    text.Append('.');
                }
                else if (index > decimals && (index - decimals) % 3 == 0)
                {
                    text.Append(',');
                }
            }

            return text.ToString();
        }

        /// <summary>Gets the label printed before an amount: the ISO 4217 letters of the currencies a Chinese terminal meets, else the numeric code.</summary>
        /// <param name="currencyNumericCode">The ISO 4217 numeric code (156 for CNY).</param>
        /// <returns>"CNY", "HKD", "MOP", "USD", "EUR", "JPY", or the number.</returns>
        public static string CurrencyLabel(int currencyNumericCode)
        {
            switch (currencyNumericCode)
            {
                case 156: return "CNY";
                case 344: return "HKD";
                case 446: return "MOP";
                case 840: return "USD";
                case 978: return "EUR";
                case 392: return "JPY";
                default: return currencyNumericCode.ToString();
            }
        }

        /// <summary>Gets the minor-unit digits of a currency (ISO 4217): 0 for JPY, 2 otherwise.</summary>
        /// <param name="currencyNumericCode">The ISO 4217 numeric code.</param>
        /// <returns>The digits after the point.</returns>
        public static int CurrencyDecimals(int currencyNumericCode)
        {
            return currencyNumericCode == 392 ? 0 : 2;
        }

        /// <summary>
        /// The card number as printed: "**** " and the last four digits, never more. A value that is not
        /// four digits (a caller's mistake) gives its last four digits when it is all digits, else stars only.
        /// </summary>
        /// <param name="last4">The stored last four digits; <c>null</c> or empty for QR payments.</param>
        /// <returns>"**** 1234", or "****" when there is nothing safe to show.</returns>
        public static string MaskedCardNumber(string last4)
        {
            if (CardDataGuard.IsLastFourDigits(last4))
            {
                return "**** " + last4;
            }

            if (last4 != null && last4.Length > 4 && IsAllDigits(last4))
            {
                return "**** " + last4.Substring(last4.Length - 4);
            }

            return "****";
        }

        /// <summary>
        /// Makes a free-text field safe to print: <c>null</c> becomes empty; control characters become '?'
        /// (so no text can act as a printer command); and when the text holds something shaped like a card
        /// number (<see cref="CardDataGuard.ContainsPanLikeNumber"/>), every digit but the text's last four
        /// becomes '*'. Masking happens before any line breaking, so a number is never split into parts
        /// that pass the check one by one.
        /// </summary>
        /// <param name="text">The field.</param>
        /// <returns>The text to print.</returns>
        public static string SafeText(string text)
        {
            if (text == null || text.Length == 0)
            {
                return string.Empty;
            }

            bool clean = true;
            for (int i = 0; i < text.Length && clean; i++)
            {
                clean = !IsControl(text[i]);
            }

            bool mask = CardDataGuard.ContainsPanLikeNumber(text);
            if (clean && !mask)
            {
                return text;
            }

            int digitsLeft = 0;
            if (mask)
            {
                for (int i = 0; i < text.Length; i++)
                {
                    if (IsDigit(text[i]))
                    {
                        digitsLeft++;
                    }
                }
            }

            StringBuilder safe = new StringBuilder(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                char character = text[i];
                if (IsControl(character))
                {
                    safe.Append('?');
                }
                else if (mask && IsDigit(character))
                {
                    safe.Append(digitsLeft > 4 ? '*' : character);
                    digitsLeft--;
                }
                else
                {
                    safe.Append(character);
                }
            }

            return safe.ToString();
        }

        private static long Clamp(long utcMilliseconds)
        {
            if (utcMilliseconds < EarliestUtcMilliseconds)
            {
                return EarliestUtcMilliseconds;
            }

            return utcMilliseconds > LatestUtcMilliseconds ? LatestUtcMilliseconds : utcMilliseconds;
        }

        private static void AppendDigits(StringBuilder text, long value, int width)
        {
            string digits = value.ToString();
            for (int i = digits.Length; i < width; i++)
            {
                text.Append('0');
            }

            text.Append(digits);
        }

        private static bool IsAllDigits(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (!IsDigit(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsDigit(char character)
        {
            return character >= '0' && character <= '9';
        }

        private static bool IsControl(char character)
        {
            return character < 0x20 || (character >= 0x7F && character < 0xA0);
        }
    }
}
