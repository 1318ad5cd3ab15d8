using System;
using nanoFramework.Hardware.Esp32;
using Terminal.Hal.Time;

namespace Terminal.Hal.Esp32
{
    /// <summary>
    /// The ESP32 wall clock and monotonic tick source.
    /// </summary>
    /// <remarks>
    /// The wall clock is the system RTC as <see cref="DateTime.UtcNow"/> reports it; it reads
    /// nonsense until SNTP (nanoFramework.Networking.Sntp) or
    /// <c>nanoFramework.Runtime.Native.Rtc.SetSystemTime</c> has set it, and it jumps when it is set.
    /// The monotonic tick is the ESP-IDF high-resolution timer, microseconds since boot
    /// (nanoFramework.Hardware.Esp32 <see cref="HighResTimer.GetCurrent"/>, "Returns the number of
    /// micro seconds since boot"), which no clock setting moves. It was preferred over
    /// <c>Environment.TickCount64</c> (nanoframework/Home#943, fixed in nf-interpreter#2244) because the
    /// assembly that carries <c>Environment</c> in the 1.x package line could not be pinned down, while
    /// <see cref="HighResTimer"/> is in nanoFramework.Hardware.Esp32 1.6.37, which this project references anyway.
    /// Stateless and safe to share between threads.
    /// </remarks>
    public sealed class Esp32Clock : IClock
    {
        // 1970-01-01T00:00:00Z in .NET ticks. nanoFramework's DateTime.Ticks counts from 0001-01-01 like
        // desktop .NET (CoreLibrary DateTime.Ticks adds its 1601 origin back), so this constant holds there too.
        private const long UnixEpochTicks = 621355968000000000;

        private const long TicksPerMillisecond = 10000;

        private const ulong MicrosecondsPerMillisecond = 1000;

        /// <inheritdoc/>
        public long UtcNowMilliseconds
        {
            get { return (DateTime.UtcNow.Ticks - UnixEpochTicks) / TicksPerMillisecond; }
        }

        /// <inheritdoc/>
        public long MonotonicMilliseconds
        {
            // esp_timer counts 64-bit microseconds from boot: it wraps after ~584,000 years.
            get { return (long)(HighResTimer.GetCurrent() / MicrosecondsPerMillisecond); }
        }
    }
}
