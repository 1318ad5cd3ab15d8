using nanoFramework.Runtime.Native;
using Terminal.Hal.Platform;

namespace Terminal.Hal.Esp32.Platform
{
    /// <summary>
    /// Restarts the device. Package nanoFramework.Runtime.Native, type <c>Power</c>:
    /// <c>public static void RebootDevice(int exeConstraintTimeout)</c> raises <c>OnRebootEvent</c>, gives its
    /// handlers at most the timeout, then reboots (nanoframework/nanoFramework.Runtime.Native, Power.cs).
    /// </summary>
    public sealed class Esp32RestartControl : IRestartControl
    {
        // Reboot handlers get two seconds: long enough to close a file, short enough that a hung handler cannot stop the restart.
        private const int HandlerTimeoutMilliseconds = 2000;

        /// <inheritdoc/>
        public void Restart()
        {
            Power.RebootDevice(HandlerTimeoutMilliseconds);
        }
    }
}
