namespace Terminal.Hal.Keypad
{
    /// <summary>One key event, as a value: copying it allocates nothing, so a keypad can queue events without garbage.</summary>
    public struct KeyEvent
    {
        /// <summary>Creates an event.</summary>
        /// <param name="key">The key.</param>
        /// <param name="kind">What happened to it.</param>
        /// <param name="monotonicMilliseconds">When the driver decided it, in monotonic milliseconds since boot.</param>
        public KeyEvent(KeyCode key, KeyEventKind kind, long monotonicMilliseconds)
        {
            Key = key;
            Kind = kind;
            MonotonicMilliseconds = monotonicMilliseconds;
        }

        /// <summary>Gets the key.</summary>
        public KeyCode Key { get; }

        /// <summary>Gets what happened to the key.</summary>
        public KeyEventKind Kind { get; }

        /// <summary>Gets when the driver decided the event (after debouncing), in monotonic milliseconds since boot.</summary>
        public long MonotonicMilliseconds { get; }
    }
}
