namespace Terminal.Core.Protocol
{
    /// <summary>
    /// Maps a host response code to what the cashier is told, exactly the table of
    /// docs/host-protocol.md ("Response codes"), in English and Simplified Chinese. Each cell of the
    /// table's last column is split into what happened (<see cref="ResponseCodeEntry.Message"/>) and
    /// what to do (<see cref="ResponseCodeEntry.NextStep"/>). A code not in the table gets the "other"
    /// row, with the code shown. <see cref="UnknownTerminal"/> covers the host's 401/403 error
    /// (SW-CONFIG), which has no response code.
    /// </summary>
    public static class ResponseCodeCatalog
    {
        /// <summary>The Code of the fallback entry when no code was given.</summary>
        public const string OtherCode = "other";

        private const string AnotherCardOrMethod = "Ask for another card or method.";
        private const string AnotherCardOrMethodChinese = "请顾客换卡或换其他支付方式。";
        private const string AnotherCard = "Ask for another card.";
        private const string AnotherCardChinese = "请顾客换一张卡。";

        private static readonly ResponseCodeEntry Approved = new ResponseCodeEntry(
            "00", "approved", true, null, "Approved", string.Empty, "交易成功", string.Empty);

        private static readonly ResponseCodeEntry DoNotHonour = new ResponseCodeEntry(
            "05", "do not honour", false, null,
            "Declined by the bank.", AnotherCardOrMethod,
            "银行拒绝交易。", AnotherCardOrMethodChinese);

        private static readonly ResponseCodeEntry InsufficientFunds = new ResponseCodeEntry(
            "51", "insufficient funds", false, null,
            "Insufficient funds.", AnotherCardOrMethod,
            "余额不足。", AnotherCardOrMethodChinese);

        private static readonly ResponseCodeEntry ExpiredCard = new ResponseCodeEntry(
            "54", "expired card", false, null,
            "Card expired.", AnotherCard,
            "卡已过期。", AnotherCardChinese);

        private static readonly ResponseCodeEntry IncorrectPin = new ResponseCodeEntry(
            "55", "incorrect PIN", false, null,
            "Wrong PIN.", "The customer may try again.",
            "密码错误。", "顾客可以重新输入密码。");

        private static readonly ResponseCodeEntry NotPermittedToCardholder = new ResponseCodeEntry(
            "57", "not permitted to cardholder", false, null,
            "Not allowed for this card.", AnotherCardOrMethod,
            "此卡不支持该交易。", AnotherCardOrMethodChinese);

        private static readonly ResponseCodeEntry NotPermittedToTerminal = new ResponseCodeEntry(
            "58", "not permitted to terminal", false, "SW-LIMITS",
            "Not allowed on this terminal.", "Check the terminal's configuration (SW-LIMITS).",
            "本终端不允许此交易。", "请检查终端配置（SW-LIMITS）。");

        private static readonly ResponseCodeEntry ExceedsAmountLimit = new ResponseCodeEntry(
            "61", "exceeds amount limit", false, null,
            "Over the card's limit.", "Ask for a smaller amount or another card.",
            "超出卡片限额。", "请减少金额或换一张卡。");

        private static readonly ResponseCodeEntry ExceedsFrequencyLimit = new ResponseCodeEntry(
            "65", "exceeds frequency limit", false, null,
            "Too many uses today.", AnotherCardOrMethod,
            "今日使用次数超限。", AnotherCardOrMethodChinese);

        private static readonly ResponseCodeEntry PinTriesExceeded = new ResponseCodeEntry(
            "75", "PIN tries exceeded", false, null,
            "PIN locked.", AnotherCard,
            "密码已锁定。", AnotherCardChinese);

        private static readonly ResponseCodeEntry DuplicateTransmission = new ResponseCodeEntry(
            "94", "duplicate transmission", false, null,
            "Already processed.", "Check the transaction record; do not charge again.",
            "交易已处理。", "请核对交易记录，不要重复收款。");

        private static readonly ResponseCodeEntry ImplausibleTerminalTime = new ResponseCodeEntry(
            "C1", "implausible terminal time", false, "SW-CLOCK",
            "The terminal's clock is wrong.", "Sync time (SW-CLOCK), then retry.",
            "终端时间不正确。", "请先同步时间（SW-CLOCK），再重试。");

        private static readonly ResponseCodeEntry IssuerUnavailable = new ResponseCodeEntry(
            "91", "issuer or system unavailable", false, null,
            "The bank is unavailable.", "Try again shortly, or use another method.",
            "银行系统暂时不可用。", "请稍后重试，或使用其他支付方式。");

        private static readonly ResponseCodeEntry SystemUnavailable = new ResponseCodeEntry(
            "96", "issuer or system unavailable", false, null,
            "The bank is unavailable.", "Try again shortly, or use another method.",
            "银行系统暂时不可用。", "请稍后重试，或使用其他支付方式。");

        private static readonly ResponseCodeEntry OtherWithoutCode = new ResponseCodeEntry(
            OtherCode, "declined", false, null,
            "Declined.", AnotherCardOrMethod,
            "交易被拒绝。", AnotherCardOrMethodChinese);

        /// <summary>
        /// Gets the entry for the host's 401/403 <c>unknown_terminal</c> error: the terminal is not known
        /// to the host, a configuration error (SW-CONFIG).
        /// </summary>
        public static readonly ResponseCodeEntry UnknownTerminal = new ResponseCodeEntry(
            ErrorBody.UnknownTerminal, "unknown terminal", false, "SW-CONFIG",
            "The host does not know this terminal.", "Check the terminal's configuration (SW-CONFIG).",
            "支付主机不认识本终端。", "请检查终端配置（SW-CONFIG）。");

        /// <summary>Looks up what the cashier is told for a response code.</summary>
        /// <param name="responseCode">The code from the payment object, e.g. "51"; <c>null</c> or empty when the host gave none.</param>
        /// <returns>The table's entry; for a code not in the table, the "other" row with the code in the message
        /// ("Declined (code Z9)."). Entries of the table are shared, never allocated per call.</returns>
        public static ResponseCodeEntry Lookup(string responseCode)
        {
            if (responseCode == null || responseCode.Length == 0)
            {
                return OtherWithoutCode;
            }

            if (responseCode == "00")
            {
                return Approved;
            }

            if (responseCode == "05")
            {
                return DoNotHonour;
            }

            if (responseCode == "51")
            {
                return InsufficientFunds;
            }

            if (responseCode == "54")
            {
                return ExpiredCard;
            }

            if (responseCode == "55")
            {
                return IncorrectPin;
            }

            if (responseCode == "57")
            {
                return NotPermittedToCardholder;
            }

            if (responseCode == "58")
            {
                return NotPermittedToTerminal;
            }

            if (responseCode == "61")
            {
                return ExceedsAmountLimit;
            }

            if (responseCode == "65")
            {
                return ExceedsFrequencyLimit;
            }

            if (responseCode == "75")
            {
                return PinTriesExceeded;
            }

            if (responseCode == "94")
            {
                return DuplicateTransmission;
            }

            if (responseCode == "C1")
            {
                return ImplausibleTerminalTime;
            }

            if (responseCode == "91")
            {
                return IssuerUnavailable;
            }

            if (responseCode == "96")
            {
                return SystemUnavailable;
            }

            // "Declined (code shown)": the code itself goes into the message. Decoded codes are printable ASCII.
            return new ResponseCodeEntry(
                responseCode,
                "declined",
                false,
                null,
                "Declined (code " + responseCode + ").",
                AnotherCardOrMethod,
                "交易被拒绝（代码 " + responseCode + "）。",
                AnotherCardOrMethodChinese);
        }
    }
}
