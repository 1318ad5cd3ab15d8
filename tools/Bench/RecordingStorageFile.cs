using Terminal.Hal.Storage;

namespace Terminal.Tools.Bench
{
    /// <summary>A file handle that passes every call through and records it; see <see cref="RecordingFileStorage"/>.</summary>
    internal sealed class RecordingStorageFile : IStorageFile
    {
        private readonly IStorageFile _inner;
        private readonly int _handle;
        private readonly StorageTrace _trace;

        /// <summary>Wraps a handle.</summary>
        /// <param name="inner">The real handle.</param>
        /// <param name="handle">Its id in the trace.</param>
        /// <param name="trace">Where the calls go.</param>
        public RecordingStorageFile(IStorageFile inner, int handle, StorageTrace trace)
        {
            _inner = inner;
            _handle = handle;
            _trace = trace;
        }

        /// <inheritdoc/>
        public string Name
        {
            get { return _inner.Name; }
        }

        /// <inheritdoc/>
        public long Length
        {
            get
            {
                long value = _inner.Length;
                _trace.Add(new StorageOp { Kind = StorageOpKind.Length, Handle = _handle });
                return value;
            }
        }

        /// <inheritdoc/>
        public long Position
        {
            get
            {
                long value = _inner.Position;
                _trace.Add(new StorageOp { Kind = StorageOpKind.GetPosition, Handle = _handle });
                return value;
            }

            set
            {
                _inner.Position = value;
                _trace.Add(new StorageOp { Kind = StorageOpKind.SetPosition, Handle = _handle, Count = value });
            }
        }

        /// <inheritdoc/>
        public int Read(byte[] buffer, int offset, int count)
        {
            int read = _inner.Read(buffer, offset, count);
            _trace.Add(new StorageOp { Kind = StorageOpKind.Read, Handle = _handle, Count = count });
            return read;
        }

        /// <inheritdoc/>
        public void Append(byte[] buffer, int offset, int count)
        {
            _inner.Append(buffer, offset, count);
            int start = _trace.AddData(buffer, offset, count);
            _trace.Add(new StorageOp { Kind = StorageOpKind.Append, Handle = _handle, DataOffset = start, Count = count });
        }

        /// <inheritdoc/>
        public void Close()
        {
            _inner.Close();
            _trace.Add(new StorageOp { Kind = StorageOpKind.Close, Handle = _handle });
        }
    }
}
