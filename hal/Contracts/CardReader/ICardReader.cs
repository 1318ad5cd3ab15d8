using Terminal.Hal.Buses;

namespace Terminal.Hal.CardReader
{
    /// <summary>
    /// A payment card reader as the terminal sees it: it hands out a card read with the last four digits, the
    /// brand, the entry mode and an opaque payload for the host, so that the terminal never needs clear card
    /// data. A PN532 NFC reader implements it (<c>Terminal.Drivers.CardReader.Pn532</c>); a PCI PTS approved
    /// encrypting reader fits behind it unchanged, its payload then being ciphertext.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The app calls <see cref="TryRead"/> from its loop while it waits for a card, every 50 to 200 ms. The
    /// call never waits for a card: with none in the field it returns <see cref="CardReadOutcome.NoCard"/>
    /// after one short exchange with the reader (a few milliseconds). With a card in the field it reads it
    /// before returning, which takes as long as the card needs (typically 100 to 500 ms), bounded by the
    /// reader's timeouts. It never calls back.
    /// </para>
    /// <para>
    /// Field conditions are outcomes, never exceptions: no card, a card removed too early, a reader that does
    /// not answer (cable pulled) or answers with damaged frames. After a lost link the reader resynchronises by
    /// itself on later calls. Members are safe to call from two threads (the app loop and the technician menu);
    /// calls are served one at a time.
    /// </para>
    /// </remarks>
    public interface ICardReader
    {
        /// <summary>Gets how the link to the reader misbehaved since boot: evidence for cause HW-LINK.</summary>
        LinkCounters LinkCounters { get; }

        /// <summary>
        /// Looks for a card and reads it if there is one. A card already read is not read again until it has left
        /// the field (<see cref="CardReadOutcome.CardStillPresent"/>).
        /// </summary>
        /// <param name="read">The card when the outcome is <see cref="CardReadOutcome.CardRead"/>; otherwise <c>null</c>.
        /// The caller clears it (<see cref="CardRead.Clear"/>) once its payload is sent.</param>
        /// <returns>What was found; see <see cref="CardReadOutcome"/> for what to show.</returns>
        CardReadOutcome TryRead(out CardRead read);

        /// <summary>
        /// Runs the reader's self-test: asks its firmware version and runs the tests the chip offers. Blocks for up
        /// to a few seconds (a ROM test takes up to about 1.5 s on a PN532). Resynchronises a lost link first.
        /// </summary>
        /// <returns>The verdict, with the firmware version and the measured values.</returns>
        CardReaderHealth CheckHealth();
    }
}
