namespace Terminal.Core.Protocol
{
    /// <summary>
    /// What the cashier is told for one response code: what happened and what to do next, in each
    /// <see cref="CashierLanguage"/>, and the failure cause id when the spec names one. Immutable.
    /// </summary>
    public sealed class ResponseCodeEntry
    {
        private readonly string _messageEnglish;
        private readonly string _nextStepEnglish;
        private readonly string _messageChinese;
        private readonly string _nextStepChinese;

        /// <summary>Creates an entry.</summary>
        /// <param name="code">The response code, or "other" for the fallback.</param>
        /// <param name="meaning">The code's meaning in the spec's words (for logs and receipts).</param>
        /// <param name="isApproval">Whether the code means approved.</param>
        /// <param name="causeId">The failure cause id (e.g. "SW-CLOCK"), or <c>null</c>.</param>
        /// <param name="messageEnglish">What happened, English.</param>
        /// <param name="nextStepEnglish">What to do, English; empty when nothing.</param>
        /// <param name="messageChinese">What happened, Simplified Chinese.</param>
        /// <param name="nextStepChinese">What to do, Simplified Chinese; empty when nothing.</param>
        public ResponseCodeEntry(
            string code,
            string meaning,
            bool isApproval,
            string causeId,
            string messageEnglish,
            string nextStepEnglish,
            string messageChinese,
            string nextStepChinese)
        {
            Code = code;
            Meaning = meaning;
            IsApproval = isApproval;
            CauseId = causeId;
            _messageEnglish = messageEnglish;
            _nextStepEnglish = nextStepEnglish;
            _messageChinese = messageChinese;
            _nextStepChinese = nextStepChinese;
        }

        /// <summary>Gets the response code this entry was looked up for ("other" when the code is not in the table and none was given).</summary>
        public string Code { get; }

        /// <summary>Gets the code's meaning in the spec's words, e.g. "insufficient funds".</summary>
        public string Meaning { get; }

        /// <summary>Gets whether the code means approved ("00").</summary>
        public bool IsApproval { get; }

        /// <summary>Gets the failure cause id the spec names for this code (SW-LIMITS, SW-CLOCK, SW-CONFIG), or <c>null</c>.</summary>
        public string CauseId { get; }

        /// <summary>Gets what happened, one sentence for the cashier.</summary>
        /// <param name="language">The language.</param>
        /// <returns>The sentence.</returns>
        public string Message(CashierLanguage language)
        {
            return language == CashierLanguage.SimplifiedChinese ? _messageChinese : _messageEnglish;
        }

        /// <summary>Gets what the cashier should do next.</summary>
        /// <param name="language">The language.</param>
        /// <returns>The sentence; empty when there is nothing to do.</returns>
        public string NextStep(CashierLanguage language)
        {
            return language == CashierLanguage.SimplifiedChinese ? _nextStepChinese : _nextStepEnglish;
        }
    }
}
