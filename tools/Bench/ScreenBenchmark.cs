using System;
using Terminal.App.Payments;
using Terminal.App.Screens;
using Terminal.Core.Protocol;
using Terminal.Drivers.Display.Canvas;
using Terminal.Drivers.Display.St7789;
using Terminal.Hal.Simulated.Buses;
using Terminal.Hal.Simulated.Display;
using Terminal.Hal.Simulated.Time;

namespace Terminal.Tools.Bench
{
    /// <summary>
    /// The display figures measured on the terminal's real screens (<see cref="ScreenPresenter"/>), over the
    /// real ST7789 driver and its bus-level emulator: bytes clocked to the panel when a result replaces the
    /// authorizing screen, as a share of one full frame, the bytes of a countdown tick, and the steady-state
    /// allocation of a countdown tick. <see cref="DisplayBenchmark"/> gives the full frame's bytes.
    /// </summary>
    internal static class ScreenBenchmark
    {
        private const double MaximumUpdateRatio = 0.25;
        private const long AmountMinorUnits = 12850;
        private const int MeasuredTicks = 600;

        /// <summary>Runs the benchmark and writes its figures.</summary>
        /// <param name="output">Where the figures go.</param>
        public static void Measure(BenchOutput output)
        {
            double approved = 0;
            long allocatedPerTick = 0;
            long tickBytes = 0;
            foreach (CashierLanguage language in new[] { CashierLanguage.SimplifiedChinese, CashierLanguage.English })
            {
                string suffix = language == CashierLanguage.SimplifiedChinese ? "zh" : "en";
                double ratio = Ratio(language, new PaymentOutcome(PaymentOutcomeKind.Approved, 7, false, "00", "Approved.", string.Empty, string.Empty), out long ticks, out long bytesPerTick);
                output.Write("display.screens.approved_ratio_" + suffix, ratio, 3);
                output.Write("display.screens.declined_ratio_" + suffix, Ratio(language, new PaymentOutcome(PaymentOutcomeKind.Declined, 7, false, "51", "Declined.", "Try another card.", string.Empty), out _, out _), 3);
                output.Write("display.screens.unknown_ratio_" + suffix, Ratio(language, new PaymentOutcome(PaymentOutcomeKind.Unknown, 7, false, string.Empty, "Checking.", "Wait.", "TX-UNKNOWN"), out _, out _), 3);
                approved = Math.Max(approved, ratio);
                allocatedPerTick = Math.Max(allocatedPerTick, ticks);
                tickBytes = Math.Max(tickBytes, bytesPerTick);
            }

            output.Write("display.update_bytes_ratio", approved, 3);
            output.Write("display.countdown_tick_bytes", tickBytes);
            output.Write("display.alloc_bytes_per_frame", allocatedPerTick);
            output.Write("display.screens.targets_met", approved <= MaximumUpdateRatio && allocatedPerTick == 0);
        }

        // Authorizing with its countdown running, then the result: the bytes the result costs over one full frame.
        // bytesPerTick: the 21 -> 20 tick, where both digits change (the costliest tick).
        private static double Ratio(CashierLanguage language, PaymentOutcome outcome, out long allocatedPerTick, out long bytesPerTick)
        {
            var clock = new ManualClock(0);
            var dataCommand = new SimulatedOutputPin(true);
            var reset = new SimulatedOutputPin(true);
            var backlight = new SimulatedOutputPin(false);
            var emulator = new SimulatedSt7789(EmulatedController.St7789, dataCommand, reset, backlight, clock) { RecordCommands = false };
            var panel = new St7789Panel(emulator, dataCommand, reset, backlight, new St7789Settings(PanelController.St7789, milliseconds => clock.Advance(milliseconds)));
            var canvas = new FramebufferCanvas(panel);
            var screens = new ScreenPresenter(canvas) { Language = language };
            screens.SetTerminalId("T0012345");

            long before = emulator.BytesClocked;
            screens.ShowIdle();
            long fullFrameBytes = emulator.BytesClocked - before;

            screens.ShowAuthorizing(AmountMinorUnits, 30);
            for (int second = 29; second > 20; second--)
            {
                screens.UpdateCountdown(second);
            }

            before = emulator.BytesClocked;
            screens.UpdateCountdown(20);
            bytesPerTick = emulator.BytesClocked - before;

            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            for (int tick = 0; tick < MeasuredTicks; tick++)
            {
                screens.UpdateCountdown(20 - (tick % 20));
            }

            allocatedPerTick = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / MeasuredTicks;

            before = emulator.BytesClocked;
            screens.ShowOutcome(outcome, AmountMinorUnits);
            long resultBytes = emulator.BytesClocked - before;
            if (!screens.PanelAnswered)
            {
                throw new InvalidOperationException("the emulated panel did not take the result screen");
            }

            return (double)resultBytes / fullFrameBytes;
        }
    }
}
