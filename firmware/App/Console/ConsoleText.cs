using Terminal.App.Receipts;

namespace Terminal.App.Console
{
    /// <summary>Text helpers of the console: card-number masking, time stamps, and ASCII checks.</summary>
    public static class ConsoleText
    {
        private static readonly int[] DaysBeforeMonth = new int[] { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };

        /// <summary>
        /// Masks every run of 13 or more digits (single spaces or dashes may separate them, as cards print) to
        /// its last four digits. Applied to every line the console sends and to every audit text, so no command
        /// can print a full card number even by mistake. The console prints times as ISO text, never as long
        /// digit runs, so nothing legitimate is masked.
        /// </summary>
        /// <param name="text">Any text; <c>null</c> gives empty.</param>
        /// <returns>The text with such runs masked (<c>************1234</c>); the same instance when nothing was masked.</returns>
        public static string MaskCardNumbers(string text)
        {
            if (text == null)
            {
                return string.Empty;
            }

            char[] chars = null;
            int i = 0;
            while (i < text.Length)
            {
                if (!IsDigit(text[i]))
                {
                    i++;
                    continue;
                }

                int start = i;
                int end = i;
                int digits = 0;
                while (end < text.Length)
                {
                    if (IsDigit(text[end]))
                    {
                        digits++;
                        end++;
                    }
                    else if ((text[end] == ' ' || text[end] == '-') && end + 1 < text.Length && IsDigit(text[end + 1]))
                    {
                        end++;
                    }
                    else
                    {
                        break;
                    }
                }

                if (digits >= 13)
                {
                    if (chars == null)
                    {
                        chars = text.ToCharArray();
                    }

                    int keep = 4;
                    for (int j = end - 1; j >= start; j--)
                    {
                        if (IsDigit(chars[j]))
                        {
                            if (keep > 0)
                            {
                                keep--;
                            }
                            else
                            {
                                chars[j] = '*';
                            }
                        }
                    }
                }

                i = end;
            }

            return chars == null ? text : new string(chars);
        }

        /// <summary>Formats a UTC time as ISO 8601 to the second: <c>2026-11-23T08:05:00Z</c>.</summary>
        /// <param name="utcMilliseconds">Milliseconds since 1970; negative gives <c>1970-01-01T00:00:00Z</c>.</param>
        /// <returns>The text.</returns>
        public static string FormatUtc(long utcMilliseconds)
        {
            // The receipts' civil-date conversion at offset 0: "2026-11-23 08:05:00" becomes "2026-11-23T08:05:00Z".
            string local = ReceiptFormat.LocalTime(utcMilliseconds < 0 ? 0 : utcMilliseconds, 0);
            return local.Substring(0, 10) + "T" + local.Substring(11) + "Z";
        }

        /// <summary>Parses <c>YYYY-MM-DDTHH:MM:SSZ</c> (exactly that form, UTC) for years 1970..2199.</summary>
        /// <param name="text">The text.</param>
        /// <param name="utcMilliseconds">Milliseconds since 1970; 0 when it does not parse.</param>
        /// <returns><c>true</c> when the text is a valid time in that form.</returns>
        public static bool TryParseUtc(string text, out long utcMilliseconds)
        {
            utcMilliseconds = 0;
            if (text == null || text.Length != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z')
            {
                return false;
            }

            int year = Number(text, 0, 4);
            int month = Number(text, 5, 2);
            int day = Number(text, 8, 2);
            int hour = Number(text, 11, 2);
            int minute = Number(text, 14, 2);
            int second = Number(text, 17, 2);
            if (year < 1970 || year > 2199 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
            {
                return false;
            }

            bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            int monthDays = month == 2 ? (leap ? 29 : 28) : (month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31);
            if (day > monthDays)
            {
                return false;
            }

            long days = 0;
            for (int y = 1970; y < year; y++)
            {
                days += (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 366 : 365;
            }

            days += DaysBeforeMonth[month - 1] + (leap && month > 2 ? 1 : 0) + day - 1;
            utcMilliseconds = ((days * 86400) + (hour * 3600) + (minute * 60) + second) * 1000;
            return true;
        }

        /// <summary>Tells whether a text is printable ASCII only (space to tilde).</summary>
        /// <param name="text">The text; <c>null</c> is not.</param>
        /// <returns><c>true</c> when it is.</returns>
        public static bool IsPrintableAscii(string text)
        {
            if (text == null)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] < ' ' || text[i] > '~')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsDigit(char c)
        {
            return c >= '0' && c <= '9';
        }

        // -1 unless every character is a digit.
        private static int Number(string text, int start, int length)
        {
            int value = 0;
            for (int i = start; i < start + length; i++)
            {
                if (!IsDigit(text[i]))
                {
                    return -1;
                }

                value = (value * 10) + (text[i] - '0');
            }

            return value;
        }
    }
}
