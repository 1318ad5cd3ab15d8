namespace Terminal.Hal.CardReader
{
    /// <summary>
    /// What one <see cref="ICardReader.TryRead"/> found. Only <see cref="CardRead"/> hands out a card; every
    /// other value is a field condition the screen turns into a next step (<see cref="CardReaderCauses"/>
    /// gives the failure cause id where there is one).
    /// </summary>
    public enum CardReadOutcome
    {
        /// <summary>No card is in the field. Ask again later; nothing to show.</summary>
        NoCard = 0,

        /// <summary>A card was read: the <c>out</c> argument holds it.</summary>
        CardRead = 1,

        /// <summary>
        /// The card already read is still in the field. It is not read again until it has left, so a card
        /// left lying on the reader can never pay a second sale by itself. Show "remove the card".
        /// </summary>
        CardStillPresent = 2,

        /// <summary>
        /// A card answered but is not one the reader can take: not ISO/IEC 14443-4 (a transit or access card),
        /// or no payment application. Show "use another card or pay by QR".
        /// </summary>
        CardNotSupported = 3,

        /// <summary>
        /// The card left the field or answered wrongly during the read (moved too early, weak coupling).
        /// Nothing was kept. Show "tap again and hold the card still".
        /// </summary>
        CardReadFailed = 4,

        /// <summary>
        /// The reader did not answer within its timeout, or did not acknowledge its address: cable pulled,
        /// reader unpowered. The driver resynchronises by itself on the next calls. Cause HW-LINK.
        /// </summary>
        ReaderNotResponding = 5,

        /// <summary>
        /// The reader answered, but its frames stayed damaged (wrong checksum, garbled) after the resends the
        /// protocol allows: a loose or noisy cable. Cause HW-LINK.
        /// </summary>
        LinkFault = 6,

        /// <summary>
        /// The reader answered clearly but is not working: it reports an error, it is not the chip expected,
        /// or it failed its self-test. Cause HW-CARD.
        /// </summary>
        ReaderFault = 7,
    }
}
