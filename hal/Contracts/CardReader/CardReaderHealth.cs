namespace Terminal.Hal.CardReader
{
    /// <summary>
    /// The result of a reader self-test (<see cref="ICardReader.CheckHealth"/>): the verdict, the cause id it
    /// points at, the firmware the reader reported and a sentence with the measured values, as the failure-cause
    /// catalogue asks every self-test result to carry.
    /// </summary>
    public sealed class CardReaderHealth
    {
        /// <summary>Creates a result.</summary>
        /// <param name="verdict">The verdict.</param>
        /// <param name="firmwareVersion">The firmware the reader reported ("PN532 1.6"); empty when it did not answer.</param>
        /// <param name="detail">One English sentence with the measured values ("ROM test result 0xFF").</param>
        public CardReaderHealth(CardReaderVerdict verdict, string firmwareVersion, string detail)
        {
            Verdict = verdict;
            FirmwareVersion = firmwareVersion == null ? string.Empty : firmwareVersion;
            Detail = detail == null ? string.Empty : detail;
        }

        /// <summary>Gets the verdict.</summary>
        public CardReaderVerdict Verdict { get; }

        /// <summary>Gets the failure-cause id the verdict points at: "HW-CARD", "HW-LINK", or empty on a pass.</summary>
        public string CauseId
        {
            get { return CardReaderCauses.ForVerdict(Verdict); }
        }

        /// <summary>Gets the chip and firmware version the reader reported ("PN532 1.6"); empty when it did not answer.</summary>
        public string FirmwareVersion { get; }

        /// <summary>Gets one English sentence saying what was measured and, on a failure, which test failed.</summary>
        public string Detail { get; }

        /// <summary>Describes the result for the console.</summary>
        /// <returns>For example "PASS PN532 1.6: communication line, ROM and RAM tests passed".</returns>
        public override string ToString()
        {
            string verdict = Verdict == CardReaderVerdict.Pass ? "PASS" : "FAIL " + CauseId;
            return verdict + " " + (FirmwareVersion.Length > 0 ? FirmwareVersion : "no firmware version") + ": " + Detail;
        }
    }
}
