namespace Terminal.Hal.CardReader
{
    /// <summary>
    /// How the reader took the card. The numbers match <c>Terminal.Core.Protocol.CardEntryMode</c> on purpose,
    /// but the app maps them with a switch, not a cast: the contracts do not reference the core.
    /// </summary>
    public enum ReaderEntryMode
    {
        /// <summary>Tapped on the NFC field (ISO/IEC 14443).</summary>
        Contactless = 1,

        /// <summary>Inserted: read through the contact chip (ISO/IEC 7816).</summary>
        Chip = 2,

        /// <summary>Swiped: read from the magnetic stripe.</summary>
        Magstripe = 3,
    }
}
