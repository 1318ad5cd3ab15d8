using System.Collections.Generic;
using Terminal.App.Receipts;
using Terminal.Core.Protocol;

namespace Terminal.Tools.CodePageTable
{
    /// <summary>Collects every non-ASCII character the receipts can print: the receipt text table in both languages, and the decline reasons of the response-code catalog.</summary>
    internal static class ReceiptCharacters
    {
        private const string CodeCharacters = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

        /// <summary>Gets the characters at or above U+0080, sorted, each once.</summary>
        /// <returns>The characters.</returns>
        public static SortedSet<char> Collect()
        {
            var characters = new SortedSet<char>();
            foreach (CashierLanguage language in new[] { CashierLanguage.English, CashierLanguage.SimplifiedChinese })
            {
                for (int phrase = 0; phrase < ReceiptText.PhraseCount; phrase++)
                {
                    Add(characters, ReceiptText.Get((ReceiptPhrase)phrase, language));
                }

                // A declined receipt prints the catalog's message for its response code. Every two-character
                // code reaches every fixed entry and the "declined (code ..)" fallback.
                Add(characters, ResponseCodeCatalog.Lookup(string.Empty).Message(language));
                foreach (char first in CodeCharacters)
                {
                    foreach (char second in CodeCharacters)
                    {
                        Add(characters, ResponseCodeCatalog.Lookup(new string(new[] { first, second })).Message(language));
                    }
                }
            }

            return characters;
        }

        private static void Add(SortedSet<char> characters, string text)
        {
            foreach (char character in text)
            {
                if (character >= 0x80)
                {
                    characters.Add(character);
                }
            }
        }
    }
}
