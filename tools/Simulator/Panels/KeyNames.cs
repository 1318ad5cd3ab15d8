using System;
using System.Collections.Generic;
using Terminal.Hal.Keypad;

namespace Terminal.Tools.Simulator.Panels
{
    /// <summary>
    /// The keypad's keys as the page, the web API and the scripts name them: <c>0</c>-<c>9</c>, <c>00</c>, <c>ok</c>,
    /// <c>cancel</c>, <c>clear</c>, <c>backspace</c>, <c>menu</c>.
    /// </summary>
    public static class KeyNames
    {
        private static readonly Dictionary<string, KeyCode> Named = new Dictionary<string, KeyCode>(StringComparer.OrdinalIgnoreCase)
        {
            ["00"] = KeyCode.DoubleZero,
            ["ok"] = KeyCode.Ok,
            ["enter"] = KeyCode.Ok,
            ["cancel"] = KeyCode.Cancel,
            ["clear"] = KeyCode.Clear,
            ["backspace"] = KeyCode.Backspace,
            ["back"] = KeyCode.Backspace,
            ["menu"] = KeyCode.Menu,
        };

        /// <summary>Reads one key's name.</summary>
        /// <param name="name">A digit, <c>00</c>, or a key's name (case-insensitive).</param>
        /// <param name="key">The key, when known.</param>
        /// <returns><c>false</c> for an unknown name.</returns>
        public static bool TryParse(string? name, out KeyCode key)
        {
            if (name != null && name.Length == 1 && name[0] >= '0' && name[0] <= '9')
            {
                key = (KeyCode)(name[0] - '0');
                return true;
            }

            return Named.TryGetValue(name ?? string.Empty, out key);
        }

        /// <summary>
        /// Reads a list of key words: a word of digits is typed digit by digit (<c>4200</c>), any other word is one
        /// key's name (<c>ok</c>, <c>00</c>).
        /// </summary>
        /// <param name="words">The words.</param>
        /// <param name="keys">The keys, in order.</param>
        /// <param name="unknown">The first word that is not a key, when it fails.</param>
        /// <returns><c>false</c> when a word is not a key.</returns>
        public static bool TryParseAll(IEnumerable<string> words, out List<KeyCode> keys, out string unknown)
        {
            ArgumentNullException.ThrowIfNull(words);
            keys = new List<KeyCode>();
            unknown = string.Empty;
            foreach (string word in words)
            {
                if (TryParse(word, out KeyCode named))
                {
                    keys.Add(named);
                    continue;
                }

                if (word.Length == 0 || !IsDigits(word))
                {
                    unknown = word;
                    return false;
                }

                foreach (char digit in word)
                {
                    keys.Add((KeyCode)(digit - '0'));
                }
            }

            return true;
        }

        private static bool IsDigits(string word)
        {
            foreach (char character in word)
            {
                if (character < '0' || character > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
