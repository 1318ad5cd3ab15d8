using System;
using System.Diagnostics;
using System.Threading;
using nanoFramework.Runtime.Native;
using Terminal.App;
using Terminal.Hal.Esp32;

namespace Terminal.Device
{
    /// <summary>The device composition root: the ESP32 board handed to the same <see cref="TerminalApp"/> the simulator runs.</summary>
    public static class Program
    {
        // A pause before rebooting, so that a fault at start-up cannot turn into a tight reboot loop.
        private const int RebootDelayMilliseconds = 5000;

        /// <summary>Creates the board and runs the application; if it ever stops, reboots the terminal.</summary>
        public static void Main()
        {
            try
            {
                using (Esp32Board board = new Esp32Board())
                {
                    TerminalApp app = new TerminalApp(board, TerminalSettings.CreateDefault());
                    app.Run();
                }
            }
            catch (Exception exception)
            {
                // With a debugger attached, let it stop on the fault; in the field, log and reboot.
                if (Debugger.IsAttached)
                {
                    throw;
                }

                Debug.WriteLine("Terminal stopped: " + exception.Message);
            }

            Thread.Sleep(RebootDelayMilliseconds);
            Power.RebootDevice();
        }
    }
}
