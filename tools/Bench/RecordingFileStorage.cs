using Terminal.Hal.Storage;

namespace Terminal.Tools.Bench
{
    /// <summary>A drive that passes every call through to another and records it in a <see cref="StorageTrace"/>.</summary>
    internal sealed class RecordingFileStorage : IFileStorage
    {
        private readonly IFileStorage _inner;

        /// <summary>Wraps a drive.</summary>
        /// <param name="inner">The drive that does the work.</param>
        /// <param name="trace">Where the calls go.</param>
        public RecordingFileStorage(IFileStorage inner, StorageTrace trace)
        {
            _inner = inner;
            Trace = trace;
        }

        /// <summary>Gets the recorded calls.</summary>
        public StorageTrace Trace { get; }

        /// <inheritdoc/>
        public long TotalBytes
        {
            get
            {
                long value = _inner.TotalBytes;
                Trace.Add(new StorageOp { Kind = StorageOpKind.TotalBytes });
                return value;
            }
        }

        /// <inheritdoc/>
        public long FreeBytes
        {
            get
            {
                long value = _inner.FreeBytes;
                Trace.Add(new StorageOp { Kind = StorageOpKind.FreeBytes });
                return value;
            }
        }

        /// <inheritdoc/>
        public bool Exists(string name)
        {
            bool value = _inner.Exists(name);
            Trace.Add(new StorageOp { Kind = StorageOpKind.Exists, Name = name });
            return value;
        }

        /// <inheritdoc/>
        public string[] ListFiles()
        {
            string[] value = _inner.ListFiles();
            Trace.Add(new StorageOp { Kind = StorageOpKind.ListFiles });
            return value;
        }

        /// <inheritdoc/>
        public IStorageFile OpenRead(string name)
        {
            IStorageFile file = _inner.OpenRead(name);
            int handle = Trace.NewHandle();
            Trace.Add(new StorageOp { Kind = StorageOpKind.OpenRead, Name = name, Handle = handle });
            return new RecordingStorageFile(file, handle, Trace);
        }

        /// <inheritdoc/>
        public IStorageFile OpenAppend(string name)
        {
            IStorageFile file = _inner.OpenAppend(name);
            int handle = Trace.NewHandle();
            Trace.Add(new StorageOp { Kind = StorageOpKind.OpenAppend, Name = name, Handle = handle });
            return new RecordingStorageFile(file, handle, Trace);
        }

        /// <inheritdoc/>
        public void Delete(string name)
        {
            _inner.Delete(name);
            Trace.Add(new StorageOp { Kind = StorageOpKind.Delete, Name = name });
        }

        /// <inheritdoc/>
        public void Rename(string sourceName, string targetName)
        {
            _inner.Rename(sourceName, targetName);
            Trace.Add(new StorageOp { Kind = StorageOpKind.Rename, Name = sourceName, Target = targetName });
        }
    }
}
