namespace Terminal.Hal.Platform
{
    /// <summary>
    /// An independent time source to check the terminal's clock against (SNTP on the device:
    /// nanoFramework.Networking.Sntp), for cause SW-CLOCK. TLS fails until the clock is set.
    /// </summary>
    public interface ITimeSource
    {
        /// <summary>Asks the source for the time.</summary>
        /// <param name="timeoutMilliseconds">How long to wait, 1 or more.</param>
        /// <param name="utcMilliseconds">The source's time, UTC milliseconds since 1970; 0 when it did not answer.</param>
        /// <returns><c>true</c> when the source answered.</returns>
        bool TryQueryUtcMilliseconds(int timeoutMilliseconds, out long utcMilliseconds);
    }
}
