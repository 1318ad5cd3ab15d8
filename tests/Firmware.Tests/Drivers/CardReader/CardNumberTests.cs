using System;
using System.Linq;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Drivers.CardReader.Pn532.Emv;
using Terminal.Hal.CardReader;
using Terminal.Hal.Simulated.CardReader;

namespace Terminal.Tests.Drivers.CardReader
{
    /// <summary>Card numbers as cards code them, their brands, and their masks.</summary>
    [TestClass]
    public sealed class CardNumberTests
    {
        private const int Cases = 10_000;

        [TestMethod]
        [DataRow("4761739001010119", CardBrand.Visa)]
        [DataRow("5413330089020011", CardBrand.Mastercard)]
        [DataRow("2223000048400011", CardBrand.Mastercard)]
        [DataRow("2720990000000007", CardBrand.Mastercard)]
        [DataRow("6250941006528599", CardBrand.UnionPay)]
        [DataRow("6221261234567890", CardBrand.UnionPay)]
        [DataRow("8171999927660000", CardBrand.UnionPay)]
        [DataRow("374245455400126", CardBrand.AmericanExpress)]
        [DataRow("3530111333300000", CardBrand.Jcb)]
        [DataRow("6011000990139424", CardBrand.Discover)]
        [DataRow("6445644564456445", CardBrand.Discover)]
        [DataRow("36227206271667", CardBrand.DinersClub)]
        [DataRow("3056930009020004", CardBrand.DinersClub)]
        [DataRow("6759649826438453", CardBrand.Maestro)]
        [DataRow("2200123456789019", CardBrand.Mir)]
        [DataRow("1234567890123452", CardBrand.Unknown)]
        [DataRow("9012345678901234", CardBrand.Unknown)]
        public void The_brand_comes_from_the_issuer_identification_number(string number, CardBrand brand)
        {
            byte[] digits = number.Select(c => (byte)(c - '0')).ToArray();

            Assert.AreEqual(brand, IssuerIdentification.FromNumber(digits, digits.Length));
        }

        [TestMethod]
        [DataRow(new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x03, 0x10, 0x10 }, CardBrand.Visa)]
        [DataRow(new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x04, 0x10, 0x10 }, CardBrand.Mastercard)]
        [DataRow(new byte[] { 0xA0, 0x00, 0x00, 0x03, 0x33, 0x01, 0x01, 0x01 }, CardBrand.UnionPay)]
        [DataRow(new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x25, 0x01 }, CardBrand.AmericanExpress)]
        [DataRow(new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x99, 0x01 }, CardBrand.Unknown)]
        [DataRow(new byte[] { 0xA0, 0x00, 0x00 }, CardBrand.Unknown)]
        public void The_brand_of_an_unknown_number_comes_from_the_applications_RID(byte[] aid, CardBrand brand)
        {
            Assert.AreEqual(brand, IssuerIdentification.FromApplicationIdentifier(aid, 0, aid.Length));
        }

        [TestMethod]
        public void Every_brand_has_a_name_the_host_protocol_accepts()
        {
            foreach (CardBrand brand in Enum.GetValues<CardBrand>())
            {
                string name = CardBrandNames.Name(brand);
                Assert.IsTrue(name.Length > 0 && name.Length <= 32 && name.All(c => c > ' ' && c < 0x7F), name);
            }
        }

        [TestMethod]
        public void A_compressed_number_padded_with_F_gives_its_digits()
        {
            byte[] digits = new byte[19];

            int count = CardNumberDigits.FromCompressedNumeric(new byte[] { 0x62, 0x12, 0x34, 0x56, 0x78, 0x90, 0x12, 0x34, 0x56, 0x5F }, 0, 10, digits);

            Assert.AreEqual(19, count);
            Assert.AreEqual("4565", CardNumberDigits.LastFour(digits, count));
        }

        [TestMethod]
        [DataRow(new byte[] { 0x47, 0x61, 0x73, 0x90, 0x01, 0x01, 0xA1, 0x19 })]
        [DataRow(new byte[] { 0x47, 0x61, 0x73, 0x9F, 0x01, 0x01, 0x01, 0x19 })]
        [DataRow(new byte[] { 0x47, 0x61, 0x73, 0x90, 0x01 })]
        [DataRow(new byte[] { 0x47, 0x61, 0x73, 0x90, 0x01, 0x01, 0x01, 0x19, 0x47, 0x61, 0x73 })]
        public void A_value_that_is_not_a_card_number_is_refused_and_its_digits_wiped(byte[] value)
        {
            byte[] digits = new byte[19];

            Assert.AreEqual(-1, CardNumberDigits.FromCompressedNumeric(value, 0, value.Length, digits));
            Assert.IsTrue(digits.All(d => d == 0));
        }

        [TestMethod]
        public void The_number_in_track_2_ends_at_the_separator()
        {
            byte[] digits = new byte[19];
            byte[] track2 = EmvTestCard.Track2("4761739001010119");

            int count = CardNumberDigits.FromTrack2Equivalent(track2, 0, track2.Length, digits);

            Assert.AreEqual(16, count);
            Assert.AreEqual("0119", CardNumberDigits.LastFour(digits, count));
        }

        [TestMethod]
        public void A_track_2_without_separator_is_refused()
        {
            byte[] digits = new byte[19];
            byte[] track2 = Convert.FromHexString("47617390010101193012");

            Assert.AreEqual(-1, CardNumberDigits.FromTrack2Equivalent(track2, 0, track2.Length, digits));
            Assert.IsTrue(digits.All(d => d == 0));
        }

        [TestMethod]
        public void Any_card_number_coded_as_5A_or_57_reads_back_as_its_digits()
        {
            Gen.Select(Gen.Char['0', '9'].Array[12, 19], Gen.Bool).SampleSeeded((chars, asTrack2) =>
            {
                string number = new string(chars);
                byte[] value = asTrack2 ? EmvTestCard.Track2(number) : EmvTestCard.CompressedNumeric(number);
                byte[] digits = new byte[19];

                int count = asTrack2
                    ? CardNumberDigits.FromTrack2Equivalent(value, 0, value.Length, digits)
                    : CardNumberDigits.FromCompressedNumeric(value, 0, value.Length, digits);

                Assert.AreEqual(number.Length, count);
                Assert.AreEqual(number, new string(digits.Take(count).Select(d => (char)('0' + d)).ToArray()));
                Assert.AreEqual(number.Substring(number.Length - 4), CardNumberDigits.LastFour(digits, count));
            }, iter: Cases, seed: "0N0XIzNsQ1C1");
        }

        [TestMethod]
        public void Random_bytes_as_5A_or_57_never_throw_and_a_refusal_leaves_no_digit()
        {
            Gen.Select(Gen.Byte.Array[0, 24], Gen.Bool).SampleSeeded((value, asTrack2) =>
            {
                byte[] digits = new byte[19];
                int count = asTrack2
                    ? CardNumberDigits.FromTrack2Equivalent(value, 0, value.Length, digits)
                    : CardNumberDigits.FromCompressedNumeric(value, 0, value.Length, digits);

                if (count < 0)
                {
                    Assert.IsTrue(digits.All(d => d == 0));
                }
                else
                {
                    Assert.IsTrue(count >= 12 && count <= 19 && digits.Take(count).All(d => d <= 9));
                }
            }, iter: Cases, seed: "0N0XIzNsQ1C2");
        }

        [TestMethod]
        public void A_card_read_refuses_anything_but_four_digits_without_echoing_it()
        {
            var exception = Assert.ThrowsException<ArgumentException>(() => new CardRead("4761739001010119", 16, CardBrand.Visa, ReaderEntryMode.Contactless, new byte[0], 0, 0));

            Assert.IsFalse(exception.ToString().Contains("4761739001010119"));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => new CardRead("0119", 11, CardBrand.Visa, ReaderEntryMode.Contactless, new byte[0], 0, 0));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => new CardRead("0119", 16, CardBrand.Visa, ReaderEntryMode.Contactless, new byte[769], 0, 769));
        }
    }
}
