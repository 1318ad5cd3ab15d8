namespace Terminal.App.Console
{
    /// <summary>What one byte fed to a <see cref="LineAssembler"/> completed.</summary>
    public enum LineStatus
    {
        /// <summary>Nothing yet: the byte was kept (or discarded after an error) until the end of the line.</summary>
        Pending = 0,

        /// <summary>A whole, valid line is ready in <see cref="LineAssembler.Line"/>.</summary>
        Line = 1,

        /// <summary>The line grew past the limit; the rest of it, to its newline, is discarded. Reported once, at the limit.</summary>
        TooLong = 2,

        /// <summary>The line held a control byte (NUL, ESC, a lone CR, DEL...); reported at its newline.</summary>
        ControlByte = 3,

        /// <summary>The line was not valid UTF-8; reported at its newline.</summary>
        BadEncoding = 4,
    }
}
