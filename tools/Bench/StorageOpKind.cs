namespace Terminal.Tools.Bench
{
    /// <summary>A call on <see cref="Terminal.Hal.Storage.IFileStorage"/> or <see cref="Terminal.Hal.Storage.IStorageFile"/>, as a <see cref="StorageTrace"/> records it.</summary>
    internal enum StorageOpKind
    {
        /// <summary><c>IFileStorage.OpenRead</c>.</summary>
        OpenRead,

        /// <summary><c>IFileStorage.OpenAppend</c>.</summary>
        OpenAppend,

        /// <summary><c>IStorageFile.Read</c>.</summary>
        Read,

        /// <summary><c>IStorageFile.Append</c>.</summary>
        Append,

        /// <summary><c>IStorageFile.Close</c>.</summary>
        Close,

        /// <summary><c>IStorageFile.Length</c>.</summary>
        Length,

        /// <summary><c>IStorageFile.Position</c> read.</summary>
        GetPosition,

        /// <summary><c>IStorageFile.Position</c> written.</summary>
        SetPosition,

        /// <summary><c>IFileStorage.Delete</c>.</summary>
        Delete,

        /// <summary><c>IFileStorage.Rename</c>.</summary>
        Rename,

        /// <summary><c>IFileStorage.Exists</c>.</summary>
        Exists,

        /// <summary><c>IFileStorage.ListFiles</c>.</summary>
        ListFiles,

        /// <summary><c>IFileStorage.FreeBytes</c>.</summary>
        FreeBytes,

        /// <summary><c>IFileStorage.TotalBytes</c>.</summary>
        TotalBytes,
    }
}
