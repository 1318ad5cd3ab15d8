using System;
using System.Collections.Generic;
using System.Text;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Receipts;
using Terminal.Core.Protocol;
using Terminal.Drivers.Printer.EscPos;

namespace Terminal.Tests.Drivers.Printer
{
    /// <summary>
    /// The portable GB18030 table against .NET's own GB18030 encoder (CodePagesEncodingProvider): every entry
    /// is right, every character the receipts print is in it, and nothing else is.
    /// </summary>
    [TestClass]
    public sealed class Gb18030TableTests
    {
        private const string CodeCharacters = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

        private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

        [TestMethod]
        public void Every_entry_is_the_code_dotnet_gives_that_character()
        {
            Assert.IsTrue(Gb18030Table.Count > 50);
            for (int i = 0; i < Gb18030Table.Count; i++)
            {
                char character = Gb18030Table.GetCharacter(i);
                byte[] expected = Gb18030.GetBytes(new[] { character });
                int code = Gb18030Table.GetCode(i);
                Assert.AreEqual(2, expected.Length, $"U+{(int)character:X4}");
                Assert.AreEqual((expected[0] << 8) | expected[1], code, $"U+{(int)character:X4} {character}");
            }
        }

        [TestMethod]
        public void Entries_are_ascending_so_the_binary_search_finds_each()
        {
            for (int i = 0; i < Gb18030Table.Count; i++)
            {
                if (i > 0)
                {
                    Assert.IsTrue(Gb18030Table.GetCharacter(i - 1) < Gb18030Table.GetCharacter(i));
                }

                Assert.IsTrue(Gb18030Table.TryGetCode(Gb18030Table.GetCharacter(i), out int code));
                Assert.AreEqual(Gb18030Table.GetCode(i), code);
            }
        }

        [TestMethod]
        public void Every_character_of_the_receipt_texts_is_in_the_table_and_nothing_else_is()
        {
            SortedSet<char> used = ReceiptCharacters();
            var missing = new List<string>();
            foreach (char character in used)
            {
                if (!Gb18030Table.TryGetCode(character, out _))
                {
                    missing.Add($"U+{(int)character:X4} {character}");
                }
            }

            Assert.AreEqual(0, missing.Count, "missing from the table (run dotnet run --project tools/CodePageTable): " + string.Join(", ", missing));
            Assert.AreEqual(used.Count, Gb18030Table.Count, "the table holds exactly the receipts' characters");
        }

        [TestMethod]
        public void Random_text_encodes_without_throwing_and_decodes_back_with_question_marks_for_the_rest()
        {
            var table = new StringBuilder();
            for (int i = 0; i < Gb18030Table.Count; i++)
            {
                table.Append(Gb18030Table.GetCharacter(i));
            }

            Gen<char> characters = Gen.OneOf(Gen.Char, Gen.Char['\u0000', '\u00FF'], Gen.Char[table.ToString()], Gen.Char['\u4E00', '\u9FFF']);
            Gen.String[characters, 0, 40].SampleSeeded(text =>
            {
                var encoder = new Gb18030Encoder();
                byte[] buffer = new byte[Gb18030Encoder.MaximumByteCount(text) + 3];

                int length = encoder.Encode(text, buffer, 3);

                var expected = new StringBuilder();
                int unknown = 0;
                foreach (char character in text)
                {
                    bool printable = (character >= 0x20 && character < 0x7F) || (character >= 0x80 && Gb18030Table.TryGetCode(character, out _));
                    expected.Append(printable ? character : '?');
                    unknown += printable ? 0 : 1;
                }

                Assert.AreEqual(expected.ToString(), Gb18030.GetString(buffer, 3, length));
                Assert.AreEqual(unknown, encoder.UnknownCharacters);
                for (int i = 3; i < 3 + length; i++)
                {
                    Assert.IsTrue(buffer[i] >= 0x20, "no control byte ever leaves the encoder");
                }
            }, iter: 10_000, seed: "0N0XIzNsQ0O4");
        }

        /// <summary>The same collection tools/CodePageTable makes, written again here so the two check each other.</summary>
        private static SortedSet<char> ReceiptCharacters()
        {
            var characters = new SortedSet<char>();
            foreach (CashierLanguage language in new[] { CashierLanguage.English, CashierLanguage.SimplifiedChinese })
            {
                foreach (ReceiptPhrase phrase in Enum.GetValues<ReceiptPhrase>())
                {
                    Add(characters, ReceiptText.Get(phrase, language));
                }

                Add(characters, ResponseCodeCatalog.Lookup(null).Message(language));
                foreach (char first in CodeCharacters)
                {
                    foreach (char second in CodeCharacters)
                    {
                        Add(characters, ResponseCodeCatalog.Lookup(string.Concat(first, second)).Message(language));
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
