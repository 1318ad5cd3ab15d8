namespace Terminal.Core.Protocol
{
    /// <summary>
    /// What is wrong with a message that does not decode. Whatever the kind, the host protocol counts
    /// such a response as no answer (docs/host-protocol.md, "Errors"), never as a decline.
    /// </summary>
    public enum ProtocolError
    {
        /// <summary>Not JSON: a bad character, literal, escape, UTF-8 sequence, or data after the value.</summary>
        Malformed = 1,

        /// <summary>The JSON stops before its value is complete: cut short.</summary>
        Truncated = 2,

        /// <summary>Over a limit: the body (4096 bytes), a string, a number's range, the nesting depth or a list's length.</summary>
        Oversized = 3,

        /// <summary>A required member is absent.</summary>
        MissingMember = 4,

        /// <summary>A member has the wrong type, or a value the protocol does not define (e.g. an unknown status).</summary>
        UnexpectedValue = 5,
    }
}
