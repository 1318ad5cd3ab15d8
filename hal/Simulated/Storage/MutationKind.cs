namespace Terminal.Hal.Simulated.Storage
{
    /// <summary>
    /// The operations that change what a <see cref="SimulatedFlash"/> holds: the points at which a
    /// power cut can land between two states of the file system.
    /// </summary>
    public enum MutationKind
    {
        /// <summary><see cref="Terminal.Hal.Storage.IFileStorage.OpenAppend"/> of a file that did not exist.</summary>
        Create,

        /// <summary><see cref="Terminal.Hal.Storage.IStorageFile.Append"/> of at least one byte.</summary>
        Append,

        /// <summary>
        /// <see cref="Terminal.Hal.Storage.IStorageFile.Close"/> of a handle that appended at least one
        /// byte or created the file: the commit that makes the file's bytes durable.
        /// </summary>
        Sync,

        /// <summary><see cref="Terminal.Hal.Storage.IFileStorage.Delete"/> of an existing file.</summary>
        Delete,

        /// <summary><see cref="Terminal.Hal.Storage.IFileStorage.Rename"/> of an existing file.</summary>
        Rename,
    }
}
