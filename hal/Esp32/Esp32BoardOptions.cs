namespace Terminal.Hal.Esp32
{
    /// <summary>
    /// Where <see cref="Esp32Board"/> keeps the terminal's data. The defaults are the production
    /// locations; the on-board tests (tests/Device.Tests) point them elsewhere so that running them on a
    /// provisioned terminal touches neither its journal nor its identity witness. Pins are not settings:
    /// they belong to the board's pin map.
    /// </summary>
    public sealed class Esp32BoardOptions
    {
        /// <summary>The production storage directory on the internal LittleFS drive.</summary>
        public const string DefaultStorageDirectory = @"I:\terminal";

        /// <summary>
        /// The size of the LittleFS partition behind <c>I:</c> on an 8 MB flash, in bytes: the <c>config</c>
        /// partition of nf-interpreter targets/ESP32/_IDF/esp32s3/partitions_nanoclr_8mb.csv (0x200000).
        /// A 16 MB module gets 0x300000 (partitions_nanoclr_16mb.csv); the smaller value is the safe default.
        /// </summary>
        public const long DefaultStoragePartitionBytes = 0x200000;

        /// <summary>The 7-bit I2C address of the witness EEPROM with A2..A0 tied low (24LC32A datasheet: 1010 A2 A1 A0).</summary>
        public const int DefaultWitnessEepromAddress = 0x50;

        /// <summary>Where the production identity witness starts in the EEPROM, in bytes.</summary>
        public const int DefaultWitnessBaseAddress = 0x0000;

        /// <summary>Creates the production options.</summary>
        public Esp32BoardOptions()
        {
            StorageDirectory = DefaultStorageDirectory;
            StoragePartitionBytes = DefaultStoragePartitionBytes;
            WitnessEepromAddress = DefaultWitnessEepromAddress;
            WitnessBaseAddress = DefaultWitnessBaseAddress;
        }

        /// <summary>Gets or sets the directory that holds the terminal's files, such as <c>I:\terminal</c>.</summary>
        public string StorageDirectory { get; set; }

        /// <summary>
        /// Gets or sets the LittleFS partition size in bytes, reported as total capacity because the
        /// platform does not report it (nanoframework/Home#1847).
        /// </summary>
        public long StoragePartitionBytes { get; set; }

        /// <summary>Gets or sets the 7-bit I2C address of the witness EEPROM (0x50 to 0x57).</summary>
        public int WitnessEepromAddress { get; set; }

        /// <summary>
        /// Gets or sets where the identity witness starts in the EEPROM, in bytes: a multiple of 32 leaving
        /// 256 bytes before the end of the 4096-byte chip.
        /// </summary>
        public int WitnessBaseAddress { get; set; }

        /// <summary>
        /// Gets or sets the payment host's address, e.g. "https://pay.example.com:8443"; <c>null</c> (the
        /// default) for a terminal with no host configured. Joining the Wi-Fi network is not done by the
        /// board yet: the link reports NoNetwork until the network is up.
        /// </summary>
        public string HostBaseAddress { get; set; }

        /// <summary>Gets or sets the root CA of an https host; <c>null</c> for plain http (lab use only).</summary>
        public System.Security.Cryptography.X509Certificates.X509Certificate HostRootCertificate { get; set; }
    }
}
