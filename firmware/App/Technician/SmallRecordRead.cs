namespace Terminal.App.Technician
{
    /// <summary>How reading a <see cref="SmallRecordFile"/> went.</summary>
    public enum SmallRecordRead
    {
        /// <summary>No file: nothing was ever written (or a format removed it).</summary>
        Missing = 1,

        /// <summary>The content was read and its CRC-32 matched.</summary>
        Intact = 2,

        /// <summary>A file is there but its length or CRC-32 is wrong (bit rot, an edit): its content is not trusted.</summary>
        Damaged = 3,
    }
}
