using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Payments;
using Terminal.App.Receipts;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Core.Security;
using Terminal.Hal.Printer;

namespace Terminal.Tests.App.Receipts
{
    [TestClass]
    public sealed class ReceiptRendererTests
    {
        private const int Columns = 32;

        internal static SaleReceipt StandardSale()
        {
            return new SaleReceipt
            {
                MerchantId = "M88990001",
                TerminalId = "T0001234",
                TransactionNumber = 42,
                TransactionUtcMilliseconds = 1795392000000,
                Kind = TransactionKind.Sale,
                Method = PaymentMethod.Card,
                CardBrand = "UnionPay",
                CardLast4 = "7894",
                AmountMinorUnits = 123456,
                CurrencyNumericCode = 156,
                Approved = true,
                ResponseCode = "00",
                AuthorizationCode = "A12345",
                HostReference = "H-20261123-000042",
                MerchantReference = "ORD-20261123-000123",
            };
        }

        /// <summary>A label and its value on one 32-column line, the value flush right, as the layout makes it.</summary>
        internal static string Pair(string label, string value)
        {
            return label + new string(' ', Columns - PrintText.ColumnsOf(label) - PrintText.ColumnsOf(value)) + value;
        }

        internal static List<string> Texts(PrintDocument document)
        {
            var texts = new List<string>();
            for (int i = 0; i < document.LineCount; i++)
            {
                texts.Add(document.GetLine(i).Text);
            }

            return texts;
        }

        [TestMethod]
        public void An_English_sale_receipt_carries_every_field_the_issue_asks_for()
        {
            var renderer = new ReceiptRenderer(new ReceiptSettings { Language = CashierLanguage.English }, Columns);

            List<string> lines = Texts(renderer.Render(StandardSale()));

            CollectionAssert.IsSubsetOf(
                new[]
                {
                    "SALE RECEIPT",
                    Pair("MERCHANT ID", "M88990001"),
                    Pair("TERMINAL ID", "T0001234"),
                    Pair("DATE/TIME", "2026-11-23 08:00:00"),
                    Pair("CARD NO.", "**** 7894"),
                    Pair("AMOUNT", "CNY 1,234.56"),
                    Pair("RESULT", "APPROVED"),
                    Pair("REF NO.", "H-20261123-000042"),
                    Pair("ORDER NO.", "ORD-20261123-000123"),
                },
                lines,
                string.Join("\n", lines));
            Assert.IsFalse(lines.Any(line => line.Contains("REPRINT", StringComparison.Ordinal) || line.Contains("LATE", StringComparison.Ordinal)));
        }

        [TestMethod]
        public void A_Chinese_receipt_is_in_Chinese_and_keeps_within_the_columns()
        {
            var renderer = new ReceiptRenderer(ReceiptSettings.CreateDefault(), Columns);
            SaleReceipt receipt = StandardSale();
            receipt.IsLate = true;
            receipt.IsReprint = true;

            PrintDocument document = renderer.Render(receipt);
            List<string> lines = Texts(document);

            CollectionAssert.IsSubsetOf(new[] { "消费签购单", "* 重打印 REPRINT *", "* 延迟确认 LATE CONFIRMATION *", Pair("交易结果", "交易成功") }, lines, string.Join("\n", lines));
            AssertWithinColumns(document);
        }

        [TestMethod]
        public void A_declined_receipt_says_why_and_that_nobody_was_charged()
        {
            var renderer = new ReceiptRenderer(new ReceiptSettings { Language = CashierLanguage.English }, Columns);
            SaleReceipt receipt = StandardSale();
            receipt.Approved = false;
            receipt.ResponseCode = "51";
            receipt.AuthorizationCode = string.Empty;

            List<string> lines = Texts(renderer.Render(receipt));

            CollectionAssert.IsSubsetOf(new[] { Pair("RESULT", "DECLINED"), "Insufficient funds.", "The customer was not charged.", Pair("RESP CODE", "51") }, lines, string.Join("\n", lines));
            Assert.IsFalse(lines.Any(line => line.StartsWith("AUTH CODE", StringComparison.Ordinal)), "an empty field is left out");
        }

        [TestMethod]
        public void A_QR_receipt_has_no_card_number()
        {
            var renderer = new ReceiptRenderer(new ReceiptSettings { Language = CashierLanguage.English }, Columns);
            SaleReceipt receipt = StandardSale();
            receipt.Method = PaymentMethod.QrCustomerPresented;
            receipt.CardLast4 = string.Empty;

            List<string> lines = Texts(renderer.Render(receipt));

            Assert.IsTrue(lines.Contains(Pair("METHOD", "QR, CODE SCANNED")), string.Join("\n", lines));
            Assert.IsFalse(lines.Any(line => line.Contains("CARD", StringComparison.Ordinal) && line.Contains('*', StringComparison.Ordinal)));
        }

        [TestMethod]
        public void A_settlement_report_shows_the_batch_the_totals_per_method_and_the_result()
        {
            var renderer = new ReceiptRenderer(new ReceiptSettings { Language = CashierLanguage.English }, Columns);
            var report = new SettlementReport
            {
                MerchantId = "M88990001",
                TerminalId = "T0001234",
                UtcMilliseconds = 1795392000000,
                BatchNumber = 7,
                Status = SettlementOutcomeStatus.Settled,
                CurrencyNumericCode = 156,
                Totals = new[]
                {
                    new SettlementTotal { Method = PaymentMethod.Card, Kind = TransactionKind.Sale, Count = 2, AmountMinorUnits = 2050 },
                    new SettlementTotal { Method = PaymentMethod.QrCustomerPresented, Kind = TransactionKind.Sale, Count = 1, AmountMinorUnits = 1500 },
                    new SettlementTotal { Method = PaymentMethod.Card, Kind = TransactionKind.Refund, Count = 1, AmountMinorUnits = 300 },
                },
            };

            PrintDocument document = renderer.Render(report);
            List<string> lines = Texts(document);

            CollectionAssert.IsSubsetOf(
                new[]
                {
                    "SETTLEMENT",
                    Pair("BATCH NO.", "7"),
                    Pair("CARD SALE x2", "CNY 20.50"),
                    "QR, CODE SCANNED SALE x1",
                    "CNY 15.00",
                    Pair("CARD REFUND x1", "CNY -3.00"),
                    Pair("TOTAL COUNT", "4"),
                    Pair("NET AMOUNT", "CNY 32.50"),
                    Pair("RESULT", "SETTLED"),
                },
                lines,
                string.Join("\n", lines));
            AssertWithinColumns(document);
        }

        [TestMethod]
        public void A_mismatch_report_shows_the_hosts_totals_and_keeps_the_batch()
        {
            var renderer = new ReceiptRenderer(ReceiptSettings.CreateDefault(), Columns);
            var report = new SettlementReport
            {
                BatchNumber = 3,
                Status = SettlementOutcomeStatus.Mismatch,
                CauseId = "TX-PENDING",
                CurrencyNumericCode = 156,
                Totals = new[] { new SettlementTotal { Method = PaymentMethod.Card, Kind = TransactionKind.Sale, Count = 2, AmountMinorUnits = 2050 } },
                HostTotals = new[] { new SettlementTotal { Method = PaymentMethod.Card, Kind = TransactionKind.Sale, Count = 1, AmountMinorUnits = 1250 } },
            };

            List<string> lines = Texts(renderer.Render(report));

            CollectionAssert.IsSubsetOf(new[] { "终端汇总", "主机汇总", Pair("交易结果", "对账不平"), "批次已保留，请稍后重新结算。", Pair("原因代码", "TX-PENDING") }, lines, string.Join("\n", lines));
        }

        [TestMethod]
        public void Any_receipt_fields_render_without_throwing_within_the_columns_and_with_at_most_the_last_four_card_digits()
        {
            Gen.Int.SampleSeeded(seed =>
            {
                var random = new Random(seed);
                SaleReceipt receipt = RandomReceipt(random);
                var settings = new ReceiptSettings
                {
                    Language = random.Next(2) == 0 ? CashierLanguage.English : CashierLanguage.SimplifiedChinese,
                    UtcOffsetMinutes = random.Next(-720, 841),
                };
                var renderer = new ReceiptRenderer(settings, Columns);

                // The card number goes into one field; a twin receipt has the same text with every digit of it
                // turned into 'x'. Paper may show at most four more digits than the twin: the last four.
                string pan = RandomPan(random, out string written);
                string hidden = new string(written.Select(c => c >= '0' && c <= '9' ? 'x' : c).ToArray());
                string prefix = RandomText(random, 12) + "#";
                string suffix = "#" + RandomText(random, 12);
                int field = random.Next(6);
                SaleReceipt twin = Copy(receipt);
                Inject(receipt, field, field == 0 ? pan : prefix + written + suffix);
                Inject(twin, field, field == 0 ? new string('x', pan.Length) : prefix + hidden + suffix);

                PrintDocument document = renderer.Render(receipt);
                PrintDocument twinDocument = renderer.Render(twin);

                AssertWithinColumns(document);
                string paper = string.Join("\n", Texts(document));
                int extraDigits = CountDigits(paper) - CountDigits(string.Join("\n", Texts(twinDocument)));
                Assert.IsTrue(extraDigits <= 4, $"{extraDigits} card digits on paper:\n{paper}");
                Assert.IsFalse(Texts(document).Any(CardDataGuard.ContainsPanLikeNumber), paper);
                Assert.IsFalse(paper.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).Contains(pan[..^4], StringComparison.Ordinal), paper);

                SettlementReport report = RandomReport(random);
                AssertWithinColumns(renderer.Render(report));
            }, iter: 10_000, seed: "0N0XIzNsQ0O4");
        }

        internal static void AssertWithinColumns(PrintDocument document)
        {
            for (int i = 0; i < document.LineCount; i++)
            {
                PrintLine line = document.GetLine(i);
                int limit = PrintStyle.ColumnsPerLine(line.Style, Columns);
                if (PrintText.ColumnsOf(line.Text) > limit)
                {
                    throw new AssertFailedException($"line {i} takes {PrintText.ColumnsOf(line.Text)} of {limit} columns: '{line.Text}'");
                }
            }
        }

        private static int CountDigits(string text) => text.Count(c => c >= '0' && c <= '9');

        private static string RandomText(Random random, int maximumLength)
        {
            const string pool = "ABCxyz 0123456789-./#*交易成功金额商户\u00E9\u001B\n\t\u0000\u007F";
            int length = random.Next(maximumLength + 1);
            var text = new StringBuilder(length);
            for (int i = 0; i < length; i++)
            {
                text.Append(random.Next(8) == 0 ? (char)random.Next(0x20, 0xFFFF) : pool[random.Next(pool.Length)]);
            }

            return text.ToString();
        }

        /// <summary>A Luhn-valid card number with a scheme digit, and how it is written: whole, or in 4-digit groups.</summary>
        private static string RandomPan(Random random, out string written)
        {
            int length = random.Next(13, 20);
            var digits = new int[length];
            digits[0] = random.Next(2, 7);
            for (int i = 1; i < length - 1; i++)
            {
                digits[i] = random.Next(10);
            }

            int sum = 0;
            for (int i = length - 2, position = 0; i >= 0; i--, position++)
            {
                int d = digits[i];
                if (position % 2 == 0)
                {
                    d *= 2;
                    d -= d > 9 ? 9 : 0;
                }

                sum += d;
            }

            digits[length - 1] = (10 - (sum % 10)) % 10;
            string pan = string.Concat(digits);
            written = pan;
            if (length == 16 && random.Next(2) == 0)
            {
                string separator = random.Next(2) == 0 ? " " : "-";
                written = pan[..4] + separator + pan[4..8] + separator + pan[8..12] + separator + pan[12..];
            }

            Assert.IsTrue(CardDataGuard.ContainsPanLikeNumber(written), written);
            return pan;
        }

        private static SaleReceipt RandomReceipt(Random random)
        {
            return new SaleReceipt
            {
                MerchantId = random.Next(10) == 0 ? null : RandomText(random, 40),
                TerminalId = RandomText(random, 40),
                TransactionNumber = (uint)random.NextInt64(0, uint.MaxValue + 1L),
                TransactionUtcMilliseconds = random.NextInt64(long.MinValue, long.MaxValue),
                Kind = (TransactionKind)random.Next(0, 4),
                Method = (PaymentMethod)random.Next(0, 5),
                CardBrand = RandomText(random, 20),
                CardLast4 = random.Next(2) == 0 ? random.Next(10000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture) : RandomText(random, 6),
                AmountMinorUnits = random.NextInt64(long.MinValue, long.MaxValue),
                CurrencyNumericCode = random.Next(3) == 0 ? random.Next(-5, 1000) : 156,
                Approved = random.Next(2) == 0,
                ResponseCode = RandomText(random, 4),
                AuthorizationCode = RandomText(random, 10),
                HostReference = RandomText(random, 40),
                MerchantReference = RandomText(random, 40),
                IsLate = random.Next(2) == 0,
                IsReprint = random.Next(2) == 0,
            };
        }

        private static SettlementReport RandomReport(Random random)
        {
            var totals = new SettlementTotal[random.Next(0, 8)];
            for (int i = 0; i < totals.Length; i++)
            {
                totals[i] = random.Next(8) == 0 ? null! : new SettlementTotal
                {
                    Method = (PaymentMethod)random.Next(0, 5),
                    Kind = (TransactionKind)random.Next(0, 4),
                    Count = random.NextInt64(long.MinValue, long.MaxValue),
                    AmountMinorUnits = random.NextInt64(long.MinValue, long.MaxValue),
                };
            }

            return new SettlementReport
            {
                MerchantId = RandomText(random, 40),
                TerminalId = RandomText(random, 40),
                UtcMilliseconds = random.NextInt64(long.MinValue, long.MaxValue),
                BatchNumber = random.NextInt64(long.MinValue, long.MaxValue),
                Status = (SettlementOutcomeStatus)random.Next(0, 6),
                Totals = random.Next(5) == 0 ? null : totals,
                HostTotals = random.Next(2) == 0 ? null : totals,
                CauseId = RandomText(random, 20),
                CurrencyNumericCode = random.Next(-5, 1000),
                IsReprint = random.Next(2) == 0,
            };
        }

        private static SaleReceipt Copy(SaleReceipt receipt) => new SaleReceipt
        {
            MerchantId = receipt.MerchantId,
            TerminalId = receipt.TerminalId,
            TransactionNumber = receipt.TransactionNumber,
            TransactionUtcMilliseconds = receipt.TransactionUtcMilliseconds,
            Kind = receipt.Kind,
            Method = receipt.Method,
            CardBrand = receipt.CardBrand,
            CardLast4 = receipt.CardLast4,
            AmountMinorUnits = receipt.AmountMinorUnits,
            CurrencyNumericCode = receipt.CurrencyNumericCode,
            Approved = receipt.Approved,
            ResponseCode = receipt.ResponseCode,
            AuthorizationCode = receipt.AuthorizationCode,
            HostReference = receipt.HostReference,
            MerchantReference = receipt.MerchantReference,
            IsLate = receipt.IsLate,
            IsReprint = receipt.IsReprint,
        };

        private static void Inject(SaleReceipt receipt, int field, string value)
        {
            switch (field)
            {
                case 0: receipt.CardLast4 = value; receipt.Method = PaymentMethod.Card; break;
                case 1: receipt.MerchantReference = value; break;
                case 2: receipt.HostReference = value; break;
                case 3: receipt.CardBrand = value; receipt.Method = PaymentMethod.Card; break;
                case 4: receipt.AuthorizationCode = value; break;
                default: receipt.MerchantId = value; break;
            }
        }
    }
}
