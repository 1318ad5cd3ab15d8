using System;
using Terminal.Drivers.Display;
using Terminal.Drivers.Display.Canvas;
using Terminal.Drivers.Display.St7789;
using Terminal.Drivers.Display.Text;
using Terminal.Hal.Simulated.Buses;
using Terminal.Hal.Simulated.Display;
using Terminal.Hal.Simulated.Time;

namespace Terminal.Tools.Bench
{
    /// <summary>
    /// The <c>display</c> benchmark: the real <see cref="FramebufferCanvas"/> and <see cref="St7789Panel"/> over
    /// the bus-level <see cref="SimulatedSt7789"/>, counting the bytes clocked on the SPI bus. It draws a
    /// representative "authorizing" screen (title bar, amount in large digits, countdown, status bar), ticks
    /// the countdown, then draws the "approved" result over it.
    /// </summary>
    /// <remarks>
    /// <para>Figures (one <c>name value</c> line each):</para>
    /// <list type="bullet">
    /// <item><c>display.full_frame_bytes</c>: bytes on the bus for one whole frame: the 4-byte status bracket, the 11-byte window, 240 x 320 x 2 pixel bytes.</item>
    /// <item><c>display.update_bytes_ratio</c>: bytes for the approved screen drawn after the authorizing screen, over <c>full_frame_bytes</c>. Target &lt;= 0.25.</item>
    /// <item><c>display.countdown_tick_bytes</c>: bytes for one countdown tick (one or two digits change).</item>
    /// <item><c>display.alloc_bytes_per_frame</c>: managed bytes allocated per countdown redraw + <see cref="FramebufferCanvas.Present"/>, averaged over 120 ticks after a warm-up. Target 0.</item>
    /// <item><c>display.targets_met</c>: both targets.</item>
    /// </list>
    /// <para>
    /// The ratio holds because both screens share their background, title bar, amount and status bar: only the
    /// title text and the middle band differ. The real screens must keep that layout (README of
    /// firmware/Drivers/Display).
    /// </para>
    /// </remarks>
    internal static class DisplayBenchmark
    {
        private const double MaximumUpdateRatio = 0.25;
        private const int WarmUpTicks = 10;
        private const int MeasuredTicks = 120;

        private const int StatusBarTop = 296;
        private const int TitleBarHeight = 40;
        private const int BandTop = 190;
        private const int BandHeight = 48;

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
            Require(canvas.Present(), "first frame");
            long fullFrameBytes = emulator.BytesClocked - before;

            var countdown = new char[8];
            DrawAuthorizing(canvas);
            DrawCountdown(canvas, countdown, 60);
            Require(canvas.Present(), "authorizing screen");

            int seconds = 59;
            for (int tick = 0; tick < WarmUpTicks; tick++)
            {
                DrawCountdown(canvas, countdown, seconds--);
                Require(canvas.Present(), "warm-up tick");
            }

            before = emulator.BytesClocked;
            DrawCountdown(canvas, countdown, seconds--);
            Require(canvas.Present(), "tick");
            long tickBytes = emulator.BytesClocked - before;

            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            for (int tick = 0; tick < MeasuredTicks; tick++)
            {
                DrawCountdown(canvas, countdown, (seconds - tick + 600) % 60);
                canvas.Present();
            }

            long allocatedPerFrame = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / MeasuredTicks;

            before = emulator.BytesClocked;
            DrawApproved(canvas);
            Require(canvas.Present(), "approved screen");
            long resultBytes = emulator.BytesClocked - before;
            Require(SameFrame(canvas, emulator), "panel memory equals the canvas");

            double ratio = (double)resultBytes / fullFrameBytes;
            output.Write("display.full_frame_bytes", fullFrameBytes);
            output.Write("display.result_screen_bytes", resultBytes);
            output.Write("display.representative_update_bytes_ratio", ratio, 3);
            output.Write("display.countdown_tick_bytes", tickBytes);
            output.Write("display.representative_alloc_bytes_per_frame", allocatedPerFrame);
            output.Write("display.representative_targets_met", ratio <= MaximumUpdateRatio && allocatedPerFrame == 0);
        }

        private static void DrawFrame(FramebufferCanvas canvas, string title)
        {
            // Shared by every sale screen: white page, brand title bar, status bar. Only the title text changes.
            canvas.FillRectangle(0, 0, canvas.Width, canvas.Height, Rgb565.White);
            canvas.FillRectangle(0, 0, canvas.Width, TitleBarHeight, Rgb565.Brand);
            TextPainter.Draw(canvas, TerminalFonts.Regular, title, 12, 4, Rgb565.White, Rgb565.Brand, 2);
            canvas.FillRectangle(0, StatusBarTop, canvas.Width, canvas.Height - StatusBarTop, Rgb565.LightGrey);
            TextPainter.Draw(canvas, TerminalFonts.Regular, "网络 OK  队列 0", 6, StatusBarTop + 4, Rgb565.DarkGrey, Rgb565.LightGrey, 1);
            TextPainter.Draw(canvas, TerminalFonts.Regular, "12:30", canvas.Width - 46, StatusBarTop + 4, Rgb565.DarkGrey, Rgb565.LightGrey, 1);
            TextPainter.Draw(canvas, TerminalFonts.Regular, "金额", 12, 60, Rgb565.Grey, Rgb565.White, 1);
            TextPainter.Draw(canvas, TerminalFonts.Regular, "¥128.00", 12, 84, Rgb565.Black, Rgb565.White, 4);
        }

        private static void DrawAuthorizing(FramebufferCanvas canvas)
        {
            DrawFrame(canvas, "正在授权");
            TextPainter.Draw(canvas, TerminalFonts.Regular, "请稍候，请勿重复付款", 12, BandTop + 16, Rgb565.DarkGrey, Rgb565.White, 1);
        }

        private static void DrawCountdown(FramebufferCanvas canvas, char[] text, int seconds)
        {
            // Formatted into a preallocated buffer: no string per tick.
            text[0] = (char)('0' + (seconds / 10));
            text[1] = (char)('0' + (seconds % 10));
            text[2] = ' ';
            text[3] = '秒';
            TextPainter.Draw(canvas, TerminalFonts.Regular, text, 0, 4, 168, BandTop + 60, Rgb565.Brand, Rgb565.White, 2);
        }

        private static void DrawApproved(FramebufferCanvas canvas)
        {
            DrawFrame(canvas, "支付成功");
            canvas.FillRectangle(0, BandTop, canvas.Width, BandHeight, Rgb565.DarkGreen);
            TextPainter.Draw(canvas, TerminalFonts.Regular, "交易成功 请取小票", 12, BandTop + 8, Rgb565.White, Rgb565.DarkGreen, 2);
        }

        private static bool SameFrame(FramebufferCanvas canvas, SimulatedSt7789 emulator)
        {
            for (int y = 0; y < canvas.Height; y++)
            {
                for (int x = 0; x < canvas.Width; x++)
                {
                    if (canvas.GetPixel(x, y) != emulator.GetPixel(x, y))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private static void Require(bool condition, string what)
        {
            if (!condition)
            {
                throw new InvalidOperationException("display benchmark: " + what + " failed.");
            }
        }
    }
}
