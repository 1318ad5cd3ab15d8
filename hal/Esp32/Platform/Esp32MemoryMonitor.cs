using Terminal.Hal.Platform;

namespace Terminal.Hal.Esp32.Platform
{
    /// <summary>
    /// The managed heap's free bytes on the device, for SW-MEMORY. Package nanoFramework.Runtime.Native, type
    /// <c>nanoFramework.Runtime.Native.GC</c>: <c>public static extern uint Run(bool compactHeap)</c> runs a
    /// collection and returns the free bytes after it (nanoframework/nanoFramework.Runtime.Native, GC.cs).
    /// </summary>
    public sealed class Esp32MemoryMonitor : IMemoryMonitor
    {
        private readonly long _totalBytes;

        /// <summary>Creates the monitor.</summary>
        /// <param name="totalBytes">The managed heap's size in bytes as the firmware image configures it; 0 when not known (the runtime offers no managed API for it).</param>
        public Esp32MemoryMonitor(long totalBytes)
        {
            _totalBytes = totalBytes < 0 ? 0 : totalBytes;
        }

        /// <inheritdoc/>
        public long TotalBytes
        {
            get { return _totalBytes; }
        }

        /// <inheritdoc/>
        public long MeasureFreeBytes()
        {
            // No compaction: compacting moves every object and stalls the terminal for a long time on a big heap.
            return nanoFramework.Runtime.Native.GC.Run(false);
        }
    }
}
