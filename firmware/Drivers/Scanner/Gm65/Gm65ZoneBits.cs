namespace Terminal.Drivers.Scanner.Gm65
{
    /// <summary>
    /// The GM65 zone bits (configuration registers) the driver touches, named as in the module's documentation.
    /// Sources: Grow GM65 user manual V1.x, chapter 8 (frame format, 8.5 zone bit 0x0000); for the others, public GM65
    /// host tools in the code index, which agree with each other: a GM65 configuration GUI (zone bits 0x0000
    /// bits 1-0, 0x0002 bit 0 "trigger command", 0x000D bits 1-0 "TTL-232 output", 0x0060 bits 6-5 "end mark",
    /// 0x00D9 = 0x50 "restore factory settings", 0x00E1 "version information"), a GM65/GM812 Python driver (0x0060
    /// bit layout) and saadimalik211/cv-scanner serialdoc.md (0x002A little-endian speed divisor: "Set Baud to
    /// 9600: 7E 00 08 02 00 2A 39 01 A7 EA").
    /// </summary>
    public static class Gm65ZoneBits
    {
        /// <summary>0x0000: bit 7 decode LED, bit 6 sound, bits 5-4 aimer, bits 3-2 illumination, bits 1-0 read mode (<see cref="Gm65ReadMode"/>).</summary>
        public const int Settings = 0x0000;

        /// <summary>Mask of the read-mode bits of <see cref="Settings"/>.</summary>
        public const int ReadModeMask = 0x03;

        /// <summary>0x0002: bit 0 written 1 starts one read in command mode.</summary>
        public const int Trigger = 0x0002;

        /// <summary>The value written to <see cref="Trigger"/> to start a read.</summary>
        public const int TriggerStart = 0x01;

        /// <summary>0x000D: bits 1-0 output interface (00 TTL-232 serial, 01 USB keyboard, 11 USB virtual serial), bits 3-2 text encoding.</summary>
        public const int OutputInterface = 0x000D;

        /// <summary>Mask of the interface bits of <see cref="OutputInterface"/>; 00 sends codes on the serial line.</summary>
        public const int OutputInterfaceMask = 0x03;

        /// <summary>0x002A-0x002B: the serial speed divisor, low byte first (9600 = 0x0139, 115200 = 0x001A).</summary>
        public const int BaudRateDivisor = 0x002A;

        /// <summary>
        /// 0x0060: serial output format. Bit 7 data form, bits 6-5 end mark (00 CR, 01 CRLF, 10 TAB, 11 none), bit 4
        /// read-failure message, bit 3 prefix, bit 2 code ID, bit 1 suffix, bit 0 end mark on.
        /// </summary>
        public const int OutputFormat = 0x0060;

        /// <summary>
        /// The <see cref="OutputFormat"/> bits the driver sets: end mark CR (bits 6-5 = 00) and on (bit 0), no
        /// read-failure message, prefix, code ID or suffix, so a code arrives as its own text and one CR.
        /// </summary>
        public const int OutputFormatMask = 0x7F;

        /// <summary>The value of the <see cref="OutputFormatMask"/> bits: only bit 0 (end mark on) set.</summary>
        public const int OutputFormatCodeThenCarriageReturn = 0x01;

        /// <summary>0x00D9: special commands; 0x50 restores the factory settings (and the factory speed, 9600).</summary>
        public const int SpecialCommand = 0x00D9;

        /// <summary>The <see cref="SpecialCommand"/> value that restores the factory settings.</summary>
        public const int RestoreFactorySettings = 0x50;

        /// <summary>0x00E1: the version block (read-only): hardware and software versions and the software date.</summary>
        public const int Version = 0x00E1;

        /// <summary>How many version bytes the driver reads from <see cref="Version"/>.</summary>
        public const int VersionLength = 7;
    }
}
