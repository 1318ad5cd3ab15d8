using System.Threading;
using nanoFramework.TestFramework;
using Terminal.Hal.Esp32;
using Terminal.Hal.Time;

namespace Terminal.Device.Tests
{
    /// <summary>On-board checks of the ESP32 clock's monotonic tick.</summary>
    [TestClass]
    public class ClockTests
    {
        private static Esp32Board s_board;

        /// <summary>Creates the bench board once for the class.</summary>
        [Setup]
        public void CreateBoard()
        {
            s_board = BenchBoard.Create();
        }

        /// <summary>Disposes the bench board.</summary>
        [Cleanup]
        public void DisposeBoard()
        {
            s_board.Dispose();
        }

        /// <summary>Ten thousand reads in a row never see the tick decrease.</summary>
        [TestMethod]
        public void Monotonic_tick_never_goes_backwards()
        {
            IClock clock = s_board.Clock;
            long previous = clock.MonotonicMilliseconds;

            for (int read = 0; read < 10000; read++)
            {
                long current = clock.MonotonicMilliseconds;
                Assert.IsTrue(current >= previous, "The monotonic tick went from " + previous + " to " + current + ".");
                previous = current;
            }
        }

        /// <summary>The tick moves on while the thread sleeps: it is a clock, not a constant.</summary>
        [TestMethod]
        public void Monotonic_tick_advances_across_a_sleep()
        {
            IClock clock = s_board.Clock;
            long before = clock.MonotonicMilliseconds;

            Thread.Sleep(50);

            Assert.IsTrue(clock.MonotonicMilliseconds > before, "The monotonic tick did not advance over a 50 ms sleep.");
        }
    }
}
