namespace Terminal.Core.Security
{
    /// <summary>
    /// Keeps card numbers out of flash and logs. The journal stores the last four digits only; this
    /// guard rejects any text that still holds something shaped like a full card number, so a caller
    /// who puts a PAN in a reference field by mistake gets an error instead of a PCI finding.
    /// </summary>
    /// <remarks>
    /// "Shaped like a card number" is what data-loss scanners use: a whole run of 13 to 19 digits, or
    /// digits in groups of four separated by single spaces or dashes as cards print them
    /// ("6222 0212 3456 7894"), that starts with a card-scheme digit (2 to 6) and passes the Luhn
    /// check. Digit runs are taken whole, never as windows of a longer run, and only 4-digit groups
    /// are joined, so order references such as "ORD-20261123-000123" are not mistaken for cards.
    /// </remarks>
    public static class CardDataGuard
    {
        /// <summary>The shortest primary account number (ISO/IEC 7812).</summary>
        public const int MinimumPanDigits = 13;

        /// <summary>The longest primary account number (ISO/IEC 7812).</summary>
        public const int MaximumPanDigits = 19;

        /// <summary>Tells whether the text holds a digit sequence that could be a full card number.</summary>
        /// <param name="text">Any text; <c>null</c> is allowed.</param>
        /// <returns><c>true</c> when a card-shaped digit sequence passes the Luhn check.</returns>
        public static bool ContainsPanLikeNumber(string text)
        {
            if (text == null)
            {
                return false;
            }

            // Runs on every transaction intent: no allocation, two passes over each candidate.
            int length = text.Length;
            int position = 0;
            while (position < length)
            {
                if (!IsDigit(text[position]) || (position > 0 && IsDigit(text[position - 1])))
                {
                    position++;
                    continue;
                }

                // A digit run starts here: take it whole, with the 4-digit groups that follow a 4-digit run.
                int firstRun = RunLength(text, position);
                int count = 0;
                int cursor = position;
                while (true)
                {
                    int run = RunLength(text, cursor);
                    count += run;
                    cursor += run;
                    bool separator = cursor + 1 < length && (text[cursor] == ' ' || text[cursor] == '-') && IsDigit(text[cursor + 1]);
                    if (firstRun != 4 || run != 4 || !separator || count > MaximumPanDigits)
                    {
                        break;
                    }

                    cursor++;
                }

                if (LooksLikePan(text, position, cursor, count))
                {
                    return true;
                }

                position += firstRun;
            }

            return false;
        }

        /// <summary>Tells whether a string is exactly four ASCII digits: the only card-number part the terminal keeps.</summary>
        /// <param name="last4">The candidate.</param>
        /// <returns><c>true</c> for four digits.</returns>
        public static bool IsLastFourDigits(string last4)
        {
            if (last4 == null || last4.Length != 4)
            {
                return false;
            }

            for (int i = 0; i < 4; i++)
            {
                if (!IsDigit(last4[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Checks a digit sequence with the Luhn (mod 10) algorithm.</summary>
        /// <param name="digits">Digit values 0-9.</param>
        /// <param name="offset">First digit.</param>
        /// <param name="count">Number of digits.</param>
        /// <returns><c>true</c> when the check digit matches.</returns>
        public static bool PassesLuhn(int[] digits, int offset, int count)
        {
            int sum = 0;
            bool doubleIt = false;
            for (int i = offset + count - 1; i >= offset; i--)
            {
                int d = digits[i];
                if (doubleIt)
                {
                    d *= 2;
                    if (d > 9)
                    {
                        d -= 9;
                    }
                }

                sum += d;
                doubleIt = !doubleIt;
            }

            return sum % 10 == 0;
        }

        private static bool LooksLikePan(string text, int start, int end, int count)
        {
            // Scheme digits: 2 and 5 Mastercard, 3 Amex/JCB/Diners, 4 Visa, 6 UnionPay/Discover.
            if (count < MinimumPanDigits || count > MaximumPanDigits || text[start] < '2' || text[start] > '6')
            {
                return false;
            }

            // Luhn from the left: a digit is doubled when an odd number of digits follow it.
            int sum = 0;
            int index = 0;
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (!IsDigit(c))
                {
                    continue;
                }

                int d = c - '0';
                if (((count - 1 - index) & 1) == 1)
                {
                    d *= 2;
                    if (d > 9)
                    {
                        d -= 9;
                    }
                }

                sum += d;
                index++;
            }

            return sum % 10 == 0;
        }

        private static int RunLength(string text, int start)
        {
            int end = start;
            while (end < text.Length && IsDigit(text[end]))
            {
                end++;
            }

            return end - start;
        }

        private static bool IsDigit(char c)
        {
            return c >= '0' && c <= '9';
        }
    }
}
