namespace Terminal.Hal.CardReader
{
    /// <summary>The verdict of a reader self-test (<see cref="ICardReader.CheckHealth"/>), with the failure cause it points at.</summary>
    public enum CardReaderVerdict
    {
        /// <summary>The reader answered, is the chip expected and passed every test it ran.</summary>
        Pass = 0,

        /// <summary>The reader answered clearly but failed a test, reported an error or is not the chip expected: cause HW-CARD.</summary>
        ReaderFault = 1,

        /// <summary>The reader did not answer, or its frames stayed damaged: cause HW-LINK (re-seat the cable).</summary>
        LinkFault = 2,
    }
}
