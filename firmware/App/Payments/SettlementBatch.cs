using System;
using Terminal.Core.Checksums;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Hal.Storage;

namespace Terminal.App.Payments
{
    /// <summary>
    /// The durable settlement batch: its number, its start, running totals per (method, kind) of the
    /// approved transactions counted into it, and the set of journal sequences counted since the last
    /// settlement, so nothing is counted twice.
    /// <para>
    /// What "counted" means: a transaction is counted when its sequence is below <see cref="FirstSequence"/>
    /// (it belongs to an earlier, settled batch) or is in the set. A plain high-water mark would be wrong:
    /// late approvals resolve out of sequence order. The floor is sound because a settlement is only
    /// sent when no payment is unresolved: at that moment every transaction below the journal's next
    /// sequence is final, and every approved one has been counted, so the next batch can start its
    /// floor there (a final transaction never becomes approved later).
    /// </para>
    /// <para>
    /// Storage (docs/journal.md, "Durability model": bytes are durable at close; rename and delete are
    /// atomic): the whole state is one file, <see cref="FileName"/>, with a CRC-32, rewritten by
    /// copy (<c>batch.tmp</c>) -> close -> delete -> rename. At load a <c>batch.tmp</c> next to the file is a
    /// rewrite cut before the delete and is dropped; a <c>batch.tmp</c> alone was cut between the delete
    /// and the rename and is finished. The very first file is written as <c>batch.new</c> and renamed: a
    /// <c>batch.new</c> alone that does not check out is a first write that was cut, dropped safely
    /// (it held a new batch whose counts the journal still holds and recounts). A file that does not
    /// check out is <see cref="SettlementBatchException"/> (HW-STORAGE), never zero totals.
    /// </para>
    /// <para>
    /// A settlement attempt freezes a snapshot (totals, the sequences counted so far, the end time, the
    /// floor for the next batch) in the file before the request goes out, so that a retry after a lost
    /// answer or a reboot sends the same bytes under the same key; approvals counted meanwhile go on
    /// counting and move to the next batch when the snapshot is settled.
    /// </para>
    /// Not thread-safe: the payment flow's owner thread calls it.
    /// </summary>
    public sealed class SettlementBatch
    {
        /// <summary>The batch file's name.</summary>
        public const string FileName = "batch.dat";

        /// <summary>The most transactions one batch can count: settle at least this often (daily is the plan).</summary>
        public const int MaximumCountedTransactions = 4096;

        private const string RewriteName = "batch.tmp";
        private const string FirstWriteName = "batch.new";
        private const uint Magic = 0x48435442; // "BTCH"
        private const int FormatVersion = 1;
        private const int LineCount = 6; // 3 methods x 2 kinds
        private const int FixedBytes = 4 + 1 + 8 + 8 + 4 + 8 + 8 + (LineCount * 16) + 1 + 8 + 4 + 4 + (LineCount * 16) + 4;
        private const int MaximumFileBytes = FixedBytes + (MaximumCountedTransactions * 4) + 4;

        private readonly IFileStorage _storage;
        private State _state;

        /// <summary>Creates the batch over a drive. Call <see cref="Load"/> before anything else.</summary>
        /// <param name="storage">The drive the journal uses.</param>
        public SettlementBatch(IFileStorage storage)
        {
            if (storage == null)
            {
                throw new ArgumentNullException("storage");
            }

            _storage = storage;
        }

        /// <summary>Gets whether <see cref="Load"/> has succeeded.</summary>
        public bool IsLoaded
        {
            get { return _state != null; }
        }

        /// <summary>Gets the batch number, 1 or more.</summary>
        public long BatchNumber
        {
            get { return Loaded().Batch; }
        }

        /// <summary>Gets when the batch started, UTC milliseconds since 1970 (the previous batch's end).</summary>
        public long StartedUtcMilliseconds
        {
            get { return Loaded().StartedUtc; }
        }

        /// <summary>Gets the lowest journal sequence that can belong to this batch: lower ones were settled before.</summary>
        public uint FirstSequence
        {
            get { return Loaded().Floor; }
        }

        /// <summary>Gets the attempt number of the current (or next) settlement request of this batch, 1 or more.</summary>
        public long Attempt
        {
            get { return Loaded().Attempt; }
        }

        /// <summary>Gets the UTC day (days since 1970) of the last automatic settlement; -1 when none.</summary>
        public long LastAutoSettleDay
        {
            get { return Loaded().LastAutoDay; }
        }

        /// <summary>Gets whether a settlement request was prepared (and maybe sent) without a final answer yet.</summary>
        public bool HasPendingAttempt
        {
            get { return Loaded().Pending; }
        }

        /// <summary>Gets the end time of the pending attempt, UTC milliseconds; 0 when none.</summary>
        public long PendingToUtcMilliseconds
        {
            get { return Loaded().PendingToUtc; }
        }

        /// <summary>Gets how many transactions the batch has counted.</summary>
        public int CountedTransactionCount
        {
            get { return Loaded().SequenceCount; }
        }

        /// <summary>Gets whether nothing is counted and no attempt is pending.</summary>
        public bool IsEmpty
        {
            get
            {
                State state = Loaded();
                return state.SequenceCount == 0 && !state.Pending;
            }
        }

        /// <summary>
        /// Reads the batch file: finishes or drops an interrupted rewrite, creates batch 1 when there is
        /// no file yet, and checks the CRC and the format.
        /// </summary>
        /// <param name="nowUtcMilliseconds">The start time of a batch created now.</param>
        /// <exception cref="SettlementBatchException">The file is damaged (HW-STORAGE).</exception>
        /// <exception cref="StorageException">The drive failed.</exception>
        public void Load(long nowUtcMilliseconds)
        {
            _state = null;
            bool hasFile = _storage.Exists(FileName);
            if (_storage.Exists(RewriteName))
            {
                // The copy is closed before the original is deleted: with the original there it may be partial.
                if (hasFile)
                {
                    _storage.Delete(RewriteName);
                }
                else
                {
                    _storage.Rename(RewriteName, FileName);
                    hasFile = true;
                }
            }

            if (_storage.Exists(FirstWriteName))
            {
                if (!hasFile && TryDecode(ReadFile(FirstWriteName)) != null)
                {
                    _storage.Rename(FirstWriteName, FileName);
                    hasFile = true;
                }
                else
                {
                    _storage.Delete(FirstWriteName);
                }
            }

            if (!hasFile)
            {
                State fresh = new State();
                fresh.Batch = 1;
                fresh.StartedUtc = nowUtcMilliseconds < 0 ? 0 : nowUtcMilliseconds;
                fresh.Attempt = 1;
                fresh.LastAutoDay = -1;
                fresh.Sequences = new uint[16];
                Save(fresh);
                _state = fresh;
                return;
            }

            byte[] image = ReadFile(FileName);
            State state = TryDecode(image);
            if (state == null)
            {
                throw new SettlementBatchException("HW-STORAGE: the settlement batch file " + FileName + " is damaged (" + (image == null ? "too large" : image.Length.ToString() + " bytes, bad CRC or format") + "); its totals are not trusted. Call service.");
            }

            _state = state;
        }

        /// <summary>Tells whether a transaction is already counted (in this batch, or settled in an earlier one).</summary>
        /// <param name="sequence">The transaction's journal sequence.</param>
        /// <returns><c>true</c> when counting it again would count it twice.</returns>
        public bool IsCounted(uint sequence)
        {
            State state = Loaded();
            return sequence < state.Floor || state.IndexOf(sequence) >= 0;
        }

        /// <summary>Counts an approved transaction into the batch, durably (the call returns after the rewrite).</summary>
        /// <param name="sequence">The transaction's journal sequence.</param>
        /// <param name="method">Its payment method.</param>
        /// <param name="kind">Sale or refund.</param>
        /// <param name="amountMinorUnits">Its amount in minor units.</param>
        /// <returns><c>true</c> when counted now; <c>false</c> when it was counted already.</returns>
        /// <exception cref="StorageException">The drive failed or the batch is full; nothing changed.</exception>
        public bool Count(uint sequence, PaymentMethod method, TransactionKind kind, long amountMinorUnits)
        {
            if (IsCounted(sequence))
            {
                return false;
            }

            int line = LineIndex(method, kind);
            if (line < 0 || amountMinorUnits < 0)
            {
                throw new ArgumentException("a counted transaction needs a defined method and kind and a non-negative amount");
            }

            State state = Loaded();
            if (state.SequenceCount >= MaximumCountedTransactions)
            {
                throw new StorageException(StorageError.Full, "the settlement batch holds " + MaximumCountedTransactions.ToString() + " transactions: settle it");
            }

            State next = state.Clone();
            next.AddSequence(sequence);
            next.Counts[line]++;
            next.Amounts[line] += amountMinorUnits;
            Save(next);
            _state = next;
            return true;
        }

        /// <summary>Gets the batch's running totals, one line per (method, kind) that has any.</summary>
        /// <returns>New totals lines.</returns>
        public SettlementTotal[] GetTotals()
        {
            State state = Loaded();
            return Lines(state.Counts, state.Amounts);
        }

        /// <summary>Gets the totals frozen for the pending attempt; empty when none.</summary>
        /// <returns>New totals lines.</returns>
        public SettlementTotal[] GetPendingTotals()
        {
            State state = Loaded();
            return state.Pending ? Lines(state.PendingCounts, state.PendingAmounts) : new SettlementTotal[0];
        }

        /// <summary>
        /// Freezes the current totals as the next settlement request, durably, before it is sent: a
        /// retry after a lost answer or a reboot then sends the same request under the same key.
        /// </summary>
        /// <param name="toUtcMilliseconds">The batch's end time.</param>
        /// <param name="nextFirstSequence">The journal's next sequence now: every transaction below it is final and counted.</param>
        /// <exception cref="InvalidOperationException">An attempt is already pending.</exception>
        public void BeginAttempt(long toUtcMilliseconds, uint nextFirstSequence)
        {
            State state = Loaded();
            if (state.Pending)
            {
                throw new InvalidOperationException("a settlement attempt is already pending");
            }

            State next = state.Clone();
            next.Pending = true;
            next.PendingToUtc = toUtcMilliseconds < state.StartedUtc ? state.StartedUtc : toUtcMilliseconds;
            next.PendingFloor = nextFirstSequence < state.Floor ? state.Floor : nextFirstSequence;
            next.PendingSequenceCount = state.SequenceCount;
            Array.Copy(state.Counts, next.PendingCounts, LineCount);
            Array.Copy(state.Amounts, next.PendingAmounts, LineCount);
            Save(next);
            _state = next;
        }

        /// <summary>
        /// The host settled the pending attempt: starts the next batch, durably. What was counted after
        /// the snapshot moves to the new batch.
        /// </summary>
        /// <param name="autoSettleDay">The UTC day to record as the last automatic settlement; -1 to keep the recorded one.</param>
        public void CompleteSettled(long autoSettleDay)
        {
            State state = PendingState();
            State next = new State();
            next.Batch = state.Batch + 1;
            next.StartedUtc = state.PendingToUtc;
            next.Floor = state.PendingFloor;
            next.Attempt = 1;
            next.LastAutoDay = autoSettleDay >= 0 ? autoSettleDay : state.LastAutoDay;
            next.Sequences = new uint[16];
            for (int i = state.PendingSequenceCount; i < state.SequenceCount; i++)
            {
                next.AddSequence(state.Sequences[i]);
            }

            for (int line = 0; line < LineCount; line++)
            {
                next.Counts[line] = state.Counts[line] - state.PendingCounts[line];
                next.Amounts[line] = state.Amounts[line] - state.PendingAmounts[line];
            }

            Save(next);
            _state = next;
        }

        /// <summary>The host's totals differ: keeps the batch and moves to the next attempt (a new key), durably.</summary>
        /// <param name="autoSettleDay">The UTC day to record as the last automatic settlement; -1 to keep the recorded one.</param>
        public void RecordMismatch(long autoSettleDay)
        {
            State next = PendingState().Clone();
            next.Pending = false;
            next.PendingToUtc = 0;
            next.PendingFloor = 0;
            next.PendingSequenceCount = 0;
            next.Attempt++;
            if (autoSettleDay >= 0)
            {
                next.LastAutoDay = autoSettleDay;
            }

            Array.Clear(next.PendingCounts, 0, LineCount);
            Array.Clear(next.PendingAmounts, 0, LineCount);
            Save(next);
            _state = next;
        }

        private State PendingState()
        {
            State state = Loaded();
            if (!state.Pending)
            {
                throw new InvalidOperationException("no settlement attempt is pending");
            }

            return state;
        }

        private State Loaded()
        {
            if (_state == null)
            {
                throw new InvalidOperationException("load the batch first");
            }

            return _state;
        }

        private static int LineIndex(PaymentMethod method, TransactionKind kind)
        {
            int m = (int)method;
            int k = (int)kind;
            if (m < 1 || m > 3 || k < 1 || k > 2)
            {
                return -1;
            }

            return ((m - 1) * 2) + (k - 1);
        }

        private static SettlementTotal[] Lines(long[] counts, long[] amounts)
        {
            int used = 0;
            for (int line = 0; line < LineCount; line++)
            {
                if (counts[line] != 0 || amounts[line] != 0)
                {
                    used++;
                }
            }

            SettlementTotal[] lines = new SettlementTotal[used];
            int index = 0;
            for (int line = 0; line < LineCount; line++)
            {
                if (counts[line] != 0 || amounts[line] != 0)
                {
                    SettlementTotal total = new SettlementTotal();
                    total.Method = (PaymentMethod)((line / 2) + 1);
                    total.Kind = (TransactionKind)((line % 2) + 1);
                    total.Count = counts[line];
                    total.AmountMinorUnits = amounts[line];
                    lines[index++] = total;
                }
            }

            return lines;
        }

        /// <summary>Writes the state: copy -> close -> delete -> rename; every step is safe at a cut (see the class remarks).</summary>
        private void Save(State state)
        {
            byte[] image = Encode(state);
            bool hasFile = _storage.Exists(FileName);
            string copy = hasFile ? RewriteName : FirstWriteName;

            // A copy left by a failed earlier write (a storage error, not a cut) is stale.
            _storage.Delete(copy);
            IStorageFile file = _storage.OpenAppend(copy);
            try
            {
                file.Append(image, 0, image.Length);
            }
            finally
            {
                file.Close();
            }

            if (hasFile)
            {
                _storage.Delete(FileName);
            }

            _storage.Rename(copy, FileName);
        }

        private byte[] ReadFile(string name)
        {
            byte[] buffer = new byte[MaximumFileBytes + 1];
            int length = 0;
            IStorageFile file = _storage.OpenRead(name);
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

            if (length > MaximumFileBytes)
            {
                return null;
            }

            byte[] image = new byte[length];
            Array.Copy(buffer, 0, image, 0, length);
            return image;
        }

        private static byte[] Encode(State state)
        {
            byte[] image = new byte[FixedBytes + (state.SequenceCount * 4) + 4];
            PayloadWriter writer = new PayloadWriter();
            writer.Reset(image, 0, image.Length);
            writer.WriteUInt32(Magic);
            writer.WriteByte(FormatVersion);
            writer.WriteInt64(state.Batch);
            writer.WriteInt64(state.StartedUtc);
            writer.WriteUInt32(state.Floor);
            writer.WriteInt64(state.Attempt);
            writer.WriteInt64(state.LastAutoDay);
            for (int line = 0; line < LineCount; line++)
            {
                writer.WriteInt64(state.Counts[line]);
                writer.WriteInt64(state.Amounts[line]);
            }

            writer.WriteByte(state.Pending ? 1 : 0);
            writer.WriteInt64(state.PendingToUtc);
            writer.WriteUInt32(state.PendingFloor);
            writer.WriteUInt32((uint)state.PendingSequenceCount);
            for (int line = 0; line < LineCount; line++)
            {
                writer.WriteInt64(state.PendingCounts[line]);
                writer.WriteInt64(state.PendingAmounts[line]);
            }

            writer.WriteUInt32((uint)state.SequenceCount);
            for (int i = 0; i < state.SequenceCount; i++)
            {
                writer.WriteUInt32(state.Sequences[i]);
            }

            int length = writer.Length;
            FrameFormat.WriteUInt32(image, length, Crc32.Compute(image, 0, length));
            return image;
        }

        /// <summary>Decodes and checks a file image; <c>null</c> when it is damaged in any way.</summary>
        private static State TryDecode(byte[] image)
        {
            if (image == null || image.Length < FixedBytes + 4 || (image.Length - FixedBytes - 4) % 4 != 0)
            {
                return null;
            }

            int length = image.Length - 4;
            if (FrameFormat.ReadUInt32(image, length) != Crc32.Compute(image, 0, length))
            {
                return null;
            }

            try
            {
                PayloadReader reader = new PayloadReader(image, 0, length);
                State state = new State();
                if (reader.ReadUInt32() != Magic || reader.ReadByte() != FormatVersion)
                {
                    return null;
                }

                state.Batch = reader.ReadInt64();
                state.StartedUtc = reader.ReadInt64();
                state.Floor = reader.ReadUInt32();
                state.Attempt = reader.ReadInt64();
                state.LastAutoDay = reader.ReadInt64();
                for (int line = 0; line < LineCount; line++)
                {
                    state.Counts[line] = reader.ReadInt64();
                    state.Amounts[line] = reader.ReadInt64();
                }

                int pending = reader.ReadByte();
                state.Pending = pending == 1;
                state.PendingToUtc = reader.ReadInt64();
                state.PendingFloor = reader.ReadUInt32();
                uint pendingCount = reader.ReadUInt32();
                for (int line = 0; line < LineCount; line++)
                {
                    state.PendingCounts[line] = reader.ReadInt64();
                    state.PendingAmounts[line] = reader.ReadInt64();
                }

                uint count = reader.ReadUInt32();
                if (pending > 1 || state.Batch < 1 || state.Attempt < 1 || count > MaximumCountedTransactions
                    || pendingCount > count || reader.Remaining != count * 4)
                {
                    return null;
                }

                state.Sequences = new uint[count < 16 ? 16 : (int)count];
                for (int i = 0; i < (int)count; i++)
                {
                    state.AddSequence(reader.ReadUInt32());
                }

                state.PendingSequenceCount = (int)pendingCount;
                return state;
            }
            catch (JournalFormatException)
            {
                return null;
            }
        }

        /// <summary>Everything the file holds; copied before a change so memory changes only after the write.</summary>
        private sealed class State
        {
            public long Batch;
            public long StartedUtc;
            public uint Floor;
            public long Attempt;
            public long LastAutoDay;
            public long[] Counts = new long[LineCount];
            public long[] Amounts = new long[LineCount];
            public bool Pending;
            public long PendingToUtc;
            public uint PendingFloor;
            public int PendingSequenceCount;
            public long[] PendingCounts = new long[LineCount];
            public long[] PendingAmounts = new long[LineCount];
            public uint[] Sequences;
            public int SequenceCount;

            public State Clone()
            {
                State copy = new State();
                copy.Batch = Batch;
                copy.StartedUtc = StartedUtc;
                copy.Floor = Floor;
                copy.Attempt = Attempt;
                copy.LastAutoDay = LastAutoDay;
                Array.Copy(Counts, copy.Counts, LineCount);
                Array.Copy(Amounts, copy.Amounts, LineCount);
                copy.Pending = Pending;
                copy.PendingToUtc = PendingToUtc;
                copy.PendingFloor = PendingFloor;
                copy.PendingSequenceCount = PendingSequenceCount;
                Array.Copy(PendingCounts, copy.PendingCounts, LineCount);
                Array.Copy(PendingAmounts, copy.PendingAmounts, LineCount);
                copy.Sequences = new uint[Sequences.Length];
                Array.Copy(Sequences, copy.Sequences, SequenceCount);
                copy.SequenceCount = SequenceCount;
                return copy;
            }

            public int IndexOf(uint sequence)
            {
                for (int i = 0; i < SequenceCount; i++)
                {
                    if (Sequences[i] == sequence)
                    {
                        return i;
                    }
                }

                return -1;
            }

            /// <summary>Appends in counting order (not sequence order): the pending snapshot is the first N.</summary>
            public void AddSequence(uint sequence)
            {
                if (SequenceCount == Sequences.Length)
                {
                    uint[] larger = new uint[Sequences.Length * 2];
                    Array.Copy(Sequences, larger, SequenceCount);
                    Sequences = larger;
                }

                Sequences[SequenceCount++] = sequence;
            }
        }
    }
}
