namespace Terminal.Drivers.Display.St7789
{
    /// <summary>Which controller sits behind the panel: the two answer the same commands but have different identities and mountings.</summary>
    public enum PanelController
    {
        /// <summary>Sitronix ST7789V: identity 0x858552 read with RDDID (04h).</summary>
        St7789 = 0,

        /// <summary>Ilitek ILI9341: identity 0x009341 read with RDID4 (D3h).</summary>
        Ili9341 = 1,
    }
}
