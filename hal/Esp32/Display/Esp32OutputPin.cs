using System;
using System.Device.Gpio;
using Terminal.Hal.Buses;

namespace Terminal.Hal.Esp32.Display
{
    /// <summary>
    /// Our <see cref="IDigitalOutput"/> over a nanoFramework <c>System.Device.Gpio.GpioPin</c> (package
    /// nanoFramework.System.Device.Gpio: <c>GpioController.OpenPin(int, PinMode)</c> returns the pin,
    /// <c>GpioPin.Write(PinValue)</c> drives it). For the display's D/C, reset and backlight lines.
    /// </summary>
    /// <remarks>
    /// The board opens the pin as <c>PinMode.Output</c> and disposes it (and its controller); this adapter owns
    /// nothing. If another part's adapter for the same purpose lands in hal/Esp32, keep one of the two.
    /// </remarks>
    public sealed class Esp32OutputPin : IDigitalOutput
    {
        private readonly GpioPin _pin;

        /// <summary>Wraps a pin already opened as an output.</summary>
        /// <param name="pin">The pin.</param>
        /// <exception cref="ArgumentNullException"><paramref name="pin"/> is <c>null</c>.</exception>
        public Esp32OutputPin(GpioPin pin)
        {
            if (pin == null)
            {
                throw new ArgumentNullException(nameof(pin));
            }

            _pin = pin;
        }

        /// <inheritdoc/>
        public void Write(bool high)
        {
            _pin.Write(high ? PinValue.High : PinValue.Low);
        }
    }
}
