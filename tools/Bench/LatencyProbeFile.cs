using Terminal.Hal.Storage;

namespace Terminal.Tools.Bench
{
    /// <summary>A file handle that passes every call through and tells its <see cref="LatencyFlashProbe"/> about appends.</summary>
    internal sealed class LatencyProbeFile : IStorageFile
    {
        private readonly IStorageFile _inner;
        private readonly LatencyFlashProbe _probe;

        /// <summary>Wraps a handle.</summary>
        /// <param name="inner">The real handle; closed by <see cref="Close"/>.</param>
        /// <param name="probe">Where appends are counted.</param>
        public LatencyProbeFile(IStorageFile inner, LatencyFlashProbe probe)
        {
            _inner = inner;
            _probe = probe;
        }

        /// <inheritdoc/>
        public string Name
        {
            get { return _inner.Name; }
        }

        /// <inheritdoc/>
        public long Length
        {
            get { return _inner.Length; }
        }

        /// <inheritdoc/>
        public long Position
        {
            get { return _inner.Position; }
            set { _inner.Position = value; }
        }

        /// <inheritdoc/>
        public int Read(byte[] buffer, int offset, int count)
        {
            return _inner.Read(buffer, offset, count);
        }

        /// <inheritdoc/>
        public void Append(byte[] buffer, int offset, int count)
        {
            long lengthBefore = _inner.Length;
            _inner.Append(buffer, offset, count);
            if (count > 0)
            {
                _probe.CountAppend(lengthBefore, count);
            }
        }

        /// <inheritdoc/>
        public void Close()
        {
            _inner.Close();
        }
    }
}
