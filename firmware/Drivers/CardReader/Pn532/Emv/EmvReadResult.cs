namespace Terminal.Drivers.CardReader.Pn532.Emv
{
    /// <summary>The outcome of <see cref="EmvContactlessFlow.Read"/>.</summary>
    public enum EmvReadResult
    {
        /// <summary>The card number was found, masked and dropped; the payload is ready.</summary>
        Success = 0,

        /// <summary>The card left the field or stopped answering during the read.</summary>
        CardLost = 1,

        /// <summary>The card has no payment application the flow can use (no PPSE, SELECT or GET PROCESSING OPTIONS refused).</summary>
        CardNotSupported = 2,

        /// <summary>The card answered with data the flow cannot use: malformed TLV, no card number, a bad AFL.</summary>
        CardDataInvalid = 3,

        /// <summary>The reader failed; the channel knows why.</summary>
        ReaderFailed = 4,
    }
}
