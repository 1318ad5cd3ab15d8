using System;
using System.Device.Gpio;
using Terminal.Hal.Buses;

namespace Terminal.Hal.Esp32.Buses
{
    /// <summary>
    /// One ESP32 GPIO driven by the firmware, behind our <see cref="IDigitalOutput"/>: the sealed
    /// <see cref="GpioController"/> and its <see cref="GpioPin"/> (nanoFramework.System.Device.Gpio) stay here.
    /// </summary>
    /// <remarks>The board opens the pin through its one <see cref="GpioController"/> and closes it with the controller.</remarks>
    public sealed class Esp32DigitalOutput : IDigitalOutput
    {
        private readonly GpioPin _pin;

        /// <summary>Opens <paramref name="pinNumber"/> as an output at <paramref name="initialHigh"/>.</summary>
        /// <param name="controller">The board's controller.</param>
        /// <param name="pinNumber">The GPIO number (see the pin map in <c>Esp32Board</c>).</param>
        /// <param name="initialHigh">The level to drive at once, before any driver runs (a reset line idles high).</param>
        /// <exception cref="ArgumentNullException"><paramref name="controller"/> is <c>null</c>.</exception>
        public Esp32DigitalOutput(GpioController controller, int pinNumber, bool initialHigh)
        {
            if (controller == null)
            {
                throw new ArgumentNullException("controller");
            }

            // GpioController.OpenPin(int, PinMode) returns the GpioPin (System.Device.Gpio).
            _pin = controller.OpenPin(pinNumber, PinMode.Output);
            _pin.Write(initialHigh ? PinValue.High : PinValue.Low);
        }

        /// <inheritdoc/>
        public void Write(bool high)
        {
            _pin.Write(high ? PinValue.High : PinValue.Low);
        }
    }
}
