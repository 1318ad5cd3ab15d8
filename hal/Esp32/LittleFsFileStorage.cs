using System;
using System.Collections;
using System.IO;
using Terminal.Hal.Storage;
using Terminal.Hal.Time;

namespace Terminal.Hal.Esp32
{
    /// <summary>
    /// <see cref="IFileStorage"/> over nanoFramework.System.IO.FileSystem on the ESP32's internal LittleFS
    /// drive <c>I:</c>, keeping the terminal's files in one directory of their own.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The drive: nf-interpreter mounts the flash partition labelled <c>config</c> with esp_littlefs at
    /// <c>/I</c>, which managed code sees as <c>I:\</c> (targets/ESP32/_common/targetHAL_ConfigStorageLittlefs.c).
    /// The same drive holds nanoFramework's own configuration files (<c>I:\con_*.sys</c>: Wi-Fi, network,
    /// certificates), so the terminal keeps its files in a directory of its own and never lists or
    /// deletes those. The mount uses <c>format_if_mount_failed = true</c>: a drive that fails to mount
    /// comes back empty, silently. Only the identity witness can tell that apart from a new terminal.
    /// </para>
    /// <para>
    /// Durability: appended bytes are committed when the <see cref="FileStream"/> is disposed, the LittleFS
    /// <c>lfs_file_close</c> that <see cref="IStorageFile.Close"/> performs. LittleFS renames and removes
    /// are atomic (littlefs README, "Power-loss resilience": every file operation is copy-on-write and a
    /// power loss falls back to the last known good state), and
    /// <see cref="File.Move(string, string)"/> on one volume is a plain rename.
    /// </para>
    /// <para>
    /// Free space: nanoFramework has no free-space API. <c>DriveInfo</c> has only <c>TotalSize</c>
    /// (System.IO.FileSystem <c>DriveInfo</c>), the request for one was closed unimplemented
    /// (nanoframework/Home#799), and on ESP32 the native <c>GetSizeInfo</c> reports -1 for both size and
    /// free space of the internal flash (nanoframework/Home#1847). <see cref="FreeBytes"/> is therefore an
    /// estimate made by walking the whole drive now and then and kept current in between (see its remarks),
    /// and <see cref="TotalBytes"/> falls back to the partition size the board passes in.
    /// </para>
    /// <para>
    /// Open handles: at most one handle per file while it is open for appending (a conservative rule: the
    /// LittleFS file handle caches the uncommitted bytes, and a second handle on the same file would not
    /// see them); several read handles on one file are fine. Deleting or renaming an open file is a programming error
    /// (<see cref="InvalidOperationException"/>). The storage is thread-safe; a single
    /// <see cref="LittleFsStorageFile"/> is not and belongs to whoever opened it.
    /// </para>
    /// </remarks>
    public sealed class LittleFsFileStorage : IFileStorage
    {
        /// <summary>The longest file name accepted, in characters (the <see cref="IFileStorage"/> contract).</summary>
        public const int MaximumNameLength = 31;

        /// <summary>
        /// The LittleFS block size in bytes: esp_littlefs uses the 4 KB SPI NOR flash sector as its block.
        /// </summary>
        public const int BlockSizeBytes = 4096;

        // LittleFS keeps its superblock in the root metadata pair (blocks 0 and 1) and needs spare blocks
        // for copy-on-write while it commits; four blocks are held back from every estimate.
        private const int ReservedBlocks = 4;

        // Each directory other than the root owns a metadata pair of two blocks.
        private const int BlocksPerDirectory = 2;

        /// <summary>
        /// How long a measurement of the drive is trusted, in milliseconds, before <see cref="FreeBytes"/>
        /// walks the drive again to catch files written by others (nanoFramework's configuration store).
        /// </summary>
        public const int RemeasureIntervalMilliseconds = 60000;

        private readonly string _directoryPath;
        private readonly string _driveRoot;
        private readonly long _partitionBytes;
        private readonly IClock _clock;
        private readonly object _sync = new object();
        private readonly ArrayList _openFiles = new ArrayList();
        private long _totalBytes;
        private long _usedBytes;
        private bool _usedBytesKnown;
        private long _usedBytesMeasuredAtMilliseconds;

        /// <summary>Creates the storage. Touches no flash: the directory is created on first use.</summary>
        /// <param name="directoryPath">The terminal's directory on the drive, such as <c>I:\terminal</c>:
        /// a drive letter, a colon, a backslash, then one directory name, no trailing backslash.</param>
        /// <param name="partitionBytes">The size of the LittleFS partition in bytes, used as
        /// <see cref="TotalBytes"/> because the platform does not report it (nanoframework/Home#1847).
        /// Greater than zero.</param>
        /// <param name="clock">The monotonic clock that times the free-space measurements.</param>
        /// <exception cref="ArgumentException">The path is not of that form, or the size is not positive.</exception>
        /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <c>null</c>.</exception>
        public LittleFsFileStorage(string directoryPath, long partitionBytes, IClock clock)
        {
            if (directoryPath == null
                || directoryPath.Length < 4
                || directoryPath[1] != ':'
                || directoryPath[2] != '\\'
                || directoryPath[directoryPath.Length - 1] == '\\')
            {
                throw new ArgumentException("The storage directory must look like I:\\name.", "directoryPath");
            }

            if (partitionBytes <= 0)
            {
                throw new ArgumentException("The partition size must be positive.", "partitionBytes");
            }

            if (clock == null)
            {
                throw new ArgumentNullException("clock");
            }

            _directoryPath = directoryPath;
            _driveRoot = directoryPath.Substring(0, 3);
            _partitionBytes = partitionBytes;
            _clock = clock;
        }

        /// <summary>Gets the directory that holds the terminal's files, such as <c>I:\terminal</c>.</summary>
        public string DirectoryPath
        {
            get { return _directoryPath; }
        }

        /// <inheritdoc/>
        /// <remarks>
        /// What <c>DriveInfo.TotalSize</c> reports for the drive when it reports a positive size; otherwise
        /// (the ESP32 case today, nanoframework/Home#1847) the partition size given to the constructor.
        /// </remarks>
        public long TotalBytes
        {
            get
            {
                lock (_sync)
                {
                    return TotalBytesLocked();
                }
            }
        }

        /// <inheritdoc/>
        /// <remarks>
        /// An estimate, never more than the truth as far as LittleFS's layout allows: <see cref="TotalBytes"/>
        /// minus four reserved blocks, two blocks per directory, and every non-empty file on the whole drive
        /// (nanoFramework's configuration files included) rounded up to whole 4 KB blocks; small files that
        /// LittleFS stores inline in their directory's metadata are charged a full block. Measuring walks the
        /// drive, one native call per file, so it happens on first use, after a failed write and at most every
        /// <see cref="RemeasureIntervalMilliseconds"/>; in between, appends and deletes made through this
        /// storage keep the figure current, and a call costs nothing.
        /// </remarks>
        public long FreeBytes
        {
            get
            {
                lock (_sync)
                {
                    return EstimateFreeBytesLocked();
                }
            }
        }

        /// <inheritdoc/>
        public bool Exists(string name)
        {
            string path = PathOf(name);

            lock (_sync)
            {
                EnsureDirectoryLocked();

                try
                {
                    return File.Exists(path);
                }
                catch (Exception exception)
                {
                    throw Translate(exception, StorageError.MediaFault, "Could not look for " + name + ".");
                }
            }
        }

        /// <inheritdoc/>
        public string[] ListFiles()
        {
            lock (_sync)
            {
                EnsureDirectoryLocked();

                string[] entries;

                try
                {
                    entries = Directory.GetFiles(_directoryPath);
                }
                catch (Exception exception)
                {
                    throw Translate(exception, StorageError.MediaFault, "Could not list " + _directoryPath + ".");
                }

                // System.IO.FileSystem Directory.GetFiles returns paths; the contract wants bare names.
                string[] names = new string[entries.Length];

                for (int index = 0; index < entries.Length; index++)
                {
                    names[index] = Path.GetFileName(entries[index]);
                }

                return names;
            }
        }

        /// <inheritdoc/>
        /// <exception cref="InvalidOperationException">The file is open for appending.</exception>
        public IStorageFile OpenRead(string name)
        {
            string path = PathOf(name);

            lock (_sync)
            {
                if (FindOpenAppendHandleLocked(name) != null)
                {
                    throw new InvalidOperationException(name + " is open for appending; close it before reading it.");
                }

                EnsureDirectoryLocked();
                FileStream stream;

                try
                {
                    if (!File.Exists(path))
                    {
                        throw new StorageException(StorageError.NotFound, name + " does not exist.");
                    }

                    stream = new FileStream(path, FileMode.Open, FileAccess.Read);
                }
                catch (Exception exception)
                {
                    throw Translate(exception, FileExistsQuietly(path) ? StorageError.MediaFault : StorageError.NotFound,
                        "Could not open " + name + " for reading.");
                }

                LittleFsStorageFile file = new LittleFsStorageFile(this, name, stream, false);
                _openFiles.Add(file);
                return file;
            }
        }

        /// <inheritdoc/>
        /// <exception cref="InvalidOperationException">The file is already open.</exception>
        public IStorageFile OpenAppend(string name)
        {
            string path = PathOf(name);

            lock (_sync)
            {
                if (IsOpenLocked(name))
                {
                    throw new InvalidOperationException(name + " is already open; close it before appending to it.");
                }

                EnsureDirectoryLocked();
                FileStream stream;

                try
                {
                    // System.IO.FileSystem FileMode.Append: opens or creates, positions at the end, and
                    // must be paired with FileAccess.Write alone (FileStream throws ArgumentException otherwise).
                    stream = new FileStream(path, FileMode.Append, FileAccess.Write);
                }
                catch (Exception exception)
                {
                    throw Translate(exception, ClassifyWriteFailureLocked(0), "Could not open " + name + " for appending.");
                }

                LittleFsStorageFile file = new LittleFsStorageFile(this, name, stream, true);
                _openFiles.Add(file);
                return file;
            }
        }

        /// <inheritdoc/>
        /// <exception cref="InvalidOperationException">The file is open.</exception>
        public void Delete(string name)
        {
            string path = PathOf(name);

            lock (_sync)
            {
                if (IsOpenLocked(name))
                {
                    throw new InvalidOperationException(name + " is open; close it before deleting it.");
                }

                EnsureDirectoryLocked();

                try
                {
                    // System.IO.FileSystem File.Delete is itself a no-op on a missing file; the check
                    // keeps Delete idempotent whatever a later package version does.
                    if (File.Exists(path))
                    {
                        long lengthBytes = _usedBytesKnown ? LengthOfLocked(path) : 0;
                        File.Delete(path);
                        _usedBytes -= RoundUpToBlocks(lengthBytes);
                    }
                }
                catch (Exception exception)
                {
                    throw Translate(exception, StorageError.MediaFault, "Could not delete " + name + ".");
                }
            }
        }

        /// <inheritdoc/>
        /// <exception cref="InvalidOperationException">The source or the target is open.</exception>
        public void Rename(string sourceName, string targetName)
        {
            string sourcePath = PathOf(sourceName);
            string targetPath = PathOf(targetName);

            lock (_sync)
            {
                if (IsOpenLocked(sourceName) || IsOpenLocked(targetName))
                {
                    throw new InvalidOperationException("Close " + sourceName + " and " + targetName + " before renaming.");
                }

                EnsureDirectoryLocked();

                try
                {
                    if (!File.Exists(sourcePath))
                    {
                        throw new StorageException(StorageError.NotFound, sourceName + " does not exist.");
                    }

                    if (File.Exists(targetPath))
                    {
                        throw new StorageException(StorageError.AlreadyExists, targetName + " already exists.");
                    }

                    // System.IO.FileSystem File.Move throws when the target exists (IOException with
                    // PathAlreadyExists in current sources, a bare Exception in older ones), so the checks
                    // above run first and the catch below re-reads the drive to name the cause.
                    File.Move(sourcePath, targetPath);
                }
                catch (Exception exception)
                {
                    StorageError error = StorageError.MediaFault;

                    if (FileExistsQuietly(targetPath))
                    {
                        error = StorageError.AlreadyExists;
                    }
                    else if (!FileExistsQuietly(sourcePath))
                    {
                        error = StorageError.NotFound;
                    }

                    throw Translate(exception, error, "Could not rename " + sourceName + " to " + targetName + ".");
                }
            }
        }

        /// <summary>Called by an append handle after a successful write, to keep the free-space figure current.</summary>
        /// <param name="lengthBeforeBytes">The file's length before the write.</param>
        /// <param name="lengthAfterBytes">The file's length after it.</param>
        internal void OnAppended(long lengthBeforeBytes, long lengthAfterBytes)
        {
            lock (_sync)
            {
                _usedBytes += RoundUpToBlocks(lengthAfterBytes) - RoundUpToBlocks(lengthBeforeBytes);
            }
        }

        /// <summary>Called by a file when it closes, so it no longer counts as open.</summary>
        /// <param name="file">The file that closed.</param>
        internal void OnFileClosed(LittleFsStorageFile file)
        {
            lock (_sync)
            {
                _openFiles.Remove(file);
            }
        }

        /// <summary>Builds the exception for a failed write or commit, telling a full drive from a fault.</summary>
        /// <param name="name">The file name, for the message.</param>
        /// <param name="bytesWanted">How many bytes the failed operation tried to add.</param>
        /// <param name="platformException">What the platform threw.</param>
        /// <returns>The exception to throw; the platform's own when it was a programming error.</returns>
        internal Exception CreateWriteFailure(string name, int bytesWanted, Exception platformException)
        {
            lock (_sync)
            {
                return Translate(platformException, ClassifyWriteFailureLocked(bytesWanted), "Could not write " + name + ".");
            }
        }

        /// <summary>Tells whether an exception is a programming error that must pass through unchanged.</summary>
        /// <param name="exception">The exception.</param>
        /// <returns><c>true</c> for argument, state, disposal, support and memory errors.</returns>
        internal static bool IsProgrammingError(Exception exception)
        {
            // nanoFramework's ObjectDisposedException derives from SystemException, not from
            // InvalidOperationException as on desktop .NET (CoreLibrary ObjectDisposedException), so it is named.
            return exception is ArgumentException
                || exception is InvalidOperationException
                || exception is ObjectDisposedException
                || exception is NotSupportedException
                || exception is OutOfMemoryException;
        }

        /// <summary>Maps a platform exception to a <see cref="StorageException"/>, passing through our own and programming errors.</summary>
        /// <param name="exception">What was thrown.</param>
        /// <param name="error">The field condition to report.</param>
        /// <param name="message">A sentence naming the file.</param>
        /// <returns>The exception to throw.</returns>
        internal static Exception Translate(Exception exception, StorageError error, string message)
        {
            if (exception is StorageException || IsProgrammingError(exception))
            {
                return exception;
            }

            // nanoFramework's native file errors carry no LittleFS code (no LFS_ERR_NOSPC / LFS_ERR_CORRUPT
            // distinction in IOException.IOExceptionErrorCode), so the caller decides the StorageError.
            return new StorageException(error, message, exception);
        }

        private string PathOf(string name)
        {
            ValidateName(name);
            return _directoryPath + "\\" + name;
        }

        private static void ValidateName(string name)
        {
            if (name == null || name.Length == 0 || name.Length > MaximumNameLength)
            {
                throw new ArgumentException("A file name has 1 to 31 characters.", "name");
            }

            bool onlyDots = true;

            for (int index = 0; index < name.Length; index++)
            {
                char character = name[index];
                bool allowed = (character >= 'a' && character <= 'z')
                    || (character >= '0' && character <= '9')
                    || character == '.'
                    || character == '_'
                    || character == '-';

                if (!allowed)
                {
                    throw new ArgumentException("A file name uses only a-z, 0-9, '.', '_' and '-': " + name, "name");
                }

                if (character != '.')
                {
                    onlyDots = false;
                }
            }

            if (onlyDots)
            {
                throw new ArgumentException("A file name cannot be only dots: " + name, "name");
            }
        }

        private void EnsureDirectoryLocked()
        {
            try
            {
                if (!Directory.Exists(_directoryPath))
                {
                    // A missing directory means a new terminal or a drive that was formatted silently;
                    // telling them apart is the identity witness's job, not this one's.
                    Directory.CreateDirectory(_directoryPath);
                }
            }
            catch (Exception exception)
            {
                throw Translate(exception, StorageError.NotMounted, _driveRoot + " is not mounted.");
            }
        }

        private bool IsOpenLocked(string name)
        {
            for (int index = 0; index < _openFiles.Count; index++)
            {
                if (((LittleFsStorageFile)_openFiles[index]).Name == name)
                {
                    return true;
                }
            }

            return false;
        }

        private LittleFsStorageFile FindOpenAppendHandleLocked(string name)
        {
            for (int index = 0; index < _openFiles.Count; index++)
            {
                LittleFsStorageFile file = (LittleFsStorageFile)_openFiles[index];

                if (file.IsAppendHandle && file.Name == name)
                {
                    return file;
                }
            }

            return null;
        }

        private static bool FileExistsQuietly(string path)
        {
            try
            {
                return File.Exists(path);
            }
            catch (Exception exception)
            {
                if (IsProgrammingError(exception))
                {
                    throw;
                }

                return false;
            }
        }

        private StorageError ClassifyWriteFailureLocked(int bytesWanted)
        {
            // With no error code to go by, a write that failed while the estimate says there was not room
            // for it plus one block is "full"; any other failure is a media fault.
            long free;

            try
            {
                // The write failed, so the running figure may be off: measure the drive again.
                _usedBytesKnown = false;
                free = EstimateFreeBytesLocked();
            }
            catch (Exception exception)
            {
                if (IsProgrammingError(exception))
                {
                    throw;
                }

                return StorageError.MediaFault;
            }

            return free < (long)bytesWanted + BlockSizeBytes ? StorageError.Full : StorageError.MediaFault;
        }

        private long TotalBytesLocked()
        {
            if (_totalBytes > 0)
            {
                return _totalBytes;
            }

            long reported = 0;

            try
            {
                DriveInfo[] drives = DriveInfo.GetDrives();

                for (int index = 0; index < drives.Length; index++)
                {
                    string driveName = drives[index].Name;

                    if (driveName != null && driveName.Length > 0 && ToUpperAscii(driveName[0]) == ToUpperAscii(_driveRoot[0]))
                    {
                        reported = drives[index].TotalSize;
                    }
                }
            }
            catch (Exception exception)
            {
                // DriveInfo is not implemented on every target; the partition size stands in for it.
                if (IsProgrammingError(exception) && !(exception is NotSupportedException))
                {
                    throw;
                }
            }

            _totalBytes = reported > 0 ? reported : _partitionBytes;
            return _totalBytes;
        }

        private long EstimateFreeBytesLocked()
        {
            long nowMilliseconds = _clock.MonotonicMilliseconds;

            if (!_usedBytesKnown || nowMilliseconds - _usedBytesMeasuredAtMilliseconds >= RemeasureIntervalMilliseconds)
            {
                _usedBytes = MeasureUsedBytesLocked();
                _usedBytesKnown = true;
                _usedBytesMeasuredAtMilliseconds = nowMilliseconds;
            }

            long freeBytes = TotalBytesLocked() - _usedBytes;
            return freeBytes > 0 ? freeBytes : 0;
        }

        private long MeasureUsedBytesLocked()
        {
            long usedBytes = (long)ReservedBlocks * BlockSizeBytes;
            ArrayList pendingDirectories = new ArrayList();
            pendingDirectories.Add(_driveRoot);

            try
            {
                while (pendingDirectories.Count > 0)
                {
                    string directory = (string)pendingDirectories[pendingDirectories.Count - 1];
                    pendingDirectories.RemoveAt(pendingDirectories.Count - 1);

                    if (directory != _driveRoot)
                    {
                        usedBytes += (long)BlocksPerDirectory * BlockSizeBytes;
                    }

                    string[] files = Directory.GetFiles(directory);

                    for (int index = 0; index < files.Length; index++)
                    {
                        usedBytes += RoundUpToBlocks(LengthOfLocked(ToAbsolute(directory, files[index])));
                    }

                    string[] subdirectories = Directory.GetDirectories(directory);

                    for (int index = 0; index < subdirectories.Length; index++)
                    {
                        pendingDirectories.Add(ToAbsolute(directory, subdirectories[index]));
                    }
                }
            }
            catch (Exception exception)
            {
                throw Translate(exception, StorageError.MediaFault, "Could not measure " + _driveRoot + ".");
            }

            return usedBytes;
        }

        private long LengthOfLocked(string path)
        {
            // A file open for appending is measured through its handle: LittleFS is not asked to open
            // the same file twice while one handle has uncommitted writes.
            for (int index = 0; index < _openFiles.Count; index++)
            {
                LittleFsStorageFile file = (LittleFsStorageFile)_openFiles[index];

                if (file.IsAppendHandle && _directoryPath + "\\" + file.Name == path)
                {
                    return file.Length;
                }
            }

            FileStream stream = new FileStream(path, FileMode.Open, FileAccess.Read);

            try
            {
                return stream.Length;
            }
            finally
            {
                stream.Dispose();
            }
        }

        private static long RoundUpToBlocks(long lengthBytes)
        {
            if (lengthBytes <= 0)
            {
                return 0;
            }

            return ((lengthBytes + BlockSizeBytes - 1) / BlockSizeBytes) * BlockSizeBytes;
        }

        private static char ToUpperAscii(char character)
        {
            return character >= 'a' && character <= 'z' ? (char)(character - 'a' + 'A') : character;
        }

        private static string ToAbsolute(string directory, string entry)
        {
            // Directory.GetFiles/GetDirectories document absolute paths; accept bare names as well.
            if (entry.Length > 1 && entry[1] == ':')
            {
                return entry;
            }

            return directory[directory.Length - 1] == '\\' ? directory + entry : directory + "\\" + entry;
        }
    }
}
