namespace Terminal.Hal.ConsoleTransport
{
    /// <summary>
    /// One technician's byte stream to the debug console: a TCP connection, or the console UART. The console's
    /// line protocol runs on top unchanged, so every transport behaves alike: reads never block the app's loop,
    /// a peer that went away shows as <see cref="IsOpen"/> turning false, never as an exception.
    /// </summary>
    /// <remarks>
    /// The namespace is <c>ConsoleTransport</c>, not <c>Console</c>, so host code under <c>Terminal.Hal</c> can
    /// still name <c>System.Console</c> as <c>Console</c>. Whoever accepted the connection (the console host)
    /// closes it.
    /// </remarks>
    public interface IConsoleConnection
    {
        /// <summary>Gets who is on the other end, for the audit log: <c>10.0.0.7:50122</c>, or <c>uart</c>.</summary>
        string PeerName { get; }

        /// <summary>Gets whether the connection can still carry bytes (false once the peer closed it, it failed, or <see cref="Close"/> was called).</summary>
        bool IsOpen { get; }

        /// <summary>
        /// Takes the bytes that have arrived, without waiting for more: returns at once (at most a few
        /// milliseconds on a transport that cannot tell).
        /// </summary>
        /// <param name="buffer">Where to put them.</param>
        /// <param name="offset">Index of the first byte to fill.</param>
        /// <param name="count">Most bytes to take, 1 or more.</param>
        /// <returns>The number of bytes taken; 0 when none are waiting or the connection is closed.</returns>
        /// <exception cref="System.ArgumentException">A null buffer or a range outside it.</exception>
        int Read(byte[] buffer, int offset, int count);

        /// <summary>Sends bytes to the peer. May wait while the transport's send buffer is full.</summary>
        /// <param name="buffer">The bytes.</param>
        /// <param name="offset">Index of the first byte.</param>
        /// <param name="count">Number of bytes, 0 or more.</param>
        /// <returns><c>true</c> when handed to the transport; <c>false</c> when the connection failed (it is then closed).</returns>
        /// <exception cref="System.ArgumentException">A null buffer or a range outside it.</exception>
        bool Write(byte[] buffer, int offset, int count);

        /// <summary>Closes the connection; further reads return 0 and writes return <c>false</c>. Calling it twice is harmless.</summary>
        void Close();
    }
}
