using System;

namespace Terminal.Drivers.Scanner.Gm65
{
    /// <summary>
    /// The GM65 frame checksum: CRC-CCITT, polynomial x^16 + x^12 + x^5 + 1 (0x1021), initial value 0, most
    /// significant bit first, no final inversion (Grow GM65 user manual, chapter 8, "CRC algorithm"; also known as
    /// CRC-16/XMODEM). It covers Types, Lens, Address and Datas of a command, Types, Lens and Datas of a reply, and
    /// is sent high byte first. Known vectors from the manual: read 0x000A gives 0xEE8A, the write reply 0x3331,
    /// save 0xDEC8.
    /// </summary>
    public static class Gm65Crc
    {
        /// <summary>Computes the checksum of a range.</summary>
        /// <param name="data">The bytes.</param>
        /// <param name="offset">Index of the first byte.</param>
        /// <param name="count">Number of bytes.</param>
        /// <returns>The checksum, 0 to 0xFFFF.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="data"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The range lies outside <paramref name="data"/>.</exception>
        public static int Compute(byte[] data, int offset, int count)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            if (offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new ArgumentOutOfRangeException("count", "the range lies outside the buffer");
            }

            int crc = 0;
            for (int index = offset; index < offset + count; index++)
            {
                crc = Update(crc, data[index]);
            }

            return crc;
        }

        /// <summary>Adds one byte to a running checksum (start from 0).</summary>
        /// <param name="crc">The checksum so far.</param>
        /// <param name="value">The next byte.</param>
        /// <returns>The checksum including <paramref name="value"/>.</returns>
        public static int Update(int crc, byte value)
        {
            crc ^= value << 8;
            for (int bit = 0; bit < 8; bit++)
            {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }

            return crc & 0xFFFF;
        }
    }
}
