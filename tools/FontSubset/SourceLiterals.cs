using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Terminal.Tools.FontSubset
{
    /// <summary>
    /// Collects the characters of every string and character literal in C# source: regular, verbatim,
    /// interpolated (only the literal text, not the expressions in holes) and raw string literals. Comments are
    /// skipped, so a Chinese comment does not put glyphs in the firmware.
    /// </summary>
    /// <remarks>
    /// A small lexer, not a compiler: it knows the literal and comment syntax, which is all it needs. Escapes
    /// (<c>\n</c>, <c>\u4E2D</c>, <c>\x41</c>, <c>""</c>, <c>{{</c>) are decoded to the characters they stand for.
    /// </remarks>
    public static class SourceLiterals
    {
        /// <summary>Adds every character found in the literals of <paramref name="source"/> to <paramref name="characters"/>.</summary>
        /// <param name="source">C# source text.</param>
        /// <param name="characters">Receives the characters.</param>
        public static void Collect(string source, ISet<char> characters)
        {
            int index = 0;
            while (index < source.Length)
            {
                index = Step(source, index, characters, 0);
            }
        }

        // Reads one token at index (code outside literals); returns the index after it. depth counts nested holes
        // of interpolated strings so that a '}' ends the hole rather than being read as code.
        private static int Step(string source, int index, ISet<char> characters, int depth)
        {
            char current = source[index];
            if (current == '/' && Peek(source, index + 1) == '/')
            {
                while (index < source.Length && source[index] != '\n')
                {
                    index++;
                }

                return index;
            }

            if (current == '/' && Peek(source, index + 1) == '*')
            {
                int end = source.IndexOf("*/", index + 2, System.StringComparison.Ordinal);
                return end < 0 ? source.Length : end + 2;
            }

            if (current == '\'')
            {
                return ReadCharacterLiteral(source, index + 1, characters);
            }

            int prefixEnd = index;
            bool verbatim = false;
            bool interpolated = false;
            while (prefixEnd < source.Length && (source[prefixEnd] == '@' || source[prefixEnd] == '$'))
            {
                if (source[prefixEnd] == '@')
                {
                    verbatim = true;
                }
                else
                {
                    interpolated = true;
                }

                prefixEnd++;
            }

            if (prefixEnd < source.Length && source[prefixEnd] == '"' && (prefixEnd == index || !IsIdentifierPart(Peek(source, index - 1))))
            {
                int dollars = 0;
                for (int scan = index; scan < prefixEnd; scan++)
                {
                    if (source[scan] == '$')
                    {
                        dollars++;
                    }
                }

                if (StartsWith(source, prefixEnd, "\"\"\""))
                {
                    return ReadRawString(source, prefixEnd, characters, dollars);
                }

                return ReadString(source, prefixEnd + 1, characters, verbatim, interpolated, depth);
            }

            return index + 1;
        }

        private static int ReadCharacterLiteral(string source, int index, ISet<char> characters)
        {
            if (index >= source.Length)
            {
                return index;
            }

            if (source[index] == '\\')
            {
                index = ReadEscape(source, index, characters);
            }
            else
            {
                Add(characters, source[index]);
                index++;
            }

            return index < source.Length && source[index] == '\'' ? index + 1 : index;
        }

        private static int ReadString(string source, int index, ISet<char> characters, bool verbatim, bool interpolated, int depth)
        {
            while (index < source.Length)
            {
                char current = source[index];
                if (current == '"')
                {
                    if (verbatim && Peek(source, index + 1) == '"')
                    {
                        Add(characters, '"');
                        index += 2;
                        continue;
                    }

                    return index + 1;
                }

                if (!verbatim && current == '\\')
                {
                    index = ReadEscape(source, index, characters);
                    continue;
                }

                if (interpolated && current == '{')
                {
                    if (Peek(source, index + 1) == '{')
                    {
                        Add(characters, '{');
                        index += 2;
                        continue;
                    }

                    index = ReadHole(source, index + 1, characters, depth + 1);
                    continue;
                }

                if (interpolated && current == '}' && Peek(source, index + 1) == '}')
                {
                    Add(characters, '}');
                    index += 2;
                    continue;
                }

                if (!verbatim && current == '\n')
                {
                    return index;
                }

                Add(characters, current);
                index++;
            }

            return index;
        }

        // An interpolation hole is code (which may hold literals of its own) up to the matching '}'.
        private static int ReadHole(string source, int index, ISet<char> characters, int depth)
        {
            int braces = 0;
            int parentheses = 0;
            while (index < source.Length)
            {
                char current = source[index];
                if (current == '(' || current == '[')
                {
                    parentheses++;
                }
                else if (current == ')' || current == ']')
                {
                    parentheses--;
                }

                if (current == '{')
                {
                    braces++;
                }
                else if (current == '}')
                {
                    if (braces == 0)
                    {
                        return index + 1;
                    }

                    braces--;
                }
                else if (current == ':' && braces == 0 && parentheses <= 0)
                {
                    // A format specifier (":F2") is not shown text of its own: skip to the hole's end.
                    int end = source.IndexOf('}', index);
                    return end < 0 ? source.Length : end + 1;
                }

                index = current == '{' || current == '}' ? index + 1 : Step(source, index, characters, depth);
            }

            return index;
        }

        private static int ReadRawString(string source, int index, ISet<char> characters, int dollars)
        {
            int quotes = 0;
            while (index + quotes < source.Length && source[index + quotes] == '"')
            {
                quotes++;
            }

            string fence = new string('"', quotes);
            int start = index + quotes;
            int end = source.IndexOf(fence, start, System.StringComparison.Ordinal);
            if (end < 0)
            {
                end = source.Length;
            }

            string body = source.Substring(start, end - start);
            if (dollars == 0)
            {
                foreach (char character in body)
                {
                    Add(characters, character);
                }
            }
            else
            {
                // Holes open with as many braces as there are dollars; everything else is text.
                string open = new string('{', dollars);
                string close = new string('}', dollars);
                int position = 0;
                while (position < body.Length)
                {
                    if (string.CompareOrdinal(body, position, open, 0, dollars) == 0)
                    {
                        int holeEnd = body.IndexOf(close, position + dollars, System.StringComparison.Ordinal);
                        position = holeEnd < 0 ? body.Length : holeEnd + dollars;
                        continue;
                    }

                    Add(characters, body[position]);
                    position++;
                }
            }

            return end + quotes;
        }

        private static int ReadEscape(string source, int index, ISet<char> characters)
        {
            char kind = Peek(source, index + 1);
            switch (kind)
            {
                case 'u':
                    return ReadHexEscape(source, index + 2, 4, 4, characters);
                case 'U':
                    return ReadHexEscape(source, index + 2, 8, 8, characters);
                case 'x':
                    return ReadHexEscape(source, index + 2, 1, 4, characters);
                case 'n':
                case 'r':
                case 't':
                case '0':
                case 'a':
                case 'b':
                case 'f':
                case 'v':
                case 'e':
                    // Control characters are never drawn.
                    return index + 2;
                default:
                    Add(characters, kind);
                    return index + 2;
            }
        }

        private static int ReadHexEscape(string source, int index, int minimumDigits, int maximumDigits, ISet<char> characters)
        {
            int digits = 0;
            while (digits < maximumDigits && index + digits < source.Length && System.Uri.IsHexDigit(source[index + digits]))
            {
                digits++;
            }

            if (digits >= minimumDigits)
            {
                int value = int.Parse(source.Substring(index, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (value <= 0xFFFF)
                {
                    Add(characters, (char)value);
                }
                else
                {
                    foreach (char unit in char.ConvertFromUtf32(value))
                    {
                        Add(characters, unit);
                    }
                }
            }

            return index + digits;
        }

        private static void Add(ISet<char> characters, char character)
        {
            characters.Add(character);
        }

        private static char Peek(string source, int index)
        {
            return index >= 0 && index < source.Length ? source[index] : '\0';
        }

        private static bool StartsWith(string source, int index, string text)
        {
            return string.CompareOrdinal(source, index, text, 0, text.Length) == 0;
        }

        private static bool IsIdentifierPart(char character)
        {
            return char.IsLetterOrDigit(character) || character == '_';
        }

        /// <summary>Describes a character for messages and generated comments: <c>U+652F '支'</c>.</summary>
        /// <param name="character">The character.</param>
        /// <returns>The description.</returns>
        public static string Describe(char character)
        {
            var text = new StringBuilder();
            text.Append("U+").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
            if (character >= 0x20 && character != 0x7F && !char.IsSurrogate(character))
            {
                text.Append(" '").Append(character).Append('\'');
            }

            return text.ToString();
        }
    }
}
