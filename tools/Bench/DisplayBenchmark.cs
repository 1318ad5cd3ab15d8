using System;
using Terminal.Drivers.Display.Canvas;
using Terminal.Drivers.Display.St7789;
using Terminal.Hal.Simulated.Buses;
using Terminal.Hal.Simulated.Display;
using Terminal.Hal.Simulated.Time;

namespace Terminal.Tools.Bench
{
    /// <summary>
    /// The display figure of the canvas and driver alone: the real <see cref="FramebufferCanvas"/> and
    /// <see cref="St7789Panel"/> over the bus-level <see cref="SimulatedSt7789"/>, counting the bytes clocked
    /// on the SPI bus for one whole frame. What the real screens cost per update and per countdown tick is
    /// measured on the screens themselves by <see cref="ScreenBenchmark"/>.
    /// </summary>
    /// <remarks>
    /// <para>Figure (one <c>name value</c> line):</para>
    /// <list type="bullet">
    /// <item><c>display.full_frame_bytes</c>: bytes on the bus for one whole frame: the 4-byte status bracket, the 11-byte window, 240 x 320 x 2 pixel bytes.</item>
    /// </list>
    /// </remarks>
    internal static class DisplayBenchmark
    {
        /// <summary>Runs the benchmark and writes its figures.</summary>
        /// <param name="output">Where the figures go.</param>
        public static void Measure(BenchOutput output)
        {
            var clock = new ManualClock(0);
            var dataCommand = new SimulatedOutputPin(true);
            var reset = new SimulatedOutputPin(true);
            var backlight = new SimulatedOutputPin(false);
            var emulator = new SimulatedSt7789(EmulatedController.St7789, dataCommand, reset, backlight, clock) { RecordCommands = false };
            var panel = new St7789Panel(emulator, dataCommand, reset, backlight, new St7789Settings(PanelController.St7789, milliseconds => clock.Advance(milliseconds)));
            var canvas = new FramebufferCanvas(panel);
            panel.Initialize();
            panel.SetBacklight(true);

            long before = emulator.BytesClocked;
            if (!canvas.Present())
            {
                throw new InvalidOperationException("display benchmark: the emulated panel did not take the first frame.");
            }

            output.Write("display.full_frame_bytes", emulator.BytesClocked - before);
        }
    }
}
