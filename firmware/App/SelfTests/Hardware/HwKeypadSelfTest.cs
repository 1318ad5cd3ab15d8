using Terminal.Drivers.Keypad.Matrix4x4;
using Terminal.Hal.Keypad;

namespace Terminal.App.SelfTests.Hardware
{
    /// <summary>
    /// HW-KEYPAD: a key stuck or dead, stray presses. Automatic part, from what the app's scanning has seen: a key
    /// held down now (<see cref="Matrix4x4Keypad.TryGetStuckKey"/>), a column reading low at idle (cable or
    /// moisture), stuck reports since boot. With a technician: press every key once; the keys not seen before the
    /// time runs out are named. Without one the verdict is OPERATOR unless the automatic part found a fault.
    /// </summary>
    public sealed class HwKeypadSelfTest : SelfTest
    {
        private static readonly string[] KeyNames = new string[]
        {
            "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "00", "CLEAR", "BACK", "OK", "CANCEL", "MENU",
        };

        private static readonly Remedy ReleaseKey = new Remedy("有按键卡住，请清洁或更换键盘。", "A key is stuck down: clean or replace the keypad.");
        private static readonly Remedy ReseatKeypad = new Remedy("请重新插紧键盘排线；仍有问题请更换键盘。", "Re-seat the keypad cable; replace the keypad if it stays.");

        /// <summary>Creates the test.</summary>
        public HwKeypadSelfTest()
            : base("HW-KEYPAD")
        {
        }

        /// <summary>Gets or sets how long the technician may take between two presses before the test stops, in milliseconds.</summary>
        public int KeyTimeoutMilliseconds { get; set; } = 15000;

        /// <summary>Gets or sets how long the whole press-every-key test may take, in milliseconds.</summary>
        public int TotalTimeoutMilliseconds { get; set; } = 120000;

        /// <summary>Gives a key's label as printed on the keypad (<c>Enum.ToString()</c> gives numbers on the device).</summary>
        /// <param name="key">The key.</param>
        /// <returns>The label; <c>?</c> for a value outside <see cref="KeyCode"/>.</returns>
        public static string KeyName(KeyCode key)
        {
            int index = (int)key;
            return index >= 0 && index < KeyNames.Length ? KeyNames[index] : "?";
        }

        /// <inheritdoc/>
        public override SelfTestResult Run(SelfTestContext context)
        {
            Matrix4x4Keypad keypad = context.Peripherals == null ? null : context.Peripherals.Keypad;
            if (keypad == null)
            {
                return Verdict(CheckVerdict.Skip, "no keypad fitted");
            }

            KeypadCounters counters = keypad.Counters;
            KeyCode stuck;
            SelfTestResult automatic = null;
            if (keypad.TryGetStuckKey(out stuck))
            {
                automatic = Verdict(CheckVerdict.Fail, "key " + KeyName(stuck) + " is stuck down", ReleaseKey).Measure("stuck_key", KeyName(stuck), string.Empty);
            }
            else if (keypad.HasWiringFault)
            {
                automatic = Verdict(CheckVerdict.Fail, "a keypad column reads pressed at idle: cable or moisture", ReseatKeypad).Measure("stuck_key", "none", string.Empty);
            }
            else if (counters.StuckReports > 0 || counters.WiringFaultScans > 0)
            {
                automatic = Verdict(CheckVerdict.Warn, "keys were stuck or the cable misread earlier since boot").Measure("stuck_key", "none now", string.Empty);
            }

            if (automatic != null)
            {
                return Counted(automatic, counters);
            }

            IOperatorPrompt person = context.Operator;
            if (person == null)
            {
                return Counted(Verdict(CheckVerdict.Operator, "no key stuck; a technician must press every key at the terminal"), counters)
                    .Measure("stuck_key", "none", string.Empty)
                    .Measure("keys_seen", "not tested", string.Empty);
            }

            // Drop presses made before the test started: only what the technician presses now counts.
            KeyEvent stale;
            while (keypad.TryReadKey(out stale))
            {
            }

            person.Instruct("请依次按下每个键，各按一次。", "Press every key once.");
            int seen = 0;
            int seenCount = 0;
            long started = context.Clock == null ? 0 : context.Clock.MonotonicMilliseconds;
            while (seenCount < Matrix4x4Layout.KeyCount)
            {
                if (context.Clock != null && context.Clock.MonotonicMilliseconds - started > TotalTimeoutMilliseconds)
                {
                    break;
                }

                KeyCode key;
                if (!person.TryReadKey(KeyTimeoutMilliseconds, out key))
                {
                    break;
                }

                int bit = 1 << (int)key;
                if ((seen & bit) == 0)
                {
                    seen |= bit;
                    seenCount++;
                }
            }

            string missing = string.Empty;
            for (int index = 0; index < Matrix4x4Layout.KeyCount; index++)
            {
                if ((seen & (1 << index)) == 0)
                {
                    missing = missing.Length == 0 ? KeyNames[index] : missing + " " + KeyNames[index];
                }
            }

            SelfTestResult result = missing.Length == 0
                ? Verdict(CheckVerdict.Pass, "no key stuck; all " + Matrix4x4Layout.KeyCount.ToString() + " keys answered")
                : Verdict(CheckVerdict.Fail, "keys that did not answer: " + missing);
            return Counted(result, counters)
                .Measure("stuck_key", "none", string.Empty)
                .Measure("keys_seen", seenCount, "of " + Matrix4x4Layout.KeyCount.ToString())
                .Measure("keys_missing", missing.Length == 0 ? "none" : missing, string.Empty);
        }

        private static SelfTestResult Counted(SelfTestResult result, KeypadCounters counters)
        {
            return result
                .Measure("stuck_reports", counters.StuckReports, string.Empty)
                .Measure("wiring_fault_scans", counters.WiringFaultScans, string.Empty)
                .Measure("ambiguous_scans", counters.AmbiguousScans, string.Empty)
                .Measure("dropped_events", counters.DroppedEvents, string.Empty);
        }
    }
}
