namespace Terminal.Tools.PaymentHost
{
    /// <summary>The protocol's rules for identifiers and versions (<c>docs/host-protocol.md</c>, Conventions).</summary>
    public static class Identifiers
    {
        /// <summary>The longest identifier, in characters.</summary>
        public const int MaximumLength = 32;

        /// <summary>The longest idempotency or payment key: the terminal's key namespace (terminal id and provisioning number) and a sequence.</summary>
        public const int MaximumKeyLength = 64;

        /// <summary>Whether a text is an identifier: printable ASCII (0x20-0x7E), 1 to 32 characters.</summary>
        /// <param name="text">The text.</param>
        /// <returns><see langword="true"/> when well-formed.</returns>
        public static bool IsIdentifier(string? text) => IsPrintableAscii(text, MaximumLength);

        /// <summary>Whether a text is a key (<c>Idempotency-Key</c>, a payment key): printable ASCII, 1 to 64 characters.</summary>
        /// <param name="text">The text.</param>
        /// <returns><see langword="true"/> when well-formed.</returns>
        public static bool IsKey(string? text) => IsPrintableAscii(text, MaximumKeyLength);

        /// <summary>Whether a text is printable ASCII (0x20-0x7E) of 1 to <paramref name="maximumLength"/> characters.</summary>
        /// <param name="text">The text.</param>
        /// <param name="maximumLength">The longest accepted length.</param>
        /// <returns><see langword="true"/> when well-formed.</returns>
        public static bool IsPrintableAscii(string? text, int maximumLength)
        {
            if (string.IsNullOrEmpty(text) || text.Length > maximumLength)
            {
                return false;
            }

            foreach (char c in text)
            {
                if (c < 0x20 || c > 0x7E)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether a text is a firmware version <c>major.minor.patch</c> of decimal numbers (at most 9 digits each).</summary>
        /// <param name="text">The text, such as <c>1.2.0</c>.</param>
        /// <returns><see langword="true"/> when well-formed.</returns>
        public static bool IsFirmwareVersion(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return false;
            }

            string[] parts = text.Split('.');
            if (parts.Length != 3)
            {
                return false;
            }

            foreach (string part in parts)
            {
                if (part.Length == 0 || part.Length > 9)
                {
                    return false;
                }

                foreach (char c in part)
                {
                    if (c < '0' || c > '9')
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}
