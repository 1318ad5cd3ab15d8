namespace Terminal.Core.Protocol
{
    /// <summary>
    /// The host protocol's size limits (docs/host-protocol.md, "Conventions"), enforced by every
    /// encoder (a programming error when exceeded) and decoder (a <see cref="ProtocolException"/>).
    /// </summary>
    public static class ProtocolLimits
    {
        /// <summary>The largest request or response body, in bytes. A larger response is an error, never truncated and trusted.</summary>
        public const int MaximumBodyBytes = 4096;

        /// <summary>The longest identifier (references, codes, ids, cursor), in characters of printable ASCII.</summary>
        public const int MaximumIdentifierLength = 32;

        /// <summary>
        /// The longest payment or idempotency key, in characters. A key is "&lt;terminal id&gt;-&lt;journal
        /// sequence&gt;": a terminal id of up to 32 characters and a sequence of up to 10 digits need 43,
        /// more than the general 32 for identifiers.
        /// </summary>
        public const int MaximumKeyLength = 64;

        /// <summary>The longest QR text (a scanned customer code or a code to show), in characters.</summary>
        public const int MaximumQrTextLength = 256;

        /// <summary>The longest reader-encrypted card payload (base64), in characters.</summary>
        public const int MaximumCardPayloadLength = 1024;

        /// <summary>The longest error message text from the host, in characters.</summary>
        public const int MaximumErrorMessageLength = 256;

        /// <summary>The nesting depth the decoders accept: the messages need 3 (body, list, item).</summary>
        public const int MaximumDepth = 8;

        /// <summary>The most totals lines in a settlement request or result (3 methods x 2 kinds, with room).</summary>
        public const int MaximumSettlementLines = 16;

        /// <summary>
        /// The most notifications in one batch. A notification takes at least 45 bytes, so a body
        /// within <see cref="MaximumBodyBytes"/> never holds more: the limit only refuses nonsense.
        /// </summary>
        public const int MaximumNotifications = 100;
    }
}
