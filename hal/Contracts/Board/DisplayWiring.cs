using Terminal.Hal.Buses;
using Terminal.Hal.CardReader;
using Terminal.Hal.Display;

namespace Terminal.Hal.Board
{
    /// <summary>
    /// How the display is connected: the SPI device and the control pins a portable panel driver needs, or a
    /// panel the platform drives itself. The board fills it in; the app builds the driver from it.
    /// </summary>
    public sealed class DisplayWiring
    {
        /// <summary>Gets or sets the panel controller on SPI (chip select handled by the bus); <c>null</c> when <see cref="NativePanel"/> is used.</summary>
        public ISpiDevice Spi { get; set; }

        /// <summary>Gets or sets the data/command line: low for a command byte, high for parameters and pixels.</summary>
        public IDigitalOutput DataCommand { get; set; }

        /// <summary>Gets or sets the controller's reset line (active low).</summary>
        public IDigitalOutput Reset { get; set; }

        /// <summary>Gets or sets the backlight switch (high is on).</summary>
        public IDigitalOutput Backlight { get; set; }

        /// <summary>
        /// Gets or sets a panel the platform drives itself (on the device: nanoFramework.Graphics and its
        /// native ST7789 driver); when set, the app draws through it instead of building the portable driver.
        /// </summary>
        public IPixelPanel NativePanel { get; set; }

        /// <summary>Gets or sets how the driver waits through the controller's reset and sleep-out delays: a thread sleep on the device, a clock step in the simulator.</summary>
        public IPollingDelay Delay { get; set; }
    }
}
