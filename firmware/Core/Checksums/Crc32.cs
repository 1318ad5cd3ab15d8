namespace Terminal.Core.Checksums
{
    /// <summary>
    /// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320, initial value and final XOR 0xFFFFFFFF),
    /// the checksum of zip and Ethernet. It detects every burst error up to 32 bits and every
    /// error of up to three bits in a journal frame, which is what flash bit rot and torn
    /// writes produce.
    /// </summary>
    public static class Crc32
    {
        private const uint Polynomial = 0xEDB88320;

        // 1 KB table built once: 8x faster than bitwise on the ESP32's interpreter.
        private static readonly uint[] Table = BuildTable();

        /// <summary>Computes the CRC-32 of a byte range.</summary>
        /// <param name="buffer">The bytes.</param>
        /// <param name="offset">Index of the first byte.</param>
        /// <param name="count">Number of bytes.</param>
        /// <returns>The checksum.</returns>
        public static uint Compute(byte[] buffer, int offset, int count)
        {
            return Finish(Update(Start, buffer, offset, count));
        }

        /// <summary>The running value to start an incremental computation with.</summary>
        public const uint Start = 0xFFFFFFFF;

        /// <summary>Feeds more bytes into a running CRC started with <see cref="Start"/>.</summary>
        /// <param name="running">The running value.</param>
        /// <param name="buffer">The bytes.</param>
        /// <param name="offset">Index of the first byte.</param>
        /// <param name="count">Number of bytes.</param>
        /// <returns>The new running value; pass it to <see cref="Finish"/> at the end.</returns>
        public static uint Update(uint running, byte[] buffer, int offset, int count)
        {
            uint crc = running;
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                crc = Table[(crc ^ buffer[i]) & 0xFF] ^ (crc >> 8);
            }

            return crc;
        }

        /// <summary>Turns a running value into the final checksum.</summary>
        /// <param name="running">The running value.</param>
        /// <returns>The checksum.</returns>
        public static uint Finish(uint running)
        {
            return running ^ 0xFFFFFFFF;
        }

        private static uint[] BuildTable()
        {
            uint[] table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int bit = 0; bit < 8; bit++)
                {
                    c = (c & 1) != 0 ? Polynomial ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }
    }
}
