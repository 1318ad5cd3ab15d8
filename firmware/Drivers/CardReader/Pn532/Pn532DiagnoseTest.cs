namespace Terminal.Drivers.CardReader.Pn532
{
    /// <summary>The NumTst values of the Diagnose command this driver runs (UM0701-02 §7.2.1, p. 69-72).</summary>
    public enum Pn532DiagnoseTest
    {
        /// <summary>Communication line test: the PN532 answers NumTst followed by the parameters it received (up to 262 bytes).</summary>
        CommunicationLine = 0x00,

        /// <summary>ROM test: an 8-bit checksum over the ROM; the result byte is 00h OK, FFh not good.</summary>
        Rom = 0x01,

        /// <summary>RAM test: non-destructive check of 768 bytes of XRAM and 128 bytes of IDATA; 00h OK, FFh not good.</summary>
        Ram = 0x02,
    }
}
