namespace Terminal.App.Console
{
    /// <summary>
    /// The error codes of the <c>@error &lt;code&gt; &lt;message&gt;</c> status line: part of the protocol, the client
    /// and scripts branch on them. The first group rejects input without acting on it (nothing changed); the
    /// second reports a command that ran and could not do what was asked.
    /// </summary>
    public static class ConsoleErrors
    {
        /// <summary>The line was longer than <see cref="LineAssembler.MaximumLineBytes"/> bytes. Rejected.</summary>
        public const string LineTooLong = "line-too-long";

        /// <summary>The line held a control byte or binary data. Rejected.</summary>
        public const string BinaryInput = "binary-input";

        /// <summary>The line was not valid UTF-8. Rejected.</summary>
        public const string BadEncoding = "bad-encoding";

        /// <summary>The line did not split into words (an unclosed quote, too many words). Rejected.</summary>
        public const string BadSyntax = "bad-syntax";

        /// <summary>No such command. Rejected.</summary>
        public const string UnknownCommand = "unknown-command";

        /// <summary>The command's arguments are wrong (missing, extra, out of range, not on the whitelist). Rejected.</summary>
        public const string BadArguments = "bad-arguments";

        /// <summary>The command needs a signed-in technician. Rejected.</summary>
        public const string SignInRequired = "sign-in-required";

        /// <summary>The credential did not match. The failure is counted.</summary>
        public const string Refused = "refused";

        /// <summary>Sign-in is locked after too many failures.</summary>
        public const string LockedOut = "locked-out";

        /// <summary>No credential is set on the terminal.</summary>
        public const string NotConfigured = "not-configured";

        /// <summary>The part the command needs is not fitted or not running on this terminal.</summary>
        public const string NotAvailable = "not-available";

        /// <summary>The terminal is busy with something that must not be interrupted (a payment authorizing).</summary>
        public const string Busy = "busy";

        /// <summary>The command ran and failed (printer out of paper, storage error).</summary>
        public const string Failed = "failed";

        /// <summary>The session was idle too long and is closed.</summary>
        public const string IdleTimeout = "idle-timeout";

        /// <summary>Tells whether a code rejects input without acting on it (the first group).</summary>
        /// <param name="code">The code.</param>
        /// <returns><c>true</c> for a rejection.</returns>
        public static bool IsRejection(string code)
        {
            return code == LineTooLong || code == BinaryInput || code == BadEncoding || code == BadSyntax
                || code == UnknownCommand || code == BadArguments || code == SignInRequired;
        }
    }
}
