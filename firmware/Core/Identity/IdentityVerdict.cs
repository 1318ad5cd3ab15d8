namespace Terminal.Core.Identity
{
    /// <summary>What the boot-time identity check concluded about the journal's drive.</summary>
    public enum IdentityVerdict
    {
        /// <summary>Marker and witness agree: the drive is this terminal's.</summary>
        Intact = 1,

        /// <summary>Neither marker, witness nor journal exists: a new terminal waiting to be provisioned.</summary>
        NotProvisioned = 2,

        /// <summary>
        /// The witness knows this terminal but the drive is blank: the drive was formatted (silently,
        /// by the runtime after a failed mount, or by hand). An alarm: results queued before it are lost
        /// and the merchant's backend must be reconciled. The terminal does not start blank.
        /// </summary>
        SilentlyFormatted = 3,

        /// <summary>The drive holds another terminal's identity than the witness: an alarm.</summary>
        IdentityMismatch = 4,

        /// <summary>The marker was missing or damaged but the journal and witness agree; it was rewritten.</summary>
        MarkerRepaired = 5,

        /// <summary>The witness was empty or damaged but the drive's marker is intact; the witness was rewritten.</summary>
        WitnessRepaired = 6,

        /// <summary>The witness cannot be read; the drive's marker is trusted alone. A warning: a silent format would now go unnoticed.</summary>
        WitnessUnavailable = 7,

        /// <summary>
        /// The witness cannot be read and the drive holds no identity: a new terminal cannot be told
        /// from a formatted one. An alarm: the terminal neither starts blank nor accepts provisioning
        /// until the witness answers.
        /// </summary>
        Unverifiable = 8,
    }
}
