using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Drivers.Keypad.Matrix4x4;
using Terminal.Hal.Buses;
using Terminal.Hal.Keypad;
using Terminal.Hal.Simulated.Buses;
using Terminal.Hal.Simulated.Keypad;

namespace Terminal.Tests.Drivers.Keypad
{
    /// <summary>The 4x4 keypad driver over the keypad emulator: what the cashier's fingers and a faulty keypad turn into.</summary>
    [TestClass]
    public sealed class Matrix4x4KeypadTests
    {
        [TestMethod]
        public void A_bouncing_press_gives_exactly_one_press_and_one_release()
        {
            var rig = new KeypadRig(seed: 7);
            rig.Keys.BounceMilliseconds = 8;
            rig.Run(50);

            rig.Tap(KeyCode.Digit5, holdMilliseconds: 60, pauseMilliseconds: 60);

            Assert.AreEqual("Pressed Digit5, Released Digit5", KeypadRig.Describe(rig.Drain()));
        }

        [TestMethod]
        public void Bounce_really_reaches_the_pins_so_the_debounce_test_can_fail()
        {
            var rig = new KeypadRig(seed: 7);
            rig.Keys.BounceMilliseconds = 8;
            rig.Keys.Press(KeyCode.Digit5);
            int changes = 0;
            bool last = rig.Keys.IsClosed(KeyCode.Digit5);
            for (int millisecond = 0; millisecond < 8; millisecond++)
            {
                rig.Clock.Advance(1);
                bool now = rig.Keys.IsClosed(KeyCode.Digit5);
                changes += now != last ? 1 : 0;
                last = now;
            }

            Assert.IsTrue(changes >= 2, "the emulated contact should chatter while it bounces");
        }

        [TestMethod]
        public void A_tap_shorter_than_the_press_debounce_types_nothing()
        {
            var rig = new KeypadRig();
            rig.Run(50);
            rig.Keys.Press(KeyCode.Digit7, bounceMilliseconds: 0);
            rig.Run(8, scanPeriodMilliseconds: 1);
            rig.Keys.Release(KeyCode.Digit7, bounceMilliseconds: 0);
            rig.Run(100);

            Assert.AreEqual(0, rig.Drain().Count);
        }

        [TestMethod]
        public void Every_key_types_its_printed_legend_in_order()
        {
            var rig = new KeypadRig(seed: 3);
            rig.Run(50);
            KeyCode[] all = (KeyCode[])Enum.GetValues(typeof(KeyCode));

            var pressed = new List<KeyEvent>();
            foreach (KeyCode key in all)
            {
                rig.Tap(key);
                pressed.AddRange(rig.Drain().Where(e => e.Kind == KeyEventKind.Pressed));
            }

            CollectionAssert.AreEqual(all, pressed.Select(e => e.Key).ToArray());
        }

        [TestMethod]
        public void The_driver_layout_matches_the_printed_keypad()
        {
            CollectionAssert.AreEqual(KeypadMatrixEmulator.StandardLegends(), Matrix4x4Layout.CreateStandard());
        }

        [TestMethod]
        public void The_00_key_is_one_press_of_DoubleZero()
        {
            var rig = new KeypadRig(seed: 4);
            rig.Run(50);

            rig.Tap(KeyCode.DoubleZero);

            Assert.AreEqual("Pressed DoubleZero, Released DoubleZero", KeypadRig.Describe(rig.Drain()));
        }

        [TestMethod]
        public void A_key_held_past_ten_seconds_is_reported_stuck_then_unstuck_when_it_comes_up()
        {
            var rig = new KeypadRig(seed: 5);
            rig.Run(50);
            rig.Keys.Press(KeyCode.Ok);
            rig.Run(9_000, scanPeriodMilliseconds: 5);
            Assert.IsFalse(rig.Keypad.IsStuck(KeyCode.Ok), "9 s is a long press, not yet a stuck key");

            rig.Run(1_500, scanPeriodMilliseconds: 5);
            Assert.IsTrue(rig.Keypad.IsStuck(KeyCode.Ok));
            Assert.IsTrue(rig.Keypad.TryGetStuckKey(out KeyCode stuck));
            Assert.AreEqual(KeyCode.Ok, stuck);
            Assert.AreEqual(1, rig.Keypad.Counters.StuckReports);

            rig.Keys.Release(KeyCode.Ok);
            rig.Run(100);

            Assert.AreEqual("Pressed Ok, Stuck Ok, Unstuck Ok", KeypadRig.Describe(rig.Drain()));
            Assert.IsFalse(rig.Keypad.TryGetStuckKey(out _));
        }

        [TestMethod]
        public void A_key_down_at_boot_is_reported_stuck_and_never_types()
        {
            var rig = new KeypadRig(seed: 6);
            rig.Keys.SetStuck(KeyCode.Digit9, true);

            rig.Run(200);

            Assert.AreEqual("Stuck Digit9", KeypadRig.Describe(rig.Drain()));
            Assert.IsTrue(rig.Keypad.IsStuck(KeyCode.Digit9));

            rig.Keys.SetStuck(KeyCode.Digit9, false);
            rig.Run(100);
            rig.Tap(KeyCode.Digit9);

            Assert.AreEqual("Unstuck Digit9, Pressed Digit9, Released Digit9", KeypadRig.Describe(rig.Drain()));
        }

        [TestMethod]
        public void Other_keys_keep_working_while_one_is_stuck()
        {
            var rig = new KeypadRig(seed: 6);
            rig.Keys.SetStuck(KeyCode.Menu, true);
            rig.Run(200);
            rig.Drain();

            rig.Tap(KeyCode.Digit1);
            rig.Tap(KeyCode.Ok);

            Assert.AreEqual("Pressed Digit1, Released Digit1, Pressed Ok, Released Ok", KeypadRig.Describe(rig.Drain()));
        }

        [TestMethod]
        public void Two_keys_held_together_are_both_pressed_and_both_released()
        {
            var rig = new KeypadRig(seed: 8);
            rig.Run(50);
            rig.Keys.Press(KeyCode.Digit1);
            rig.Run(40);
            rig.Keys.Press(KeyCode.Digit4);
            rig.Run(60);
            rig.Keys.Release(KeyCode.Digit1);
            rig.Run(40);
            rig.Keys.Release(KeyCode.Digit4);
            rig.Run(60);

            Assert.AreEqual(
                "Pressed Digit1, Pressed Digit4, Released Digit1, Released Digit4",
                KeypadRig.Describe(rig.Drain()));
            Assert.AreEqual(0, rig.Keypad.Counters.AmbiguousScans);
        }

        [TestMethod]
        public void Three_keys_at_rectangle_corners_never_type_the_ghost_fourth_key()
        {
            var rig = new KeypadRig(seed: 9);
            rig.Run(50);

            // 1 (row 0, col 0), 2 (row 0, col 1) and 4 (row 1, col 0) make 5 (row 1, col 1) read closed too.
            rig.Keys.Press(KeyCode.Digit1);
            rig.Run(40);
            rig.Keys.Press(KeyCode.Digit2);
            rig.Run(40);
            rig.Keys.Press(KeyCode.Digit4);
            rig.Run(100);

            List<KeyEvent> events = rig.Drain();
            Assert.AreEqual("Pressed Digit1, Pressed Digit2", KeypadRig.Describe(events));
            Assert.IsTrue(rig.Keypad.Counters.AmbiguousScans > 0);

            rig.Keys.Release(KeyCode.Digit1);
            rig.Keys.Release(KeyCode.Digit2);
            rig.Keys.Release(KeyCode.Digit4);
            rig.Run(100);
            Assert.IsFalse(rig.Drain().Any(e => e.Key == KeyCode.Digit5), "the ghost key must never appear");
        }

        [TestMethod]
        public void Pulling_the_cable_releases_a_held_key_types_nothing_and_the_keypad_works_after_replug()
        {
            var rig = new KeypadRig(seed: 10);
            rig.Run(50);
            rig.Keys.Press(KeyCode.Digit3);
            rig.Run(50);

            rig.Keys.Cable = KeypadCable.PulledHigh;
            rig.Keys.Press(KeyCode.Digit6);
            rig.Run(300);
            rig.Keys.Release(KeyCode.Digit3);
            rig.Keys.Release(KeyCode.Digit6);
            Assert.AreEqual("Pressed Digit3, Released Digit3", KeypadRig.Describe(rig.Drain()));

            rig.Keys.Cable = KeypadCable.Connected;
            rig.Run(50);
            rig.Tap(KeyCode.Digit6);

            Assert.AreEqual("Pressed Digit6, Released Digit6", KeypadRig.Describe(rig.Drain()));
        }

        [TestMethod]
        public void A_floating_cable_types_nothing_and_reports_a_wiring_fault_until_replugged()
        {
            var rig = new KeypadRig(seed: 11);
            rig.Run(50);
            Assert.IsFalse(rig.Keypad.HasWiringFault);

            rig.Keys.Cable = KeypadCable.PulledFloating;
            rig.Run(5_000, scanPeriodMilliseconds: 1);

            Assert.AreEqual(0, rig.Drain().Count, "line noise must never type a key");
            Assert.IsTrue(rig.Keypad.HasWiringFault);
            Assert.IsTrue(rig.Keypad.Counters.WiringFaultScans > 1000);

            rig.Keys.Cable = KeypadCable.Connected;
            rig.Run(1_100);
            Assert.IsFalse(rig.Keypad.HasWiringFault);
            rig.Tap(KeyCode.Ok);
            Assert.AreEqual("Pressed Ok, Released Ok", KeypadRig.Describe(rig.Drain()));
        }

        [TestMethod]
        public void The_floating_cable_fault_really_puts_noise_on_the_columns()
        {
            // Read the matrix by hand, without the driver's wiring check: a floating column reads low about half the
            // time, so the floating-cable test above can only pass because of the check.
            var rig = new KeypadRig(seed: 11);
            rig.Keys.Cable = KeypadCable.PulledFloating;
            int phantomMilliseconds = 0;
            for (int scan = 0; scan < 5_000; scan++)
            {
                rig.Clock.Advance(1);
                int closed = 0;
                for (int row = 0; row < 4; row++)
                {
                    rig.Keys.Rows[row].Write(false);
                    for (int column = 0; column < 4; column++)
                    {
                        closed += rig.Keys.Columns[column].Read() ? 0 : 1;
                    }

                    rig.Keys.Rows[row].Write(true);
                }

                phantomMilliseconds += closed > 0 ? 1 : 0;
            }

            Assert.IsTrue(phantomMilliseconds > 4_000, "a floating column reads low about half the time");
        }

        [TestMethod]
        public void A_full_queue_keeps_the_oldest_events_and_counts_the_dropped_ones()
        {
            var settings = Matrix4x4KeypadSettings.CreateDefault();
            settings.QueueCapacity = 4;
            var rig = new KeypadRig(seed: 12, settings);
            rig.Run(50);

            rig.Tap(KeyCode.Digit1);
            rig.Tap(KeyCode.Digit2);
            rig.Tap(KeyCode.Digit3);

            Assert.AreEqual("Pressed Digit1, Released Digit1, Pressed Digit2, Released Digit2", KeypadRig.Describe(rig.Drain()));
            Assert.AreEqual(2, rig.Keypad.Counters.DroppedEvents);
        }

        [TestMethod]
        public void With_repeat_on_a_held_key_repeats_after_the_delay_and_then_every_interval()
        {
            var settings = Matrix4x4KeypadSettings.CreateDefault();
            settings.RepeatDelayMilliseconds = 500;
            settings.RepeatIntervalMilliseconds = 100;
            var rig = new KeypadRig(seed: 13, settings);
            rig.Run(50);

            rig.Tap(KeyCode.Backspace, holdMilliseconds: 760);

            List<KeyEvent> events = rig.Drain();
            Assert.AreEqual(
                "Pressed Backspace, Repeated Backspace, Repeated Backspace, Repeated Backspace, Released Backspace",
                KeypadRig.Describe(events));
        }

        [TestMethod]
        public void Repeat_is_off_by_default_so_a_held_digit_types_once()
        {
            var rig = new KeypadRig(seed: 14);
            rig.Run(50);

            rig.Tap(KeyCode.Digit8, holdMilliseconds: 3_000);

            Assert.AreEqual("Pressed Digit8, Released Digit8", KeypadRig.Describe(rig.Drain()));
        }

        [TestMethod]
        public void Events_carry_the_time_the_debounce_completed()
        {
            var rig = new KeypadRig(seed: 15);
            rig.Keys.BounceMilliseconds = 0;
            rig.Run(50);
            long pressedAt = rig.Clock.MonotonicMilliseconds;
            rig.Keys.Press(KeyCode.Digit2);
            rig.Run(30, scanPeriodMilliseconds: 1);

            Assert.IsTrue(rig.Keypad.TryReadKey(out KeyEvent pressed));
            Assert.AreEqual(pressedAt + 1 + 10, pressed.MonotonicMilliseconds, "first closed sample 1 ms after the press, then 10 ms of debounce");
        }

        [TestMethod]
        public void Wrong_wiring_and_bad_settings_are_programming_errors()
        {
            var rows = new IDigitalOutput[] { new SimulatedOutputPin(), new SimulatedOutputPin(), new SimulatedOutputPin(), new SimulatedOutputPin() };
            var columns = new IDigitalInput[] { new SimulatedInputPin(), new SimulatedInputPin(), new SimulatedInputPin(), new SimulatedInputPin() };
            Assert.ThrowsException<ArgumentException>(() => new Matrix4x4Keypad(rows.Take(3).ToArray(), columns, Matrix4x4KeypadSettings.CreateDefault()));
            Assert.ThrowsException<ArgumentNullException>(() => new Matrix4x4Keypad(rows, null!, Matrix4x4KeypadSettings.CreateDefault()));

            var settings = Matrix4x4KeypadSettings.CreateDefault();
            settings.PressDebounceMilliseconds = -1;
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => new Matrix4x4Keypad(rows, columns, settings));

            settings = Matrix4x4KeypadSettings.CreateDefault();
            settings.Layout[5] = KeyCode.Digit1;
            Assert.ThrowsException<ArgumentException>(() => new Matrix4x4Keypad(rows, columns, settings));
        }

        [TestMethod]
        public void The_driver_leaves_every_row_high_between_scans()
        {
            var rig = new KeypadRig();
            rig.Run(20);

            Assert.IsTrue(rig.Keys.Rows.All(row => row.Level));
        }
    }
}
