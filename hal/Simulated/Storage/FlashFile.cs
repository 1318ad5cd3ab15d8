using System;

namespace Terminal.Hal.Simulated.Storage
{
    /// <summary>
    /// One file as the simulated file system holds it: its bytes in a growable array, of which the
    /// first <see cref="DurableLength"/> are committed and the rest are in the file system's cache.
    /// Files only grow at the end, so the unsynced bytes are always a suffix.
    /// </summary>
    internal sealed class FlashFile
    {
        private const int MinimumCapacityBytes = 256;

        private static readonly byte[] NoBytes = new byte[0];

        internal FlashFile(string name, bool isCreationDurable)
        {
            Name = name;
            Data = NoBytes;
            IsCreationDurable = isCreationDurable;
        }

        /// <summary>Gets or sets the name it is listed under.</summary>
        internal string Name { get; set; }

        /// <summary>Gets the storage; valid bytes are [0, <see cref="Length"/>).</summary>
        internal byte[] Data { get; private set; }

        /// <summary>Gets the length including unsynced bytes.</summary>
        internal int Length { get; private set; }

        /// <summary>Gets the length of the committed prefix.</summary>
        internal int DurableLength { get; private set; }

        /// <summary>Gets the bytes appended since the last commit.</summary>
        internal int UnsyncedLength => Length - DurableLength;

        /// <summary>Gets whether the file's existence is committed; false from its creation to its first commit.</summary>
        internal bool IsCreationDurable { get; private set; }

        /// <summary>Gets or sets the open append handle, at most one.</summary>
        internal SimulatedStorageFile? Appender { get; set; }

        internal static FlashFile Durable(string name, byte[] source, int count)
        {
            var file = new FlashFile(name, isCreationDurable: true);
            file.Data = count == 0 ? NoBytes : new byte[count];
            Array.Copy(source, file.Data, count);
            file.Length = count;
            file.DurableLength = count;
            return file;
        }

        internal void Append(byte[] buffer, int offset, int count)
        {
            int needed = Length + count;
            if (needed > Data.Length)
            {
                int grown = Math.Max(MinimumCapacityBytes, Data.Length * 2);
                if (grown < needed || grown > Array.MaxLength)
                {
                    grown = Math.Max(needed, Math.Min(grown, Array.MaxLength));
                }

                byte[] larger = new byte[grown];
                Array.Copy(Data, larger, Length);
                Data = larger;
            }

            Array.Copy(buffer, offset, Data, Length, count);
            Length = needed;
        }

        internal void Commit()
        {
            DurableLength = Length;
            IsCreationDurable = true;
        }

        /// <summary>Keeps the durable bytes plus a prefix of the unsynced ones, and makes them all durable.</summary>
        internal void KeepAfterPowerCut(int survivingUnsyncedBytes)
        {
            Length = DurableLength + survivingUnsyncedBytes;
            Commit();
            Appender = null;
        }

        /// <summary>Forgets the unsynced bytes, as a failed commit does.</summary>
        internal void DropUnsynced()
        {
            Length = DurableLength;
        }
    }
}
