using System;
using System.Collections;
using Terminal.Hal.Storage;

namespace Terminal.Core.Journal
{
    /// <summary>
    /// The durable transaction journal and its three outbound queues (display, printer, host).
    /// <para>
    /// Records are appended in commit groups to segment files (<c>jnl00000001.seg</c>, ...) on an
    /// <see cref="IFileStorage"/>; closing the file is the commit point. A transaction's intent is
    /// durable before anything is sent; its result is an outbox item delivered at least once to
    /// each destination under an idempotency key (terminal id + sequence) that receivers
    /// deduplicate on. At boot, <see cref="Open"/> replays the segments, cuts a torn tail, finishes
    /// an interrupted rewrite, marks transactions without an outcome for a status inquiry (never
    /// "failed"), and offers every undelivered item again. Compaction deletes segments whose
    /// transactions are all delivered and copies the few live records of an old segment forward
    /// first; every step of it is safe at any power cut.
    /// </para>
    /// <para>
    /// Not thread-safe: one owner (the app's journal worker) calls it. It never catches anything
    /// but <see cref="StorageException"/> around storage calls.
    /// </para>
    /// </summary>
    public sealed class TransactionJournal
    {
        private const string SegmentPrefix = "jnl";
        private const string SegmentSuffix = ".seg";
        private const string RewriteSuffix = ".tmp";
        private const int FormatVersion = 1;
        private const int SegmentNumberDigits = 8;

        /// <summary>The longest terminal id, in ASCII characters.</summary>
        public const int MaximumTerminalIdLength = 32;

        private const int AcknowledgementBytes = 5;

        private readonly IFileStorage _storage;
        private readonly JournalSettings _settings;
        private readonly string _terminalId;
        private readonly ArrayList _segments = new ArrayList();
        private readonly ArrayList _transactions = new ArrayList();
        private readonly ArrayList _items = new ArrayList();
        private readonly ArrayList _carriedInGroup = new ArrayList();
        private readonly SegmentScanner _scanner = new SegmentScanner();
        private readonly PayloadWriter _writer = new PayloadWriter();
        private readonly JournalStatistics _statistics = new JournalStatistics();
        private readonly byte[] _group;
        private readonly int _groupLimit;
        private readonly byte[] _header = new byte[FrameFormat.OverheadBytes + 8 + MaximumTerminalIdLength];
        private readonly uint[] _ackSequences;
        private readonly int[] _ackDestinations;
        private int _ackCount;
        private int _groupLength;
        private int _groupFrameCount;
        private int _lastFrameOffset;
        private long _groupRecordPayloadBytes;
        private uint _nextSequence = 1;
        private int _nextSegmentNumber = 1;
        private Segment _active;
        private bool _opened;
        private byte[] _readBuffer = new byte[0];

        /// <summary>Creates a journal over a drive. Call <see cref="Open"/> before anything else.</summary>
        /// <param name="storage">The drive; the caller owns it.</param>
        /// <param name="terminalId">The terminal's id: printable ASCII, 1..32 characters; part of every idempotency key.</param>
        /// <param name="settings">The limits.</param>
        public TransactionJournal(IFileStorage storage, string terminalId, JournalSettings settings)
        {
            if (storage == null || settings == null)
            {
                throw new ArgumentNullException(storage == null ? "storage" : "settings");
            }

            if (terminalId == null || terminalId.Length == 0 || terminalId.Length > MaximumTerminalIdLength)
            {
                throw new ArgumentException("terminal id must be 1 to 32 ASCII characters");
            }

            if (settings.SegmentSizeBytes < 1024 || settings.MaximumPendingAcknowledgements < 1
                || settings.MaximumPendingAcknowledgements * AcknowledgementBytes + 1 > FrameFormat.MaximumPayloadBytes)
            {
                throw new ArgumentException("segment size must be at least 1024 bytes and pending acknowledgements fit one record");
            }

            _storage = storage;
            _terminalId = terminalId;
            _settings = settings;
            _group = new byte[settings.SegmentSizeBytes - _header.Length];

            // Room kept at the end of a group for the acknowledgement record a commit adds.
            _groupLimit = _group.Length - (FrameFormat.OverheadBytes + 1 + (settings.MaximumPendingAcknowledgements * AcknowledgementBytes));
            _ackSequences = new uint[settings.MaximumPendingAcknowledgements];
            _ackDestinations = new int[settings.MaximumPendingAcknowledgements];
        }

        /// <summary>Gets the terminal id the journal was opened with.</summary>
        public string TerminalId
        {
            get { return _terminalId; }
        }

        /// <summary>Gets running counts of what was written.</summary>
        public JournalStatistics Statistics
        {
            get { return _statistics; }
        }

        /// <summary>Gets the number of segment files.</summary>
        public int SegmentCount
        {
            get { return _segments.Count; }
        }

        /// <summary>Gets the number of transactions still tracked: unresolved, or with something undelivered.</summary>
        public int LiveTransactionCount
        {
            get { return _transactions.Count; }
        }

        /// <summary>Gets the sequence the next record will get.</summary>
        public uint NextSequence
        {
            get { return _nextSequence; }
        }

        /// <summary>
        /// Recovers the journal from the drive: the boot step. Writes only to repair (cut a torn
        /// tail, finish an interrupted rewrite), to mark transactions without an outcome for a
        /// status inquiry, and to compact.
        /// </summary>
        /// <returns>What was found and done.</returns>
        /// <exception cref="StorageException">The drive failed; the journal stays closed.</exception>
        public RecoveryReport Open()
        {
            if (_opened)
            {
                throw new InvalidOperationException("journal already open");
            }

            RecoveryReport report = new RecoveryReport();
            bool newestLostBytes = false;
            RepairInterruptedRewrites(report);
            int[] numbers = ListSegmentNumbers();
            _scanner.ResetSequence();
            uint nextFromHeaders = 1;

            for (int i = 0; i < numbers.Length; i++)
            {
                int number = numbers[i];
                bool newest = i == numbers.Length - 1;
                int length = ReadWhole(SegmentName(number));
                report.SegmentsRead++;
                report.BytesRead += length;
                _scanner.Scan(_readBuffer, length);
                report.CorruptRegions += _scanner.CorruptRegions;
                report.CorruptBytes += _scanner.SkippedBytes;
                report.SequenceGaps += _scanner.SequenceGaps;
                int tail = length - _scanner.ValidEnd;

                if (!_scanner.HeaderValid && _scanner.FrameCount == 0)
                {
                    if (newest)
                    {
                        // A segment whose creation was cut before its header landed holds nothing committed.
                        _storage.Delete(SegmentName(number));
                        report.TornTailBytes += length;
                        newestLostBytes = length > 0;
                        _nextSegmentNumber = number + 1;
                        continue;
                    }

                    report.CorruptRegions++;
                    report.CorruptBytes += length;
                    _segments.Add(new Segment(number, _settings.SegmentSizeBytes));
                    _nextSegmentNumber = number + 1;
                    continue;
                }

                bool own = !_scanner.HeaderValid || IsOwnHeader(_readBuffer, number);
                if (!own)
                {
                    report.ForeignSegments++;
                }
                else
                {
                    for (int f = 0; f < _scanner.FrameCount; f++)
                    {
                        ApplyFrame(_readBuffer, _scanner.GetFrameOffset(f), number, report);
                    }

                    report.FramesAccepted += _scanner.FrameCount;
                }

                if (_scanner.HeaderValid && _scanner.HeaderSequence > nextFromHeaders)
                {
                    nextFromHeaders = _scanner.HeaderSequence;
                }

                int kept = length;
                if (tail > 0 && newest && own)
                {
                    RewriteSegment(number, _scanner.ValidEnd);
                    report.TornTailBytes += tail;
                    newestLostBytes = true;
                    kept = _scanner.ValidEnd;
                }
                else if (tail > 0)
                {
                    report.CorruptRegions++;
                    report.CorruptBytes += tail;
                }

                Segment segment = new Segment(number, kept);
                _segments.Add(segment);
                _nextSegmentNumber = number + 1;
                if (newest && own && _scanner.HeaderValid && kept < _settings.SegmentSizeBytes)
                {
                    _active = segment;
                }
            }

            _nextSequence = _scanner.HasLastSequence ? _scanner.LastSequence + 1 : 1;
            if (nextFromHeaders > _nextSequence)
            {
                _nextSequence = nextFromHeaders;
            }

            if (newestLostBytes)
            {
                // The lost tail held sequences we cannot read any more. A torn commit never
                // returned, so none of them reached a receiver; but if flash damage took a tail
                // that had, reusing them would hand a new item an old idempotency key that the
                // host drops as a duplicate. Skip past anything one segment could have held.
                _nextSequence += (uint)(_settings.SegmentSizeBytes / FrameFormat.OverheadBytes);
            }

            _opened = true;
            MarkInFlightForInquiry(report);
            Compact();
            report.LiveTransactions = _transactions.Count;
            return report;
        }

        /// <summary>
        /// Tells whether a new transaction of this amount may start, without writing anything.
        /// Limits: live transactions, undelivered sale amount, age of the oldest undelivered result,
        /// free space. Nothing undelivered is ever evicted to make room.
        /// </summary>
        /// <param name="amountMinorUnits">The new sale's amount; 0 for a refund.</param>
        /// <param name="nowUtcMilliseconds">The wall clock.</param>
        /// <returns>The verdict.</returns>
        public CapacityVerdict CheckCapacity(long amountMinorUnits, long nowUtcMilliseconds)
        {
            EnsureOpen();
            if (_transactions.Count >= _settings.MaximumLiveTransactions)
            {
                return new CapacityVerdict(
                    CapacityRefusal.TooManyPending,
                    "Queue full: " + _transactions.Count.ToString() + " transactions wait for the network. Restore the connection; they will be delivered first.");
            }

            long exposure = 0;
            long oldest = long.MaxValue;
            for (int i = 0; i < _transactions.Count; i++)
            {
                JournalTransaction transaction = (JournalTransaction)_transactions[i];
                if (!transaction.IsResolved || HasPendingHostItem(transaction))
                {
                    if (transaction.Kind == TransactionKind.Sale)
                    {
                        exposure += transaction.AmountMinorUnits;
                    }

                    if (transaction.CreatedUtcMilliseconds < oldest)
                    {
                        oldest = transaction.CreatedUtcMilliseconds;
                    }
                }
            }

            if (exposure + amountMinorUnits > _settings.MaximumPendingAmountMinorUnits)
            {
                return new CapacityVerdict(
                    CapacityRefusal.AmountLimit,
                    "Offline limit reached: undelivered sales would exceed the limit. Restore the connection or use another terminal.");
            }

            if (oldest != long.MaxValue && nowUtcMilliseconds - oldest > _settings.MaximumPendingAgeMilliseconds)
            {
                return new CapacityVerdict(
                    CapacityRefusal.OldestTooOld,
                    "A result has waited too long for the network. Restore the connection before new sales.");
            }

            if (_storage.FreeBytes < _settings.ReserveFreeBytes)
            {
                return new CapacityVerdict(
                    CapacityRefusal.StorageLow,
                    "Storage nearly full: new sales are refused so that queued results are not lost. Call service (HW-STORAGE).");
            }

            return CapacityVerdict.Accepted;
        }

        /// <summary>
        /// Writes a transaction's intent and commits it: when this returns accepted, the intent is
        /// durable and the request may go to the host. Its sequence is the transaction's id and,
        /// with the terminal id, the idempotency key every retry reuses.
        /// </summary>
        /// <param name="intent">The intent; validated, and refused if it holds card data.</param>
        /// <param name="nowUtcMilliseconds">The wall clock, for the age limit.</param>
        /// <param name="transactionSequence">The new transaction's id; 0 when refused.</param>
        /// <returns>Accepted, or refused with a message; nothing is written when refused.</returns>
        /// <exception cref="StorageException">The commit failed; the transaction must not be sent.</exception>
        public CapacityVerdict BeginTransaction(TransactionIntent intent, long nowUtcMilliseconds, out uint transactionSequence)
        {
            EnsureOpen();
            transactionSequence = 0;
            intent.Validate();
            CapacityVerdict verdict = CheckCapacity(intent.Kind == TransactionKind.Sale ? intent.AmountMinorUnits : 0, nowUtcMilliseconds);
            if (!verdict.IsAccepted)
            {
                return verdict;
            }

            BeginFrame();
            intent.Encode(_writer);
            uint sequence = EndFrame(JournalRecordType.TransactionIntent);
            CommitGroup();
            transactionSequence = sequence;
            return verdict;
        }

        /// <summary>
        /// Records the host's final answer and commits it, queueing the result for the given
        /// destinations. A result for a transaction the terminal had given up on is marked late.
        /// </summary>
        /// <param name="transactionSequence">The transaction's id.</param>
        /// <param name="response">The answer; its transaction sequence and late flag are set here.</param>
        /// <param name="destinations">Where the result must go, usually <see cref="Destinations.All"/>.</param>
        /// <returns>The queued item; <c>null</c> when the transaction is unknown or already resolved (a duplicate answer).</returns>
        /// <exception cref="StorageException">The commit failed.</exception>
        public JournalEntry RecordResponse(uint transactionSequence, HostResponse response, int destinations)
        {
            EnsureOpen();
            CheckDestinations(destinations);
            JournalTransaction transaction = FindTransaction(transactionSequence);
            if (transaction == null || transaction.IsResolved)
            {
                return null;
            }

            response.TransactionSequence = transactionSequence;
            response.IsLate = transaction.State == TransactionState.OutcomeUnknown;
            BeginFrame();
            _writer.WriteByte(destinations);
            response.Encode(_writer);
            uint sequence = EndFrame(JournalRecordType.HostResponse);
            CommitGroup();
            return FindItem(sequence);
        }

        /// <summary>
        /// Records that no answer came in time: the transaction is UNKNOWN (never failed) until a
        /// status inquiry resolves it, and a result that arrives later is shown as late.
        /// </summary>
        /// <param name="transactionSequence">The transaction's id.</param>
        /// <returns><c>true</c> when recorded; <c>false</c> when the transaction is unknown or not authorizing.</returns>
        /// <exception cref="StorageException">The commit failed.</exception>
        public bool RecordOutcomeUnknown(uint transactionSequence)
        {
            EnsureOpen();
            JournalTransaction transaction = FindTransaction(transactionSequence);
            if (transaction == null || transaction.State != TransactionState.Authorizing)
            {
                return false;
            }

            StageStateTransition(transactionSequence, TransactionState.OutcomeUnknown);
            CommitGroup();
            return true;
        }

        /// <summary>
        /// Cancels an unresolved transaction: marks it cancelled and queues a reversal for the host
        /// in one commit, so a cancel during authorization never leaves an orphan charge.
        /// </summary>
        /// <param name="transactionSequence">The transaction's id.</param>
        /// <param name="reason">A short ASCII reason for the host, e.g. "CANCEL".</param>
        /// <returns>The queued reversal; <c>null</c> when the transaction is unknown or already resolved.</returns>
        /// <exception cref="StorageException">The commit failed.</exception>
        public JournalEntry RecordCancellation(uint transactionSequence, string reason)
        {
            EnsureOpen();
            JournalTransaction transaction = FindTransaction(transactionSequence);
            if (transaction == null || transaction.IsResolved)
            {
                return null;
            }

            HostMessage reversal = new HostMessage();
            reversal.TransactionSequence = transactionSequence;
            reversal.Kind = HostMessageKind.Reversal;
            reversal.Reason = reason;
            StageStateTransition(transactionSequence, TransactionState.Cancelled);
            uint sequence = StageHostMessage(reversal);
            CommitGroup();
            return FindItem(sequence);
        }

        /// <summary>Queues a message for the host about a tracked transaction (an advice, or a reversal of a late approval).</summary>
        /// <param name="transactionSequence">The transaction's id.</param>
        /// <param name="kind">Reversal or advice.</param>
        /// <param name="reason">A short ASCII reason.</param>
        /// <returns>The queued message; <c>null</c> when the transaction is not tracked.</returns>
        /// <exception cref="StorageException">The commit failed.</exception>
        public JournalEntry EnqueueHostMessage(uint transactionSequence, HostMessageKind kind, string reason)
        {
            EnsureOpen();
            if (FindTransaction(transactionSequence) == null)
            {
                return null;
            }

            HostMessage message = new HostMessage();
            message.TransactionSequence = transactionSequence;
            message.Kind = kind;
            message.Reason = reason;
            uint sequence = StageHostMessage(message);
            CommitGroup();
            return FindItem(sequence);
        }

        /// <summary>Finds the oldest item still to be delivered to a destination: queues are first in, first out.</summary>
        /// <param name="destination">A single destination.</param>
        /// <param name="item">The item; <c>null</c> when the queue is empty.</param>
        /// <returns><c>true</c> when there is one.</returns>
        public bool TryPeek(int destination, out JournalEntry item)
        {
            EnsureOpen();
            CheckSingleDestination(destination);
            for (int i = 0; i < _items.Count; i++)
            {
                JournalEntry candidate = (JournalEntry)_items[i];
                if (candidate.IsPendingFor(destination))
                {
                    item = candidate;
                    return true;
                }
            }

            item = null;
            return false;
        }

        /// <summary>
        /// Records that an item reached a destination. It stops being offered at once, but the
        /// record is durable only at the next commit: a power cut before it makes the item be
        /// delivered again, which the receiver deduplicates by its idempotency key. Marking twice
        /// does nothing. When the acknowledgement buffer is full, this commits.
        /// </summary>
        /// <param name="item">An item from <see cref="TryPeek"/>.</param>
        /// <param name="destination">The single destination it reached.</param>
        public void MarkDelivered(JournalEntry item, int destination)
        {
            EnsureOpen();
            CheckSingleDestination(destination);
            if (item == null || !item.IsPendingFor(destination))
            {
                return;
            }

            item.MarkDeliveredVolatile(destination);
            _ackSequences[_ackCount] = item.Sequence;
            _ackDestinations[_ackCount] = destination;
            _ackCount++;
            if (_ackCount == _ackSequences.Length)
            {
                Commit();
            }
        }

        /// <summary>Makes pending acknowledgements durable, then compacts: call when a delivery round is done.</summary>
        /// <exception cref="StorageException">The commit failed; acknowledgements stay pending.</exception>
        public void Commit()
        {
            EnsureOpen();
            CommitGroup();
            Compact();
        }

        /// <summary>Counts the items still to be delivered to a destination.</summary>
        /// <param name="destination">A single destination.</param>
        /// <returns>The queue depth.</returns>
        public int PendingCount(int destination)
        {
            EnsureOpen();
            CheckSingleDestination(destination);
            int count = 0;
            for (int i = 0; i < _items.Count; i++)
            {
                if (((JournalEntry)_items[i]).IsPendingFor(destination))
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>Gets when the transaction of the oldest item waiting for a destination started.</summary>
        /// <param name="destination">A single destination.</param>
        /// <returns>UTC milliseconds since 1970; -1 when the queue is empty.</returns>
        public long OldestPendingCreatedUtcMilliseconds(int destination)
        {
            JournalEntry item;
            if (!TryPeek(destination, out item))
            {
                return -1;
            }

            JournalTransaction transaction = FindTransaction(item.TransactionSequence);
            return transaction == null ? -1 : transaction.CreatedUtcMilliseconds;
        }

        /// <summary>Finds a tracked transaction by id.</summary>
        /// <param name="transactionSequence">The id.</param>
        /// <returns>The transaction; <c>null</c> when not tracked (never existed, or resolved and fully delivered).</returns>
        public JournalTransaction FindTransaction(uint transactionSequence)
        {
            int index = IndexOfTransaction(transactionSequence);
            return index >= 0 ? (JournalTransaction)_transactions[index] : null;
        }

        /// <summary>Gets a tracked transaction by position, oldest first, to list them (e.g. those awaiting a status inquiry).</summary>
        /// <param name="index">0 .. <see cref="LiveTransactionCount"/> - 1.</param>
        /// <returns>The transaction.</returns>
        public JournalTransaction GetTransaction(int index)
        {
            return (JournalTransaction)_transactions[index];
        }

        /// <summary>Builds the idempotency key receivers deduplicate on: terminal id, a dash, and the item's sequence.</summary>
        /// <param name="item">An item.</param>
        /// <returns>The key, e.g. "T0001234-42".</returns>
        public string IdempotencyKeyFor(JournalEntry item)
        {
            return _terminalId + "-" + item.Sequence.ToString();
        }

        /// <summary>Builds the file name of a segment.</summary>
        /// <param name="number">The segment number.</param>
        /// <returns>The name, e.g. "jnl00000001.seg".</returns>
        public static string SegmentName(int number)
        {
            return SegmentPrefix + PadNumber(number) + SegmentSuffix;
        }

        /// <summary>Tells whether a file name belongs to the journal (a segment or an interrupted rewrite).</summary>
        /// <param name="name">A file name.</param>
        /// <returns><c>true</c> for journal files.</returns>
        public static bool IsJournalFile(string name)
        {
            return ParseNumber(name, SegmentSuffix) > 0 || ParseNumber(name, RewriteSuffix) > 0;
        }

        private static string RewriteName(int number)
        {
            return SegmentPrefix + PadNumber(number) + RewriteSuffix;
        }

        private static string PadNumber(int number)
        {
            string digits = number.ToString();
            while (digits.Length < SegmentNumberDigits)
            {
                digits = "0" + digits;
            }

            return digits;
        }

        private static int ParseNumber(string name, string suffix)
        {
            int expectedLength = SegmentPrefix.Length + SegmentNumberDigits + suffix.Length;
            if (name.Length != expectedLength || !name.StartsWith(SegmentPrefix) || !name.EndsWith(suffix))
            {
                return 0;
            }

            int value = 0;
            for (int i = SegmentPrefix.Length; i < SegmentPrefix.Length + SegmentNumberDigits; i++)
            {
                char c = name[i];
                if (c < '0' || c > '9')
                {
                    return 0;
                }

                value = (value * 10) + (c - '0');
            }

            return value;
        }

        private void EnsureOpen()
        {
            if (!_opened)
            {
                throw new InvalidOperationException("open the journal first");
            }
        }

        private static void CheckDestinations(int destinations)
        {
            if (destinations <= 0 || (destinations & ~Destinations.All) != 0)
            {
                throw new ArgumentException("destinations must be a non-empty set of display, printer and host");
            }
        }

        private static void CheckSingleDestination(int destination)
        {
            if (!Destinations.IsSingle(destination))
            {
                throw new ArgumentException("destination must be exactly one of display, printer, host");
            }
        }

        // ---- recovery -------------------------------------------------------------------------

        private void RepairInterruptedRewrites(RecoveryReport report)
        {
            string[] files = _storage.ListFiles();
            for (int i = 0; i < files.Length; i++)
            {
                int number = ParseNumber(files[i], RewriteSuffix);
                if (number <= 0)
                {
                    continue;
                }

                // The rewrite's copy is closed (durable) before the original is deleted. With the
                // original still there the copy may be partial: drop it. Without it, finish the rename.
                if (_storage.Exists(SegmentName(number)))
                {
                    _storage.Delete(files[i]);
                }
                else
                {
                    _storage.Rename(files[i], SegmentName(number));
                }

                report.InterruptedRewritesRepaired++;
            }
        }

        private int[] ListSegmentNumbers()
        {
            string[] files = _storage.ListFiles();
            int count = 0;
            int[] numbers = new int[files.Length];
            for (int i = 0; i < files.Length; i++)
            {
                int number = ParseNumber(files[i], SegmentSuffix);
                if (number > 0)
                {
                    // Insertion sort: a handful of segments.
                    int position = count;
                    while (position > 0 && numbers[position - 1] > number)
                    {
                        numbers[position] = numbers[position - 1];
                        position--;
                    }

                    numbers[position] = number;
                    count++;
                }
            }

            int[] result = new int[count];
            Array.Copy(numbers, result, count);
            return result;
        }

        private int ReadWhole(string name)
        {
            IStorageFile file = _storage.OpenRead(name);
            try
            {
                int length = (int)file.Length;
                if (_readBuffer.Length < length)
                {
                    _readBuffer = new byte[length];
                }

                int read = 0;
                while (read < length)
                {
                    int got = file.Read(_readBuffer, read, length - read);
                    if (got <= 0)
                    {
                        break;
                    }

                    read += got;
                }

                return read;
            }
            finally
            {
                file.Close();
            }
        }

        private bool IsOwnHeader(byte[] buffer, int number)
        {
            try
            {
                PayloadReader reader = new PayloadReader(buffer, FrameFormat.HeaderBytes, FrameFormat.ReadPayloadLength(buffer, 0));
                int version = reader.ReadByte();
                uint headerNumber = reader.ReadUInt32();
                string terminalId = reader.ReadAscii(MaximumTerminalIdLength, "terminal id");
                reader.ExpectEnd("segment header");
                return version == FormatVersion && headerNumber == (uint)number && terminalId == _terminalId;
            }
            catch (JournalFormatException)
            {
                return false;
            }
        }

        /// <summary>Cuts a segment to its valid length: copy, commit the copy, delete, rename. Safe at every cut.</summary>
        private void RewriteSegment(int number, int validLength)
        {
            string copy = RewriteName(number);
            IStorageFile file = _storage.OpenAppend(copy);
            try
            {
                file.Append(_readBuffer, 0, validLength);
            }
            finally
            {
                file.Close();
            }

            _statistics.StorageBytesWritten += validLength;
            _storage.Delete(SegmentName(number));
            _storage.Rename(copy, SegmentName(number));
        }

        private void MarkInFlightForInquiry(RecoveryReport report)
        {
            for (int i = 0; i < _transactions.Count; i++)
            {
                JournalTransaction transaction = (JournalTransaction)_transactions[i];
                if (transaction.State == TransactionState.Authorizing)
                {
                    if (_groupLength > _groupLimit - FrameFormat.MaximumFrameBytes)
                    {
                        CommitGroup();
                    }

                    StageStateTransition(transaction.Sequence, TransactionState.OutcomeUnknown);
                    report.MarkedForInquiry++;
                }
            }

            CommitGroup();
        }

        /// <summary>Applies one accepted frame to the in-memory state: the single code path for recovery and for fresh commits.</summary>
        private void ApplyFrame(byte[] buffer, int frameOffset, int segmentNumber, RecoveryReport report)
        {
            JournalRecordType type = FrameFormat.ReadType(buffer, frameOffset);
            if (type == JournalRecordType.SegmentHeader)
            {
                return;
            }

            uint sequence = FrameFormat.ReadSequence(buffer, frameOffset);
            int payloadOffset = frameOffset + FrameFormat.HeaderBytes;
            int payloadLength = FrameFormat.ReadPayloadLength(buffer, frameOffset);
            int stillPending = -1;

            try
            {
                if (type == JournalRecordType.Carried)
                {
                    PayloadReader prefix = new PayloadReader(buffer, payloadOffset, payloadLength);
                    type = (JournalRecordType)prefix.ReadByteInRange((int)JournalRecordType.TransactionIntent, (int)JournalRecordType.HostMessage, "carried type");
                    sequence = prefix.ReadUInt32();
                    stillPending = prefix.ReadByteInRange(0, Destinations.All, "carried pending");
                    payloadOffset += JournalTransaction.CarriedPrefixBytes;
                    payloadLength -= JournalTransaction.CarriedPrefixBytes;
                }

                switch (type)
                {
                    case JournalRecordType.TransactionIntent:
                        ApplyIntent(buffer, payloadOffset, payloadLength, sequence, segmentNumber);
                        break;
                    case JournalRecordType.HostResponse:
                    case JournalRecordType.HostMessage:
                        ApplyItem(buffer, payloadOffset, payloadLength, sequence, type, stillPending, segmentNumber, report);
                        break;
                    case JournalRecordType.StateTransition:
                        ApplyStateTransition(buffer, payloadOffset, payloadLength, sequence, segmentNumber, report);
                        break;
                    case JournalRecordType.Delivered:
                        ApplyDelivered(buffer, payloadOffset, payloadLength);
                        break;
                    default:
                        throw new JournalFormatException("record type not allowed here");
                }
            }
            catch (JournalFormatException)
            {
                if (report != null)
                {
                    report.RejectedRecords++;
                }
            }
        }

        private void ApplyIntent(byte[] buffer, int offset, int length, uint sequence, int segmentNumber)
        {
            JournalTransaction existing = FindTransaction(sequence);
            if (existing != null)
            {
                // A compaction copy of a transaction whose original is still on flash.
                NoteSegment(existing, segmentNumber);
                return;
            }

            TransactionIntent.Decode(new PayloadReader(buffer, offset, length));
            JournalEntry intent = new JournalEntry(sequence, JournalRecordType.TransactionIntent, sequence, Destinations.None, CopyPayload(buffer, offset, length));
            InsertTransaction(new JournalTransaction(intent, segmentNumber));
        }

        private void ApplyItem(byte[] buffer, int offset, int length, uint sequence, JournalRecordType type, int stillPending, int segmentNumber, RecoveryReport report)
        {
            PayloadReader reader = new PayloadReader(buffer, offset, length);
            int destinations = reader.ReadByteInRange(1, Destinations.All, "destinations");
            uint transactionSequence;
            TransactionState resolvedState = TransactionState.Authorizing;
            if (type == JournalRecordType.HostResponse)
            {
                HostResponse response = HostResponse.Decode(reader);
                transactionSequence = response.TransactionSequence;
                resolvedState = response.Outcome == TransactionOutcome.Approved ? TransactionState.Approved : TransactionState.Declined;
            }
            else
            {
                transactionSequence = HostMessage.Decode(reader).TransactionSequence;
            }

            JournalTransaction transaction = FindTransaction(transactionSequence);
            if (transaction == null)
            {
                if (report != null)
                {
                    report.OrphanRecords++;
                }

                return;
            }

            JournalEntry entry = FindItem(sequence);
            if (entry == null)
            {
                entry = new JournalEntry(sequence, type, transactionSequence, destinations, CopyPayload(buffer, offset, length));
                transaction.AddEntry(entry);
                InsertItem(entry);
                if (type == JournalRecordType.HostResponse)
                {
                    transaction.State = resolvedState;
                }
            }

            if (stillPending >= 0)
            {
                entry.MarkDeliveredDurable(entry.Destinations & ~stillPending);
            }

            NoteSegment(transaction, segmentNumber);
        }

        private void ApplyStateTransition(byte[] buffer, int offset, int length, uint sequence, int segmentNumber, RecoveryReport report)
        {
            PayloadReader reader = new PayloadReader(buffer, offset, length);
            uint transactionSequence = reader.ReadUInt32();
            TransactionState state = (TransactionState)reader.ReadByteInRange((int)TransactionState.Authorizing, (int)TransactionState.Cancelled, "state");
            reader.ExpectEnd("state transition");
            JournalTransaction transaction = FindTransaction(transactionSequence);
            if (transaction == null)
            {
                if (report != null)
                {
                    report.OrphanRecords++;
                }

                return;
            }

            NoteSegment(transaction, segmentNumber);
            for (int i = 0; i < transaction.EntryCount; i++)
            {
                if (transaction.GetEntry(i).Sequence == sequence)
                {
                    return;
                }
            }

            transaction.AddEntry(new JournalEntry(sequence, JournalRecordType.StateTransition, transactionSequence, Destinations.None, CopyPayload(buffer, offset, length)));

            // A resolved transaction never goes back to unresolved.
            if (!transaction.IsResolved)
            {
                transaction.State = state;
            }
        }

        private void ApplyDelivered(byte[] buffer, int offset, int length)
        {
            PayloadReader reader = new PayloadReader(buffer, offset, length);
            int count = reader.ReadByte();
            if (length != 1 + (count * AcknowledgementBytes))
            {
                throw new JournalFormatException("delivery record length does not match its count");
            }

            for (int i = 0; i < count; i++)
            {
                uint sequence = reader.ReadUInt32();
                int destination = reader.ReadByteInRange(1, Destinations.All, "destination");
                JournalEntry item = FindItem(sequence);
                if (item == null)
                {
                    // Delivered earlier and already forgotten, or its segment was reclaimed.
                    continue;
                }

                item.MarkDeliveredDurable(destination);
                ForgetIfDelivered(FindTransaction(item.TransactionSequence));
            }
        }

        private void NoteSegment(JournalTransaction transaction, int segmentNumber)
        {
            if (segmentNumber < transaction.OldestSegment)
            {
                transaction.OldestSegment = segmentNumber;
            }
        }

        /// <summary>
        /// Forgets a transaction whose outcome is settled and whose items all reached every
        /// destination. Only a delivery record calls it: within one commit group a state change
        /// (cancelled) comes before the item it queues (the reversal), and must not end the
        /// transaction on its own.
        /// </summary>
        private void ForgetIfDelivered(JournalTransaction transaction)
        {
            if (transaction == null || transaction.IsLive)
            {
                return;
            }

            _transactions.RemoveAt(IndexOfTransaction(transaction.Sequence));
            for (int i = 0; i < transaction.EntryCount; i++)
            {
                JournalEntry entry = transaction.GetEntry(i);
                if (entry.Destinations != Destinations.None)
                {
                    int index = IndexOfItem(entry.Sequence);
                    if (index >= 0)
                    {
                        _items.RemoveAt(index);
                    }
                }
            }
        }

        private static byte[] CopyPayload(byte[] buffer, int offset, int length)
        {
            byte[] copy = new byte[length];
            Array.Copy(buffer, offset, copy, 0, length);
            return copy;
        }

        // ---- writing --------------------------------------------------------------------------

        private void BeginFrame()
        {
            if (_groupLength + FrameFormat.MaximumFrameBytes > _groupLimit)
            {
                CommitGroup();
            }

            _writer.Reset(_group, _groupLength + FrameFormat.HeaderBytes, FrameFormat.MaximumPayloadBytes);
        }

        private uint EndFrame(JournalRecordType type)
        {
            uint sequence = _nextSequence++;
            int payloadLength = _writer.Length;
            _lastFrameOffset = _groupLength;
            _groupLength += FrameFormat.Seal(_group, _groupLength, type, false, false, sequence, payloadLength);
            _groupFrameCount++;
            if (type != JournalRecordType.Carried)
            {
                _groupRecordPayloadBytes += payloadLength;
            }

            return sequence;
        }

        private void StageStateTransition(uint transactionSequence, TransactionState state)
        {
            BeginFrame();
            _writer.WriteUInt32(transactionSequence);
            _writer.WriteByte((int)state);
            EndFrame(JournalRecordType.StateTransition);
        }

        private uint StageHostMessage(HostMessage message)
        {
            BeginFrame();
            _writer.WriteByte(Destinations.Host);
            message.Encode(_writer);
            return EndFrame(JournalRecordType.HostMessage);
        }

        private void StageAcknowledgements()
        {
            // The group limit keeps room for this record.
            _writer.Reset(_group, _groupLength + FrameFormat.HeaderBytes, FrameFormat.MaximumPayloadBytes);
            _writer.WriteByte(_ackCount);
            for (int i = 0; i < _ackCount; i++)
            {
                _writer.WriteUInt32(_ackSequences[i]);
                _writer.WriteByte(_ackDestinations[i]);
            }

            EndFrame(JournalRecordType.Delivered);
        }

        /// <summary>Writes the staged group (plus pending acknowledgements) and closes the file: one commit.</summary>
        private void CommitGroup()
        {
            int acknowledgements = _ackCount;
            if (acknowledgements > 0)
            {
                StageAcknowledgements();
            }

            if (_groupFrameCount == 0)
            {
                return;
            }

            FrameFormat.SetGroupBits(_group, 0, true, _groupFrameCount == 1);
            if (_groupFrameCount > 1)
            {
                FrameFormat.SetGroupBits(_group, _lastFrameOffset, false, true);
            }

            uint firstSequence = FrameFormat.ReadSequence(_group, 0);
            bool roll = _active == null || _active.Length + _groupLength > _settings.SegmentSizeBytes;
            int written = 0;
            try
            {
                if (roll)
                {
                    int number = _nextSegmentNumber++;
                    int headerLength = BuildHeader(number, firstSequence);
                    Segment created = new Segment(number, _settings.SegmentSizeBytes);
                    _segments.Add(created);
                    _active = null;
                    IStorageFile file = _storage.OpenAppend(SegmentName(number));
                    _statistics.SegmentsCreated++;
                    try
                    {
                        file.Append(_header, 0, headerLength);
                        written += headerLength;
                        file.Append(_group, 0, _groupLength);
                        written += _groupLength;
                    }
                    finally
                    {
                        file.Close();
                    }

                    created.Length = headerLength + _groupLength;
                    _active = created;
                }
                else
                {
                    IStorageFile file = _storage.OpenAppend(_active.Name);
                    try
                    {
                        file.Append(_group, 0, _groupLength);
                        written += _groupLength;
                    }
                    finally
                    {
                        file.Close();
                    }

                    _active.Length += _groupLength;
                }
            }
            catch (StorageException)
            {
                // The file's tail is now unknown: never append after it. The staged sequences stay
                // used (a later boot may find the group whole), so the next group leaves a gap.
                _statistics.FailedCommits++;
                _statistics.StorageBytesWritten += written;
                _active = null;
                _groupLength = 0;
                _groupFrameCount = 0;
                _groupRecordPayloadBytes = 0;
                _carriedInGroup.Clear();
                throw;
            }

            _statistics.Commits++;
            _statistics.StorageBytesWritten += written;
            _statistics.RecordPayloadBytes += _groupRecordPayloadBytes;

            int offset = 0;
            while (offset < _groupLength)
            {
                ApplyFrame(_group, offset, _active.Number, null);
                offset += FrameFormat.ReadPayloadLength(_group, offset) + FrameFormat.OverheadBytes;
            }

            for (int i = 0; i < _carriedInGroup.Count; i++)
            {
                ((JournalTransaction)_carriedInGroup[i]).OldestSegment = _active.Number;
            }

            // Acknowledgements made after the group was staged stay pending; those written are done.
            for (int i = acknowledgements; i < _ackCount; i++)
            {
                _ackSequences[i - acknowledgements] = _ackSequences[i];
                _ackDestinations[i - acknowledgements] = _ackDestinations[i];
            }

            _ackCount -= acknowledgements;
            _carriedInGroup.Clear();
            _groupLength = 0;
            _groupFrameCount = 0;
            _groupRecordPayloadBytes = 0;
        }

        private int BuildHeader(int number, uint firstSequence)
        {
            _writer.Reset(_header, FrameFormat.HeaderBytes, _header.Length - FrameFormat.OverheadBytes);
            _writer.WriteByte(FormatVersion);
            _writer.WriteUInt32((uint)number);
            _writer.WriteAscii(_terminalId, MaximumTerminalIdLength);
            return FrameFormat.Seal(_header, 0, JournalRecordType.SegmentHeader, true, true, firstSequence, _writer.Length);
        }

        // ---- compaction -----------------------------------------------------------------------

        /// <summary>
        /// Copies the live records of the oldest segments forward while there are more segments
        /// than the target and the copy is small, then deletes every segment no live transaction
        /// needs. The newest segment is never deleted: it carries the sequence forward.
        /// </summary>
        private void Compact()
        {
            while (_segments.Count > _settings.TargetSegmentCount)
            {
                Segment oldest = (Segment)_segments[0];
                if (oldest == _active)
                {
                    break;
                }

                int liveBytes = 0;
                for (int i = 0; i < _transactions.Count; i++)
                {
                    JournalTransaction transaction = (JournalTransaction)_transactions[i];
                    if (transaction.OldestSegment <= oldest.Number)
                    {
                        liveBytes += transaction.StoredBytes;
                    }
                }

                if (liveBytes > _settings.SegmentSizeBytes / 2)
                {
                    // Mostly live: copying would not free space. The capacity limits bound the growth.
                    break;
                }

                for (int i = 0; i < _transactions.Count; i++)
                {
                    JournalTransaction transaction = (JournalTransaction)_transactions[i];
                    if (transaction.OldestSegment <= oldest.Number)
                    {
                        StageCarry(transaction);
                    }
                }

                CommitGroup();
                if (!DeleteUnneededSegments())
                {
                    break;
                }
            }

            DeleteUnneededSegments();
        }

        private void StageCarry(JournalTransaction transaction)
        {
            int needed = transaction.StoredBytes;
            if (_groupLength + needed > _groupLimit)
            {
                CommitGroup();
            }

            for (int i = 0; i < transaction.EntryCount; i++)
            {
                JournalEntry entry = transaction.GetEntry(i);
                BeginFrame();
                _writer.WriteByte((int)entry.Type);
                _writer.WriteUInt32(entry.Sequence);
                _writer.WriteByte(entry.DurablyPending);
                _writer.WriteBytes(entry.Payload, 0, entry.Payload.Length);
                EndFrame(JournalRecordType.Carried);
                _statistics.RecordsCarried++;
            }

            _carriedInGroup.Add(transaction);
        }

        private bool DeleteUnneededSegments()
        {
            int lowestNeeded = int.MaxValue;
            for (int i = 0; i < _transactions.Count; i++)
            {
                int segment = ((JournalTransaction)_transactions[i]).OldestSegment;
                if (segment < lowestNeeded)
                {
                    lowestNeeded = segment;
                }
            }

            bool deleted = false;
            while (_segments.Count > 1)
            {
                Segment oldest = (Segment)_segments[0];
                if (oldest == _active || oldest.Number >= lowestNeeded)
                {
                    break;
                }

                _storage.Delete(oldest.Name);
                _segments.RemoveAt(0);
                _statistics.SegmentsDeleted++;
                deleted = true;
            }

            return deleted;
        }

        // ---- sorted lists ---------------------------------------------------------------------

        private bool HasPendingHostItem(JournalTransaction transaction)
        {
            for (int i = 0; i < transaction.EntryCount; i++)
            {
                if (transaction.GetEntry(i).IsPendingFor(Destinations.Host))
                {
                    return true;
                }
            }

            return false;
        }

        private JournalEntry FindItem(uint sequence)
        {
            int index = IndexOfItem(sequence);
            return index >= 0 ? (JournalEntry)_items[index] : null;
        }

        private int IndexOfItem(uint sequence)
        {
            int low = 0;
            int high = _items.Count - 1;
            while (low <= high)
            {
                int middle = (low + high) / 2;
                uint value = ((JournalEntry)_items[middle]).Sequence;
                if (value == sequence)
                {
                    return middle;
                }

                if (value < sequence)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return -(low + 1);
        }

        private void InsertItem(JournalEntry entry)
        {
            int index = IndexOfItem(entry.Sequence);
            if (index < 0)
            {
                _items.Insert(-(index + 1), entry);
            }
        }

        private int IndexOfTransaction(uint sequence)
        {
            int low = 0;
            int high = _transactions.Count - 1;
            while (low <= high)
            {
                int middle = (low + high) / 2;
                uint value = ((JournalTransaction)_transactions[middle]).Sequence;
                if (value == sequence)
                {
                    return middle;
                }

                if (value < sequence)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return -(low + 1);
        }

        private void InsertTransaction(JournalTransaction transaction)
        {
            int index = IndexOfTransaction(transaction.Sequence);
            if (index < 0)
            {
                _transactions.Insert(-(index + 1), transaction);
            }
        }

        /// <summary>A segment file as the journal tracks it.</summary>
        private sealed class Segment
        {
            public Segment(int number, int length)
            {
                Number = number;
                Length = length;
                Name = SegmentName(number);
            }

            public int Number { get; }

            public string Name { get; }

            public int Length { get; set; }
        }
    }
}
