using System;
using System.IO;
using Terminal.Hal.Storage;

namespace Terminal.Hal.Esp32
{
    /// <summary>
    /// A file open on <see cref="LittleFsFileStorage"/>: either a read handle (<see cref="IFileStorage.OpenRead"/>)
    /// or an append handle (<see cref="IFileStorage.OpenAppend"/>) over a nanoFramework.System.IO.FileSystem
    /// <see cref="FileStream"/>. Whoever opened it closes it.
    /// </summary>
    /// <remarks>
    /// A read handle cannot append and an append handle cannot read: System.IO.FileSystem
    /// <see cref="FileMode.Append"/> requires <see cref="FileAccess.Write"/> alone, and reads on such a
    /// stream fail. Using the wrong one raises <see cref="InvalidOperationException"/>, as does any call
    /// but <see cref="Close"/> after closing. Not thread-safe: one owner at a time.
    /// </remarks>
    public sealed class LittleFsStorageFile : IStorageFile
    {
        private readonly LittleFsFileStorage _storage;
        private readonly string _name;
        private readonly bool _isAppendHandle;
        private FileStream _stream;
        private long _lengthBytes;

        /// <summary>Wraps a stream the storage has just opened.</summary>
        /// <param name="storage">The storage that opened it and is told when it closes.</param>
        /// <param name="name">The file name.</param>
        /// <param name="stream">The open stream; this file owns and disposes it.</param>
        /// <param name="isAppendHandle"><c>true</c> for an append handle, <c>false</c> for a read handle.</param>
        internal LittleFsStorageFile(LittleFsFileStorage storage, string name, FileStream stream, bool isAppendHandle)
        {
            _storage = storage;
            _name = name;
            _stream = stream;
            _isAppendHandle = isAppendHandle;

            // The length at open, then counted up as bytes are appended: the contract's length includes
            // bytes not yet committed, whatever the native stream reports before the close.
            _lengthBytes = stream.Length;
        }

        /// <inheritdoc/>
        public string Name
        {
            get { return _name; }
        }

        /// <inheritdoc/>
        public long Length
        {
            get
            {
                ThrowIfClosed();
                return _lengthBytes;
            }
        }

        /// <inheritdoc/>
        /// <remarks>On an append handle the position is the end of the file and cannot be set.</remarks>
        public long Position
        {
            get
            {
                ThrowIfClosed();
                return _isAppendHandle ? _lengthBytes : _stream.Position;
            }

            set
            {
                ThrowIfClosed();

                if (_isAppendHandle)
                {
                    throw new InvalidOperationException(_name + " is open for appending; it has no read position.");
                }

                if (value < 0 || value > _lengthBytes)
                {
                    throw new ArgumentOutOfRangeException("value", "The position must lie within the file.");
                }

                _stream.Position = value;
            }
        }

        /// <summary>Gets a value telling whether this handle was opened for appending.</summary>
        internal bool IsAppendHandle
        {
            get { return _isAppendHandle; }
        }

        /// <inheritdoc/>
        public int Read(byte[] buffer, int offset, int count)
        {
            ThrowIfClosed();
            ValidateRange(buffer, offset, count);

            if (_isAppendHandle)
            {
                throw new InvalidOperationException(_name + " is open for appending; open it for reading to read it.");
            }

            if (count == 0)
            {
                return 0;
            }

            try
            {
                return _stream.Read(buffer, offset, count);
            }
            catch (Exception exception)
            {
                throw LittleFsFileStorage.Translate(exception, StorageError.MediaFault, "Could not read " + _name + ".");
            }
        }

        /// <inheritdoc/>
        public void Append(byte[] buffer, int offset, int count)
        {
            ThrowIfClosed();
            ValidateRange(buffer, offset, count);

            if (!_isAppendHandle)
            {
                throw new InvalidOperationException(_name + " is open for reading; open it for appending to append.");
            }

            if (count == 0)
            {
                return;
            }

            try
            {
                _stream.Write(buffer, offset, count);
            }
            catch (Exception exception)
            {
                throw _storage.CreateWriteFailure(_name, count, exception);
            }

            _storage.OnAppended(_lengthBytes, _lengthBytes + count);
            _lengthBytes += count;
        }

        /// <inheritdoc/>
        public void Close()
        {
            if (_stream == null)
            {
                return;
            }

            FileStream stream = _stream;
            _stream = null;

            try
            {
                // The commit point: disposing the FileStream closes the LittleFS file (lfs_file_close),
                // which writes the file's metadata; FileStream.Flush is not a sync on this platform.
                stream.Dispose();
            }
            catch (Exception exception)
            {
                throw _storage.CreateWriteFailure(_name, 0, exception);
            }
            finally
            {
                _storage.OnFileClosed(this);
            }
        }

        private void ThrowIfClosed()
        {
            if (_stream == null)
            {
                throw new InvalidOperationException(_name + " is closed.");
            }
        }

        private static void ValidateRange(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException("offset", "offset and count must lie within the buffer.");
            }
        }
    }
}
