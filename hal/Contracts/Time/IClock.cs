namespace Terminal.Hal.Time
{
    /// <summary>
    /// The terminal's wall clock and monotonic tick source. UTC only: nanoFramework has no
    /// <c>DateTime.Now</c> and the terminal's local time is a display concern.
    /// </summary>
    public interface IClock
    {
        /// <summary>Gets the wall-clock time in milliseconds since 1970-01-01T00:00:00Z. May jump when the clock is set.</summary>
        long UtcNowMilliseconds { get; }

        /// <summary>Gets milliseconds since boot; never goes backwards, never jumps. Use it for timeouts.</summary>
        long MonotonicMilliseconds { get; }
    }
}
