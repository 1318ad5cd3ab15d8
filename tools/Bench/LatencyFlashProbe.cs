using Terminal.Hal.Storage;

namespace Terminal.Tools.Bench
{
    /// <summary>
    /// A drive that passes every call through and counts the flash work it implies: files created,
    /// appends, 256-byte pages programmed, and 4 KB blocks an append enters for the first time. The
    /// <c>latency</c> benchmark models sector erases from these counts: on SPI NOR an erase happens
    /// only when a write needs a fresh 4 KB block, that is for each file create (its first block) and
    /// each append that crosses into a new block of its file. LittleFS's own metadata traffic is not
    /// seen here (docs/latency-model.md, caveats).
    /// </summary>
    internal sealed class LatencyFlashProbe : IFileStorage
    {
        /// <summary>Erase unit of the ESP32's SPI NOR flash, bytes (nanoframework.md, flash physics).</summary>
        public const int BlockSizeBytes = 4096;

        /// <summary>Program unit of the ESP32's SPI NOR flash, bytes (nanoframework.md, flash physics).</summary>
        public const int PageSizeBytes = 256;

        private readonly IFileStorage _inner;

        /// <summary>Wraps a drive.</summary>
        /// <param name="inner">The drive that does the work; not owned.</param>
        public LatencyFlashProbe(IFileStorage inner)
        {
            _inner = inner;
        }

        /// <summary>Gets the files created by <see cref="OpenAppend"/> so far.</summary>
        public long Creates { get; private set; }

        /// <summary>Gets the appends of at least one byte so far.</summary>
        public long Appends { get; private set; }

        /// <summary>Gets the bytes appended so far.</summary>
        public long BytesAppended { get; private set; }

        /// <summary>Gets the 256-byte pages the appends so far programmed (a page touched twice counts twice).</summary>
        public long PagesProgrammed { get; private set; }

        /// <summary>Gets the 4 KB blocks appends entered beyond each file's first block.</summary>
        public long BlocksEntered { get; private set; }

        /// <summary>Gets the deletes and renames so far (each a metadata commit in LittleFS).</summary>
        public long MetadataChanges { get; private set; }

        /// <summary>Gets the modelled sector erases so far: creates plus blocks entered.</summary>
        public long ModelledErases
        {
            get { return Creates + BlocksEntered; }
        }

        /// <inheritdoc/>
        public long TotalBytes
        {
            get { return _inner.TotalBytes; }
        }

        /// <inheritdoc/>
        public long FreeBytes
        {
            get { return _inner.FreeBytes; }
        }

        /// <inheritdoc/>
        public bool Exists(string name)
        {
            return _inner.Exists(name);
        }

        /// <inheritdoc/>
        public string[] ListFiles()
        {
            return _inner.ListFiles();
        }

        /// <inheritdoc/>
        public IStorageFile OpenRead(string name)
        {
            return _inner.OpenRead(name);
        }

        /// <inheritdoc/>
        public IStorageFile OpenAppend(string name)
        {
            bool existed = _inner.Exists(name);
            IStorageFile file = _inner.OpenAppend(name);
            if (!existed)
            {
                Creates++;
            }

            return new LatencyProbeFile(file, this);
        }

        /// <inheritdoc/>
        public void Delete(string name)
        {
            _inner.Delete(name);
            MetadataChanges++;
        }

        /// <inheritdoc/>
        public void Rename(string sourceName, string targetName)
        {
            _inner.Rename(sourceName, targetName);
            MetadataChanges++;
        }

        /// <summary>Counts one append of <paramref name="count"/> bytes to a file that was <paramref name="lengthBefore"/> bytes long.</summary>
        /// <param name="lengthBefore">The file's length before the append.</param>
        /// <param name="count">The bytes appended, 1 or more.</param>
        internal void CountAppend(long lengthBefore, int count)
        {
            long lengthAfter = lengthBefore + count;
            Appends++;
            BytesAppended += count;
            PagesProgrammed += CeilingDivide(lengthAfter, PageSizeBytes) - (lengthBefore / PageSizeBytes);

            // The first block of a file is erased when it is created; later blocks when an append first reaches them.
            long blocksBefore = CeilingDivide(lengthBefore, BlockSizeBytes);
            if (blocksBefore < 1)
            {
                blocksBefore = 1;
            }

            long blocksAfter = CeilingDivide(lengthAfter, BlockSizeBytes);
            if (blocksAfter > blocksBefore)
            {
                BlocksEntered += blocksAfter - blocksBefore;
            }
        }

        private static long CeilingDivide(long value, long divisor)
        {
            return (value + divisor - 1) / divisor;
        }
    }
}
