using System;

namespace Terminal.Core.Journal
{
    /// <summary>
    /// A record's payload passed its CRC but does not decode: a format bug or a collision. The
    /// record is rejected and recovery goes on; nothing else is lost.
    /// </summary>
    public class JournalFormatException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What was wrong with the payload.</param>
        public JournalFormatException(string message)
            : base(message)
        {
        }
    }
}
