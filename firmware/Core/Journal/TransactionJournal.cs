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
    /// each destination under an idempotency key (key namespace + sequence) that receivers
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
    public sealed partial class TransactionJournal
    {
        private const string SegmentPrefix = "jnl";
        private const string SegmentSuffix = ".seg";
        private const string RewriteSuffix = ".tmp";
        private const int FormatVersion = 1;
        private const int SegmentNumberDigits = 8;

        /// <summary>The longest key namespace, in ASCII characters: a 32-character terminal id, a dot and a 10-digit provisioning number fit.</summary>
        public const int MaximumKeyNamespaceLength = 48;

        private const int AcknowledgementBytes = 5;

        // Segment sizes may grow in later firmware, so the read limit is not the current setting.
        private const int MaximumSegmentReadBytes = 65536;

        private readonly IFileStorage _storage;
        private readonly JournalSettings _settings;
        private readonly string _keyNamespace;
        private readonly ArrayList _segments = new ArrayList();
        private readonly ArrayList _transactions = new ArrayList();
        private readonly ArrayList _items = new ArrayList();
        private readonly ArrayList _carriedInGroup = new ArrayList();
        private readonly SegmentScanner _scanner = new SegmentScanner();
        private readonly PayloadWriter _writer = new PayloadWriter();
        private readonly JournalStatistics _statistics = new JournalStatistics();
        private readonly byte[] _group;
        private readonly int _groupLimit;
        private readonly byte[] _header = new byte[FrameFormat.OverheadBytes + 8 + MaximumKeyNamespaceLength];
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
        /// <param name="keyNamespace">
        /// The first part of every idempotency key, and the identity written into every segment
        /// header: printable ASCII, 1..48 characters. The app passes
        /// <c>TerminalIdentity.KeyNamespace</c> (terminal id and provisioning number), so a terminal
        /// re-provisioned after its drive was formatted never reuses a key its backend has seen.
        /// </param>
        /// <param name="settings">The limits.</param>
        public TransactionJournal(IFileStorage storage, string keyNamespace, JournalSettings settings)
        {
            if (storage == null || settings == null)
            {
                throw new ArgumentNullException(storage == null ? "storage" : "settings");
            }

            if (keyNamespace == null || keyNamespace.Length == 0 || keyNamespace.Length > MaximumKeyNamespaceLength)
            {
                throw new ArgumentException("key namespace must be 1 to 48 ASCII characters");
            }

            if (settings.SegmentSizeBytes < 1024 || settings.SegmentSizeBytes > MaximumSegmentReadBytes || settings.MaximumPendingAcknowledgements < 1
                || settings.MaximumPendingAcknowledgements * AcknowledgementBytes + 1 > FrameFormat.MaximumPayloadBytes)
            {
                throw new ArgumentException("segment size must be 1024 to 65536 bytes and pending acknowledgements fit one record");
            }

            _storage = storage;
            _keyNamespace = keyNamespace;
            _settings = settings;
            _group = new byte[settings.SegmentSizeBytes - _header.Length];

            // Room kept at the end of a group for the acknowledgement record a commit adds.
            _groupLimit = _group.Length - (FrameFormat.OverheadBytes + 1 + (settings.MaximumPendingAcknowledgements * AcknowledgementBytes));
            _ackSequences = new uint[settings.MaximumPendingAcknowledgements];
            _ackDestinations = new int[settings.MaximumPendingAcknowledgements];
        }

        /// <summary>Gets the key namespace the journal was created with: the first part of every idempotency key.</summary>
        public string KeyNamespace
        {
            get { return _keyNamespace; }
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
                long fileLength;
                int length = ReadSegment(SegmentName(number), out fileLength);
                report.SegmentsRead++;
                report.BytesRead += length;
                if (fileLength > length)
                {
                    report.CorruptRegions++;
                    report.CorruptBytes += (int)(fileLength - length);
                }
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
            _bootRecovery = report;
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
            return TryPeekAfter(destination, 0, out item);
        }

        /// <summary>
        /// Finds the oldest item still to be delivered to a destination whose sequence is after a given one: lets a
        /// sender step past an item it must leave for later (a diagnostic report the host refused for now) without
        /// holding back the items behind it.
        /// </summary>
        /// <param name="destination">A single destination.</param>
        /// <param name="afterSequence">Only items with a higher sequence are considered; 0 for all.</param>
        /// <param name="item">The item; <c>null</c> when there is none.</param>
        /// <returns><c>true</c> when there is one.</returns>
        public bool TryPeekAfter(int destination, uint afterSequence, out JournalEntry item)
        {
            EnsureOpen();
            CheckSingleDestination(destination);
            for (int i = 0; i < _items.Count; i++)
            {
                JournalEntry candidate = (JournalEntry)_items[i];
                if (candidate.Sequence > afterSequence && candidate.IsPendingFor(destination))
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
        /// does nothing. When the acknowledgement buffer is already full, this first commits the
        /// acknowledgements waiting in it.
        /// </summary>
        /// <param name="item">An item from <see cref="TryPeek"/>.</param>
        /// <param name="destination">The single destination it reached.</param>
        /// <exception cref="StorageException">The buffer was full and its commit failed; this item stays offered.</exception>
        public void MarkDelivered(JournalEntry item, int destination)
        {
            EnsureOpen();
            CheckSingleDestination(destination);
            if (item == null || !item.IsPendingFor(destination))
            {
                return;
            }

            if (_ackCount == _ackSequences.Length)
            {
                // Make room first: if this commit fails, nothing about this item has changed yet.
                Commit();
            }

            item.MarkDeliveredVolatile(destination);
            _ackSequences[_ackCount] = item.Sequence;
            _ackDestinations[_ackCount] = destination;
            _ackCount++;
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

        /// <summary>
        /// Gets when the transaction of the oldest payment item waiting for a destination started. Diagnostic reports
        /// (<see cref="JournalEntry.IsStandalone"/>) are left out: they are counted by <see cref="QueuedReportCount"/>.
        /// </summary>
        /// <param name="destination">A single destination.</param>
        /// <returns>UTC milliseconds since 1970; -1 when no payment item waits.</returns>
        public long OldestPendingCreatedUtcMilliseconds(int destination)
        {
            uint after = 0;
            JournalEntry item;
            while (TryPeekAfter(destination, after, out item))
            {
                if (!item.IsStandalone)
                {
                    JournalTransaction transaction = FindTransaction(item.TransactionSequence);
                    return transaction == null ? -1 : transaction.CreatedUtcMilliseconds;
                }

                after = item.Sequence;
            }

            return -1;
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

        /// <summary>Builds the idempotency key receivers deduplicate on: the key namespace, a dash, and the item's sequence.</summary>
        /// <param name="item">An item.</param>
        /// <returns>The key, e.g. "T0001234.1795392000-42".</returns>
        public string IdempotencyKeyFor(JournalEntry item)
        {
            return _keyNamespace + "-" + item.Sequence.ToString();
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
            // Compared by hand: nanoFramework's String has no StringComparison overloads to lean on.
            if (name.Length != expectedLength || !HasAt(name, 0, SegmentPrefix) || !HasAt(name, expectedLength - suffix.Length, suffix))
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

        private static bool HasAt(string text, int index, string part)
        {
            for (int i = 0; i < part.Length; i++)
            {
                if (text[index + i] != part[i])
                {
                    return false;
                }
            }

            return true;
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
            return IndexOf(_items, sequence);
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
            return IndexOf(_transactions, sequence);
        }

        /// <summary>Binary search of a list kept in sequence order.</summary>
        /// <returns>The index, or -(insertion point + 1) when absent.</returns>
        private static int IndexOf(ArrayList list, uint sequence)
        {
            int low = 0;
            int high = list.Count - 1;
            while (low <= high)
            {
                int middle = (low + high) / 2;
                uint value = ((ISequenced)list[middle]).Sequence;
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
