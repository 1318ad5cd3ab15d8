using System;
using System.Device.Gpio;
using Terminal.Hal.Buses;

namespace Terminal.Hal.Esp32.Buses
{
    /// <summary>
    /// One ESP32 GPIO read by the firmware, behind our <see cref="IDigitalInput"/>, opened with the pull the
    /// wiring needs (keypad columns and the PN532's open-drain IRQ use the internal pull-up).
    /// </summary>
    /// <remarks>The board opens the pin through its one <see cref="GpioController"/> and closes it with the controller.</remarks>
    public sealed class Esp32DigitalInput : IDigitalInput
    {
        private readonly GpioPin _pin;

        /// <summary>Opens <paramref name="pinNumber"/> as an input.</summary>
        /// <param name="controller">The board's controller.</param>
        /// <param name="pinNumber">The GPIO number (see the pin map in <c>Esp32Board</c>).</param>
        /// <param name="pullUp"><c>true</c> for the internal pull-up (about 45 kOhm on ESP32-S3), <c>false</c> for a plain input.</param>
        /// <exception cref="ArgumentNullException"><paramref name="controller"/> is <c>null</c>.</exception>
        public Esp32DigitalInput(GpioController controller, int pinNumber, bool pullUp)
        {
            if (controller == null)
            {
                throw new ArgumentNullException("controller");
            }

            _pin = controller.OpenPin(pinNumber, pullUp ? PinMode.InputPullUp : PinMode.Input);
        }

        /// <inheritdoc/>
        public bool Read()
        {
            return _pin.Read() == PinValue.High;
        }
    }
}
