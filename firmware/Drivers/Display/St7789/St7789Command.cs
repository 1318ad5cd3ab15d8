namespace Terminal.Drivers.Display.St7789
{
    /// <summary>
    /// The controller commands the driver uses, named and numbered as in the Sitronix ST7789V datasheet
    /// (section 9.1, "System function command") and the Ilitek ILI9341 datasheet (section 8.2): the two share
    /// these codes.
    /// </summary>
    public enum St7789Command : byte
    {
        /// <summary>NOP (00h): no operation; ends a memory write.</summary>
        NOP = 0x00,

        /// <summary>SWRESET (01h), ST7789V 9.1.2: software reset; wait 120 ms before SLPOUT.</summary>
        SWRESET = 0x01,

        /// <summary>RDDID (04h), ST7789V 9.1.3: read display ID, 24 bits after one dummy clock (0x85 0x85 0x52 on ST7789V).</summary>
        RDDID = 0x04,

        /// <summary>RDDPM (0Ah), ST7789V 9.1.5 / ILI9341 8.2.5: read display power mode, one byte (D7 booster, D4 sleep out, D3 normal mode, D2 display on).</summary>
        RDDPM = 0x0A,

        /// <summary>SLPIN (10h), ST7789V 9.1.11: enter sleep mode.</summary>
        SLPIN = 0x10,

        /// <summary>SLPOUT (11h), ST7789V 9.1.12: leave sleep mode; wait 120 ms before the next SLPIN and 5 ms before other commands.</summary>
        SLPOUT = 0x11,

        /// <summary>NORON (13h), ST7789V 9.1.14: normal display mode on (not partial).</summary>
        NORON = 0x13,

        /// <summary>INVOFF (20h), ST7789V 9.1.15: display inversion off.</summary>
        INVOFF = 0x20,

        /// <summary>INVON (21h), ST7789V 9.1.16: display inversion on (most ST7789 IPS modules need it for true colours).</summary>
        INVON = 0x21,

        /// <summary>DISPOFF (28h), ST7789V 9.1.18: display off (frame memory kept).</summary>
        DISPOFF = 0x28,

        /// <summary>DISPON (29h), ST7789V 9.1.19: display on.</summary>
        DISPON = 0x29,

        /// <summary>CASET (2Ah), ST7789V 9.1.20: column address set, start and end as two big-endian 16-bit values.</summary>
        CASET = 0x2A,

        /// <summary>RASET (2Bh), ST7789V 9.1.21: row address set, start and end as two big-endian 16-bit values.</summary>
        RASET = 0x2B,

        /// <summary>RAMWR (2Ch), ST7789V 9.1.22: memory write; the data that follows fills the window row by row.</summary>
        RAMWR = 0x2C,

        /// <summary>MADCTL (36h), ST7789V 9.1.28: memory data access control (MY, MX, MV, ML, RGB/BGR order).</summary>
        MADCTL = 0x36,

        /// <summary>COLMOD (3Ah), ST7789V 9.1.32: interface pixel format; 0x55 is 16 bits per pixel, RGB565.</summary>
        COLMOD = 0x3A,

        /// <summary>RDID4 / "Read ID4" (D3h), ILI9341 8.3.23: a dummy byte, then 0x00 0x93 0x41 on an ILI9341.</summary>
        RDID4 = 0xD3,
    }
}
