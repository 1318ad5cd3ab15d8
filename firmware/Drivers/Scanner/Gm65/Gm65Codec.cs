using System;

namespace Terminal.Drivers.Scanner.Gm65
{
    /// <summary>
    /// Builds GM65 command frames (Grow GM65 user manual, chapter 8):
    /// <code>
    /// 7E 00 | Types (07 read, 08 write, 09 save) | Lens | Address high, low | Datas (Lens bytes) | CRC high, low
    /// </code>
    /// Lens counts the data bytes, 0x00 meaning 256. For a read the single data byte is how many zone bits to read.
    /// The CRC (<see cref="Gm65Crc"/>) covers Types through Datas. The module also accepts "AB CD" instead of the CRC;
    /// the driver always sends the real CRC, so a corrupted command is refused by the module rather than obeyed.
    /// Replies are parsed by <see cref="Gm65StreamParser"/>.
    /// </summary>
    public static class Gm65Codec
    {
        /// <summary>First byte of a command frame.</summary>
        public const byte CommandHead = 0x7E;

        /// <summary>Second byte of a command frame.</summary>
        public const byte CommandHeadSecond = 0x00;

        /// <summary>Bytes of a command frame around its data: head (2), Types, Lens, Address (2) and CRC (2).</summary>
        public const int CommandOverhead = 8;

        /// <summary>The most data bytes one write may carry (manual, 8.3: "Max 245 bytes for one time write").</summary>
        public const int MaximumWriteLength = 245;

        /// <summary>Encodes any command frame.</summary>
        /// <param name="type">Read, write or save.</param>
        /// <param name="address">The first zone bit, 0x0000 to 0xFFFF.</param>
        /// <param name="data">The data bytes.</param>
        /// <param name="dataOffset">Index of the first data byte.</param>
        /// <param name="dataCount">Number of data bytes, 1 to 256.</param>
        /// <param name="destination">Where the frame goes.</param>
        /// <param name="destinationOffset">Index of the frame's first byte.</param>
        /// <returns>The frame's length: <paramref name="dataCount"/> + <see cref="CommandOverhead"/>.</returns>
        /// <exception cref="ArgumentNullException">A buffer is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range, or the frame does not fit.</exception>
        public static int EncodeCommand(Gm65CommandType type, int address, byte[] data, int dataOffset, int dataCount, byte[] destination, int destinationOffset)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            if (destination == null)
            {
                throw new ArgumentNullException("destination");
            }

            if (type != Gm65CommandType.ReadZoneBit && type != Gm65CommandType.WriteZoneBit && type != Gm65CommandType.SaveZoneBits)
            {
                throw new ArgumentOutOfRangeException("type");
            }

            if (address < 0 || address > 0xFFFF)
            {
                throw new ArgumentOutOfRangeException("address");
            }

            if (dataCount < 1 || dataCount > 256 || dataOffset < 0 || dataOffset > data.Length - dataCount)
            {
                throw new ArgumentOutOfRangeException("dataCount");
            }

            int length = dataCount + CommandOverhead;
            if (destinationOffset < 0 || destinationOffset > destination.Length - length)
            {
                throw new ArgumentOutOfRangeException("destinationOffset", "the frame does not fit");
            }

            int at = destinationOffset;
            destination[at++] = CommandHead;
            destination[at++] = CommandHeadSecond;
            destination[at++] = (byte)type;
            destination[at++] = (byte)(dataCount & 0xFF);
            destination[at++] = (byte)(address >> 8);
            destination[at++] = (byte)(address & 0xFF);
            Array.Copy(data, dataOffset, destination, at, dataCount);
            at += dataCount;
            int crc = Gm65Crc.Compute(destination, destinationOffset + 2, dataCount + 4);
            destination[at++] = (byte)(crc >> 8);
            destination[at] = (byte)(crc & 0xFF);
            return length;
        }

        /// <summary>Encodes "read <paramref name="count"/> zone bits from <paramref name="address"/>" (9 bytes).</summary>
        /// <param name="address">The first zone bit, 0x0000 to 0xFFFF.</param>
        /// <param name="count">How many, 1 to 256.</param>
        /// <param name="destination">Where the frame goes (9 bytes from <paramref name="destinationOffset"/>).</param>
        /// <param name="destinationOffset">Index of the frame's first byte.</param>
        /// <returns>The frame's length, 9.</returns>
        /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
        public static int EncodeRead(int address, int count, byte[] destination, int destinationOffset)
        {
            if (count < 1 || count > 256)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            return EncodeSingle(Gm65CommandType.ReadZoneBit, address, (byte)(count & 0xFF), destination, destinationOffset);
        }

        /// <summary>Encodes "write one zone bit" (9 bytes).</summary>
        /// <param name="address">The zone bit, 0x0000 to 0xFFFF.</param>
        /// <param name="value">Its new value.</param>
        /// <param name="destination">Where the frame goes.</param>
        /// <param name="destinationOffset">Index of the frame's first byte.</param>
        /// <returns>The frame's length, 9.</returns>
        public static int EncodeWrite(int address, byte value, byte[] destination, int destinationOffset)
        {
            return EncodeSingle(Gm65CommandType.WriteZoneBit, address, value, destination, destinationOffset);
        }

        /// <summary>Encodes "save every zone bit to flash" (9 bytes: 7E 00 09 01 00 00 00 DE C8).</summary>
        /// <param name="destination">Where the frame goes.</param>
        /// <param name="destinationOffset">Index of the frame's first byte.</param>
        /// <returns>The frame's length, 9.</returns>
        public static int EncodeSave(byte[] destination, int destinationOffset)
        {
            return EncodeSingle(Gm65CommandType.SaveZoneBits, 0x0000, 0x00, destination, destinationOffset);
        }

        private static int EncodeSingle(Gm65CommandType type, int address, byte value, byte[] destination, int destinationOffset)
        {
            if (destination == null)
            {
                throw new ArgumentNullException("destination");
            }

            if (destinationOffset < 0 || destinationOffset > destination.Length - (CommandOverhead + 1))
            {
                throw new ArgumentOutOfRangeException("destinationOffset", "the frame does not fit");
            }

            // The data byte's own slot (index 6) is its source: Array.Copy of one byte onto itself changes nothing.
            destination[destinationOffset + 6] = value;
            return EncodeCommand(type, address, destination, destinationOffset + 6, 1, destination, destinationOffset);
        }
    }
}
