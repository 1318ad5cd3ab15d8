using Terminal.Core.Journal;
using Terminal.Hal.Storage;

namespace Terminal.Core.Identity
{
    /// <summary>
    /// Checks at boot, before the journal is opened, that the drive is this terminal's and was not
    /// formatted behind its back. The marker file on the drive and the witness outside it each hold
    /// the identity; the journal's segment headers hold the terminal id a third time.
    /// </summary>
    public sealed class IdentityGuard
    {
        /// <summary>The marker file's name on the journal's drive.</summary>
        public const string MarkerFileName = "identity.bin";

        private readonly IFileStorage _storage;
        private readonly IIdentityWitness _witness;

        /// <summary>Creates the guard.</summary>
        /// <param name="storage">The journal's drive.</param>
        /// <param name="witness">The identity witness kept outside the drive.</param>
        public IdentityGuard(IFileStorage storage, IIdentityWitness witness)
        {
            _storage = storage;
            _witness = witness;
        }

        /// <summary>Gets the identity found by the last <see cref="Check"/>; <c>null</c> when none could be trusted.</summary>
        public TerminalIdentity Identity { get; private set; }

        /// <summary>
        /// Provisions the terminal: writes the marker (committed), then the witness. Refuses when the
        /// terminal already has an identity, so a technician re-provisions only after a deliberate
        /// decommission (<see cref="Decommission"/>).
        /// </summary>
        /// <param name="identity">The new identity.</param>
        /// <returns><c>true</c> when provisioned; <c>false</c> when an identity already exists or the witness cannot be read.</returns>
        /// <exception cref="StorageException">The drive or the witness failed while writing; provision again once fixed.</exception>
        public bool Provision(TerminalIdentity identity)
        {
            IdentityVerdict verdict = Check();
            if (verdict != IdentityVerdict.NotProvisioned && verdict != IdentityVerdict.SilentlyFormatted)
            {
                return false;
            }

            WriteMarker(identity);
            _witness.Write(identity.Encode());
            Identity = identity;
            return true;
        }

        /// <summary>Forgets the identity on both copies: a technician's deliberate act before re-provisioning.</summary>
        public void Decommission()
        {
            _storage.Delete(MarkerFileName);
            _witness.Write(new byte[0]);
            Identity = null;
        }

        /// <summary>Compares marker, witness and journal, repairs a single damaged copy, and says what it found.</summary>
        /// <returns>The verdict; <see cref="Identity"/> is set when it can be trusted.</returns>
        /// <exception cref="StorageException">The drive itself failed.</exception>
        public IdentityVerdict Check()
        {
            Identity = null;
            TerminalIdentity marker = ReadMarker();
            TerminalIdentity witnessed = null;
            bool witnessReadable = true;
            try
            {
                byte[] record;
                if (_witness.TryRead(out record))
                {
                    TerminalIdentity.TryDecode(record, out witnessed);
                }
            }
            catch (StorageException)
            {
                witnessReadable = false;
            }

            bool journalPresent = HasJournalFiles();

            if (marker != null && witnessed != null)
            {
                if (!marker.SameAs(witnessed))
                {
                    return IdentityVerdict.IdentityMismatch;
                }

                Identity = marker;
                return IdentityVerdict.Intact;
            }

            if (marker != null)
            {
                Identity = marker;
                if (!witnessReadable)
                {
                    return IdentityVerdict.WitnessUnavailable;
                }

                _witness.Write(marker.Encode());
                return IdentityVerdict.WitnessRepaired;
            }

            if (!witnessReadable)
            {
                return IdentityVerdict.Unverifiable;
            }

            if (witnessed != null)
            {
                if (!journalPresent)
                {
                    return IdentityVerdict.SilentlyFormatted;
                }

                // The journal's segment headers carry the terminal id; the journal checks them on open.
                WriteMarker(witnessed);
                Identity = witnessed;
                return IdentityVerdict.MarkerRepaired;
            }

            return journalPresent ? IdentityVerdict.IdentityMismatch : IdentityVerdict.NotProvisioned;
        }

        private TerminalIdentity ReadMarker()
        {
            if (!_storage.Exists(MarkerFileName))
            {
                return null;
            }

            IStorageFile file = _storage.OpenRead(MarkerFileName);
            byte[] record;
            try
            {
                int length = (int)file.Length;
                if (length > 256)
                {
                    return null;
                }

                record = new byte[length];
                int read = 0;
                while (read < length)
                {
                    int got = file.Read(record, read, length - read);
                    if (got <= 0)
                    {
                        return null;
                    }

                    read += got;
                }
            }
            finally
            {
                file.Close();
            }

            TerminalIdentity identity;
            return TerminalIdentity.TryDecode(record, out identity) ? identity : null;
        }

        private void WriteMarker(TerminalIdentity identity)
        {
            // Write a copy, commit it, then swap it in: a cut leaves the old marker or the new one.
            const string copy = "identity.tmp";
            _storage.Delete(copy);
            byte[] record = identity.Encode();
            IStorageFile file = _storage.OpenAppend(copy);
            try
            {
                file.Append(record, 0, record.Length);
            }
            finally
            {
                file.Close();
            }

            _storage.Delete(MarkerFileName);
            _storage.Rename(copy, MarkerFileName);
        }

        private bool HasJournalFiles()
        {
            string[] files = _storage.ListFiles();
            for (int i = 0; i < files.Length; i++)
            {
                if (TransactionJournal.IsJournalFile(files[i]))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
