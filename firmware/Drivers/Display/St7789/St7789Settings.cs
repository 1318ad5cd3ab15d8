using System;

namespace Terminal.Drivers.Display.St7789
{
    /// <summary>
    /// How the panel is built and mounted. Defaults are the reference panel: a 240x320 ST7789V IPS module in
    /// portrait. The board creates one and hands it to <see cref="St7789Panel"/>; it is read once, in the
    /// driver's constructor.
    /// </summary>
    public sealed class St7789Settings
    {
        /// <summary>Creates settings for a controller, with that controller's usual module defaults.</summary>
        /// <param name="controller">The controller.</param>
        /// <param name="delay">How the driver waits (datasheet delays): <c>Thread.Sleep</c> on the device, a fake clock in tests.</param>
        /// <exception cref="ArgumentNullException"><paramref name="delay"/> is <c>null</c>.</exception>
        public St7789Settings(PanelController controller, DelayMilliseconds delay)
        {
            if (delay == null)
            {
                throw new ArgumentNullException(nameof(delay));
            }

            Controller = controller;
            Delay = delay;
            NativeWidth = 240;
            NativeHeight = 320;
            Rotation = PanelRotation.Portrait;
            InvertColors = controller == PanelController.St7789;
            BlueGreenRedOrder = controller == PanelController.Ili9341;
            BacklightActiveHigh = true;
        }

        /// <summary>Gets the controller.</summary>
        public PanelController Controller { get; }

        /// <summary>Gets how the driver waits.</summary>
        public DelayMilliseconds Delay { get; }

        /// <summary>Gets or sets the glass width in pixels in the controller's native portrait, 1 to 240 (the controllers' column count).</summary>
        public int NativeWidth { get; set; }

        /// <summary>Gets or sets the glass height in pixels in native portrait, 1 to 320 (the controllers' row count).</summary>
        public int NativeHeight { get; set; }

        /// <summary>Gets or sets the first controller column the glass shows (non-zero on 240x240 and 135x240 ST7789 modules).</summary>
        public int ColumnOffset { get; set; }

        /// <summary>Gets or sets the first controller row the glass shows.</summary>
        public int RowOffset { get; set; }

        /// <summary>Gets or sets the rotation of the picture.</summary>
        public PanelRotation Rotation { get; set; }

        /// <summary>Gets or sets whether to turn display inversion on (INVON): IPS ST7789 modules need it, TN ILI9341 modules not.</summary>
        public bool InvertColors { get; set; }

        /// <summary>Gets or sets whether the glass's sub-pixels are blue-green-red (MADCTL BGR bit): most ILI9341 modules.</summary>
        public bool BlueGreenRedOrder { get; set; }

        /// <summary>Gets or sets whether the backlight pin lights the panel when high (most modules drive the LED through an NPN or N-MOSFET).</summary>
        public bool BacklightActiveHigh { get; set; }
    }
}
