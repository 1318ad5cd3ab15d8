namespace Terminal.Hal.Storage
{
    /// <summary>
    /// An open file on an <see cref="IFileStorage"/>. Whoever opened it closes it: closing is the
    /// only durability point for appended bytes.
    /// </summary>
    public interface IStorageFile
    {
        /// <summary>Gets the file's name.</summary>
        string Name { get; }

        /// <summary>Gets the current length of the file in bytes, including unsynced appended bytes.</summary>
        long Length { get; }

        /// <summary>Gets or sets the read position in bytes from the start of the file.</summary>
        long Position { get; set; }

        /// <summary>Reads up to <paramref name="count"/> bytes from the current position.</summary>
        /// <param name="buffer">The destination buffer.</param>
        /// <param name="offset">Where in <paramref name="buffer"/> the first byte goes.</param>
        /// <param name="count">The most bytes to read.</param>
        /// <returns>The bytes read; 0 at the end of the file.</returns>
        int Read(byte[] buffer, int offset, int count);

        /// <summary>
        /// Appends bytes at the end of the file. They are not durable until <see cref="Close"/> returns.
        /// </summary>
        /// <param name="buffer">The source buffer.</param>
        /// <param name="offset">Where in <paramref name="buffer"/> the first byte is.</param>
        /// <param name="count">How many bytes to append.</param>
        /// <exception cref="StorageException"><see cref="StorageError.Full"/> when the drive has no room.</exception>
        void Append(byte[] buffer, int offset, int count);

        /// <summary>
        /// Closes the file and commits what was appended: the durability point. Closing twice does nothing.
        /// </summary>
        /// <exception cref="StorageException"><see cref="StorageError.Full"/> or <see cref="StorageError.MediaFault"/>
        /// when the commit fails; the appended bytes may then be lost, never partly reordered.</exception>
        void Close();
    }
}
