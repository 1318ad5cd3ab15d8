namespace Terminal.App.Screens
{
    /// <summary>What the technician's sign-in screen says under the PIN.</summary>
    public enum PinEntryState
    {
        /// <summary>Typing; nothing tried yet.</summary>
        Typing = 0,

        /// <summary>OK was pressed on too few digits (not an attempt: nothing was compared or counted).</summary>
        TooShort = 1,

        /// <summary>The last PIN was wrong.</summary>
        Refused = 2,

        /// <summary>Sign-in is locked out; the time left is shown.</summary>
        Locked = 3,

        /// <summary>The terminal has no technician credential.</summary>
        NotConfigured = 4,
    }
}
