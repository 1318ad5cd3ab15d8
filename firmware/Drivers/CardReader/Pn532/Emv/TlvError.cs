namespace Terminal.Drivers.CardReader.Pn532.Emv
{
    /// <summary>Why <see cref="BerTlvReader"/> stopped before the end of its range. Every stop has one.</summary>
    public enum TlvError
    {
        /// <summary>No error: the range was read to its end (or the tag looked for was found).</summary>
        None = 0,

        /// <summary>A tag's subsequent bytes run past the end of the range.</summary>
        TruncatedTag = 1,

        /// <summary>A tag longer than 3 bytes: EMV tags are 1 to 3 bytes (EMV Book 3 Annex B1).</summary>
        TagTooLong = 2,

        /// <summary>The length bytes run past the end of the range.</summary>
        TruncatedLength = 3,

        /// <summary>Length byte 80h: the indefinite form, which EMV does not use (Book 3 Annex B2).</summary>
        IndefiniteLength = 4,

        /// <summary>A length coded on more than 2 subsequent bytes (83h and up): no EMV object is that long.</summary>
        LengthTooLong = 5,

        /// <summary>The value runs past the end of the range (or of the template that holds it).</summary>
        ValueOverflows = 6,

        /// <summary>Templates nested deeper than <see cref="BerTlvReader.MaximumDepth"/>.</summary>
        NestingTooDeep = 7,
    }
}
