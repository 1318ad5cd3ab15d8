using System;
using System.Diagnostics;
using System.Net.Sockets;
using System.Threading;
using nanoFramework.Runtime.Native;
using Terminal.App;
using Terminal.Hal.Esp32;
using Terminal.Hal.Esp32.ConsoleTransport;

namespace Terminal.Device
{
    /// <summary>The device composition root: the ESP32 board handed to the same <see cref="TerminalApp"/> the simulator runs.</summary>
    public static class Program
    {
        // A pause before rebooting, so that a fault at start-up cannot turn into a tight reboot loop.
        private const int RebootDelayMilliseconds = 5000;

        // The debug console's TCP port on the terminal's network (tools/DebugConsole's default).
        private const int ConsolePort = 2323;

        /// <summary>Creates the board and runs the application; if it ever stops, reboots the terminal.</summary>
        public static void Main()
        {
            try
            {
                using (Esp32Board board = new Esp32Board())
                {
                    TerminalApp app = new TerminalApp(board, TerminalSettings.CreateDefault());
                    OpenConsole(app);
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

        // The console is a technician's convenience: a terminal whose network stack is not up still takes payments.
        private static void OpenConsole(TerminalApp app)
        {
            try
            {
                app.AttachConsoleListener(new Esp32TcpConsoleListener(ConsolePort));
            }
            catch (SocketException exception)
            {
                Debug.WriteLine("No debug console: " + exception.Message);
            }
        }
    }
}
