namespace Terminal.App.SelfTests.Software
{
    /// <summary>
    /// Compares firmware versions <c>major.minor.patch</c> by their numbers, not their text: 1.10.0 is newer than
    /// 1.9.0. The host announces versions in this form (docs/host-protocol.md, "Echo"); each part has 1..5 digits.
    /// </summary>
    public static class FirmwareVersionNumber
    {
        /// <summary>Reads a version into one comparable number.</summary>
        /// <param name="text">The version, <c>major.minor.patch</c>, each part 1..5 decimal digits; may be <c>null</c>.</param>
        /// <param name="ordinal">major * 10^10 + minor * 10^5 + patch; 0 when the text is not a version.</param>
        /// <returns><c>true</c> when the text is a version.</returns>
        public static bool TryParse(string text, out long ordinal)
        {
            ordinal = 0;
            if (text == null || text.Length == 0)
            {
                return false;
            }

            long[] parts = new long[3];
            int part = 0;
            int digits = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '.')
                {
                    if (digits == 0 || part == 2)
                    {
                        return false;
                    }

                    part++;
                    digits = 0;
                }
                else if (c >= '0' && c <= '9' && digits < 5)
                {
                    parts[part] = (parts[part] * 10) + (c - '0');
                    digits++;
                }
                else
                {
                    return false;
                }
            }

            if (part != 2 || digits == 0)
            {
                return false;
            }

            ordinal = (parts[0] * 10000000000L) + (parts[1] * 100000L) + parts[2];
            return true;
        }

        /// <summary>Compares two versions.</summary>
        /// <param name="left">A version that <see cref="TryParse"/> accepts.</param>
        /// <param name="right">Another one.</param>
        /// <returns>Negative when <paramref name="left"/> is older, 0 when equal, positive when newer.</returns>
        /// <exception cref="System.ArgumentException">Either is not a version (a programming error: check with <see cref="TryParse"/> first).</exception>
        public static int Compare(string left, string right)
        {
            long leftOrdinal;
            long rightOrdinal;
            if (!TryParse(left, out leftOrdinal) || !TryParse(right, out rightOrdinal))
            {
                throw new System.ArgumentException("not a major.minor.patch version");
            }

            return leftOrdinal < rightOrdinal ? -1 : leftOrdinal > rightOrdinal ? 1 : 0;
        }
    }
}
