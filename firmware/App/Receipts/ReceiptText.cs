using Terminal.Core.Protocol;

namespace Terminal.App.Receipts
{
    /// <summary>
    /// The one text table of receipts and settlement reports, English and Simplified Chinese. Every
    /// Chinese character here must be in the printer driver's GB18030 table
    /// (<c>firmware/Drivers/Printer/EscPos/Gb18030Table.Generated.cs</c>, made from this table by
    /// <c>tools/CodePageTable</c>); a host test fails when one is missing. Labels stay short: a 58 mm
    /// line holds 32 columns, a Chinese character takes two. On Chinese receipts the two markers carry
    /// their English words too, so staff who read either language see them.
    /// </summary>
    public static class ReceiptText
    {
        /// <summary>The number of phrases: <see cref="ReceiptPhrase"/> values run from 0 to this minus one.</summary>
        public const int PhraseCount = (int)ReceiptPhrase.Cause + 1;

        /// <summary>Gets a phrase in a language.</summary>
        /// <param name="phrase">The phrase; an undefined value gives the <see cref="ReceiptPhrase.Unknown"/> text.</param>
        /// <param name="language">The language; anything but Simplified Chinese is English.</param>
        /// <returns>The text, never empty.</returns>
        public static string Get(ReceiptPhrase phrase, CashierLanguage language)
        {
            bool chinese = language == CashierLanguage.SimplifiedChinese;
            switch (phrase)
            {
                case ReceiptPhrase.SaleTitle: return chinese ? "消费签购单" : "SALE RECEIPT";
                case ReceiptPhrase.RefundTitle: return chinese ? "退货签购单" : "REFUND RECEIPT";
                case ReceiptPhrase.MerchantId: return chinese ? "商户编号" : "MERCHANT ID";
                case ReceiptPhrase.TerminalId: return chinese ? "终端编号" : "TERMINAL ID";
                case ReceiptPhrase.DateTime: return chinese ? "日期时间" : "DATE/TIME";
                case ReceiptPhrase.TransactionNumber: return chinese ? "流水号" : "TXN NO.";
                case ReceiptPhrase.PaymentMethod: return chinese ? "支付方式" : "METHOD";
                case ReceiptPhrase.MethodCard: return chinese ? "银行卡" : "CARD";
                case ReceiptPhrase.MethodQrMerchantPresented: return chinese ? "顾客扫码" : "QR, CUSTOMER SCAN";
                case ReceiptPhrase.MethodQrCustomerPresented: return chinese ? "扫付款码" : "QR, CODE SCANNED";
                case ReceiptPhrase.CardBrand: return chinese ? "卡类别" : "CARD TYPE";
                case ReceiptPhrase.CardNumber: return chinese ? "卡号" : "CARD NO.";
                case ReceiptPhrase.Amount: return chinese ? "金额" : "AMOUNT";
                case ReceiptPhrase.Result: return chinese ? "交易结果" : "RESULT";
                case ReceiptPhrase.Approved: return chinese ? "交易成功" : "APPROVED";
                case ReceiptPhrase.Declined: return chinese ? "交易被拒绝" : "DECLINED";
                case ReceiptPhrase.NotCharged: return chinese ? "未扣款。" : "The customer was not charged.";
                case ReceiptPhrase.ResponseCode: return chinese ? "应答码" : "RESP CODE";
                case ReceiptPhrase.AuthorizationCode: return chinese ? "授权码" : "AUTH CODE";
                case ReceiptPhrase.HostReference: return chinese ? "参考号" : "REF NO.";
                case ReceiptPhrase.OrderReference: return chinese ? "订单号" : "ORDER NO.";
                case ReceiptPhrase.LateConfirmation: return chinese ? "延迟确认 LATE CONFIRMATION" : "LATE CONFIRMATION";
                case ReceiptPhrase.LateConfirmationNote: return chinese ? "交易结果经查询后确认。" : "Result confirmed late, after checking.";
                case ReceiptPhrase.Reprint: return chinese ? "重打印 REPRINT" : "REPRINT";
                case ReceiptPhrase.KeepReceipt: return chinese ? "请妥善保管此凭条" : "Please keep this receipt.";
                case ReceiptPhrase.SettlementTitle: return chinese ? "结算单" : "SETTLEMENT";
                case ReceiptPhrase.BatchNumber: return chinese ? "批次号" : "BATCH NO.";
                case ReceiptPhrase.KindSale: return chinese ? "消费" : "SALE";
                case ReceiptPhrase.KindRefund: return chinese ? "退货" : "REFUND";
                case ReceiptPhrase.TerminalTotals: return chinese ? "终端汇总" : "TERMINAL TOTALS";
                case ReceiptPhrase.HostTotals: return chinese ? "主机汇总" : "HOST TOTALS";
                case ReceiptPhrase.TotalCount: return chinese ? "总笔数" : "TOTAL COUNT";
                case ReceiptPhrase.NetAmount: return chinese ? "净额" : "NET AMOUNT";
                case ReceiptPhrase.NoTransactions: return chinese ? "无交易" : "NO TRANSACTIONS";
                case ReceiptPhrase.Settled: return chinese ? "结算成功" : "SETTLED";
                case ReceiptPhrase.TotalsDiffer: return chinese ? "对账不平" : "TOTALS DIFFER";
                case ReceiptPhrase.NotSettled: return chinese ? "未结算" : "NOT SETTLED";
                case ReceiptPhrase.BatchKept: return chinese ? "批次已保留，请稍后重新结算。" : "Batch kept: settle again later.";
                case ReceiptPhrase.Cause: return chinese ? "原因代码" : "CAUSE";
                default: return chinese ? "未知" : "UNKNOWN";
            }
        }
    }
}
