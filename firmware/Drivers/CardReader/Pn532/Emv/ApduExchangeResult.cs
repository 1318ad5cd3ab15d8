namespace Terminal.Drivers.CardReader.Pn532.Emv
{
    /// <summary>The outcome of sending one command APDU to a card through a reader (<see cref="IApduChannel"/>).</summary>
    public enum ApduExchangeResult
    {
        /// <summary>The card answered: the response holds data and the two status bytes.</summary>
        Ok = 0,

        /// <summary>The card did not answer or answered wrongly over RF (left the field, timeout, CRC error).</summary>
        CardLost = 1,

        /// <summary>The reader itself failed (no answer, damaged frames, an error frame): the channel keeps the detail.</summary>
        ReaderFailed = 2,
    }
}
