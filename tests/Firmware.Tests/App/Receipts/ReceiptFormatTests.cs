using System;
using System.Globalization;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Receipts;

namespace Terminal.Tests.App.Receipts
{
    [TestClass]
    public sealed class ReceiptFormatTests
    {
        [TestMethod]
        [DataRow(1795392000000L, 480, "2026-11-23 08:00:00")]
        [DataRow(1795392000000L, 0, "2026-11-23 00:00:00")]
        [DataRow(1795392000000L, -300, "2026-11-22 19:00:00")]
        [DataRow(1709164799000L, 0, "2024-02-28 23:59:59")]
        [DataRow(1709164800000L, 0, "2024-02-29 00:00:00")]
        [DataRow(951782400000L, 0, "2000-02-29 00:00:00")]
        [DataRow(0L, 0, "1970-01-01 00:00:00")]
        [DataRow(-5L, 0, "1970-01-01 00:00:00")]
        [DataRow(long.MaxValue, 840, "9999-12-31 23:59:59")]
        public void Local_time_is_UTC_plus_the_offset(long utc, int offset, string expected)
        {
            Assert.AreEqual(expected, ReceiptFormat.LocalTime(utc, offset));
        }

        [TestMethod]
        public void Local_time_agrees_with_dotnet_for_any_time_and_offset()
        {
            Gen.Select(Gen.Long[0, 253402300799999 - (840 * 60000L)], Gen.Int[-720, 840]).SampleSeeded((utc, offset) =>
            {
                string expected = DateTimeOffset.FromUnixTimeMilliseconds(utc).ToOffset(TimeSpan.FromMinutes(offset)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
                if (utc + (offset * 60000L) < 0)
                {
                    expected = "1970-01-01 00:00:00";
                }

                Assert.AreEqual(expected, ReceiptFormat.LocalTime(utc, offset), $"{utc} {offset}");
            }, iter: 10_000, seed: "0N0XIzNsQ0O4");
        }

        [TestMethod]
        [DataRow(0L, 2, "0.00")]
        [DataRow(5L, 2, "0.05")]
        [DataRow(123456L, 2, "1,234.56")]
        [DataRow(100000000L, 2, "1,000,000.00")]
        [DataRow(-123456L, 2, "-1,234.56")]
        [DataRow(1234567L, 0, "1,234,567")]
        [DataRow(long.MinValue, 2, "-92,233,720,368,547,758.08")]
        [DataRow(long.MaxValue, 2, "92,233,720,368,547,758.07")]
        public void Amounts_are_minor_units_with_separators(long minorUnits, int decimals, string expected)
        {
            Assert.AreEqual(expected, ReceiptFormat.Amount(minorUnits, decimals));
        }

        [TestMethod]
        [DataRow("1234", "**** 1234")]
        [DataRow("6222021234567894", "**** 7894")]
        [DataRow("", "****")]
        [DataRow(null, "****")]
        [DataRow("12a4", "****")]
        public void The_card_number_shows_the_last_four_digits_at_most(string? last4, string expected)
        {
            Assert.AreEqual(expected, ReceiptFormat.MaskedCardNumber(last4));
        }

        [TestMethod]
        [DataRow("ORD-20261123-000123", "ORD-20261123-000123")]
        [DataRow("REF 6222021234567894 X", "REF ************7894 X")]
        [DataRow("6222 0212 3456 7894", "**** **** **** 7894")]
        [DataRow("a\u001B@b\nc", "a?@b?c")]
        [DataRow(null, "")]
        public void Free_text_loses_card_numbers_and_control_characters(string? text, string expected)
        {
            Assert.AreEqual(expected, ReceiptFormat.SafeText(text));
        }
    }
}
