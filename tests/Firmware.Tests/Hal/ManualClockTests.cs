using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Hal.Simulated.Time;

namespace Terminal.Tests.Hal
{
    [TestClass]
    public sealed class ManualClockTests
    {
        [TestMethod]
        public void A_new_clock_shows_the_given_time_and_zero_ticks_since_boot()
        {
            var clock = new ManualClock(1_000_000);

            Assert.AreEqual(1_000_000L, clock.UtcNowMilliseconds);
            Assert.AreEqual(0L, clock.MonotonicMilliseconds);
        }

        [TestMethod]
        public void Advancing_moves_wall_time_and_monotonic_ticks_together()
        {
            var clock = new ManualClock(1_000_000);

            clock.Advance(250);
            clock.Advance(0);

            Assert.AreEqual(1_000_250L, clock.UtcNowMilliseconds);
            Assert.AreEqual(250L, clock.MonotonicMilliseconds);
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => clock.Advance(-1));
        }

        [TestMethod]
        public void Setting_the_wall_clock_moves_only_wall_time_even_backwards()
        {
            var clock = new ManualClock(1_000_000);
            clock.Advance(100);

            clock.SetWallClock(500);
            Assert.AreEqual(500L, clock.UtcNowMilliseconds);
            clock.UtcNowMilliseconds = 2_000_000;
            Assert.AreEqual(2_000_000L, clock.UtcNowMilliseconds);

            Assert.AreEqual(100L, clock.MonotonicMilliseconds);
        }
    }
}
