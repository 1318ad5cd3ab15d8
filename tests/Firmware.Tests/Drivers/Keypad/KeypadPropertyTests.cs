using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Drivers.Keypad.Matrix4x4;
using Terminal.Hal.Keypad;
using Terminal.Hal.Simulated.Keypad;
using Terminal.Hal.Simulated.Time;

namespace Terminal.Tests.Drivers.Keypad
{
    /// <summary>
    /// Property test of the keypad's event stream (CsCheck, fixed seed, 10,000 timelines): random presses, releases,
    /// bounce, sub-debounce glitches, two fingers at once, a key held at boot, and a jittery scan period. The driver's
    /// events must equal the debounced model: one Pressed and one Released per clean press, at the right times,
    /// Stuck and Unstuck for the key held at boot, nothing for glitches, no phantom key, never an exception.
    /// </summary>
    [TestClass]
    public sealed class KeypadPropertyTests
    {
        private const int Cases = 10_000;
        private const int PressDebounce = 10;
        private const int ReleaseDebounce = 20;
        private const int MaximumBounce = 8;

        [TestMethod]
        public void Random_press_release_and_bounce_timelines_give_exactly_the_debounced_model_events()
        {
            Gen.Int.SampleSeeded(seed => RunCase(seed), iter: Cases, seed: "0N0XIzNsQ0P1");
        }

        private static void RunCase(int seed)
        {
            var random = new Random(seed);
            int maximumScanPeriod = random.Next(1, 6);

            // Two fingers: one works the left two columns, the other the right two, so at most two keys are ever
            // closed together and no pattern is ambiguous.
            var actions = new List<Action>();
            var expected = new Dictionary<KeyCode, List<Expectation>>();
            KeyCode[] legends = KeypadMatrixEmulator.StandardLegends();
            KeyCode[] left = Enumerable.Range(0, 16).Where(p => p % 4 < 2).Select(p => legends[p]).ToArray();
            KeyCode[] right = Enumerable.Range(0, 16).Where(p => p % 4 >= 2).Select(p => legends[p]).ToArray();
            bool bootHold = random.Next(8) == 0;
            BuildLane(random, left, bootHold, maximumScanPeriod, actions, expected);
            BuildLane(random, right, false, maximumScanPeriod, actions, expected);
            actions.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Order.CompareTo(b.Order));

            var clock = new ManualClock(0);
            var keys = new KeypadMatrixEmulator(clock, seed);
            var keypad = new Matrix4x4Keypad(keys.Rows, keys.Columns, Matrix4x4KeypadSettings.CreateDefault());
            var events = new List<KeyEvent>();
            foreach (Action action in actions.Where(a => a.At == 0))
            {
                action.Apply(keys);
            }

            long end = actions.Count == 0 ? 0 : actions[^1].At;
            end += MaximumBounce + ReleaseDebounce + (3 * maximumScanPeriod) + 5;
            int next = actions.TakeWhile(a => a.At == 0).Count();
            long now = 0;
            while (now <= end)
            {
                keypad.Scan(now);
                while (keypad.TryReadKey(out KeyEvent keyEvent))
                {
                    events.Add(keyEvent);
                }

                long nextScan = now + random.Next(1, maximumScanPeriod + 1);
                while (next < actions.Count && actions[next].At <= nextScan)
                {
                    clock.Advance(actions[next].At - now);
                    now = actions[next].At;
                    actions[next].Apply(keys);
                    next++;
                }

                clock.Advance(nextScan - now);
                now = nextScan;
            }

            Check(seed, expected, events, maximumScanPeriod);
            Assert.AreEqual(0, keypad.Counters.DroppedEvents, "seed " + seed);
            Assert.AreEqual(0, keypad.Counters.AmbiguousScans, "seed " + seed);
        }

        private static void BuildLane(Random random, KeyCode[] lane, bool bootHold, int period, List<Action> actions, Dictionary<KeyCode, List<Expectation>> expected)
        {
            long at = 0;
            if (bootHold)
            {
                // Closed before the first scan, no bounce (held since power-up), released later with bounce.
                KeyCode key = lane[random.Next(lane.Length)];
                int hold = random.Next(40, 300);
                int bounce = random.Next(0, MaximumBounce + 1);
                actions.Add(new Action(0, actions.Count, key, true, 0));
                actions.Add(new Action(hold, actions.Count, key, false, bounce));
                Expect(expected, key, KeyEventKind.Stuck, PressDebounce, PressDebounce + (2 * period));
                Expect(expected, key, KeyEventKind.Unstuck, hold + ReleaseDebounce, hold + bounce + ReleaseDebounce + (2 * period));
                at = hold + bounce + ReleaseDebounce + (2 * period) + 1;
            }
            else
            {
                at = random.Next(1, 50);
            }

            int strokes = random.Next(0, 6);
            for (int stroke = 0; stroke < strokes; stroke++)
            {
                KeyCode key = lane[random.Next(lane.Length)];
                if (random.Next(4) == 0)
                {
                    // A glitch: a clean contact closed for less than the press debounce. Nothing may come of it.
                    int glitch = random.Next(1, PressDebounce);
                    actions.Add(new Action(at, actions.Count, key, true, 0));
                    actions.Add(new Action(at + glitch, actions.Count, key, false, 0));
                    at += glitch + random.Next(period + 1, period + 60);
                    continue;
                }

                int pressBounce = random.Next(0, MaximumBounce + 1);
                int releaseBounce = random.Next(0, MaximumBounce + 1);
                int shortestHold = pressBounce + PressDebounce + (2 * period) + 1;
                int holdTime = random.Next(shortestHold, shortestHold + 100);
                actions.Add(new Action(at, actions.Count, key, true, pressBounce));
                actions.Add(new Action(at + holdTime, actions.Count, key, false, releaseBounce));
                Expect(expected, key, KeyEventKind.Pressed, at + PressDebounce, at + pressBounce + PressDebounce + (2 * period));
                Expect(expected, key, KeyEventKind.Released, at + holdTime + ReleaseDebounce, at + holdTime + releaseBounce + ReleaseDebounce + (2 * period));
                int shortestGap = releaseBounce + ReleaseDebounce + (2 * period) + 1;
                at += holdTime + random.Next(shortestGap, shortestGap + 100);
            }
        }

        private static void Expect(Dictionary<KeyCode, List<Expectation>> expected, KeyCode key, KeyEventKind kind, long earliest, long latest)
        {
            if (!expected.TryGetValue(key, out List<Expectation>? list))
            {
                list = new List<Expectation>();
                expected.Add(key, list);
            }

            list.Add(new Expectation(kind, earliest, latest));
        }

        private static void Check(int seed, Dictionary<KeyCode, List<Expectation>> expected, List<KeyEvent> events, int period)
        {
            foreach (IGrouping<KeyCode, KeyEvent> byKey in events.GroupBy(e => e.Key))
            {
                Assert.IsTrue(expected.ContainsKey(byKey.Key), "seed " + seed + ": phantom key " + byKey.Key + ": " + KeypadRig.Describe(byKey));
            }

            foreach (KeyValuePair<KeyCode, List<Expectation>> pair in expected)
            {
                List<KeyEvent> actual = events.Where(e => e.Key == pair.Key).ToList();
                string story = "seed " + seed + ", period " + period + ", key " + pair.Key + ": got " + KeypadRig.Describe(actual);
                Assert.AreEqual(pair.Value.Count, actual.Count, story);
                for (int index = 0; index < actual.Count; index++)
                {
                    Expectation wanted = pair.Value[index];
                    Assert.AreEqual(wanted.Kind, actual[index].Kind, story);
                    Assert.IsTrue(
                        actual[index].MonotonicMilliseconds >= wanted.Earliest && actual[index].MonotonicMilliseconds <= wanted.Latest,
                        story + ": event " + index + " at " + actual[index].MonotonicMilliseconds + ", expected " + wanted.Earliest + ".." + wanted.Latest);
                }
            }
        }

        private sealed record Expectation(KeyEventKind Kind, long Earliest, long Latest);

        private sealed record Action(long At, int Order, KeyCode Key, bool Close, int Bounce)
        {
            public void Apply(KeypadMatrixEmulator keys)
            {
                if (Close)
                {
                    keys.Press(Key, Bounce);
                }
                else
                {
                    keys.Release(Key, Bounce);
                }
            }
        }
    }
}
