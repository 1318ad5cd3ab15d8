namespace Terminal.Hal.Platform
{
    /// <summary>
    /// The deployed application image and what the build recorded about it: evidence for causes SW-VERSION
    /// (the version) and SW-INTEGRITY (the image's hash against the value recorded at build), and the build
    /// date the clock plausibility check (SW-CLOCK) compares against.
    /// </summary>
    public interface IFirmwareImage
    {
        /// <summary>Gets the firmware version, <c>major.minor.patch</c>.</summary>
        string Version { get; }

        /// <summary>Gets when the image was built, UTC milliseconds since 1970: no real date can be earlier.</summary>
        long BuildUtcMilliseconds { get; }

        /// <summary>Gets the SHA-256 of the image recorded at build time, 64 lower-case hex digits; empty when the build recorded none.</summary>
        string RecordedDigestHex { get; }

        /// <summary>Hashes the deployed image now (SHA-256 over the bytes the build hashed).</summary>
        /// <param name="digestHex">64 lower-case hex digits; empty when the image cannot be read.</param>
        /// <returns><c>true</c> when the image was read and hashed.</returns>
        bool TryComputeDigestHex(out string digestHex);
    }
}
