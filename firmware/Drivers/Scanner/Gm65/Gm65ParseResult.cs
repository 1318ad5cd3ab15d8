namespace Terminal.Drivers.Scanner.Gm65
{
    /// <summary>What one byte fed to <see cref="Gm65StreamParser"/> completed.</summary>
    public enum Gm65ParseResult
    {
        /// <summary>Nothing yet: the byte was part of a frame or code in progress, or ignored (a lone CR or LF).</summary>
        NeedMore = 0,

        /// <summary>A reply frame with a good checksum is complete: see <see cref="Gm65StreamParser.ReplyLength"/> and <see cref="Gm65StreamParser.ReplyByte"/>.</summary>
        Reply = 1,

        /// <summary>A scanned code is complete: see <see cref="Gm65StreamParser.CodeLength"/> and <see cref="Gm65StreamParser.CodeText"/>.</summary>
        Code = 2,

        /// <summary>Bytes were dropped: see <see cref="Gm65StreamParser.Rejection"/> for why.</summary>
        Rejected = 3,
    }
}
