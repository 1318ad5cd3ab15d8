using System;
using System.Collections.Generic;
using Terminal.Core.Checksums;
using Terminal.Core.Journal;
using Terminal.Hal.Storage;

namespace Terminal.Tools.Bench
{
    /// <summary>
    /// The baseline: the outbox naive terminal firmware keeps. The whole queue lives in one file
    /// and every change (an intent, a result, one destination delivered) rewrites it: serialize all
    /// live entries to a temporary file, close it (the commit), delete the old file, rename. Boot
    /// reads the whole file back. Not a straw man: it stores the same encoded intent and result
    /// bytes as the journal, reuses one serialization buffer, writes each file with a single
    /// append, and drops a transaction as soon as it is delivered everywhere (no history list).
    /// </summary>
    /// <remarks>
    /// File layout, little-endian: magic "OBX1" (4), next sequence (4), entry count (2); per entry:
    /// sequence (4), pending destinations (1), intent length (1) + intent, result length (1, 0 =
    /// no result yet) + result; CRC-32 of all of it (4).
    /// </remarks>
    internal sealed class NaiveQueueStore : IOutbox
    {
        /// <summary>The queue file.</summary>
        public const string FileName = "outbox.dat";

        /// <summary>The file a rewrite goes to before it replaces <see cref="FileName"/>.</summary>
        public const string TemporaryName = "outbox.tmp";

        private const uint Magic = 0x3158424F; // "OBX1"
        private const int HeaderBytes = 10;
        private const int CrcBytes = 4;

        private readonly IFileStorage _storage;
        private readonly List<NaiveQueueEntry> _entries = new List<NaiveQueueEntry>();
        private readonly PayloadWriter _writer = new PayloadWriter();
        private readonly byte[] _scratch = new byte[FrameFormat.MaximumPayloadBytes];
        private byte[] _buffer = new byte[256];
        private uint _nextSequence = 1;

        /// <summary>Opens the queue over a drive: finishes or drops an interrupted rewrite, then reads the whole file.</summary>
        /// <param name="storage">The drive.</param>
        public NaiveQueueStore(IFileStorage storage)
        {
            _storage = storage;
            if (storage.Exists(TemporaryName))
            {
                if (storage.Exists(FileName))
                {
                    storage.Delete(TemporaryName);
                }
                else
                {
                    storage.Rename(TemporaryName, FileName);
                }
            }

            if (storage.Exists(FileName))
            {
                Load();
            }
        }

        /// <summary>Gets the bytes of the queue file last written.</summary>
        public int FileBytes { get; private set; }

        /// <inheritdoc/>
        public long Commits { get; private set; }

        /// <inheritdoc/>
        public int FileCount
        {
            get { return _storage.Exists(FileName) ? 1 : 0; }
        }

        /// <summary>Gets the transactions in the queue.</summary>
        public int LiveTransactionCount
        {
            get { return _entries.Count; }
        }

        /// <inheritdoc/>
        public uint Begin(TransactionIntent intent, long nowUtcMilliseconds)
        {
            intent.Validate();
            _writer.Reset(_scratch, 0, _scratch.Length);
            intent.Encode(_writer);
            uint sequence = _nextSequence++;
            _entries.Add(new NaiveQueueEntry(sequence, Copy(_scratch, _writer.Length)));
            Save();
            return sequence;
        }

        /// <inheritdoc/>
        public void RecordResponse(uint transactionSequence, HostResponse response)
        {
            NaiveQueueEntry? entry = Find(transactionSequence);
            if (entry == null || entry.Response != null)
            {
                throw new InvalidOperationException("baseline has no open transaction " + transactionSequence.ToString());
            }

            response.TransactionSequence = transactionSequence;
            response.IsLate = false;
            _writer.Reset(_scratch, 0, _scratch.Length);
            _writer.WriteByte(Destinations.All);
            response.Encode(_writer);
            entry.Response = Copy(_scratch, _writer.Length);
            entry.Pending = Destinations.All;
            Save();
        }

        /// <inheritdoc/>
        public int Deliver(int destination)
        {
            int delivered = 0;
            int index = 0;
            while (index < _entries.Count)
            {
                NaiveQueueEntry entry = _entries[index];
                if ((entry.Pending & destination) == 0)
                {
                    index++;
                    continue;
                }

                entry.Pending &= ~destination;
                if (entry.IsDone)
                {
                    _entries.RemoveAt(index);
                }
                else
                {
                    index++;
                }

                Save();
                delivered++;
            }

            return delivered;
        }

        /// <inheritdoc/>
        public void Commit()
        {
            // Every change is already durable.
        }

        private static byte[] Copy(byte[] source, int length)
        {
            byte[] copy = new byte[length];
            Array.Copy(source, copy, length);
            return copy;
        }

        private NaiveQueueEntry? Find(uint sequence)
        {
            for (int i = 0; i < _entries.Count; i++)
            {
                if (_entries[i].Sequence == sequence)
                {
                    return _entries[i];
                }
            }

            return null;
        }

        /// <summary>Rewrites the whole queue: temporary file, close (commit), delete the old file, rename.</summary>
        private void Save()
        {
            int length = Serialize();
            IStorageFile file = _storage.OpenAppend(TemporaryName);
            try
            {
                file.Append(_buffer, 0, length);
            }
            finally
            {
                file.Close();
            }

            _storage.Delete(FileName);
            _storage.Rename(TemporaryName, FileName);
            FileBytes = length;
            Commits++;
        }

        private int Serialize()
        {
            int needed = HeaderBytes + CrcBytes;
            for (int i = 0; i < _entries.Count; i++)
            {
                NaiveQueueEntry entry = _entries[i];
                needed += 4 + 1 + 1 + entry.Intent.Length + 1 + (entry.Response == null ? 0 : entry.Response.Length);
            }

            if (_buffer.Length < needed)
            {
                _buffer = new byte[Math.Max(needed, _buffer.Length * 2)];
            }

            FrameFormat.WriteUInt32(_buffer, 0, Magic);
            FrameFormat.WriteUInt32(_buffer, 4, _nextSequence);
            _buffer[8] = (byte)_entries.Count;
            _buffer[9] = (byte)(_entries.Count >> 8);
            int position = HeaderBytes;
            for (int i = 0; i < _entries.Count; i++)
            {
                NaiveQueueEntry entry = _entries[i];
                FrameFormat.WriteUInt32(_buffer, position, entry.Sequence);
                _buffer[position + 4] = (byte)entry.Pending;
                position += 5;
                position = WriteBlock(entry.Intent, position);
                position = WriteBlock(entry.Response, position);
            }

            FrameFormat.WriteUInt32(_buffer, position, Crc32.Compute(_buffer, 0, position));
            return position + CrcBytes;
        }

        private int WriteBlock(byte[]? block, int position)
        {
            int length = block == null ? 0 : block.Length;
            _buffer[position++] = (byte)length;
            if (block != null)
            {
                Array.Copy(block, 0, _buffer, position, length);
            }

            return position + length;
        }

        /// <summary>Boot: reads the whole queue file and rebuilds the entries.</summary>
        private void Load()
        {
            IStorageFile file = _storage.OpenRead(FileName);
            int length;
            try
            {
                length = (int)file.Length;
                if (_buffer.Length < length)
                {
                    _buffer = new byte[length];
                }

                int read = 0;
                while (read < length)
                {
                    int got = file.Read(_buffer, read, length - read);
                    if (got <= 0)
                    {
                        break;
                    }

                    read += got;
                }

                length = read;
            }
            finally
            {
                file.Close();
            }

            if (length < HeaderBytes + CrcBytes
                || FrameFormat.ReadUInt32(_buffer, 0) != Magic
                || FrameFormat.ReadUInt32(_buffer, length - CrcBytes) != Crc32.Compute(_buffer, 0, length - CrcBytes))
            {
                throw new InvalidOperationException("baseline queue file is damaged");
            }

            _nextSequence = FrameFormat.ReadUInt32(_buffer, 4);
            int count = _buffer[8] | (_buffer[9] << 8);
            int position = HeaderBytes;
            for (int i = 0; i < count; i++)
            {
                uint sequence = FrameFormat.ReadUInt32(_buffer, position);
                int pending = _buffer[position + 4];
                position += 5;
                byte[] intent = ReadBlock(ref position)!;
                var entry = new NaiveQueueEntry(sequence, intent)
                {
                    Response = ReadBlock(ref position),
                    Pending = pending,
                };

                // Decode as the firmware would, to rebuild its queues (and to check the bytes).
                TransactionIntent.Decode(new PayloadReader(intent, 0, intent.Length));
                if (entry.Response != null)
                {
                    HostResponse.Decode(new PayloadReader(entry.Response, 1, entry.Response.Length - 1));
                }

                _entries.Add(entry);
            }

            FileBytes = length;
        }

        private byte[]? ReadBlock(ref int position)
        {
            int length = _buffer[position++];
            if (length == 0)
            {
                return null;
            }

            byte[] block = new byte[length];
            Array.Copy(_buffer, position, block, 0, length);
            position += length;
            return block;
        }
    }
}
