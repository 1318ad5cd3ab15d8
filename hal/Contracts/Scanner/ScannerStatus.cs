namespace Terminal.Hal.Scanner
{
    /// <summary>The outcome of a scanner operation that talks to the module, as a value: these are field conditions, not bugs.</summary>
    public enum ScannerStatus
    {
        /// <summary>The module answered correctly (and, after a start or health check, its configuration reads back as set).</summary>
        Ok = 0,

        /// <summary>Nothing came back at any speed tried: module unpowered, hung, or cable pulled (HW-LINK, then HW-SCANNER).</summary>
        NoReply = 1,

        /// <summary>Bytes came back but no valid frame: wrong line speed or a noisy line (HW-LINK).</summary>
        Garbled = 2,

        /// <summary>A reply frame arrived with a wrong checksum, again after a retry (HW-LINK).</summary>
        ChecksumError = 3,

        /// <summary>The module answered, but its configuration read back differs from what was written (HW-SCANNER).</summary>
        ConfigurationMismatch = 4,
    }
}
