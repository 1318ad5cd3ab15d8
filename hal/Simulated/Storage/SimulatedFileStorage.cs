using Terminal.Hal.Storage;

namespace Terminal.Hal.Simulated.Storage
{
    /// <summary>
    /// The firmware-facing view of a <see cref="SimulatedFlash"/>: what <c>I:</c> looks like to the
    /// journal. One instance per flash, valid across <see cref="SimulatedFlash.PowerOn"/>.
    /// </summary>
    internal sealed class SimulatedFileStorage : IFileStorage
    {
        private readonly SimulatedFlash flash;

        internal SimulatedFileStorage(SimulatedFlash flash)
        {
            this.flash = flash;
        }

        /// <inheritdoc/>
        public long TotalBytes => flash.ViewTotalBytes();

        /// <inheritdoc/>
        public long FreeBytes => flash.ViewFreeBytes();

        /// <inheritdoc/>
        public bool Exists(string name) => flash.ViewExists(name);

        /// <inheritdoc/>
        public string[] ListFiles() => flash.ViewListFiles();

        /// <inheritdoc/>
        public IStorageFile OpenRead(string name) => flash.OpenRead(name);

        /// <inheritdoc/>
        public IStorageFile OpenAppend(string name) => flash.OpenAppend(name);

        /// <inheritdoc/>
        public void Delete(string name) => flash.Delete(name);

        /// <inheritdoc/>
        public void Rename(string sourceName, string targetName) => flash.Rename(sourceName, targetName);
    }
}
