namespace Terminal.Hal.Simulated.Display
{
    /// <summary>Which controller <see cref="SimulatedSt7789"/> pretends to be: they differ in how they answer an identity read.</summary>
    public enum EmulatedController
    {
        /// <summary>Sitronix ST7789V: RDDID (04h) answers one dummy clock, then 0x85 0x85 0x52.</summary>
        St7789 = 0,

        /// <summary>Ilitek ILI9341: RDID4 (D3h) answers a dummy byte, then 0x00 0x93 0x41.</summary>
        Ili9341 = 1,
    }
}
