namespace Terminal.Core.Protocol
{
    /// <summary>The languages the cashier's messages are written in.</summary>
    public enum CashierLanguage
    {
        /// <summary>English.</summary>
        English = 1,

        /// <summary>Simplified Chinese.</summary>
        SimplifiedChinese = 2,
    }
}
