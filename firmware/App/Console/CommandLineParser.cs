using System.Collections;

namespace Terminal.App.Console
{
    /// <summary>
    /// Splits a request line into words: separated by spaces, a word in double quotes may hold spaces
    /// (<c>\"</c> and <c>\\</c> escape inside quotes). <c>--json</c> anywhere is taken out as a flag. The command
    /// name is matched case-insensitively (ASCII). Never throws for any input.
    /// </summary>
    public static class CommandLineParser
    {
        /// <summary>The most words a line may have, the name included.</summary>
        public const int MaximumWords = 16;

        /// <summary>The flag that asks for JSON output.</summary>
        public const string JsonFlag = "--json";

        /// <summary>Parses a line.</summary>
        /// <param name="line">The line, without its line end; <c>null</c> is treated as empty.</param>
        /// <param name="request">The request; <c>null</c> when the line is empty or bad.</param>
        /// <param name="error">Why the line is bad; empty when it parsed or was empty.</param>
        /// <returns><c>true</c> when a request was parsed; <c>false</c> for an empty line (no error) or a bad one (<paramref name="error"/> says why).</returns>
        public static bool TryParse(string line, out ConsoleRequest request, out string error)
        {
            request = null;
            error = string.Empty;
            ArrayList words = new ArrayList();
            if (!TrySplit(line == null ? string.Empty : line, words, out error))
            {
                return false;
            }

            bool json = false;
            ArrayList rest = new ArrayList();
            for (int i = 0; i < words.Count; i++)
            {
                string word = (string)words[i];
                if (word == JsonFlag)
                {
                    json = true;
                }
                else
                {
                    rest.Add(word);
                }
            }

            if (rest.Count == 0)
            {
                if (json)
                {
                    error = "--json needs a command";
                }

                return false;
            }

            string[] arguments = new string[rest.Count - 1];
            for (int i = 1; i < rest.Count; i++)
            {
                arguments[i - 1] = (string)rest[i];
            }

            request = new ConsoleRequest(LowerAscii((string)rest[0]), arguments, json);
            return true;
        }

        /// <summary>Lower-cases ASCII letters only (the same on both runtimes, unlike culture rules).</summary>
        /// <param name="text">The text.</param>
        /// <returns>The text with A-Z lowered.</returns>
        public static string LowerAscii(string text)
        {
            char[] chars = null;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c >= 'A' && c <= 'Z')
                {
                    if (chars == null)
                    {
                        chars = text.ToCharArray();
                    }

                    chars[i] = (char)(c + 32);
                }
            }

            return chars == null ? text : new string(chars);
        }

        private static bool TrySplit(string line, ArrayList words, out string error)
        {
            error = string.Empty;
            int i = 0;
            while (i < line.Length)
            {
                if (line[i] == ' ')
                {
                    i++;
                    continue;
                }

                if (words.Count == MaximumWords)
                {
                    error = "more than " + MaximumWords.ToString() + " words";
                    return false;
                }

                char[] word = new char[line.Length - i];
                int length = 0;
                if (line[i] == '"')
                {
                    i++;
                    bool closed = false;
                    while (i < line.Length)
                    {
                        char c = line[i];
                        if (c == '\\' && i + 1 < line.Length && (line[i + 1] == '"' || line[i + 1] == '\\'))
                        {
                            word[length++] = line[i + 1];
                            i += 2;
                            continue;
                        }

                        if (c == '"')
                        {
                            closed = true;
                            i++;
                            break;
                        }

                        word[length++] = c;
                        i++;
                    }

                    if (!closed)
                    {
                        error = "unclosed quote";
                        return false;
                    }

                    if (i < line.Length && line[i] != ' ')
                    {
                        error = "a quoted word must end at a space";
                        return false;
                    }
                }
                else
                {
                    while (i < line.Length && line[i] != ' ')
                    {
                        if (line[i] == '"')
                        {
                            error = "a quote inside a word";
                            return false;
                        }

                        word[length++] = line[i];
                        i++;
                    }
                }

                words.Add(new string(word, 0, length));
            }

            return true;
        }
    }
}
