namespace Terminal.Drivers.CardReader.Pn532
{
    /// <summary>The four frame types of the PN532 host protocol (UM0701-02 §6.2.1).</summary>
    public enum Pn532FrameKind
    {
        /// <summary>Normal or extended information frame: a command or its response (§6.2.1.1, §6.2.1.2).</summary>
        Information = 0,

        /// <summary>ACK frame <c>00 00 FF 00 FF 00</c>: the previous frame arrived; from the host it aborts the running command (§6.2.1.3).</summary>
        Acknowledge = 1,

        /// <summary>NACK frame <c>00 00 FF FF 00 00</c>: the host asks for the last response again (§6.2.1.4).</summary>
        NegativeAcknowledge = 2,

        /// <summary>Error frame <c>00 00 FF 01 FF 7F 81 00</c>: the PN532 found a syntax error at application level (§6.2.1.5).</summary>
        ApplicationError = 3,
    }
}
