using Terminal.Core.Protocol;

namespace Terminal.App.Technician
{
    /// <summary>
    /// The fixed words of the printed self-test report, Simplified Chinese and English. The rest of the report
    /// reuses the receipts' labels (<c>ReceiptText</c>: terminal id, date/time); ids, verdicts and summaries are ASCII.
    /// </summary>
    public static class SelfTestReportText
    {
        /// <summary>Gets the report's title.</summary>
        /// <param name="language">The receipt language.</param>
        /// <returns>The text.</returns>
        public static string Title(CashierLanguage language)
        {
            return language == CashierLanguage.SimplifiedChinese ? "自检报告" : "SELF-TEST REPORT";
        }

        /// <summary>Gets the label of what was run (S1..S5, ALL, a cause id).</summary>
        /// <param name="language">The receipt language.</param>
        /// <returns>The text.</returns>
        public static string Plan(CashierLanguage language)
        {
            return language == CashierLanguage.SimplifiedChinese ? "自检项目" : "PLAN";
        }

        /// <summary>Gets the label of the overall verdict.</summary>
        /// <param name="language">The receipt language.</param>
        /// <returns>The text.</returns>
        public static string Overall(CashierLanguage language)
        {
            return language == CashierLanguage.SimplifiedChinese ? "总体结果" : "OVERALL";
        }

        /// <summary>Gets the prefix before a result's remedy.</summary>
        /// <param name="language">The receipt language.</param>
        /// <returns>The text.</returns>
        public static string Remedy(CashierLanguage language)
        {
            return language == CashierLanguage.SimplifiedChinese ? "处理：" : "REMEDY: ";
        }

        /// <summary>Gets the line the technician signs under.</summary>
        /// <param name="language">The receipt language.</param>
        /// <returns>The text.</returns>
        public static string Signature(CashierLanguage language)
        {
            return language == CashierLanguage.SimplifiedChinese ? "技术员签名：" : "TECHNICIAN:";
        }
    }
}
