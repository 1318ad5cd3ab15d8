namespace Terminal.Drivers.Display.St7789
{
    /// <summary>
    /// The controllers' power-on sequences as data, one table per controller, each wait citing its datasheet.
    /// Only what a 16-bit SPI panel needs: the gamma, porch and power registers keep their reset values, which
    /// both vendors tune for their own glass (the nanoFramework.Graphics driver packages do the same).
    /// </summary>
    public static class InitializationSequences
    {
        private static readonly byte[] NoParameters = new byte[0];
        private static readonly byte[] Rgb565Format = new byte[] { 0x55 };
        private static readonly byte[] OrientationFromSettings = new byte[] { 0x00 };

        /// <summary>Gets the ST7789V sequence.</summary>
        public static readonly InitializationStep[] St7789 = new InitializationStep[]
        {
            new InitializationStep(St7789Command.SWRESET, NoParameters, 120, "ST7789V 9.1.2: after SWRESET wait 5 ms before any command, 120 ms before SLPOUT"),
            new InitializationStep(St7789Command.SLPOUT, NoParameters, 120, "ST7789V 9.1.12: 5 ms before the next command; 120 ms to let the supply settle and before any SLPIN"),
            new InitializationStep(St7789Command.COLMOD, Rgb565Format, 0, "ST7789V 9.1.32: 0x55 = 65K colours, 16 bits per pixel on the interface"),
            new InitializationStep(St7789Command.MADCTL, OrientationFromSettings, 0, "ST7789V 9.1.28: scan direction and colour order, from the settings' rotation"),
            new InitializationStep(St7789Command.INVON, NoParameters, 0, "ST7789V 9.1.16: IPS ST7789 modules show true colours with inversion on (INVOFF sent instead when the settings say so)"),
            new InitializationStep(St7789Command.NORON, NoParameters, 10, "ST7789V 9.1.14: normal mode; 10 ms settle, as the Sitronix application note does"),
            new InitializationStep(St7789Command.DISPON, NoParameters, 10, "ST7789V 9.1.19: display on; 10 ms before the first frame, as the application note does"),
        };

        /// <summary>Gets the ILI9341 sequence.</summary>
        public static readonly InitializationStep[] Ili9341 = new InitializationStep[]
        {
            new InitializationStep(St7789Command.SWRESET, NoParameters, 120, "ILI9341 8.2.2: wait 5 ms before any command, 120 ms before SLPOUT"),
            new InitializationStep(St7789Command.SLPOUT, NoParameters, 120, "ILI9341 8.2.12: 5 ms before the next command; 120 ms before any SLPIN"),
            new InitializationStep(St7789Command.COLMOD, Rgb565Format, 0, "ILI9341 8.2.33 (PIXSET): 0x55 = 16 bits per pixel"),
            new InitializationStep(St7789Command.MADCTL, OrientationFromSettings, 0, "ILI9341 8.2.29: scan direction and colour order (BGR on most modules), from the settings"),
            new InitializationStep(St7789Command.INVOFF, NoParameters, 0, "ILI9341 8.2.16: TN glass, no inversion (INVON sent instead when the settings say so)"),
            new InitializationStep(St7789Command.NORON, NoParameters, 10, "ILI9341 8.2.14: normal mode; 10 ms settle"),
            new InitializationStep(St7789Command.DISPON, NoParameters, 10, "ILI9341 8.2.19: display on; 10 ms before the first frame"),
        };

        /// <summary>Gets the table for a controller.</summary>
        /// <param name="controller">The controller.</param>
        /// <returns>Its steps, in order.</returns>
        public static InitializationStep[] For(PanelController controller)
        {
            return controller == PanelController.Ili9341 ? Ili9341 : St7789;
        }
    }
}
