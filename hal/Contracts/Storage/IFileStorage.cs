using System;

namespace Terminal.Hal.Storage
{
    /// <summary>
    /// A flat, flash-backed file store shaped after what nanoFramework's LittleFS drive <c>I:</c>
    /// offers through nanoFramework.System.IO.FileSystem (<c>File</c>, <c>FileStream</c>,
    /// <c>Directory</c>): create, append, read, close, delete, rename and free space.
    /// </summary>
    /// <remarks>
    /// Durability rule, the one the journal is built on: bytes appended to a file are durable only
    /// once <see cref="IStorageFile.Close"/> has returned. Until then a power cut may keep none,
    /// all, or any prefix of them (LittleFS commits on close; <c>Flush</c> is not a sync).
    /// A rename and a delete are atomic: after a power cut they either happened or did not.
    /// Names are plain file names (no directories) of at most 31 characters of <c>[a-z0-9._-]</c>,
    /// within LittleFS's default LFS_NAME_MAX of 255 and short enough for the <c>I:\</c> prefix.
    /// Expected field conditions (storage full, file missing, media fault) raise
    /// <see cref="StorageException"/> with a <see cref="StorageError"/>; misuse (a bad name, a
    /// rename onto an open file) raises <see cref="ArgumentException"/> or
    /// <see cref="InvalidOperationException"/>.
    /// </remarks>
    public interface IFileStorage
    {
        /// <summary>Gets the total capacity of the drive in bytes.</summary>
        long TotalBytes { get; }

        /// <summary>Gets the bytes still free on the drive, as the file system reports them.</summary>
        long FreeBytes { get; }

        /// <summary>Tells whether a file with this name exists.</summary>
        /// <param name="name">The file name.</param>
        /// <returns><c>true</c> when the file exists, even if it is empty.</returns>
        bool Exists(string name);

        /// <summary>Lists the names of all files on the drive, in no particular order.</summary>
        /// <returns>A new array of file names; empty when the drive holds no file.</returns>
        string[] ListFiles();

        /// <summary>Opens an existing file for reading from its first byte.</summary>
        /// <param name="name">The file name.</param>
        /// <returns>A file handle that the caller owns and must close.</returns>
        /// <exception cref="StorageException"><see cref="StorageError.NotFound"/> when the file is missing.</exception>
        IStorageFile OpenRead(string name);

        /// <summary>
        /// Opens a file for appending, creating it empty when it does not exist. Writes go to its end.
        /// </summary>
        /// <param name="name">The file name.</param>
        /// <returns>A file handle that the caller owns and must close; closing it is the commit point.</returns>
        IStorageFile OpenAppend(string name);

        /// <summary>Deletes a file. Atomic. Deleting a missing file does nothing.</summary>
        /// <param name="name">The file name.</param>
        void Delete(string name);

        /// <summary>
        /// Renames a file atomically. The target must not exist (nanoFramework's <c>File.Move</c>
        /// throws when it does), so callers delete it first and cope with a cut in between.
        /// </summary>
        /// <param name="sourceName">The existing file's name.</param>
        /// <param name="targetName">The new name, which must not exist yet.</param>
        /// <exception cref="StorageException"><see cref="StorageError.NotFound"/> when the source is missing,
        /// <see cref="StorageError.AlreadyExists"/> when the target exists.</exception>
        void Rename(string sourceName, string targetName);
    }
}
