using System.Collections.Generic;
using Terminal.Drivers.Keypad.Matrix4x4;
using Terminal.Hal.Buses;
using Terminal.Hal.Keypad;
using Terminal.Hal.Simulated.Keypad;
using Terminal.Hal.Simulated.Time;

namespace Terminal.Tests.Drivers.Keypad
{
    /// <summary>The real keypad driver over the keypad emulator, with the app loop's scanning and reading.</summary>
    internal sealed class KeypadRig
    {
        public KeypadRig(int seed = 1, Matrix4x4KeypadSettings? settings = null)
        {
            Clock = new ManualClock(1_700_000_000_000);
            Keys = new KeypadMatrixEmulator(Clock, seed);
            Keypad = new Matrix4x4Keypad(Keys.Rows, Keys.Columns, settings ?? Matrix4x4KeypadSettings.CreateDefault());
        }

        public ManualClock Clock { get; }

        public KeypadMatrixEmulator Keys { get; }

        public Matrix4x4Keypad Keypad { get; }

        /// <summary>Lets time pass with a scan every <paramref name="scanPeriodMilliseconds"/>, as the app loop does.</summary>
        public void Run(int milliseconds, int scanPeriodMilliseconds = 2)
        {
            for (int elapsed = 0; elapsed < milliseconds; elapsed += scanPeriodMilliseconds)
            {
                Clock.Advance(scanPeriodMilliseconds);
                Keypad.Scan(Clock.MonotonicMilliseconds);
            }
        }

        /// <summary>A cashier's keystroke: finger down for <paramref name="holdMilliseconds"/>, then up and a pause.</summary>
        public void Tap(KeyCode key, int holdMilliseconds = 80, int pauseMilliseconds = 80)
        {
            Keys.Press(key);
            Run(holdMilliseconds);
            Keys.Release(key);
            Run(pauseMilliseconds);
        }

        public List<KeyEvent> Drain()
        {
            var events = new List<KeyEvent>();
            while (Keypad.TryReadKey(out KeyEvent keyEvent))
            {
                events.Add(keyEvent);
            }

            return events;
        }

        public static string Describe(IEnumerable<KeyEvent> events)
        {
            var parts = new List<string>();
            foreach (KeyEvent keyEvent in events)
            {
                parts.Add(keyEvent.Kind + " " + keyEvent.Key);
            }

            return string.Join(", ", parts);
        }
    }
}
