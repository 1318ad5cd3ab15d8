namespace Terminal.Drivers.Display.St7789
{
    /// <summary>How the picture is turned on the glass, clockwise from the controller's native portrait.</summary>
    public enum PanelRotation
    {
        /// <summary>Native portrait (240 wide, 320 high on the reference panel).</summary>
        Portrait = 0,

        /// <summary>Landscape, turned 90 degrees (320 wide, 240 high).</summary>
        Landscape = 1,

        /// <summary>Portrait upside down.</summary>
        PortraitFlipped = 2,

        /// <summary>Landscape, turned 270 degrees.</summary>
        LandscapeFlipped = 3,
    }
}
