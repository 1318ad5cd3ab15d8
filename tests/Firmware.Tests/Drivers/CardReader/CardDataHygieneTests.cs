using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Core.Security;
using Terminal.Drivers.CardReader.Pn532;
using Terminal.Drivers.CardReader.Pn532.Emv;
using Terminal.Hal.CardReader;
using Terminal.Hal.Simulated.CardReader;

namespace Terminal.Tests.Drivers.CardReader
{
    /// <summary>
    /// The clear card number never outlives the read: not in any string the terminal gets, not in any buffer
    /// the driver keeps. The buffer search is shown able to find the number where it does lie (the payload).
    /// </summary>
    [TestClass]
    public sealed class CardDataHygieneTests
    {
        [TestMethod]
        public void No_string_the_terminal_gets_holds_the_card_number_or_its_first_six_digits()
        {
            var rig = new ReaderRig();
            EmvTestCard card = EmvTestCard.Visa("4761739001010119");
            rig.Chip.PresentCard(card);

            CardRead read = rig.ReadCard();

            foreach (string text in StringsOf(read).Append(rig.Reader.CheckHealth().ToString()).Append(rig.Reader.FirmwareVersion))
            {
                AssertClean(text, card.CardNumber);
            }
        }

        [TestMethod]
        public void The_driver_keeps_no_copy_of_the_card_number_after_a_read()
        {
            var rig = new ReaderRig();
            EmvTestCard card = EmvTestCard.Visa();
            rig.Chip.PresentCard(card);

            CardRead read = rig.ReadCard();

            Assert.IsFalse(DriverHoldsCardNumber(rig.Reader, card), "a driver buffer still holds the number");

            // The search works: the payload meant for the host does hold it, until it is cleared.
            Assert.IsTrue(AnyBufferHolds(read, card.CompressedCardNumber));
            read.Clear();
            Assert.IsFalse(AnyBufferHolds(read, card.CompressedCardNumber));
        }

        [TestMethod]
        public void The_driver_keeps_no_copy_of_the_card_number_after_the_card_left_mid_read()
        {
            var rig = new ReaderRig();
            EmvTestCard card = EmvTestCard.Visa();
            rig.Chip.PresentCard(card);
            rig.Chip.RemoveCardAfterApdus = 4;

            Assert.AreEqual(CardReadOutcome.CardReadFailed, rig.Read(out _));

            Assert.AreEqual(4, card.ApdusAnswered, "the GPO answer with track 2 and a record went through");
            Assert.IsFalse(DriverHoldsCardNumber(rig.Reader, card));
        }

        [TestMethod]
        public void The_driver_keeps_no_copy_of_the_card_number_after_the_cable_went_mid_read()
        {
            var rig = new ReaderRig();
            rig.Read(out _);
            EmvTestCard card = EmvTestCard.Visa();
            rig.Chip.PresentCard(card);
            rig.Chip.PullCableAfterTransactions(30);

            Assert.AreEqual(CardReadOutcome.ReaderNotResponding, rig.Read(out _));

            Assert.IsTrue(card.ApdusAnswered >= 3);
            Assert.IsFalse(DriverHoldsCardNumber(rig.Reader, card));
        }

        [TestMethod]
        public void Any_card_number_is_handed_out_as_its_last_four_digits_and_brand_only()
        {
            var numbers = Gen.Select(Gen.OneOf(Gen.Const("4"), Gen.Const("51"), Gen.Const("55"), Gen.Const("2221"), Gen.Const("62"), Gen.Const("81"), Gen.Const("37"), Gen.Const("3530")), Gen.Int[16, 19], Gen.Char['0', '9'].Array[19])
                .Select((prefix, length, digits) => LuhnValid(prefix + new string(digits).Substring(0, length - prefix.Length - 1)));
            numbers.SampleSeeded(number =>
            {
                var rig = new ReaderRig();
                var card = new EmvTestCard(number, new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x99, 0x10, 0x10 }, "TEST", number.Length % 2 == 0 ? GetProcessingOptionsFormat.Format1 : GetProcessingOptionsFormat.Format2);
                rig.Chip.PresentCard(card);

                CardRead read = rig.ReadCard();

                Assert.AreEqual(number.Substring(number.Length - 4), read.Last4);
                Assert.AreEqual(number.Length, read.NumberLength);
                byte[] digits = number.Select(c => (byte)(c - '0')).ToArray();
                Assert.AreEqual(IssuerIdentification.FromNumber(digits, digits.Length), read.Brand);
                Assert.AreNotEqual(CardBrand.Unknown, read.Brand);
                foreach (string text in StringsOf(read))
                {
                    AssertClean(text, number);
                }

                Assert.IsFalse(DriverHoldsCardNumber(rig.Reader, card));
            }, iter: 1_000, seed: "0N0XIzNsQ1H1");
        }

        private static IEnumerable<string> StringsOf(CardRead read)
        {
            yield return read.ToString();
            foreach (PropertyInfo property in typeof(CardRead).GetProperties().Where(p => p.PropertyType == typeof(string)))
            {
                yield return (string)property.GetValue(read)!;
            }
        }

        private static void AssertClean(string text, string cardNumber)
        {
            Assert.IsFalse(text.Contains(cardNumber), text);
            Assert.IsFalse(text.Contains(cardNumber.Substring(0, 6)), text);
            Assert.IsFalse(CardDataGuard.ContainsPanLikeNumber(text), text);
        }

        /// <summary>
        /// Looks for the number in both forms the driver handles it in: as the card codes it (tag 5A, the start of
        /// tag 57) and as the digit values (0 to 9, one per byte) the last four and the brand are taken from.
        /// </summary>
        private static bool DriverHoldsCardNumber(Pn532Reader reader, EmvTestCard card)
        {
            byte[] digitValues = card.CardNumber.Select(c => (byte)(c - '0')).ToArray();
            return AnyBufferHolds(reader, card.CompressedCardNumber) || AnyBufferHolds(reader, digitValues);
        }

        /// <summary>Walks the object graph of the driver's own types (and the card read) and looks for a byte sequence in every byte array.</summary>
        private static bool AnyBufferHolds(object root, byte[] needle)
        {
            Assembly[] own = { typeof(Pn532Reader).Assembly, typeof(CardRead).Assembly };
            var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
            var pending = new Stack<object>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                object item = pending.Pop();
                if (!seen.Add(item))
                {
                    continue;
                }

                if (item is byte[] bytes)
                {
                    if (IndexOf(bytes, needle) >= 0)
                    {
                        return true;
                    }

                    continue;
                }

                if (!own.Contains(item.GetType().Assembly))
                {
                    continue;
                }

                for (Type? type = item.GetType(); type != null; type = type.BaseType)
                {
                    foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                    {
                        if (!field.FieldType.IsValueType && field.GetValue(item) is object value)
                        {
                            pending.Push(value);
                        }
                    }
                }
            }

            return false;
        }

        private static int IndexOf(byte[] haystack, byte[] needle)
        {
            for (int i = 0; i + needle.Length <= haystack.Length; i++)
            {
                if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
                {
                    return i;
                }
            }

            return -1;
        }

        private static string LuhnValid(string body)
        {
            for (char check = '0'; check <= '9'; check++)
            {
                string candidate = body + check;
                int[] digits = candidate.Select(c => c - '0').ToArray();
                if (CardDataGuard.PassesLuhn(digits, 0, digits.Length))
                {
                    return candidate;
                }
            }

            throw new InvalidOperationException("no check digit");
        }
    }
}
