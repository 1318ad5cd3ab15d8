using System;
using System.Collections;
using Terminal.Core.Checksums;
using Terminal.Core.Journal;
using Terminal.Hal.Storage;

namespace Terminal.App.Maintenance
{
    /// <summary>
    /// The last transactions and where each ended (approved, declined, cancelled, unknown, and whether an unknown
    /// one was resolved later), kept on flash for the technician's "last transactions" and "reprint the last
    /// receipt" (the seeds' "check the transaction record"). The journal forgets a transaction once it is resolved
    /// and delivered everywhere; this ring remembers the last <see cref="Capacity"/> of them.
    /// </summary>
    /// <remarks>
    /// <para>
    /// It is fed by <see cref="Track"/>, which looks at the journal's live transactions and records each one whose
    /// state it has not seen yet. Call it right after anything that may conclude a payment (a desk pass, the
    /// status inquiries of a delivery round) and before the round delivers: a transaction stays live in the journal
    /// until its printer and host items are delivered, so nothing is missed. Reading the journal's state, not
    /// hooking the payment flow, keeps the flow and its "draw before commit" order untouched, and sees the
    /// outcomes recovery and inquiries find after a reboot too.
    /// </para>
    /// <para>
    /// A pass that finds nothing new allocates nothing. A change writes one small file (about 2 KB), replaced
    /// whole: <see cref="NewFileName"/>, then delete and rename; a cut leaves the old or the new ring, never a mix.
    /// A storage fault is counted (<see cref="WriteFailures"/>) and the ring lives on in RAM: the history is
    /// advisory and must never stop a payment round. It holds no card number, only the last four digits.
    /// One owner thread (the app's loop) calls it.
    /// </para>
    /// </remarks>
    public sealed class TransactionHistory
    {
        /// <summary>The ring's file.</summary>
        public const string FileName = "txhist.dat";

        /// <summary>The copy written before the file is replaced.</summary>
        public const string NewFileName = "txhist.new";

        /// <summary>How many transactions are kept.</summary>
        public const int Capacity = 20;

        private const uint Magic = 0x31485854; // "TXH1"
        private const int MaximumRecordBytes = 4 + 1 + TransactionJournal.MaximumKeyNamespaceLength + 4 + 8 + 1 + 1 + 8 + 2 + 5 + 1 + TransactionIntent.MaximumBrandLength
            + 1 + TransactionIntent.MaximumReferenceLength + 1 + 1 + HostResponse.MaximumResponseCodeLength + 1 + HostResponse.MaximumAuthorizationCodeLength
            + 1 + HostResponse.MaximumHostReferenceLength;

        private const int MaximumBytes = 4 + 1 + (Capacity * MaximumRecordBytes) + 4;

        private readonly IFileStorage _storage;
        private readonly ArrayList _records = new ArrayList();
        private byte[] _buffer;

        /// <summary>Creates an empty history; call <see cref="Load"/> to read the kept one.</summary>
        /// <param name="storage">The drive (the journal's); <c>null</c> keeps the history in RAM only (tests, a board without a drive).</param>
        public TransactionHistory(IFileStorage storage)
        {
            _storage = storage;
        }

        /// <summary>Gets how many transactions are kept, 0 to <see cref="Capacity"/>.</summary>
        public int Count
        {
            get { return _records.Count; }
        }

        /// <summary>Gets how many writes of the file failed since boot (HW-STORAGE evidence); the ring stayed in RAM.</summary>
        public int WriteFailures { get; private set; }

        /// <summary>Gets whether the last <see cref="Load"/> found a damaged file and started empty.</summary>
        public bool LoadFoundDamage { get; private set; }

        /// <summary>Gets a kept transaction, newest first.</summary>
        /// <param name="index">0 (the newest) .. <see cref="Count"/> - 1.</param>
        /// <returns>The record; do not modify it.</returns>
        public TransactionRecord Get(int index)
        {
            return (TransactionRecord)_records[index];
        }

        /// <summary>Finds the newest transaction the host answered: the last receipt the printer was given.</summary>
        /// <returns>The record; <c>null</c> when none is kept.</returns>
        public TransactionRecord FindLastReceipt()
        {
            for (int i = 0; i < _records.Count; i++)
            {
                TransactionRecord record = (TransactionRecord)_records[i];
                if (record.HasResponse)
                {
                    return record;
                }
            }

            return null;
        }

        /// <summary>Reads the kept ring, finishing a swap a power cut interrupted. A damaged file is set aside as empty.</summary>
        /// <exception cref="StorageException">The drive failed.</exception>
        public void Load()
        {
            _records.Clear();
            LoadFoundDamage = false;
            if (_storage == null)
            {
                return;
            }

            if (_storage.Exists(NewFileName))
            {
                if (_storage.Exists(FileName))
                {
                    // The new file may be torn: the old one was not deleted yet.
                    _storage.Delete(NewFileName);
                }
                else
                {
                    _storage.Rename(NewFileName, FileName);
                }
            }

            if (!_storage.Exists(FileName))
            {
                return;
            }

            byte[] buffer = Buffer();
            int length = 0;
            IStorageFile file = _storage.OpenRead(FileName);
            try
            {
                while (length < buffer.Length)
                {
                    int read = file.Read(buffer, length, buffer.Length - length);
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

            try
            {
                Decode(buffer, length);
            }
            catch (JournalFormatException)
            {
                _records.Clear();
                LoadFoundDamage = true;
            }
        }

        /// <summary>
        /// Records every live journal transaction whose state is new to the history (a new payment's outcome, an
        /// unknown one resolved), and writes the ring when something changed. Still-authorizing ones are skipped.
        /// </summary>
        /// <param name="journal">The open journal; <c>null</c> does nothing.</param>
        /// <returns>How many records were added or changed.</returns>
        public int Track(TransactionJournal journal)
        {
            if (journal == null)
            {
                return 0;
            }

            string keyNamespace = journal.KeyNamespace;
            int changed = 0;
            for (int i = 0; i < journal.LiveTransactionCount; i++)
            {
                JournalTransaction transaction = journal.GetTransaction(i);
                TransactionFinalState state;
                if (!TryMap(transaction.State, out state))
                {
                    continue;
                }

                int index = IndexOf(keyNamespace, transaction.Sequence);
                if (index >= 0 && ((TransactionRecord)_records[index]).State == state)
                {
                    continue;
                }

                TransactionRecord record = index >= 0 ? (TransactionRecord)_records[index] : null;
                if (!TryUpdate(keyNamespace, transaction, state, ref record))
                {
                    continue;
                }

                if (index < 0)
                {
                    _records.Insert(0, record);
                    if (_records.Count > Capacity)
                    {
                        _records.RemoveAt(_records.Count - 1);
                    }
                }

                changed++;
            }

            if (changed > 0)
            {
                Save();
            }

            return changed;
        }

        private static bool TryMap(TransactionState state, out TransactionFinalState mapped)
        {
            switch (state)
            {
                case TransactionState.OutcomeUnknown:
                    mapped = TransactionFinalState.Unknown;
                    return true;
                case TransactionState.Approved:
                    mapped = TransactionFinalState.Approved;
                    return true;
                case TransactionState.Declined:
                    mapped = TransactionFinalState.Declined;
                    return true;
                case TransactionState.Cancelled:
                    mapped = TransactionFinalState.Cancelled;
                    return true;
                default:
                    mapped = TransactionFinalState.Unknown;
                    return false;
            }
        }

        // Fills a record from the journal; false when the records cannot be read (recovery validated them, so not expected).
        private static bool TryUpdate(string keyNamespace, JournalTransaction transaction, TransactionFinalState state, ref TransactionRecord record)
        {
            try
            {
                TransactionRecord updated = record;
                if (updated == null)
                {
                    TransactionIntent intent = transaction.Intent.DecodeIntent();
                    updated = new TransactionRecord();
                    updated.KeyNamespace = keyNamespace;
                    updated.Sequence = transaction.Sequence;
                    updated.CreatedUtcMilliseconds = intent.CreatedUtcMilliseconds;
                    updated.Kind = intent.Kind;
                    updated.Method = intent.Method;
                    updated.AmountMinorUnits = intent.AmountMinorUnits;
                    updated.CurrencyNumericCode = intent.CurrencyNumericCode;
                    updated.CardLast4 = Last4(intent.CardLast4);
                    updated.CardBrand = Text(intent.CardBrand);
                    updated.MerchantReference = Text(intent.MerchantReference);
                    updated.ResponseCode = string.Empty;
                    updated.AuthorizationCode = string.Empty;
                    updated.HostReference = string.Empty;
                }

                if (state == TransactionFinalState.Unknown || (record != null && record.State == TransactionFinalState.Unknown))
                {
                    updated.WasUnknown = true;
                }

                for (int i = 0; i < transaction.EntryCount; i++)
                {
                    JournalEntry entry = transaction.GetEntry(i);
                    if (entry.Type == JournalRecordType.HostResponse)
                    {
                        HostResponse response = entry.DecodeResponse();
                        updated.HasResponse = true;
                        updated.ResponseCode = Text(response.ResponseCode);
                        updated.AuthorizationCode = Text(response.AuthorizationCode);
                        updated.HostReference = Text(response.HostReference);
                        updated.IsLate = response.IsLate;
                        if (response.IsLate)
                        {
                            updated.WasUnknown = true;
                        }
                    }
                }

                updated.State = state;
                record = updated;
                return true;
            }
            catch (JournalFormatException)
            {
                return false;
            }
        }

        private int IndexOf(string keyNamespace, uint sequence)
        {
            for (int i = 0; i < _records.Count; i++)
            {
                TransactionRecord record = (TransactionRecord)_records[i];
                if (record.Sequence == sequence && record.KeyNamespace == keyNamespace)
                {
                    return i;
                }
            }

            return -1;
        }

        private void Save()
        {
            if (_storage == null)
            {
                return;
            }

            byte[] buffer = Buffer();
            int length = Encode(buffer);
            try
            {
                _storage.Delete(NewFileName);
                IStorageFile file = _storage.OpenAppend(NewFileName);
                try
                {
                    file.Append(buffer, 0, length);
                }
                finally
                {
                    file.Close();
                }

                _storage.Delete(FileName);
                _storage.Rename(NewFileName, FileName);
            }
            catch (StorageException)
            {
                WriteFailures++;
            }
        }

        private byte[] Buffer()
        {
            if (_buffer == null)
            {
                _buffer = new byte[MaximumBytes];
            }

            return _buffer;
        }

        private int Encode(byte[] buffer)
        {
            PayloadWriter writer = new PayloadWriter();
            writer.Reset(buffer, 0, buffer.Length - 4);
            writer.WriteUInt32(Magic);
            writer.WriteByte(_records.Count);
            for (int i = 0; i < _records.Count; i++)
            {
                TransactionRecord record = (TransactionRecord)_records[i];
                writer.WriteAscii(record.KeyNamespace, TransactionJournal.MaximumKeyNamespaceLength);
                writer.WriteUInt32(record.Sequence);
                writer.WriteInt64(record.CreatedUtcMilliseconds);
                writer.WriteByte((int)record.Kind);
                writer.WriteByte((int)record.Method);
                writer.WriteInt64(record.AmountMinorUnits);
                writer.WriteUInt16(record.CurrencyNumericCode);
                writer.WriteAscii(record.CardLast4, 4);
                writer.WriteAscii(record.CardBrand, TransactionIntent.MaximumBrandLength);
                writer.WriteAscii(record.MerchantReference, TransactionIntent.MaximumReferenceLength);
                writer.WriteByte((int)record.State | (record.WasUnknown ? 0x10 : 0) | (record.HasResponse ? 0x20 : 0) | (record.IsLate ? 0x40 : 0));
                writer.WriteAscii(record.ResponseCode, HostResponse.MaximumResponseCodeLength);
                writer.WriteAscii(record.AuthorizationCode, HostResponse.MaximumAuthorizationCodeLength);
                writer.WriteAscii(record.HostReference, HostResponse.MaximumHostReferenceLength);
            }

            int length = writer.Length;
            FrameFormat.WriteUInt32(buffer, length, Crc32.Compute(buffer, 0, length));
            return length + 4;
        }

        private void Decode(byte[] buffer, int length)
        {
            if (length < 9 || FrameFormat.ReadUInt32(buffer, length - 4) != Crc32.Compute(buffer, 0, length - 4))
            {
                throw new JournalFormatException("transaction history checksum mismatch");
            }

            PayloadReader reader = new PayloadReader(buffer, 0, length - 4);
            if (reader.ReadUInt32() != Magic)
            {
                throw new JournalFormatException("not a transaction history file");
            }

            int count = reader.ReadByteInRange(0, Capacity, "history count");
            for (int i = 0; i < count; i++)
            {
                TransactionRecord record = new TransactionRecord();
                record.KeyNamespace = reader.ReadAscii(TransactionJournal.MaximumKeyNamespaceLength, "namespace");
                record.Sequence = reader.ReadUInt32();
                record.CreatedUtcMilliseconds = reader.ReadInt64();
                record.Kind = (TransactionKind)reader.ReadByte();
                record.Method = (PaymentMethod)reader.ReadByte();
                record.AmountMinorUnits = reader.ReadInt64();
                record.CurrencyNumericCode = reader.ReadUInt16();
                record.CardLast4 = reader.ReadAscii(4, "last4");
                record.CardBrand = reader.ReadAscii(TransactionIntent.MaximumBrandLength, "brand");
                record.MerchantReference = reader.ReadAscii(TransactionIntent.MaximumReferenceLength, "reference");
                int flags = reader.ReadByte();
                int state = flags & 0x0F;
                if (state < (int)TransactionFinalState.Unknown || state > (int)TransactionFinalState.Cancelled)
                {
                    throw new JournalFormatException("history state out of range");
                }

                record.State = (TransactionFinalState)state;
                record.WasUnknown = (flags & 0x10) != 0;
                record.HasResponse = (flags & 0x20) != 0;
                record.IsLate = (flags & 0x40) != 0;
                record.ResponseCode = reader.ReadAscii(HostResponse.MaximumResponseCodeLength, "response code");
                record.AuthorizationCode = reader.ReadAscii(HostResponse.MaximumAuthorizationCodeLength, "authorization code");
                record.HostReference = reader.ReadAscii(HostResponse.MaximumHostReferenceLength, "host reference");
                _records.Add(record);
            }

            reader.ExpectEnd("transaction history");
        }

        // The journal validated these fields; null becomes empty so the file encoder never sees null.
        private static string Text(string value)
        {
            return value == null ? string.Empty : value;
        }

        // At most the last four digits, whatever the intent held.
        private static string Last4(string value)
        {
            if (value == null)
            {
                return string.Empty;
            }

            return value.Length > 4 ? value.Substring(value.Length - 4) : value;
        }
    }
}
