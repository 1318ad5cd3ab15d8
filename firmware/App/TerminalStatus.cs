namespace Terminal.App
{
    /// <summary>Where the terminal stands after boot.</summary>
    public enum TerminalStatus
    {
        /// <summary>Not booted yet.</summary>
        Off = 0,

        /// <summary>No identity: a technician must provision the terminal before it can take payments.</summary>
        NotProvisioned = 1,

        /// <summary>The journal is open; payments may be taken.</summary>
        Ready = 2,

        /// <summary>
        /// The drive was formatted behind the terminal's back, holds another terminal's identity, or
        /// failed: payments are refused until a technician acts (HW-STORAGE).
        /// </summary>
        StorageAlarm = 3,
    }
}
