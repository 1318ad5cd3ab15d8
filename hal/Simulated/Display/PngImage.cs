using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace Terminal.Hal.Simulated.Display
{
    /// <summary>
    /// Writes and reads the PNG snapshots of the screens (host only): 8-bit RGB, no interlace, zlib through
    /// <see cref="ZLibStream"/>. RGB565 is widened to 8 bits by repeating each channel's high bits into its low
    /// ones (31 becomes 255), so reading a written file gives back exactly the same RGB565 pixels.
    /// </summary>
    /// <remarks>
    /// Deterministic: no time stamp or text chunk, every scanline with filter "None", one IDAT chunk, so the same
    /// frame gives the same file on the same runtime. (zlib's output may change with a new runtime's zlib; compare
    /// snapshots by their decoded pixels, not their bytes.) Reading accepts what this class writes and any PNG of
    /// the same kind (8-bit RGB, not interlaced, any scanline filter); anything else is refused with
    /// <see cref="InvalidDataException"/> naming what is wrong.
    /// </remarks>
    public static class PngImage
    {
        private static readonly byte[] Signature = { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
        private static readonly uint[] CrcTable = BuildCrcTable();

        /// <summary>Writes an RGB565 frame as a PNG file.</summary>
        /// <param name="path">The file to create or replace.</param>
        /// <param name="width">Width in pixels, 1 or more.</param>
        /// <param name="height">Height in pixels, 1 or more.</param>
        /// <param name="pixels">The pixels, row by row from the top-left corner; at least width x height.</param>
        public static void WriteRgb565(string path, int width, int height, ushort[] pixels)
        {
            ArgumentNullException.ThrowIfNull(path);
            using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
            WriteRgb565(file, width, height, pixels);
        }

        /// <summary>Writes an RGB565 frame as PNG to a stream (left open).</summary>
        /// <param name="stream">Where to write.</param>
        /// <param name="width">Width in pixels, 1 or more.</param>
        /// <param name="height">Height in pixels, 1 or more.</param>
        /// <param name="pixels">The pixels, row by row from the top-left corner; at least width x height.</param>
        /// <exception cref="ArgumentNullException">The stream or the pixels are <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A size is less than 1, or the pixels are too few.</exception>
        public static void WriteRgb565(Stream stream, int width, int height, ushort[] pixels)
        {
            ArgumentNullException.ThrowIfNull(stream);
            ArgumentNullException.ThrowIfNull(pixels);
            if (width < 1 || height < 1 || (long)width * height > pixels.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(width), "The size must be positive and the pixels must cover it.");
            }

            stream.Write(Signature, 0, Signature.Length);

            var header = new byte[13];
            WriteBigEndian(header, 0, (uint)width);
            WriteBigEndian(header, 4, (uint)height);
            header[8] = 8;  // bits per channel
            header[9] = 2;  // colour type: RGB
            header[10] = 0; // compression: deflate
            header[11] = 0; // filter method 0
            header[12] = 0; // no interlace
            WriteChunk(stream, "IHDR", header);

            var scanlines = new byte[height * (1 + (width * 3))];
            int at = 0;
            for (int y = 0; y < height; y++)
            {
                scanlines[at++] = 0; // filter: None
                for (int x = 0; x < width; x++)
                {
                    ushort pixel = pixels[(y * width) + x];
                    int red = pixel >> 11;
                    int green = (pixel >> 5) & 0x3F;
                    int blue = pixel & 0x1F;
                    scanlines[at++] = (byte)((red << 3) | (red >> 2));
                    scanlines[at++] = (byte)((green << 2) | (green >> 4));
                    scanlines[at++] = (byte)((blue << 3) | (blue >> 2));
                }
            }

            using (var compressed = new MemoryStream())
            {
                using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
                {
                    zlib.Write(scanlines, 0, scanlines.Length);
                }

                WriteChunk(stream, "IDAT", compressed.ToArray());
            }

            WriteChunk(stream, "IEND", Array.Empty<byte>());
        }

        /// <summary>Reads an 8-bit RGB PNG file into RGB565 pixels.</summary>
        /// <param name="path">The file.</param>
        /// <param name="width">Receives the width in pixels.</param>
        /// <param name="height">Receives the height in pixels.</param>
        /// <returns>The pixels, row by row from the top-left corner.</returns>
        /// <exception cref="InvalidDataException">The file is not a PNG, is damaged, or is a kind this reader refuses.</exception>
        public static ushort[] ReadRgb565(string path, out int width, out int height)
        {
            ArgumentNullException.ThrowIfNull(path);
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read);
            return ReadRgb565(file, out width, out height);
        }

        /// <summary>Reads an 8-bit RGB PNG from a stream into RGB565 pixels.</summary>
        /// <param name="stream">The PNG bytes.</param>
        /// <param name="width">Receives the width in pixels.</param>
        /// <param name="height">Receives the height in pixels.</param>
        /// <returns>The pixels, row by row from the top-left corner.</returns>
        /// <exception cref="InvalidDataException">The data is not a PNG, is damaged, or is a kind this reader refuses.</exception>
        public static ushort[] ReadRgb565(Stream stream, out int width, out int height)
        {
            ArgumentNullException.ThrowIfNull(stream);
            var signature = new byte[8];
            ReadExactly(stream, signature, "signature");
            for (int index = 0; index < Signature.Length; index++)
            {
                if (signature[index] != Signature[index])
                {
                    throw new InvalidDataException("Not a PNG: the signature is wrong.");
                }
            }

            width = 0;
            height = 0;
            bool sawHeader = false;
            using var idat = new MemoryStream();
            while (true)
            {
                var lengthBytes = new byte[8];
                ReadExactly(stream, lengthBytes, "chunk header");
                uint length = ReadBigEndian(lengthBytes, 0);
                if (length > int.MaxValue / 2)
                {
                    throw new InvalidDataException("PNG chunk too long: " + length + " bytes.");
                }

                string type = Encoding.ASCII.GetString(lengthBytes, 4, 4);
                var data = new byte[length];
                ReadExactly(stream, data, type + " chunk");
                var crcBytes = new byte[4];
                ReadExactly(stream, crcBytes, type + " CRC");
                uint crc = Crc(lengthBytes, 4, 4, data);
                if (crc != ReadBigEndian(crcBytes, 0))
                {
                    throw new InvalidDataException("PNG " + type + " chunk is damaged: its CRC does not match.");
                }

                if (type == "IHDR")
                {
                    if (length != 13)
                    {
                        throw new InvalidDataException("PNG IHDR is " + length + " bytes, not 13.");
                    }

                    uint readWidth = ReadBigEndian(data, 0);
                    uint readHeight = ReadBigEndian(data, 4);
                    if (readWidth < 1 || readHeight < 1 || readWidth > 16384 || readHeight > 16384)
                    {
                        throw new InvalidDataException("PNG size " + readWidth + "x" + readHeight + " is refused (1 to 16384 each).");
                    }

                    if (data[8] != 8 || data[9] != 2)
                    {
                        throw new InvalidDataException("Only 8-bit RGB PNGs are read (bit depth 8, colour type 2); this one has bit depth " + data[8] + ", colour type " + data[9] + ".");
                    }

                    if (data[10] != 0 || data[11] != 0)
                    {
                        throw new InvalidDataException("Unknown PNG compression or filter method.");
                    }

                    if (data[12] != 0)
                    {
                        throw new InvalidDataException("Interlaced PNGs are not read.");
                    }

                    width = (int)readWidth;
                    height = (int)readHeight;
                    sawHeader = true;
                }
                else if (type == "IDAT")
                {
                    if (!sawHeader)
                    {
                        throw new InvalidDataException("PNG IDAT before IHDR.");
                    }

                    idat.Write(data, 0, data.Length);
                }
                else if (type == "IEND")
                {
                    break;
                }
                else if ((type[0] & 0x20) == 0)
                {
                    // Ancillary chunks (lower-case first letter) may be skipped; critical ones (PLTE...) may not.
                    throw new InvalidDataException("PNG critical chunk " + type + " is not supported.");
                }
            }

            if (!sawHeader)
            {
                throw new InvalidDataException("PNG without IHDR.");
            }

            int stride = width * 3;
            var raw = new byte[height * (stride + 1)];
            idat.Position = 0;
            try
            {
                using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
                int filled = 0;
                while (filled < raw.Length)
                {
                    int read = zlib.Read(raw, filled, raw.Length - filled);
                    if (read == 0)
                    {
                        throw new InvalidDataException("PNG image data is shorter than its size says.");
                    }

                    filled += read;
                }
            }
            catch (InvalidDataException)
            {
                throw;
            }
            catch (IOException exception)
            {
                throw new InvalidDataException("PNG image data does not decompress: " + exception.Message, exception);
            }

            var pixels = new ushort[width * height];
            var previous = new byte[stride];
            var current = new byte[stride];
            for (int y = 0; y < height; y++)
            {
                int start = y * (stride + 1);
                byte filter = raw[start];
                Unfilter(filter, raw, start + 1, current, previous, stride);
                for (int x = 0; x < width; x++)
                {
                    int red = current[x * 3];
                    int green = current[(x * 3) + 1];
                    int blue = current[(x * 3) + 2];
                    pixels[(y * width) + x] = (ushort)(((red >> 3) << 11) | ((green >> 2) << 5) | (blue >> 3));
                }

                (previous, current) = (current, previous);
            }

            return pixels;
        }

        private static void Unfilter(byte filter, byte[] raw, int start, byte[] current, byte[] previous, int stride)
        {
            const int bytesPerPixel = 3;
            for (int index = 0; index < stride; index++)
            {
                int left = index >= bytesPerPixel ? current[index - bytesPerPixel] : 0;
                int up = previous[index];
                int upLeft = index >= bytesPerPixel ? previous[index - bytesPerPixel] : 0;
                int value = raw[start + index];
                switch (filter)
                {
                    case 0:
                        break;
                    case 1:
                        value += left;
                        break;
                    case 2:
                        value += up;
                        break;
                    case 3:
                        value += (left + up) >> 1;
                        break;
                    case 4:
                        value += Paeth(left, up, upLeft);
                        break;
                    default:
                        throw new InvalidDataException("PNG scanline filter " + filter + " is unknown.");
                }

                current[index] = (byte)value;
            }
        }

        private static int Paeth(int left, int up, int upLeft)
        {
            int estimate = left + up - upLeft;
            int toLeft = Math.Abs(estimate - left);
            int toUp = Math.Abs(estimate - up);
            int toUpLeft = Math.Abs(estimate - upLeft);
            if (toLeft <= toUp && toLeft <= toUpLeft)
            {
                return left;
            }

            return toUp <= toUpLeft ? up : upLeft;
        }

        private static void WriteChunk(Stream stream, string type, byte[] data)
        {
            var header = new byte[8];
            WriteBigEndian(header, 0, (uint)data.Length);
            Encoding.ASCII.GetBytes(type, 0, 4, header, 4);
            stream.Write(header, 0, 8);
            stream.Write(data, 0, data.Length);
            var crc = new byte[4];
            WriteBigEndian(crc, 0, Crc(header, 4, 4, data));
            stream.Write(crc, 0, 4);
        }

        private static void ReadExactly(Stream stream, byte[] buffer, string what)
        {
            int filled = 0;
            while (filled < buffer.Length)
            {
                int read = stream.Read(buffer, filled, buffer.Length - filled);
                if (read == 0)
                {
                    throw new InvalidDataException("PNG ends inside its " + what + ".");
                }

                filled += read;
            }
        }

        private static uint Crc(byte[] type, int typeOffset, int typeCount, byte[] data)
        {
            uint crc = 0xFFFFFFFFu;
            for (int index = typeOffset; index < typeOffset + typeCount; index++)
            {
                crc = CrcTable[(crc ^ type[index]) & 0xFF] ^ (crc >> 8);
            }

            foreach (byte value in data)
            {
                crc = CrcTable[(crc ^ value) & 0xFF] ^ (crc >> 8);
            }

            return crc ^ 0xFFFFFFFFu;
        }

        private static uint[] BuildCrcTable()
        {
            // The CRC-32 of the PNG specification (ISO 3309 polynomial, reflected: 0xEDB88320).
            var table = new uint[256];
            for (uint value = 0; value < 256; value++)
            {
                uint crc = value;
                for (int bit = 0; bit < 8; bit++)
                {
                    crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
                }

                table[value] = crc;
            }

            return table;
        }

        private static void WriteBigEndian(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)(value >> 24);
            buffer[offset + 1] = (byte)(value >> 16);
            buffer[offset + 2] = (byte)(value >> 8);
            buffer[offset + 3] = (byte)value;
        }

        private static uint ReadBigEndian(byte[] buffer, int offset)
        {
            return ((uint)buffer[offset] << 24) | ((uint)buffer[offset + 1] << 16) | ((uint)buffer[offset + 2] << 8) | buffer[offset + 3];
        }
    }
}
