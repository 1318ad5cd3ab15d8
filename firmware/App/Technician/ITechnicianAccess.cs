namespace Terminal.App.Technician
{
    /// <summary>
    /// The gate in front of the technician menu and the debug console: one credential, one failure count and one
    /// lockout for both (10 failures lock for 30 minutes, persisted across reboots), and every attempt written to
    /// the event log. A secret is compared against a salted hash in constant time and never stored or logged.
    /// </summary>
    public interface ITechnicianAccess
    {
        /// <summary>Checks a secret.</summary>
        /// <param name="channel">Where the attempt came from, for the log: <c>menu</c>, or <c>console 10.0.0.7</c>.</param>
        /// <param name="secret">The technician PIN (at least 8 digits) or console credential.</param>
        /// <returns>The answer.</returns>
        AccessResult TrySignIn(string channel, string secret);

        /// <summary>Gets whether sign-in is locked now.</summary>
        bool IsLockedOut { get; }

        /// <summary>Gets when the lockout ends, UTC milliseconds since 1970; 0 when not locked.</summary>
        long LockedUntilUtcMilliseconds { get; }

        /// <summary>Gets the failures since the last success or lockout end.</summary>
        int ConsecutiveFailures { get; }
    }
}
