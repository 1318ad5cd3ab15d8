using Terminal.Core.Checksums;
using Terminal.Core.Journal;
using Terminal.Hal.Storage;

namespace Terminal.App.Receipts
{
    /// <summary>
    /// Remembers, durably, the highest journal sequence whose receipt may have started printing: the
    /// printer queue's answer to "was this receipt on paper before?" after a power cut.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Why a high-water mark is enough: the journal offers the printer queue oldest first, in
    /// sequence order (new items always get higher sequences), and the queue stops at the first
    /// receipt that does not print whole. So every item at or below the mark was printed whole or had
    /// started, and every item above it never reached the printer.
    /// </para>
    /// <para>
    /// The mark is raised and made durable before the first byte of a new receipt goes out. A cut after
    /// that, before the journal committed the acknowledgement, offers the item again after the reboot:
    /// it is covered, so it prints marked REPRINT. A cut between raising the mark and printing also
    /// gives a REPRINT marker on what is in fact the first copy: erring that way is the rule (an extra
    /// marked copy, never a missing receipt or an unmarked duplicate).
    /// </para>
    /// <para>
    /// Storage (hal/Contracts README: durable at close, atomic delete and rename): one small file,
    /// <see cref="FileName"/>, with a CRC-32, replaced by copy (<see cref="CopyName"/>) -> close ->
    /// delete -> rename. At load a valid copy wins (it was written last), else the file. When files
    /// exist but none checks out, nothing is known: every item the journal holds counts as covered.
    /// A storage error on a write is counted and the receipt prints anyway (a receipt matters more
    /// than its marker); the mark then lives in RAM until the next write succeeds.
    /// </para>
    /// </remarks>
    public sealed class ReprintMark
    {
        /// <summary>The file that holds the mark.</summary>
        public const string FileName = "prnmark.dat";

        /// <summary>The copy written before the file is replaced.</summary>
        public const string CopyName = "prnmark.tmp";

        private const uint Magic = 0x314B4D50; // "PMK1"
        private const int MaximumImageBytes = 4 + 1 + TransactionJournal.MaximumKeyNamespaceLength + 4 + 4;

        private readonly IFileStorage _storage;
        private string _keyNamespace;
        private uint _sequence;
        private bool _hasMark;
        private bool _loaded;

        /// <summary>Creates the mark over a drive.</summary>
        /// <param name="storage">The journal's drive; <c>null</c> keeps the mark in RAM only (a reboot forgets it).</param>
        public ReprintMark(IFileStorage storage)
        {
            _storage = storage;
        }

        /// <summary>Gets how many writes of the mark failed (HW-STORAGE evidence); the receipts printed anyway.</summary>
        public int WriteFailures { get; private set; }

        /// <summary>Gets whether the files were there but none checked out at load, so everything pending counted as covered.</summary>
        public bool WasDamaged { get; private set; }

        /// <summary>Gets the sequence of the mark; 0 when there is none.</summary>
        public uint Sequence
        {
            get { return _hasMark ? _sequence : 0; }
        }

        /// <summary>Reads the mark from the drive, once; later calls do nothing.</summary>
        /// <param name="keyNamespace">The journal's key namespace, used when the files are damaged.</param>
        /// <param name="nextSequence">The journal's next sequence: when the files are damaged, everything below it counts as covered.</param>
        public void Load(string keyNamespace, uint nextSequence)
        {
            if (_loaded)
            {
                return;
            }

            _loaded = true;
            if (_storage == null)
            {
                return;
            }

            bool anyFile = false;
            bool found = false;
            try
            {
                anyFile = _storage.Exists(CopyName) || _storage.Exists(FileName);
                found = TryRead(CopyName) || TryRead(FileName);
            }
            catch (StorageException)
            {
                anyFile = true;
            }

            if (anyFile && !found)
            {
                WasDamaged = true;
                _keyNamespace = keyNamespace;
                _sequence = nextSequence - 1;
                _hasMark = nextSequence > 1;
            }
        }

        /// <summary>Tells whether an item's receipt may have started printing before.</summary>
        /// <param name="keyNamespace">The journal's key namespace (a re-provisioned terminal starts a new one).</param>
        /// <param name="sequence">The item's journal sequence.</param>
        /// <returns><c>true</c> when the item is at or below the mark: print it marked REPRINT.</returns>
        public bool Covers(string keyNamespace, uint sequence)
        {
            return _hasMark && sequence <= _sequence && keyNamespace == _keyNamespace;
        }

        /// <summary>Raises the mark to an item, durably, before its receipt's first byte goes out.</summary>
        /// <param name="keyNamespace">The journal's key namespace.</param>
        /// <param name="sequence">The item's journal sequence.</param>
        /// <returns><c>true</c> when the mark is durable; <c>false</c> when the write failed (counted; the mark holds in RAM).</returns>
        public bool Raise(string keyNamespace, uint sequence)
        {
            _keyNamespace = keyNamespace;
            _sequence = sequence;
            _hasMark = true;
            if (_storage == null)
            {
                return true;
            }

            byte[] image = Encode(keyNamespace, sequence);
            try
            {
                // A copy left by a failed write is stale.
                _storage.Delete(CopyName);
                IStorageFile file = _storage.OpenAppend(CopyName);
                try
                {
                    file.Append(image, 0, image.Length);
                }
                finally
                {
                    file.Close();
                }

                _storage.Delete(FileName);
                _storage.Rename(CopyName, FileName);
                return true;
            }
            catch (StorageException)
            {
                WriteFailures++;
                return false;
            }
        }

        private bool TryRead(string name)
        {
            if (!_storage.Exists(name))
            {
                return false;
            }

            byte[] image = new byte[MaximumImageBytes + 1];
            int length = 0;
            IStorageFile file = _storage.OpenRead(name);
            try
            {
                while (length < image.Length)
                {
                    int read = file.Read(image, length, image.Length - length);
                    if (read <= 0)
                    {
                        break;
                    }

                    length += read;
                }
            }
            finally
            {
                file.Close();
            }

            if (length < 13 || length > MaximumImageBytes || FrameFormat.ReadUInt32(image, length - 4) != Crc32.Compute(image, 0, length - 4))
            {
                return false;
            }

            int namespaceLength = image[4];
            if (FrameFormat.ReadUInt32(image, 0) != Magic || namespaceLength == 0 || 5 + namespaceLength + 8 != length)
            {
                return false;
            }

            char[] characters = new char[namespaceLength];
            for (int i = 0; i < namespaceLength; i++)
            {
                characters[i] = (char)image[5 + i];
            }

            _keyNamespace = new string(characters);
            _sequence = FrameFormat.ReadUInt32(image, 5 + namespaceLength);
            _hasMark = true;
            return true;
        }

        private static byte[] Encode(string keyNamespace, uint sequence)
        {
            int namespaceLength = keyNamespace.Length > TransactionJournal.MaximumKeyNamespaceLength ? TransactionJournal.MaximumKeyNamespaceLength : keyNamespace.Length;
            byte[] image = new byte[5 + namespaceLength + 8];
            FrameFormat.WriteUInt32(image, 0, Magic);
            image[4] = (byte)namespaceLength;
            for (int i = 0; i < namespaceLength; i++)
            {
                char character = keyNamespace[i];
                image[5 + i] = character < 0x80 ? (byte)character : (byte)'?';
            }

            FrameFormat.WriteUInt32(image, 5 + namespaceLength, sequence);
            FrameFormat.WriteUInt32(image, image.Length - 4, Crc32.Compute(image, 0, image.Length - 4));
            return image;
        }
    }
}
