using Terminal.App.Payments;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Hal.Printer;

namespace Terminal.App.Receipts
{
    /// <summary>
    /// Turns a <see cref="SaleReceipt"/> or a <see cref="SettlementReport"/> into a <see cref="PrintDocument"/>
    /// for a receipt printer, in the language of its <see cref="ReceiptSettings"/>, with the phrases of
    /// <see cref="ReceiptText"/>.
    /// </summary>
    /// <remarks>
    /// Promises, for any field values (property-tested): it never throws; no line is wider than its
    /// style's columns; no card number reaches the paper beyond its last four digits (the card field
    /// prints "**** 1234", and a free-text field shaped like a card number is masked before it is laid
    /// out); no field can inject a printer command (control characters print as '?').
    /// </remarks>
    public sealed class ReceiptRenderer
    {
        private const int TitleStyle = PrintStyle.DoubleWidth | PrintStyle.DoubleHeight | PrintStyle.Emphasized;
        private const int AmountStyle = PrintStyle.DoubleHeight | PrintStyle.Emphasized;

        private readonly ReceiptSettings _settings;
        private readonly int _columns;

        /// <summary>Creates a renderer.</summary>
        /// <param name="settings">Language and time offset; validated and kept (later changes apply to later receipts).</param>
        /// <param name="columns">Columns of a normal line: the printer's <see cref="IReceiptPrinter.ColumnsPerLine"/>, 8 or more.</param>
        /// <exception cref="System.ArgumentNullException"><paramref name="settings"/> is <c>null</c>.</exception>
        /// <exception cref="System.ArgumentOutOfRangeException">A setting or <paramref name="columns"/> is out of range.</exception>
        public ReceiptRenderer(ReceiptSettings settings, int columns)
        {
            if (settings == null)
            {
                throw new System.ArgumentNullException("settings");
            }

            settings.Validate();
            if (columns < 8)
            {
                throw new System.ArgumentOutOfRangeException("columns", "a receipt needs at least 8 columns");
            }

            _settings = settings;
            _columns = columns;
        }

        /// <summary>Renders a payment receipt.</summary>
        /// <param name="receipt">The receipt.</param>
        /// <returns>A new document, ending with a cut.</returns>
        /// <exception cref="System.ArgumentNullException"><paramref name="receipt"/> is <c>null</c>.</exception>
        public PrintDocument Render(SaleReceipt receipt)
        {
            if (receipt == null)
            {
                throw new System.ArgumentNullException("receipt");
            }

            PrintDocument document = new PrintDocument();
            ReceiptLayout layout = new ReceiptLayout(document, _columns);
            layout.Centered(Text(receipt.Kind == TransactionKind.Refund ? ReceiptPhrase.RefundTitle : ReceiptPhrase.SaleTitle), TitleStyle);
            if (receipt.IsReprint)
            {
                layout.Marker(Text(ReceiptPhrase.Reprint));
            }

            if (receipt.IsLate)
            {
                layout.Marker(Text(ReceiptPhrase.LateConfirmation));
                layout.Centered(Text(ReceiptPhrase.LateConfirmationNote), PrintStyle.Normal);
            }

            layout.Separator();
            Header(layout, receipt.MerchantId, receipt.TerminalId, receipt.TransactionUtcMilliseconds);
            layout.Pair(Text(ReceiptPhrase.TransactionNumber), receipt.TransactionNumber.ToString(), PrintStyle.Normal);
            layout.Separator();

            layout.Pair(Text(ReceiptPhrase.PaymentMethod), Text(MethodPhrase(receipt.Method)), PrintStyle.Normal);
            if (receipt.Method == PaymentMethod.Card)
            {
                string brand = ReceiptFormat.SafeText(receipt.CardBrand);
                if (brand.Length > 0)
                {
                    layout.Pair(Text(ReceiptPhrase.CardBrand), brand, PrintStyle.Normal);
                }

                layout.Pair(Text(ReceiptPhrase.CardNumber), ReceiptFormat.MaskedCardNumber(receipt.CardLast4), PrintStyle.Normal);
            }

            layout.Pair(Text(ReceiptPhrase.Amount), Money(receipt.AmountMinorUnits, receipt.CurrencyNumericCode), AmountStyle);
            layout.Separator();

            layout.Pair(Text(ReceiptPhrase.Result), Text(receipt.Approved ? ReceiptPhrase.Approved : ReceiptPhrase.Declined), PrintStyle.Emphasized);
            string responseCode = ReceiptFormat.SafeText(receipt.ResponseCode);
            if (!receipt.Approved)
            {
                layout.Left(ReceiptFormat.SafeText(ResponseCodeCatalog.Lookup(responseCode).Message(_settings.Language)), PrintStyle.Normal);
                layout.Left(Text(ReceiptPhrase.NotCharged), PrintStyle.Normal);
            }

            Optional(layout, ReceiptPhrase.ResponseCode, responseCode);
            Optional(layout, ReceiptPhrase.AuthorizationCode, ReceiptFormat.SafeText(receipt.AuthorizationCode));
            Optional(layout, ReceiptPhrase.HostReference, ReceiptFormat.SafeText(receipt.HostReference));
            Optional(layout, ReceiptPhrase.OrderReference, ReceiptFormat.SafeText(receipt.MerchantReference));
            layout.Separator();
            layout.Centered(Text(ReceiptPhrase.KeepReceipt), PrintStyle.Normal);
            return document;
        }

        /// <summary>Renders a settlement report.</summary>
        /// <param name="report">The report.</param>
        /// <returns>A new document, ending with a cut.</returns>
        /// <exception cref="System.ArgumentNullException"><paramref name="report"/> is <c>null</c>.</exception>
        public PrintDocument Render(SettlementReport report)
        {
            if (report == null)
            {
                throw new System.ArgumentNullException("report");
            }

            PrintDocument document = new PrintDocument();
            ReceiptLayout layout = new ReceiptLayout(document, _columns);
            layout.Centered(Text(ReceiptPhrase.SettlementTitle), TitleStyle);
            if (report.IsReprint)
            {
                layout.Marker(Text(ReceiptPhrase.Reprint));
            }

            layout.Separator();
            Header(layout, report.MerchantId, report.TerminalId, report.UtcMilliseconds);
            layout.Pair(Text(ReceiptPhrase.BatchNumber), report.BatchNumber.ToString(), PrintStyle.Normal);
            layout.Separator();

            layout.Left(Text(ReceiptPhrase.TerminalTotals), PrintStyle.Emphasized);
            Totals(layout, report.Totals, report.CurrencyNumericCode);
            SettlementTotal[] hostTotals = report.HostTotals;
            if (report.Status == SettlementOutcomeStatus.Mismatch && hostTotals != null)
            {
                layout.Separator();
                layout.Left(Text(ReceiptPhrase.HostTotals), PrintStyle.Emphasized);
                Totals(layout, hostTotals, report.CurrencyNumericCode);
            }

            layout.Separator();
            ReceiptPhrase result = report.Status == SettlementOutcomeStatus.Settled ? ReceiptPhrase.Settled
                : report.Status == SettlementOutcomeStatus.Mismatch ? ReceiptPhrase.TotalsDiffer : ReceiptPhrase.NotSettled;
            layout.Pair(Text(ReceiptPhrase.Result), Text(result), PrintStyle.Emphasized);
            if (report.Status != SettlementOutcomeStatus.Settled)
            {
                layout.Left(Text(ReceiptPhrase.BatchKept), PrintStyle.Normal);
            }

            Optional(layout, ReceiptPhrase.Cause, ReceiptFormat.SafeText(report.CauseId));
            return document;
        }

        private void Header(ReceiptLayout layout, string merchantId, string terminalId, long utcMilliseconds)
        {
            layout.Pair(Text(ReceiptPhrase.MerchantId), ReceiptFormat.SafeText(merchantId), PrintStyle.Normal);
            layout.Pair(Text(ReceiptPhrase.TerminalId), ReceiptFormat.SafeText(terminalId), PrintStyle.Normal);
            layout.Pair(Text(ReceiptPhrase.DateTime), ReceiptFormat.LocalTime(utcMilliseconds, _settings.UtcOffsetMinutes), PrintStyle.Normal);
        }

        private void Totals(ReceiptLayout layout, SettlementTotal[] totals, int currency)
        {
            long count = 0;
            long net = 0;
            int lines = 0;
            if (totals != null)
            {
                for (int i = 0; i < totals.Length; i++)
                {
                    SettlementTotal total = totals[i];
                    if (total == null)
                    {
                        continue;
                    }

                    bool refund = total.Kind == TransactionKind.Refund;
                    string label = Text(MethodPhrase(total.Method)) + " " + Text(refund ? ReceiptPhrase.KindRefund : ReceiptPhrase.KindSale) + " x" + total.Count.ToString();
                    layout.Pair(label, Money(refund ? -total.AmountMinorUnits : total.AmountMinorUnits, currency), PrintStyle.Normal);
                    count += total.Count;
                    net += refund ? -total.AmountMinorUnits : total.AmountMinorUnits;
                    lines++;
                }
            }

            if (lines == 0)
            {
                layout.Left(Text(ReceiptPhrase.NoTransactions), PrintStyle.Normal);
            }

            layout.Pair(Text(ReceiptPhrase.TotalCount), count.ToString(), PrintStyle.Normal);
            layout.Pair(Text(ReceiptPhrase.NetAmount), Money(net, currency), PrintStyle.Emphasized);
        }

        private void Optional(ReceiptLayout layout, ReceiptPhrase label, string value)
        {
            if (value.Length > 0)
            {
                layout.Pair(Text(label), value, PrintStyle.Normal);
            }
        }

        private static ReceiptPhrase MethodPhrase(PaymentMethod method)
        {
            switch (method)
            {
                case PaymentMethod.Card: return ReceiptPhrase.MethodCard;
                case PaymentMethod.QrMerchantPresented: return ReceiptPhrase.MethodQrMerchantPresented;
                case PaymentMethod.QrCustomerPresented: return ReceiptPhrase.MethodQrCustomerPresented;
                default: return ReceiptPhrase.Unknown;
            }
        }

        private static string Money(long minorUnits, int currency)
        {
            return ReceiptFormat.CurrencyLabel(currency) + " " + ReceiptFormat.Amount(minorUnits, ReceiptFormat.CurrencyDecimals(currency));
        }

        private string Text(ReceiptPhrase phrase)
        {
            return ReceiptText.Get(phrase, _settings.Language);
        }
    }
}
