using System;
using Terminal.Core.Checksums;
using Terminal.Core.Journal;
using Terminal.Hal.Storage;
using Terminal.Hal.Time;

namespace Terminal.Core.Maintenance
{
    /// <summary>
    /// The terminal's persistent event log: maintenance actions, self-test runs, faults, resets, alarms, console
    /// sessions and sign-in attempts (the seeds' "keep a maintenance log"). A ring of two append-only files, each
    /// of at most <c>recordsPerFile</c> records: when the active file is full the older one is deleted and
    /// reused, so between one and two files' worth of the newest records are kept.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Every record is framed with a CRC-32 and carries the CRC of the record before it, so an edited or removed
    /// record breaks the chain (<see cref="VerifyChain"/>), and the running count of every kind, so the
    /// counters survive the ring dropping old records. There is no API to change or delete a record: the console
    /// and the menu can only read and export it.
    /// </para>
    /// <para>
    /// A record is durable when <see cref="Append"/> returns (the file is closed after each record). A power cut
    /// mid-append leaves a torn tail that <see cref="Open"/> cuts off. Text is printable ASCII; anything that
    /// looks like a card number is masked to its last four digits before it reaches flash.
    /// </para>
    /// <para>Not thread-safe: the app's loop owns it.</para>
    /// </remarks>
    public sealed class EventLog
    {
        /// <summary>The longest text kept, in characters; longer text is cut.</summary>
        public const int MaximumTextLength = 120;

        /// <summary>The longest source kept, in characters.</summary>
        public const int MaximumSourceLength = 16;

        /// <summary>The number of event kinds (counters) every record carries.</summary>
        public const int KindCount = 7;

        private const byte Magic = 0xE7;
        private const int HeaderBytes = 3;
        private const int CrcBytes = 4;
        private const int MaximumFrameBytes = 256;
        private const int MaximumAlarmSinks = 4;

        private static readonly string[] FileNames = new string[] { "events-0.log", "events-1.log" };
        // One repair file per log file, so an interrupted repair is finished onto the file it was made from.
        private static readonly string[] RepairNames = new string[] { "events-0.fix", "events-1.fix" };

        private readonly IFileStorage _storage;
        private readonly IClock _clock;
        private readonly int _recordsPerFile;
        private readonly byte[] _frame = new byte[MaximumFrameBytes];
        private readonly PayloadWriter _writer = new PayloadWriter();
        private readonly int[][] _offsets;
        private readonly int[] _counts = new int[2];
        private readonly long[] _counters = new long[KindCount];
        private readonly IAlarmSink[] _sinks = new IAlarmSink[MaximumAlarmSinks];
        private readonly bool[] _lastAlarmAccepted = new bool[MaximumAlarmSinks];
        private int _sinkCount;
        private int _active;
        private bool _open;
        private uint _lastSequence;
        private uint _lastCrc;
        private int _skippedFrames;

        /// <summary>Creates the log; nothing is read until <see cref="Open"/>.</summary>
        /// <param name="storage">The drive; the log owns the files <c>events-*.log</c> on it.</param>
        /// <param name="clock">Stamps every record.</param>
        /// <param name="recordsPerFile">Records per file, 8..1000; the log keeps between this many and twice as many.</param>
        /// <exception cref="ArgumentException">An argument is null or out of range.</exception>
        public EventLog(IFileStorage storage, IClock clock, int recordsPerFile)
        {
            if (storage == null || clock == null)
            {
                throw new ArgumentNullException(storage == null ? "storage" : "clock");
            }

            if (recordsPerFile < 8 || recordsPerFile > 1000)
            {
                throw new ArgumentException("records per file must be 8..1000");
            }

            _storage = storage;
            _clock = clock;
            _recordsPerFile = recordsPerFile;
            _offsets = new int[][] { new int[recordsPerFile], new int[recordsPerFile] };
        }

        /// <summary>Gets the number of records kept, oldest first for <see cref="Read"/>.</summary>
        public int Count
        {
            get { return _counts[0] + _counts[1]; }
        }

        /// <summary>Gets the sequence of the newest record; 0 when the terminal has none.</summary>
        public uint LastSequence
        {
            get { return _lastSequence; }
        }

        /// <summary>Gets how many damaged frames <see cref="Open"/> skipped (bit rot, a torn tail, an edited record).</summary>
        public int SkippedFrames
        {
            get { return _skippedFrames; }
        }

        /// <summary>Gets the number of registered alarm sinks.</summary>
        public int AlarmSinkCount
        {
            get { return _sinkCount; }
        }

        /// <summary>Gives a kind's export name (<c>maintenance</c>, <c>selftest</c>, ...): <c>Enum.ToString()</c> gives numbers on the device.</summary>
        /// <param name="kind">The kind.</param>
        /// <returns>The name; <c>unknown</c> for a value outside the enum.</returns>
        public static string KindName(EventKind kind)
        {
            switch (kind)
            {
                case EventKind.Maintenance:
                    return "maintenance";
                case EventKind.SelfTest:
                    return "selftest";
                case EventKind.Fault:
                    return "fault";
                case EventKind.Reset:
                    return "reset";
                case EventKind.Alarm:
                    return "alarm";
                case EventKind.Console:
                    return "console";
                case EventKind.Access:
                    return "access";
                default:
                    return "unknown";
            }
        }

        /// <summary>
        /// Reads both files, skips damaged frames, cuts a torn tail off the newest file, and takes the counters from
        /// the newest record. Call once before anything else; calling again re-reads.
        /// </summary>
        /// <exception cref="StorageException">The drive failed.</exception>
        public void Open()
        {
            FinishInterruptedRepair();
            _skippedFrames = 0;
            _lastSequence = 0;
            _lastCrc = 0;
            for (int i = 0; i < KindCount; i++)
            {
                _counters[i] = 0;
            }

            uint newest0 = Scan(0);
            uint newest1 = Scan(1);
            _active = newest1 > newest0 ? 1 : 0;
            if (_counts[_active] > 0)
            {
                ReadRecord(_active, _counts[_active] - 1, true);
            }

            _open = true;
        }

        /// <summary>Appends a record and makes it durable.</summary>
        /// <param name="kind">What it is about.</param>
        /// <param name="source">Who wrote it, 1..16 printable ASCII characters (longer is cut).</param>
        /// <param name="text">The description; cut to <see cref="MaximumTextLength"/>, non-ASCII shown as <c>?</c>, card numbers masked.</param>
        /// <returns>The record as stored.</returns>
        /// <exception cref="StorageException">The drive failed; the record may be lost, the log stays consistent.</exception>
        /// <exception cref="InvalidOperationException">Not opened.</exception>
        public EventRecord Append(EventKind kind, string source, string text)
        {
            if (!_open)
            {
                throw new InvalidOperationException("event log not opened");
            }

            if ((int)kind < 1 || (int)kind > KindCount)
            {
                throw new ArgumentException("unknown event kind");
            }

            EventRecord record = new EventRecord();
            record.Sequence = _lastSequence + 1;
            record.UtcMilliseconds = _clock.UtcNowMilliseconds;
            record.Kind = kind;
            // Masked before it is cut, so a card number across the cut is still masked, and in the source too.
            record.Source = Cut(MaskCardNumbers(Printable(source == null || source.Length == 0 ? "-" : source)), MaximumSourceLength);
            record.Text = Cut(MaskCardNumbers(Printable(text == null ? string.Empty : text)), MaximumTextLength);

            if (_counts[_active] == _recordsPerFile)
            {
                // The ring turns: the older file goes, its name takes the new records.
                int older = 1 - _active;
                _storage.Delete(FileNames[older]);
                _counts[older] = 0;
                _active = older;
            }

            _counters[(int)kind - 1]++;
            int length = Encode(record);
            int offset;
            try
            {
                IStorageFile file = _storage.OpenAppend(FileNames[_active]);
                try
                {
                    offset = (int)file.Length;
                    file.Append(_frame, 0, length);
                }
                catch (StorageException)
                {
                    CloseQuietly(file);
                    throw;
                }

                // The commit point: a close that fails may have dropped the record, so it is not counted.
                file.Close();
            }
            catch (StorageException)
            {
                _counters[(int)kind - 1]--;
                throw;
            }

            _offsets[_active][_counts[_active]] = offset;
            _counts[_active]++;
            _lastSequence = record.Sequence;
            // The chain links frame checksums as stored (over header and payload), the value VerifyChain and Open read back.
            _lastCrc = ReadUInt32(_frame, length - CrcBytes);
            return record;
        }

        /// <summary>Reads a kept record.</summary>
        /// <param name="index">0 (oldest kept) .. <see cref="Count"/> - 1 (newest).</param>
        /// <returns>The record; <c>null</c> when it no longer reads back intact (the flash changed under the log).</returns>
        /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
        /// <exception cref="StorageException">The drive failed.</exception>
        public EventRecord Read(int index)
        {
            if (index < 0 || index >= Count)
            {
                throw new ArgumentOutOfRangeException("index");
            }

            int older = 1 - _active;
            if (index < _counts[older])
            {
                return ReadRecord(older, index, false);
            }

            return ReadRecord(_active, index - _counts[older], false);
        }

        /// <summary>Gets how many records of a kind the terminal has written since its first, including those the ring dropped.</summary>
        /// <param name="kind">The kind.</param>
        /// <returns>The count.</returns>
        public long CountOf(EventKind kind)
        {
            int index = (int)kind - 1;
            return index >= 0 && index < KindCount ? _counters[index] : 0;
        }

        /// <summary>
        /// Re-reads every kept record and checks the chain: each record names the CRC of the one before it and the
        /// next sequence. An edited, removed or damaged record shows as a break.
        /// </summary>
        /// <returns>The number of breaks; 0 for an intact log.</returns>
        /// <exception cref="StorageException">The drive failed.</exception>
        public int VerifyChain()
        {
            int breaks = 0;
            uint previousSequence = 0;
            uint previousCrc = 0;
            bool first = true;
            int older = 1 - _active;
            for (int pass = 0; pass < 2; pass++)
            {
                int file = pass == 0 ? older : _active;
                for (int i = 0; i < _counts[file]; i++)
                {
                    uint chained;
                    uint crc;
                    EventRecord record = ReadRecord(file, i, false, out chained, out crc);
                    if (record == null)
                    {
                        breaks++;
                        first = true;
                        continue;
                    }

                    if (!first && (record.Sequence != previousSequence + 1 || chained != previousCrc))
                    {
                        breaks++;
                    }

                    first = false;
                    previousSequence = record.Sequence;
                    previousCrc = crc;
                }
            }

            return breaks;
        }

        /// <summary>Adds a receiver of alarms (at most four).</summary>
        /// <param name="sink">The sink.</param>
        /// <exception cref="ArgumentException">Null, or four sinks already.</exception>
        public void AddAlarmSink(IAlarmSink sink)
        {
            if (sink == null)
            {
                throw new ArgumentNullException("sink");
            }

            if (_sinkCount == MaximumAlarmSinks)
            {
                throw new ArgumentException("at most " + MaximumAlarmSinks.ToString() + " alarm sinks");
            }

            _sinks[_sinkCount++] = sink;
        }

        /// <summary>Removes a receiver of alarms; removing one that is not registered does nothing.</summary>
        /// <param name="sink">The sink.</param>
        public void RemoveAlarmSink(IAlarmSink sink)
        {
            for (int i = 0; i < _sinkCount; i++)
            {
                if (_sinks[i] == sink)
                {
                    for (int j = i; j < _sinkCount - 1; j++)
                    {
                        _sinks[j] = _sinks[j + 1];
                    }

                    _sinks[--_sinkCount] = null;
                    return;
                }
            }
        }

        /// <summary>Gets a registered sink, for the self-test's report.</summary>
        /// <param name="index">0 .. <see cref="AlarmSinkCount"/> - 1.</param>
        /// <returns>The sink.</returns>
        public IAlarmSink GetAlarmSink(int index)
        {
            if (index < 0 || index >= _sinkCount)
            {
                throw new ArgumentOutOfRangeException("index");
            }

            return _sinks[index];
        }

        /// <summary>Tells whether a sink accepted the last alarm raised.</summary>
        /// <param name="index">0 .. <see cref="AlarmSinkCount"/> - 1.</param>
        /// <returns><c>true</c> when it accepted.</returns>
        public bool LastAlarmAcceptedBy(int index)
        {
            if (index < 0 || index >= _sinkCount)
            {
                throw new ArgumentOutOfRangeException("index");
            }

            return _lastAlarmAccepted[index];
        }

        /// <summary>Writes an alarm record, then hands it to every sink. A sink that throws counts as not accepting.</summary>
        /// <param name="source">Who raised it (a cause id).</param>
        /// <param name="text">What is wrong.</param>
        /// <returns>The number of sinks that accepted it.</returns>
        /// <exception cref="StorageException">The drive failed; no sink was called.</exception>
        public int RaiseAlarm(string source, string text)
        {
            EventRecord alarm = Append(EventKind.Alarm, source, text);
            int accepted = 0;
            for (int i = 0; i < _sinkCount; i++)
            {
                bool took;
                try
                {
                    took = _sinks[i].Accept(alarm);
                }
                catch (Exception)
                {
                    took = false;
                }

                _lastAlarmAccepted[i] = took;
                if (took)
                {
                    accepted++;
                }
            }

            return accepted;
        }

        private int Encode(EventRecord record)
        {
            _writer.Reset(_frame, HeaderBytes, MaximumFrameBytes - HeaderBytes - CrcBytes);
            _writer.WriteUInt32(record.Sequence);
            _writer.WriteInt64(record.UtcMilliseconds);
            _writer.WriteByte((int)record.Kind);
            _writer.WriteAscii(record.Source, MaximumSourceLength);
            _writer.WriteAscii(record.Text, MaximumTextLength);
            _writer.WriteUInt32(_lastCrc);
            for (int i = 0; i < KindCount; i++)
            {
                _writer.WriteUInt32((uint)_counters[i]);
            }

            int payload = _writer.Length;
            _frame[0] = Magic;
            _frame[1] = (byte)(payload & 0xFF);
            _frame[2] = (byte)(payload >> 8);
            uint crc = Crc32.Compute(_frame, 0, HeaderBytes + payload);
            int end = HeaderBytes + payload;
            _frame[end] = (byte)crc;
            _frame[end + 1] = (byte)(crc >> 8);
            _frame[end + 2] = (byte)(crc >> 16);
            _frame[end + 3] = (byte)(crc >> 24);
            return end + CrcBytes;
        }

        // Reads one file, records where each intact frame starts, and cuts off what follows the last intact frame.
        private uint Scan(int file)
        {
            _counts[file] = 0;
            string name = FileNames[file];
            if (!_storage.Exists(name))
            {
                return 0;
            }

            byte[] content = ReadAll(name);
            int position = 0;
            int validEnd = 0;
            uint newest = 0;
            while (position < content.Length)
            {
                int frameLength = FrameLengthAt(content, position);
                if (frameLength <= 0)
                {
                    // Damage: resync at the next magic byte.
                    _skippedFrames++;
                    position = NextMagic(content, position + 1);
                    continue;
                }

                if (_counts[file] == _recordsPerFile)
                {
                    _skippedFrames++;
                    break;
                }

                _offsets[file][_counts[file]++] = position;
                newest = ReadUInt32(content, position + HeaderBytes);
                position += frameLength;
                validEnd = position;
            }

            if (validEnd < content.Length)
            {
                Truncate(file, content, validEnd);
            }

            return newest;
        }

        private static int NextMagic(byte[] content, int from)
        {
            for (int i = from; i < content.Length; i++)
            {
                if (content[i] == Magic)
                {
                    return i;
                }
            }

            return content.Length;
        }

        // The frame's total length when it is intact at this position; 0 otherwise.
        private static int FrameLengthAt(byte[] content, int position)
        {
            if (content[position] != Magic || position + HeaderBytes + CrcBytes > content.Length)
            {
                return 0;
            }

            int payload = content[position + 1] | (content[position + 2] << 8);
            int total = HeaderBytes + payload + CrcBytes;
            if (total > MaximumFrameBytes || position + total > content.Length)
            {
                return 0;
            }

            uint stored = ReadUInt32(content, position + HeaderBytes + payload);
            return Crc32.Compute(content, position, HeaderBytes + payload) == stored ? total : 0;
        }

        private EventRecord ReadRecord(int file, int index, bool adoptState)
        {
            uint chained;
            uint crc;
            return ReadRecord(file, index, adoptState, out chained, out crc);
        }

        private EventRecord ReadRecord(int file, int index, bool adoptState, out uint chained, out uint crc)
        {
            chained = 0;
            crc = 0;
            IStorageFile handle = _storage.OpenRead(FileNames[file]);
            byte[] frame = new byte[MaximumFrameBytes];
            int read;
            try
            {
                handle.Position = _offsets[file][index];
                read = 0;
                while (read < MaximumFrameBytes)
                {
                    int got = handle.Read(frame, read, MaximumFrameBytes - read);
                    if (got <= 0)
                    {
                        break;
                    }

                    read += got;
                }
            }
            finally
            {
                handle.Close();
            }

            int length = read < HeaderBytes + CrcBytes ? 0 : FrameLengthAt(Truncated(frame, read), 0);
            if (length == 0)
            {
                return null;
            }

            crc = ReadUInt32(frame, length - CrcBytes);
            try
            {
                PayloadReader reader = new PayloadReader(frame, HeaderBytes, length - HeaderBytes - CrcBytes);
                EventRecord record = new EventRecord();
                record.Sequence = reader.ReadUInt32();
                record.UtcMilliseconds = reader.ReadInt64();
                record.Kind = (EventKind)reader.ReadByteInRange(1, KindCount, "event kind");
                record.Source = reader.ReadAscii(MaximumSourceLength, "source");
                record.Text = reader.ReadAscii(MaximumTextLength, "text");
                chained = reader.ReadUInt32();
                long[] counters = new long[KindCount];
                for (int i = 0; i < KindCount; i++)
                {
                    counters[i] = reader.ReadUInt32();
                }

                reader.ExpectEnd("event record");
                if (adoptState)
                {
                    _lastSequence = record.Sequence;
                    _lastCrc = crc;
                    for (int i = 0; i < KindCount; i++)
                    {
                        _counters[i] = counters[i];
                    }
                }

                return record;
            }
            catch (JournalFormatException)
            {
                return null;
            }
        }

        private static byte[] Truncated(byte[] buffer, int length)
        {
            if (length == buffer.Length)
            {
                return buffer;
            }

            byte[] copy = new byte[length];
            Array.Copy(buffer, 0, copy, 0, length);
            return copy;
        }

        private byte[] ReadAll(string name)
        {
            IStorageFile file = _storage.OpenRead(name);
            try
            {
                byte[] content = new byte[(int)file.Length];
                int read = 0;
                while (read < content.Length)
                {
                    int got = file.Read(content, read, content.Length - read);
                    if (got <= 0)
                    {
                        break;
                    }

                    read += got;
                }

                return read == content.Length ? content : Truncated(content, read);
            }
            finally
            {
                file.Close();
            }
        }

        // Keeps the intact prefix: written to the file's repair file, which then replaces the original. A cut in
        // between is finished by FinishInterruptedRepair at the next open.
        private void Truncate(int file, byte[] content, int validLength)
        {
            string name = FileNames[file];
            string repairName = RepairNames[file];
            _storage.Delete(repairName);
            IStorageFile repair = _storage.OpenAppend(repairName);
            try
            {
                if (validLength > 0)
                {
                    repair.Append(content, 0, validLength);
                }
            }
            finally
            {
                repair.Close();
            }

            _storage.Delete(name);
            _storage.Rename(repairName, name);
        }

        private void FinishInterruptedRepair()
        {
            for (int i = 0; i < FileNames.Length; i++)
            {
                if (!_storage.Exists(RepairNames[i]))
                {
                    continue;
                }

                // The repair file is complete only once its original is deleted; with the original present it may be torn.
                if (_storage.Exists(FileNames[i]))
                {
                    _storage.Delete(RepairNames[i]);
                }
                else
                {
                    _storage.Rename(RepairNames[i], FileNames[i]);
                }
            }
        }

        private static uint ReadUInt32(byte[] buffer, int offset)
        {
            return (uint)(buffer[offset] | (buffer[offset + 1] << 8) | (buffer[offset + 2] << 16) | (buffer[offset + 3] << 24));
        }

        private static void CloseQuietly(IStorageFile file)
        {
            try
            {
                file.Close();
            }
            catch (StorageException)
            {
                // The append already failed; that is the error the caller gets.
            }
        }

        // Printable ASCII; anything else becomes '?' (so a full-width digit never reaches flash as a digit).
        private static string Printable(string text)
        {
            char[] chars = new char[text.Length];
            bool changed = false;
            for (int i = 0; i < chars.Length; i++)
            {
                char c = text[i];
                if (c >= ' ' && c <= '~')
                {
                    chars[i] = c;
                }
                else
                {
                    chars[i] = '?';
                    changed = true;
                }
            }

            return changed ? new string(chars) : text;
        }

        private static string Cut(string text, int maximumLength)
        {
            return text.Length <= maximumLength ? text : text.Substring(0, maximumLength);
        }

        private static bool IsDigit(char c)
        {
            return c >= '0' && c <= '9';
        }

        // What people and card readers put between a card number's groups: blank, dash, dot, slash, underscore,
        // and '?' (a non-ASCII blank such as U+00A0 after Printable).
        private static bool IsGroupSeparator(char c)
        {
            return c == ' ' || c == '-' || c == '.' || c == '/' || c == '_' || c == '?';
        }

        // Whether a digit follows within three group separators: "4111  1111" is one number, "4111, amount" is not.
        private static bool DigitAfterSeparators(char[] chars, int position)
        {
            for (int i = position; i < chars.Length && i < position + 3; i++)
            {
                if (IsDigit(chars[i]))
                {
                    return true;
                }

                if (!IsGroupSeparator(chars[i]))
                {
                    return false;
                }
            }

            return position + 3 < chars.Length && IsDigit(chars[position + 3]);
        }

        // Masks every digit but the last four of any run of 12 or more digits (up to three group separators may
        // split them), so a card number pasted into a console command never reaches flash in clear. A run ends at
        // any other character, so "amount 100, card" keeps its amount.
        private static string MaskCardNumbers(string text)
        {
            char[] chars = text.ToCharArray();
            int i = 0;
            bool masked = false;
            while (i < chars.Length)
            {
                if (chars[i] < '0' || chars[i] > '9')
                {
                    i++;
                    continue;
                }

                int start = i;
                int digits = 0;
                int end = i;
                while (end < chars.Length)
                {
                    if (IsDigit(chars[end]))
                    {
                        digits++;
                        end++;
                    }
                    else if (IsGroupSeparator(chars[end]) && DigitAfterSeparators(chars, end))
                    {
                        end++;
                    }
                    else
                    {
                        break;
                    }
                }

                if (digits >= 12)
                {
                    int keep = 4;
                    for (int j = end - 1; j >= start; j--)
                    {
                        if (chars[j] >= '0' && chars[j] <= '9')
                        {
                            if (keep > 0)
                            {
                                keep--;
                            }
                            else
                            {
                                chars[j] = '*';
                                masked = true;
                            }
                        }
                    }
                }

                i = end;
            }

            return masked ? new string(chars) : text;
        }
    }
}
