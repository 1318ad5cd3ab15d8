namespace Terminal.Hal.Esp32.Platform
{
    /// <summary>
    /// Facts about this build, written by the release build before it compiles the device project (a generated
    /// file: the values below are the development defaults; the release step overwrites this file with the
    /// version it tags and the UTC time it builds). Read by <see cref="Esp32FirmwareImage"/>.
    /// </summary>
    public static class FirmwareBuildInfo
    {
        /// <summary>The firmware version, <c>major.minor.patch</c>; the same the host is told in <c>X-Firmware-Version</c>.</summary>
        public const string Version = "1.0.0";

        /// <summary>When the image was built, UTC milliseconds since 1970 (development default: 2026-11-01T00:00:00Z).</summary>
        public const long BuildUtcMilliseconds = 1793491200000L;
    }
}
