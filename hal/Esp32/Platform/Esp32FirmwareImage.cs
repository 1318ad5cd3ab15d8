using Terminal.Hal.Platform;

namespace Terminal.Hal.Esp32.Platform
{
    /// <summary>
    /// What the build recorded about the deployed application: version and build date from the generated
    /// <see cref="FirmwareBuildInfo"/> (SW-VERSION, SW-CLOCK's build-date floor).
    /// </summary>
    /// <remarks>
    /// Not done, and why: the image digest (SW-INTEGRITY). On ESP32 nanoFramework deploys the application's
    /// assemblies (.pe files) to the <c>deploy</c> data partition, which the runtime reads natively; no managed API
    /// reads that partition's bytes (nanoFramework.Hardware.Esp32 and nanoFramework.Runtime.Native offer none, and
    /// the deployment area is reached only through the debugger's wire protocol that nanoff and the Visual Studio
    /// extension use). So <see cref="TryComputeDigestHex"/> returns <c>false</c> and <see cref="RecordedDigestHex"/>
    /// is empty, and SW-INTEGRITY reports WARN "no digest recorded: cannot be checked" instead of a false PASS. A
    /// native interop method that hashes the deploy partition with ESP-IDF's <c>esp_partition_read</c> and mbedTLS
    /// SHA-256 would close the gap; it needs a custom firmware image.
    /// </remarks>
    public sealed class Esp32FirmwareImage : IFirmwareImage
    {
        /// <inheritdoc/>
        public string Version
        {
            get { return FirmwareBuildInfo.Version; }
        }

        /// <inheritdoc/>
        public long BuildUtcMilliseconds
        {
            get { return FirmwareBuildInfo.BuildUtcMilliseconds; }
        }

        /// <inheritdoc/>
        public string RecordedDigestHex
        {
            get { return string.Empty; }
        }

        /// <inheritdoc/>
        public bool TryComputeDigestHex(out string digestHex)
        {
            digestHex = string.Empty;
            return false;
        }
    }
}
