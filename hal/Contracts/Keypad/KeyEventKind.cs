namespace Terminal.Hal.Keypad
{
    /// <summary>What happened to a key. Every <see cref="Pressed"/> is closed by exactly one <see cref="Released"/> or <see cref="Unstuck"/>.</summary>
    public enum KeyEventKind
    {
        /// <summary>The key went down and stayed down for the press debounce time. The event the screens act on.</summary>
        Pressed = 0,

        /// <summary>The key is still held after the repeat delay, and again every repeat interval (only when the driver's repeat is on).</summary>
        Repeated = 1,

        /// <summary>A pressed key came back up and stayed up for the release debounce time.</summary>
        Released = 2,

        /// <summary>
        /// The key is stuck (failure cause HW-KEYPAD): held longer than the stuck-key threshold, or already down at
        /// the first scan after boot. A key down at boot gets this instead of <see cref="Pressed"/>, so a jammed key
        /// never types.
        /// </summary>
        Stuck = 3,

        /// <summary>A key reported <see cref="Stuck"/> came back up. It closes the stuck report and, when there was one, the key's <see cref="Pressed"/>.</summary>
        Unstuck = 4,
    }
}
