namespace Terminal.Hal.Scanner
{
    /// <summary>Why bytes from the scanner were not delivered as a code. Each rejection is counted; none is an exception.</summary>
    public enum ScanRejection
    {
        /// <summary>Nothing was rejected.</summary>
        None = 0,

        /// <summary>The code was longer than the driver's limit; the whole code was dropped, never a prefix of it.</summary>
        TooLong = 1,

        /// <summary>The code held a byte that is not printable text (control code or non-ASCII): line noise or a wrong speed.</summary>
        NotText = 2,

        /// <summary>The code stopped before its terminator (a pause too long, a cable pulled, a reply in the middle); the part received was dropped.</summary>
        Truncated = 3,

        /// <summary>A reply frame from the module was malformed (bad header, unknown type).</summary>
        MalformedFrame = 4,

        /// <summary>A reply frame from the module had a wrong checksum.</summary>
        ChecksumMismatch = 5,
    }
}
