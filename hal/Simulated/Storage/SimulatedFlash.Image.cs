using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Text;

namespace Terminal.Hal.Simulated.Storage
{
    /// <summary>
    /// The image format: a flash's durable files in a byte array, for saving a chaos case and for the
    /// corrupt-image fuzzer. All integers little-endian:
    /// <c>"TSF1"</c>, capacity (int64, bytes), block size (int32, bytes), file count (int32), then per
    /// file: name length (uint8, 1..31), name (ASCII, <c>[a-z0-9._-]</c>), data length (int32), data.
    /// </summary>
    public sealed partial class SimulatedFlash
    {
        private static readonly byte[] ImageMagic = Encoding.ASCII.GetBytes("TSF1");

        /// <summary>
        /// Serialises the durable state: capacity, block size, and each file's durable bytes, in ordinal
        /// name order. Unsynced bytes and files created but never synced are left out. Works without power.
        /// </summary>
        /// <returns>A new array in the format described on this class.</returns>
        public byte[] ExportImage()
        {
            lock (gate)
            {
                var durableFiles = new List<FlashFile>();
                int size = ImageMagic.Length + 8 + 4 + 4;
                foreach (string name in SortedNames())
                {
                    FlashFile file = files[name];
                    if (file.IsCreationDurable)
                    {
                        durableFiles.Add(file);
                        size += 1 + name.Length + 4 + file.DurableLength;
                    }
                }

                byte[] image = new byte[size];
                ImageMagic.CopyTo(image, 0);
                int position = ImageMagic.Length;
                BinaryPrimitives.WriteInt64LittleEndian(image.AsSpan(position), capacityBytes);
                position += 8;
                BinaryPrimitives.WriteInt32LittleEndian(image.AsSpan(position), BlockSizeBytes);
                position += 4;
                BinaryPrimitives.WriteInt32LittleEndian(image.AsSpan(position), durableFiles.Count);
                position += 4;
                foreach (FlashFile file in durableFiles)
                {
                    image[position++] = (byte)file.Name.Length;
                    position += Encoding.ASCII.GetBytes(file.Name, 0, file.Name.Length, image, position);
                    BinaryPrimitives.WriteInt32LittleEndian(image.AsSpan(position), file.DurableLength);
                    position += 4;
                    Array.Copy(file.Data, 0, image, position, file.DurableLength);
                    position += file.DurableLength;
                }

                return image;
            }
        }

        /// <summary>
        /// Makes a powered-on flash holding the image's files, all durable, with the image's capacity
        /// and block size, fresh counters and the default power-cut model. A capacity smaller than the
        /// files is accepted (the drive is then full).
        /// </summary>
        /// <param name="image">An image in the format described on this class.</param>
        /// <param name="seed">The new flash's seed.</param>
        /// <returns>The new flash.</returns>
        /// <exception cref="ArgumentException">The image is malformed, names a file badly or twice, or has trailing bytes.</exception>
        public static SimulatedFlash ImportImage(byte[] image, int seed)
        {
            ArgumentNullException.ThrowIfNull(image);
            var reader = new ImageReader(image);
            for (int index = 0; index < ImageMagic.Length; index++)
            {
                if (reader.ReadByte() != ImageMagic[index])
                {
                    throw new ArgumentException("Not a simulated flash image: the magic is not \"TSF1\".", nameof(image));
                }
            }

            long capacity = reader.ReadInt64();
            int blockSize = reader.ReadInt32();
            int fileCount = reader.ReadInt32();
            if (capacity < 0 || blockSize <= 0 || fileCount < 0)
            {
                throw new ArgumentException(
                    $"Bad image header: capacity {capacity}, block size {blockSize}, {fileCount} files.", nameof(image));
            }

            var flash = new SimulatedFlash(capacity, seed, blockSize);
            for (int index = 0; index < fileCount; index++)
            {
                int nameLength = reader.ReadByte();
                string name = Encoding.ASCII.GetString(reader.ReadBytes(nameLength));
                try
                {
                    ValidateName(name, nameof(image));
                }
                catch (ArgumentException exception)
                {
                    throw new ArgumentException($"Bad name for image file #{index}: {exception.Message}", nameof(image), exception);
                }

                int length = reader.ReadInt32();
                if (length < 0)
                {
                    throw new ArgumentException($"Image file '{name}' has a negative length.", nameof(image));
                }

                if (flash.files.ContainsKey(name))
                {
                    throw new ArgumentException($"The image holds '{name}' twice.", nameof(image));
                }

                FlashFile file = FlashFile.Durable(name, reader.ReadBytes(length), length);
                flash.files.Add(name, file);
                flash.usedFileBlocks += flash.BlocksFor(length);
            }

            if (!reader.AtEnd)
            {
                throw new ArgumentException("The image has bytes after its last file.", nameof(image));
            }

            return flash;
        }

        /// <summary>Reads an image front to back, refusing to read past its end.</summary>
        private sealed class ImageReader
        {
            private readonly byte[] image;
            private int position;

            internal ImageReader(byte[] image)
            {
                this.image = image;
            }

            internal bool AtEnd => position == image.Length;

            internal byte ReadByte() => Take(1)[0];

            internal int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

            internal long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

            internal byte[] ReadBytes(int count) => Take(count).ToArray();

            private ReadOnlySpan<byte> Take(int count)
            {
                if (count > image.Length - position)
                {
                    throw new ArgumentException(
                        $"The image ends at byte {image.Length}, {count} more were expected at {position}.", nameof(image));
                }

                var taken = new ReadOnlySpan<byte>(image, position, count);
                position += count;
                return taken;
            }
        }
    }
}
