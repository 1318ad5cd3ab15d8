namespace Terminal.App.Screens
{
    /// <summary>
    /// Breaks a sentence into lines that fit a width: between words in English, between any two
    /// characters in Chinese, never inside an ASCII word or id (a cause id such as SW-CLOCK inside a Chinese
    /// sentence stays whole), and never with closing punctuation at the start of a line or an opening
    /// bracket at its end (the usual Chinese line-breaking rule).
    /// </summary>
    internal static class TextWrap
    {
        private const string ClosingPunctuation = "，。、；：！？）」』》,.;:!?)";
        private const string OpeningPunctuation = "（「『《(";

        /// <summary>Finds where the line that starts at <paramref name="start"/> ends.</summary>
        /// <param name="screen">Measures the characters.</param>
        /// <param name="text">The sentence.</param>
        /// <param name="start">Index of the line's first character.</param>
        /// <param name="maximumWidth">Width available, pixels at scale 1.</param>
        /// <param name="nextStart">Index where the next line starts (spaces at the break are skipped).</param>
        /// <returns>Index after the line's last character, trailing spaces removed.</returns>
        public static int LineEnd(ScreenCanvas screen, string text, int start, int maximumWidth, out int nextStart)
        {
            int width = 0;
            int index = start;
            while (index < text.Length)
            {
                int characterWidth = screen.Measure(text[index]);
                if (width + characterWidth > maximumWidth && index > start)
                {
                    break;
                }

                width += characterWidth;
                index++;
            }

            int end = index;
            if (index < text.Length && text[index] != ' ')
            {
                end = BreakBefore(text, start, index);
            }

            nextStart = end;
            while (nextStart < text.Length && text[nextStart] == ' ')
            {
                nextStart++;
            }

            while (end > start && text[end - 1] == ' ')
            {
                end--;
            }

            return end;
        }

        /// <summary>Moves a break that would fall at <paramref name="index"/> back to an allowed place.</summary>
        private static int BreakBefore(string text, int start, int index)
        {
            char next = text[index];
            char previous = text[index - 1];
            if (IsWordCharacter(next) && IsWordCharacter(previous))
            {
                int wordStart = index;
                while (wordStart > start && IsWordCharacter(text[wordStart - 1]))
                {
                    wordStart--;
                }

                // A word longer than the line is cut where it overflows.
                return wordStart > start ? wordStart : index;
            }

            if ((ClosingPunctuation.IndexOf(next) >= 0 || OpeningPunctuation.IndexOf(previous) >= 0) && index - 1 > start)
            {
                return index - 1;
            }

            return index;
        }

        private static bool IsWordCharacter(char character)
        {
            return character > ' ' && character < (char)0x7F;
        }
    }
}
