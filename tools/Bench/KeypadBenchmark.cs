using System;
using Terminal.Drivers.Keypad.Matrix4x4;
using Terminal.Hal.Keypad;
using Terminal.Hal.Simulated.Keypad;
using Terminal.Hal.Simulated.Time;

namespace Terminal.Tools.Bench
{
    /// <summary>
    /// The keypad driver's cost per scan, in steady state: the real <see cref="Matrix4x4Keypad"/> over the keypad
    /// emulator (which allocates nothing per read), scanned every 2 ms while a cashier types (a key every 160 ms,
    /// held 70 ms, 5 ms of bounce each way) and the app reads every event. The device scans every few
    /// milliseconds for as long as it is on, so any allocation per scan becomes garbage collections in the
    /// middle of a payment. Target: 0 bytes per scan.
    /// </summary>
    internal static class KeypadBenchmark
    {
        private const int ScanPeriodMilliseconds = 2;
        private const int WarmUpScans = 5_000;
        private const int MeasuredScans = 200_000;
        private const int StrokePeriodScans = 80;
        private const int HoldScans = 35;

        /// <summary>Runs the measurement and writes <c>keypad.*</c> figures.</summary>
        /// <param name="output">Where the figures go.</param>
        public static void Measure(BenchOutput output)
        {
            var clock = new ManualClock(0);
            var keys = new KeypadMatrixEmulator(clock, seed: 20261123);
            var keypad = new Matrix4x4Keypad(keys.Rows, keys.Columns, Matrix4x4KeypadSettings.CreateDefault());
            KeyCode[] typed = KeypadMatrixEmulator.StandardLegends();

            // Warm up: every path (press, release, queue, read) has run and been compiled before measuring.
            Run(clock, keys, keypad, typed, WarmUpScans);
            int pinOperationsBefore = PinOperations(keys);
            long bytesBefore = GC.GetAllocatedBytesForCurrentThread();
            int events = Run(clock, keys, keypad, typed, MeasuredScans);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
            int pinOperations = PinOperations(keys) - pinOperationsBefore;

            output.Write("keypad.alloc_bytes_per_scan", allocated / (double)MeasuredScans, 3);
            output.Write("keypad.alloc_bytes_measured", allocated);
            output.Write("keypad.scans_measured", MeasuredScans);
            output.Write("keypad.events_measured", events);
            output.Write("keypad.pin_operations_per_scan", pinOperations / MeasuredScans);
            output.Write("keypad.targets_met", allocated == 0);
        }

        private static int Run(ManualClock clock, KeypadMatrixEmulator keys, Matrix4x4Keypad keypad, KeyCode[] typed, int scans)
        {
            int events = 0;
            int stroke = 0;
            for (int scan = 0; scan < scans; scan++)
            {
                int phase = scan % StrokePeriodScans;
                if (phase == 0)
                {
                    keys.Press(typed[stroke % typed.Length], 5);
                }
                else if (phase == HoldScans)
                {
                    keys.Release(typed[stroke % typed.Length], 5);
                    stroke++;
                }

                clock.Advance(ScanPeriodMilliseconds);
                keypad.Scan(clock.MonotonicMilliseconds);
                while (keypad.TryReadKey(out KeyEvent _))
                {
                    events++;
                }
            }

            return events;
        }

        private static int PinOperations(KeypadMatrixEmulator keys)
        {
            int operations = 0;
            for (int line = 0; line < 4; line++)
            {
                operations += keys.Rows[line].Writes + keys.Columns[line].Reads;
            }

            return operations;
        }
    }
}
