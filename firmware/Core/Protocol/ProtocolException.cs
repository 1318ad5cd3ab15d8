using System;

namespace Terminal.Core.Protocol
{
    /// <summary>
    /// A message could not be decoded. Carries the kind of problem and, when one member is to blame,
    /// its JSON name. Thrown only by decoders; <see cref="HostClient"/> turns it into a reply with no
    /// answer, so it never reaches the payment flow as an exception.
    /// </summary>
    public class ProtocolException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="error">What kind of problem.</param>
        /// <param name="member">The JSON member to blame, e.g. "status"; <c>null</c> when the problem is not one member's.</param>
        /// <param name="message">A sentence saying what is wrong, naming the member and the byte offset where known.</param>
        public ProtocolException(ProtocolError error, string member, string message)
            : base(message)
        {
            Error = error;
            Member = member;
        }

        /// <summary>Gets the kind of problem.</summary>
        public ProtocolError Error { get; }

        /// <summary>Gets the JSON member to blame; <c>null</c> when the problem is not one member's.</summary>
        public string Member { get; }
    }
}
