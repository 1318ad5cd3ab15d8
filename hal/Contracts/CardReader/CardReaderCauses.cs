namespace Terminal.Hal.CardReader
{
    /// <summary>
    /// The failure-cause ids (<c>shared/failure-causes.md</c>) a card reader's outcomes point at, so that the
    /// screen, the technician menu and the console name the same cause.
    /// </summary>
    public static class CardReaderCauses
    {
        /// <summary>Card/NFC reader fault: remedy "re-seat reader cable; call service".</summary>
        public const string ReaderFault = "HW-CARD";

        /// <summary>Loose or damaged cable to the reader: remedy "re-seat the reader cable".</summary>
        public const string Link = "HW-LINK";

        /// <summary>Gets the cause id a read outcome points at.</summary>
        /// <param name="outcome">The outcome of <see cref="ICardReader.TryRead"/>.</param>
        /// <returns>"HW-LINK", "HW-CARD", or an empty string when the outcome is not a reader fault (no card, a card problem).</returns>
        public static string ForOutcome(CardReadOutcome outcome)
        {
            switch (outcome)
            {
                case CardReadOutcome.ReaderNotResponding:
                case CardReadOutcome.LinkFault:
                    return Link;
                case CardReadOutcome.ReaderFault:
                    return ReaderFault;
                default:
                    return string.Empty;
            }
        }

        /// <summary>Gets the cause id a self-test verdict points at.</summary>
        /// <param name="verdict">The verdict of <see cref="ICardReader.CheckHealth"/>.</param>
        /// <returns>"HW-LINK", "HW-CARD", or an empty string for <see cref="CardReaderVerdict.Pass"/>.</returns>
        public static string ForVerdict(CardReaderVerdict verdict)
        {
            switch (verdict)
            {
                case CardReaderVerdict.LinkFault:
                    return Link;
                case CardReaderVerdict.ReaderFault:
                    return ReaderFault;
                default:
                    return string.Empty;
            }
        }
    }
}
