namespace Terminal.Drivers.CardReader.Pn532
{
    /// <summary>The outcome of one command exchange with the PN532 over I2C, as the link layer sees it.</summary>
    public enum Pn532LinkResult
    {
        /// <summary>The command was acknowledged and its response arrived intact.</summary>
        Ok = 0,

        /// <summary>The PN532 did not acknowledge its I2C address when the command was written: cable pulled, chip unpowered or in reset.</summary>
        NotAcknowledged = 1,

        /// <summary>No ACK frame came within the acknowledge timeout, after the retries.</summary>
        NoAcknowledgeFrame = 2,

        /// <summary>Something other than an ACK frame came instead of it, after the retries (garbled bytes, a stray frame).</summary>
        BadAcknowledgeFrame = 3,

        /// <summary>The command was acknowledged but its response never became ready.</summary>
        ResponseTimeout = 4,

        /// <summary>The response kept a wrong LCS or DCS after the NACK resends.</summary>
        ChecksumError = 5,

        /// <summary>The response stayed unparsable after the NACK resends (no start code, bad postamble, wrong TFI or response code).</summary>
        MalformedResponse = 6,

        /// <summary>The PN532 answered with the error frame: it found a syntax error in the command (UM0701-02 §6.2.1.5).</summary>
        ApplicationError = 7,
    }
}
