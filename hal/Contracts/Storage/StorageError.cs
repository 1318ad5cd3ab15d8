namespace Terminal.Hal.Storage
{
    /// <summary>Why a storage operation failed: the field conditions a caller is expected to handle.</summary>
    public enum StorageError
    {
        /// <summary>The named file does not exist.</summary>
        NotFound = 1,

        /// <summary>A rename's target already exists.</summary>
        AlreadyExists = 2,

        /// <summary>The drive has no room for the bytes to be written (LittleFS LFS_ERR_NOSPC).</summary>
        Full = 3,

        /// <summary>The flash or file system reported a fault (LittleFS LFS_ERR_IO / LFS_ERR_CORRUPT).</summary>
        MediaFault = 4,

        /// <summary>The drive is not mounted or not present.</summary>
        NotMounted = 5,
    }
}
