using System;

namespace Terminal.Hal.Storage
{
    /// <summary>A storage operation failed for a reason the field can produce; see <see cref="Error"/>.</summary>
    public class StorageException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="error">Why the operation failed.</param>
        /// <param name="message">A sentence for the technician, naming the file where there is one.</param>
        public StorageException(StorageError error, string message)
            : base(message)
        {
            Error = error;
        }

        /// <summary>Creates the exception around the platform's own exception.</summary>
        /// <param name="error">Why the operation failed.</param>
        /// <param name="message">A sentence for the technician, naming the file where there is one.</param>
        /// <param name="innerException">What the platform threw.</param>
        public StorageException(StorageError error, string message, Exception innerException)
            : base(message, innerException)
        {
            Error = error;
        }

        /// <summary>Gets why the operation failed.</summary>
        public StorageError Error { get; }
    }
}
