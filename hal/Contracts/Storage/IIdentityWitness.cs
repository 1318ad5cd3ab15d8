namespace Terminal.Hal.Storage
{
    /// <summary>
    /// A small non-volatile record kept outside the journal's drive, holding a second copy of the
    /// terminal's identity. nanoFramework formats <c>I:</c> silently when it fails to mount; the
    /// witness survives that, so the firmware can tell a silently formatted drive (witness set,
    /// drive blank) from a new terminal (both blank) and raise an alarm instead of starting blank.
    /// </summary>
    public interface IIdentityWitness
    {
        /// <summary>Gets the most bytes <see cref="Write"/> accepts.</summary>
        int CapacityBytes { get; }

        /// <summary>Reads the stored identity record.</summary>
        /// <param name="record">The record as last written; <c>null</c> when nothing was ever written.</param>
        /// <returns><c>true</c> when a record was read.</returns>
        /// <exception cref="StorageException"><see cref="StorageError.NotMounted"/> when the part does not answer,
        /// <see cref="StorageError.MediaFault"/> when every copy it holds is damaged. Never "nothing written".</exception>
        bool TryRead(out byte[] record);

        /// <summary>Replaces the stored record. Durable when this returns.</summary>
        /// <param name="record">At most <see cref="CapacityBytes"/> bytes.</param>
        /// <exception cref="StorageException">The part does not answer or the write did not verify.</exception>
        void Write(byte[] record);
    }
}
