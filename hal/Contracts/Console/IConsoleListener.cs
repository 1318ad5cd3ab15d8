namespace Terminal.Hal.ConsoleTransport
{
    /// <summary>
    /// Where debug-console connections come from: a TCP port on the terminal's network, or the console UART.
    /// Polled from the app's loop: <see cref="TryAccept"/> never waits.
    /// </summary>
    public interface IConsoleListener
    {
        /// <summary>Gets where it listens, for the log and the banner: <c>tcp 0.0.0.0:2323</c>, <c>uart COM3</c>.</summary>
        string Endpoint { get; }

        /// <summary>Takes a connection that is waiting, without waiting for one.</summary>
        /// <param name="connection">The new connection; the caller owns it and closes it. <c>null</c> when none.</param>
        /// <returns><c>true</c> when a connection was taken.</returns>
        bool TryAccept(out IConsoleConnection connection);

        /// <summary>Stops listening; connections already accepted stay open. Calling it twice is harmless.</summary>
        void Stop();
    }
}
