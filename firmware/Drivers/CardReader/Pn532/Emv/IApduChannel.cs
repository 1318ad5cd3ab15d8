namespace Terminal.Drivers.CardReader.Pn532.Emv
{
    /// <summary>
    /// Sends command APDUs (ISO/IEC 7816-4) to the card in the field and returns its response APDUs: what the EMV
    /// flow needs from a reader. The PN532 driver implements it with InDataExchange; tests implement it over a
    /// test card without any reader.
    /// </summary>
    public interface IApduChannel
    {
        /// <summary>Sends one command APDU and waits for the card's response.</summary>
        /// <param name="command">The command APDU.</param>
        /// <param name="offset">Index of its first byte (CLA).</param>
        /// <param name="count">Its length, 4 to 261 bytes.</param>
        /// <param name="response">Receives the response: data, then SW1 SW2; at least 258 bytes long.</param>
        /// <param name="responseLength">How many response bytes were received (2 or more when the result is <see cref="ApduExchangeResult.Ok"/>).</param>
        /// <returns>Whether the card answered.</returns>
        ApduExchangeResult Transmit(byte[] command, int offset, int count, byte[] response, out int responseLength);
    }
}
