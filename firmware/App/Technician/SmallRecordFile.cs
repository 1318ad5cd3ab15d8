using System;
using Terminal.Core.Checksums;
using Terminal.Hal.Storage;

namespace Terminal.App.Technician
{
    /// <summary>
    /// A small file replaced whole, for state that must survive a power cut at any point: the technician's
    /// credential hash, the sign-in failure count and lockout, the console's configuration. The content goes to
    /// <c>name.new</c> with a CRC-32, then the old file is deleted and the new one renamed; on LittleFS a file is
    /// durable once closed, so a cut leaves the old content or the new, never a mix, and <see cref="Read"/>
    /// finishes an interrupted swap.
    /// </summary>
    public static class SmallRecordFile
    {
        /// <summary>The largest content accepted, in bytes.</summary>
        public const int MaximumContentBytes = 4096;

        private const string NewSuffix = ".new";
        private const int CrcBytes = 4;

        /// <summary>Replaces the file's content; durable when this returns.</summary>
        /// <param name="storage">The drive.</param>
        /// <param name="name">The file name.</param>
        /// <param name="content">The bytes.</param>
        /// <param name="count">How many of them, 0..<see cref="MaximumContentBytes"/>.</param>
        /// <exception cref="StorageException">The drive failed; the previous content stays.</exception>
        /// <exception cref="ArgumentException">A null argument or a count out of range.</exception>
        public static void Write(IFileStorage storage, string name, byte[] content, int count)
        {
            if (storage == null || name == null || content == null || count < 0 || count > content.Length || count > MaximumContentBytes)
            {
                throw new ArgumentException("small record file: bad arguments");
            }

            byte[] frame = new byte[count + CrcBytes];
            Array.Copy(content, 0, frame, 0, count);
            uint crc = Crc32.Compute(content, 0, count);
            frame[count] = (byte)crc;
            frame[count + 1] = (byte)(crc >> 8);
            frame[count + 2] = (byte)(crc >> 16);
            frame[count + 3] = (byte)(crc >> 24);

            string newName = name + NewSuffix;
            storage.Delete(newName);
            IStorageFile file = storage.OpenAppend(newName);
            try
            {
                file.Append(frame, 0, frame.Length);
            }
            finally
            {
                // Closing is LittleFS's commit point.
                file.Close();
            }

            storage.Delete(name);
            storage.Rename(newName, name);
        }

        /// <summary>Reads the file's content, first finishing a swap a power cut interrupted.</summary>
        /// <param name="storage">The drive.</param>
        /// <param name="name">The file name.</param>
        /// <param name="content">The content when <see cref="SmallRecordRead.Intact"/>; <c>null</c> otherwise.</param>
        /// <returns>Whether the file was there and intact.</returns>
        /// <exception cref="StorageException">The drive failed.</exception>
        public static SmallRecordRead Read(IFileStorage storage, string name, out byte[] content)
        {
            content = null;
            string newName = name + NewSuffix;
            bool fromNewFile = false;
            if (storage.Exists(newName))
            {
                if (storage.Exists(name))
                {
                    // The old file was not deleted yet, so the new one may be torn: the old one stands.
                    storage.Delete(newName);
                }
                else
                {
                    // Either the swap was cut after the delete (the new file is whole) or a first write was cut
                    // mid-way (the new file may be torn): its CRC-32 tells which.
                    storage.Rename(newName, name);
                    fromNewFile = true;
                }
            }

            if (!storage.Exists(name))
            {
                return SmallRecordRead.Missing;
            }

            SmallRecordRead result = ReadChecked(storage, name, out content);
            if (result == SmallRecordRead.Damaged && fromNewFile)
            {
                // A torn first write: the write never finished, so nothing was ever there.
                storage.Delete(name);
                return SmallRecordRead.Missing;
            }

            return result;
        }

        private static SmallRecordRead ReadChecked(IFileStorage storage, string name, out byte[] content)
        {
            content = null;
            IStorageFile file = storage.OpenRead(name);
            byte[] frame;
            int read = 0;
            try
            {
                long length = file.Length;
                if (length < CrcBytes || length > MaximumContentBytes + CrcBytes)
                {
                    return SmallRecordRead.Damaged;
                }

                frame = new byte[(int)length];
                while (read < frame.Length)
                {
                    int got = file.Read(frame, read, frame.Length - read);
                    if (got <= 0)
                    {
                        break;
                    }

                    read += got;
                }
            }
            finally
            {
                file.Close();
            }

            if (read != frame.Length)
            {
                return SmallRecordRead.Damaged;
            }

            int count = frame.Length - CrcBytes;
            uint stored = (uint)(frame[count] | (frame[count + 1] << 8) | (frame[count + 2] << 16) | (frame[count + 3] << 24));
            if (Crc32.Compute(frame, 0, count) != stored)
            {
                return SmallRecordRead.Damaged;
            }

            content = new byte[count];
            Array.Copy(frame, 0, content, 0, count);
            return SmallRecordRead.Intact;
        }
    }
}
