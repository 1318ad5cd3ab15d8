using System;

namespace Terminal.Tools.PaymentHost
{
    /// <summary>A request the host refuses as <c>400 malformed</c>; the message says why.</summary>
    internal sealed class MalformedRequestException : Exception
    {
        public MalformedRequestException(string message)
            : base(message)
        {
        }
    }
}
