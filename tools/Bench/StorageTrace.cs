using System;
using Terminal.Hal.Storage;

namespace Terminal.Tools.Bench
{
    /// <summary>
    /// The storage calls a store made, in order, with the bytes it appended, so that they can be
    /// made again alone (<see cref="Replay"/>): how the benchmark separates the simulated flash's
    /// own allocations from the store's, and where its breakdowns come from.
    /// </summary>
    internal sealed class StorageTrace
    {
        private StorageOp[] _ops = new StorageOp[4096];
        private byte[] _data = new byte[65536];

        /// <summary>Gets the calls recorded.</summary>
        public int Count { get; private set; }

        /// <summary>Gets the handles opened.</summary>
        public int HandleCount { get; private set; }

        /// <summary>Gets the bytes of all appends, back to back; valid up to <see cref="DataLength"/>.</summary>
        public byte[] Data
        {
            get { return _data; }
        }

        /// <summary>Gets the bytes appended in all.</summary>
        public int DataLength { get; private set; }

        /// <summary>Gets one recorded call.</summary>
        /// <param name="index">0 .. <see cref="Count"/> - 1.</param>
        /// <returns>The call.</returns>
        public StorageOp this[int index]
        {
            get { return _ops[index]; }
        }

        /// <summary>Takes the next handle id.</summary>
        /// <returns>The id.</returns>
        public int NewHandle()
        {
            return HandleCount++;
        }

        /// <summary>Records a call.</summary>
        /// <param name="op">The call.</param>
        public void Add(StorageOp op)
        {
            if (Count == _ops.Length)
            {
                Array.Resize(ref _ops, _ops.Length * 2);
            }

            _ops[Count++] = op;
        }

        /// <summary>Keeps a copy of appended bytes.</summary>
        /// <param name="buffer">The bytes.</param>
        /// <param name="offset">Where they start.</param>
        /// <param name="count">How many.</param>
        /// <returns>Where the copy starts in <see cref="Data"/>.</returns>
        public int AddData(byte[] buffer, int offset, int count)
        {
            if (DataLength + count > _data.Length)
            {
                Array.Resize(ref _data, Math.Max(_data.Length * 2, DataLength + count));
            }

            Array.Copy(buffer, offset, _data, DataLength, count);
            int start = DataLength;
            DataLength += count;
            return start;
        }

        /// <summary>
        /// Makes the recorded calls from <paramref name="from"/> to <paramref name="to"/> on a drive,
        /// with the recorded arguments and bytes, and adds the managed bytes each call allocated to
        /// <paramref name="allocatedByKind"/> (indexed by <see cref="StorageOpKind"/>). The loop itself
        /// allocates nothing: handles, the read buffer and the counters are made beforehand.
        /// </summary>
        /// <param name="storage">The drive, in the state the recording's drive was in at <paramref name="from"/>.</param>
        /// <param name="handles">Room for <see cref="HandleCount"/> handles, shared by successive calls.</param>
        /// <param name="readBuffer">A buffer as large as the largest recorded read.</param>
        /// <param name="from">First call.</param>
        /// <param name="to">One past the last call.</param>
        /// <param name="allocatedByKind">Per-kind allocation totals to add to.</param>
        public void Replay(IFileStorage storage, IStorageFile?[] handles, byte[] readBuffer, int from, int to, long[] allocatedByKind)
        {
            for (int i = from; i < to; i++)
            {
                StorageOp op = _ops[i];
                long before = GC.GetAllocatedBytesForCurrentThread();
                switch (op.Kind)
                {
                    case StorageOpKind.OpenRead:
                        handles[op.Handle] = storage.OpenRead(op.Name!);
                        break;
                    case StorageOpKind.OpenAppend:
                        handles[op.Handle] = storage.OpenAppend(op.Name!);
                        break;
                    case StorageOpKind.Read:
                        handles[op.Handle]!.Read(readBuffer, 0, (int)op.Count);
                        break;
                    case StorageOpKind.Append:
                        handles[op.Handle]!.Append(_data, op.DataOffset, (int)op.Count);
                        break;
                    case StorageOpKind.Close:
                        handles[op.Handle]!.Close();
                        handles[op.Handle] = null;
                        break;
                    case StorageOpKind.Length:
                        _ = handles[op.Handle]!.Length;
                        break;
                    case StorageOpKind.GetPosition:
                        _ = handles[op.Handle]!.Position;
                        break;
                    case StorageOpKind.SetPosition:
                        handles[op.Handle]!.Position = op.Count;
                        break;
                    case StorageOpKind.Delete:
                        storage.Delete(op.Name!);
                        break;
                    case StorageOpKind.Rename:
                        storage.Rename(op.Name!, op.Target!);
                        break;
                    case StorageOpKind.Exists:
                        storage.Exists(op.Name!);
                        break;
                    case StorageOpKind.ListFiles:
                        storage.ListFiles();
                        break;
                    case StorageOpKind.FreeBytes:
                        _ = storage.FreeBytes;
                        break;
                    case StorageOpKind.TotalBytes:
                        _ = storage.TotalBytes;
                        break;
                }

                allocatedByKind[(int)op.Kind] += GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }

        /// <summary>Gets the largest read recorded, to size <see cref="Replay"/>'s buffer.</summary>
        /// <returns>Bytes.</returns>
        public int LargestRead()
        {
            long largest = 0;
            for (int i = 0; i < Count; i++)
            {
                if (_ops[i].Kind == StorageOpKind.Read && _ops[i].Count > largest)
                {
                    largest = _ops[i].Count;
                }
            }

            return (int)largest;
        }
    }
}
