namespace Terminal.Hal.Keypad
{
    /// <summary>
    /// The cashier's keypad as the app sees it: debounced key events in order, read without blocking, and a
    /// report of stuck keys and wiring faults for the self-tests (HW-KEYPAD). The board creates it; the app
    /// calls <see cref="Scan"/> from its loop every few milliseconds and reads events with
    /// <see cref="TryReadKey"/>, from the same thread or another one.
    /// </summary>
    /// <remarks>
    /// Field conditions (a stuck key, a pulled cable, a full queue) are reported through events, properties and
    /// <see cref="Counters"/>, never as exceptions. Nothing is called back: events wait in a bounded queue.
    /// </remarks>
    public interface IKeypad
    {
        /// <summary>Gets the counters of what went wrong since boot (dropped events, ghosting, wiring faults, stuck keys).</summary>
        KeypadCounters Counters { get; }

        /// <summary>Gets whether a wiring fault was seen within the driver's hold-off time (a line floating or shorted: cable pulled or damaged).</summary>
        bool HasWiringFault { get; }

        /// <summary>
        /// Samples the keys once and queues the events the samples complete. Call it every 1 to 5 ms; debounce
        /// and stuck-key times are measured on <paramref name="monotonicMilliseconds"/>, not on the call count.
        /// Allocates nothing. An implementation that needs no sampling returns at once.
        /// </summary>
        /// <param name="monotonicMilliseconds">Now, in monotonic milliseconds since boot (never going backwards).</param>
        void Scan(long monotonicMilliseconds);

        /// <summary>Takes the oldest queued key event, without blocking.</summary>
        /// <param name="keyEvent">The event, when there was one.</param>
        /// <returns><c>true</c> when an event was taken; <c>false</c> when the queue is empty.</returns>
        bool TryReadKey(out KeyEvent keyEvent);

        /// <summary>Gets the first key currently stuck (held beyond the threshold, or down since boot), for the self-test screen.</summary>
        /// <param name="key">The stuck key, when there is one.</param>
        /// <returns><c>true</c> when a key is stuck now.</returns>
        bool TryGetStuckKey(out KeyCode key);

        /// <summary>Tells whether a given key is stuck now.</summary>
        /// <param name="key">The key.</param>
        /// <returns><c>true</c> when the key has been reported stuck and has not come up since.</returns>
        bool IsStuck(KeyCode key);
    }
}
