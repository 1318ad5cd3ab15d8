namespace Terminal.Tools.Bench
{
    /// <summary>
    /// When the device's garbage collector runs, modelled from the managed bytes the firmware
    /// allocates: every <see cref="BudgetBytes"/> of allocation since start, one stop-the-world
    /// collection (docs/latency-model.md).
    /// </summary>
    internal static class LatencyHeapModel
    {
        /// <summary>
        /// Managed bytes allocated between two collections: an assumed 48 KB free after a collection,
        /// on a 70-120 KB heap without PSRAM (nanoframework.md, memory) holding the app's live set.
        /// </summary>
        public const long BudgetBytes = 48 * 1024;

        /// <summary>Tells whether a collection falls between two points of the cumulative allocation count.</summary>
        /// <param name="allocatedBefore">Device bytes allocated since start at the window's opening.</param>
        /// <param name="allocatedAfter">The same at its closing.</param>
        /// <returns><c>true</c> when the count crosses a multiple of <see cref="BudgetBytes"/> in between.</returns>
        public static bool CollectionBetween(long allocatedBefore, long allocatedAfter)
        {
            return (allocatedAfter / BudgetBytes) > (allocatedBefore / BudgetBytes);
        }
    }
}
