namespace Terminal.Hal.Platform
{
    /// <summary>
    /// The managed heap's state, the evidence for cause SW-MEMORY. On the device: nanoFramework.Runtime.Native
    /// <c>GC.Run(false)</c> returns the free bytes after a collection; in the simulator: a settable value.
    /// </summary>
    public interface IMemoryMonitor
    {
        /// <summary>Measures the free managed heap now. May run a collection first, so it is not for hot paths.</summary>
        /// <returns>Free bytes, 0 or more.</returns>
        long MeasureFreeBytes();

        /// <summary>Gets the managed heap's size in bytes; 0 when the platform does not tell.</summary>
        long TotalBytes { get; }
    }
}
