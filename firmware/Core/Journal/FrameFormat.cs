namespace Terminal.Core.Journal
{
    /// <summary>
    /// The on-flash frame every journal record is wrapped in. Little-endian:
    /// <code>
    /// offset size field
    ///  0      1   magic 0xA7
    ///  1      1   bits 0-5: record type (JournalRecordType); bit 6: group start; bit 7: commit end
    ///  2      2   payload length n (0..MaximumPayloadBytes)
    ///  4      4   sequence number (one more than the previous frame's)
    ///  8      n   payload
    ///  8+n    4   CRC-32 of bytes 0 .. 8+n-1
    /// </code>
    /// 12 bytes of framing. A commit group is a run of frames from one with the group-start bit to
    /// one with the commit-end bit: recovery applies a group whole or not at all, so a torn write
    /// never leaves half a commit behind, and after a damaged frame it resumes at the next group
    /// start. A segment header frame does not use up a sequence number: its sequence field holds
    /// the sequence of the first frame after it.
    /// </summary>
    public static class FrameFormat
    {
        /// <summary>The first byte of every frame; lets recovery resynchronise after a damaged frame.</summary>
        public const byte Magic = 0xA7;

        /// <summary>Bytes before the payload.</summary>
        public const int HeaderBytes = 8;

        /// <summary>Bytes after the payload (the CRC-32).</summary>
        public const int TrailerBytes = 4;

        /// <summary>Framing bytes per record.</summary>
        public const int OverheadBytes = HeaderBytes + TrailerBytes;

        /// <summary>The largest payload a frame may carry; longer lengths mark a frame as damaged.</summary>
        public const int MaximumPayloadBytes = 512;

        /// <summary>The largest frame in bytes.</summary>
        public const int MaximumFrameBytes = MaximumPayloadBytes + OverheadBytes;

        private const int CommitEndBit = 0x80;
        private const int GroupStartBit = 0x40;
        private const int TypeMask = 0x3F;

        /// <summary>
        /// Writes a frame header and trailer around a payload that the caller has already placed at
        /// <paramref name="frameOffset"/> + <see cref="HeaderBytes"/>.
        /// </summary>
        /// <param name="buffer">The buffer holding the frame.</param>
        /// <param name="frameOffset">Where the frame starts.</param>
        /// <param name="type">The record type.</param>
        /// <param name="groupStart">Whether this frame opens its commit group.</param>
        /// <param name="commitEnd">Whether this frame closes its commit group.</param>
        /// <param name="sequence">The frame's sequence number.</param>
        /// <param name="payloadLength">The payload's length in bytes.</param>
        /// <returns>The frame's total length.</returns>
        public static int Seal(byte[] buffer, int frameOffset, JournalRecordType type, bool groupStart, bool commitEnd, uint sequence, int payloadLength)
        {
            buffer[frameOffset] = Magic;
            buffer[frameOffset + 1] = (byte)((int)type | (groupStart ? GroupStartBit : 0) | (commitEnd ? CommitEndBit : 0));
            buffer[frameOffset + 2] = (byte)payloadLength;
            buffer[frameOffset + 3] = (byte)(payloadLength >> 8);
            WriteUInt32(buffer, frameOffset + 4, sequence);
            int crcOffset = frameOffset + HeaderBytes + payloadLength;
            WriteUInt32(buffer, crcOffset, Checksums.Crc32.Compute(buffer, frameOffset, HeaderBytes + payloadLength));
            return payloadLength + OverheadBytes;
        }

        /// <summary>Sets the group bits of a sealed frame and re-seals its CRC.</summary>
        /// <param name="buffer">The buffer holding the frame.</param>
        /// <param name="frameOffset">Where the frame starts.</param>
        /// <param name="groupStart">Whether the frame opens its commit group.</param>
        /// <param name="commitEnd">Whether the frame closes its commit group.</param>
        public static void SetGroupBits(byte[] buffer, int frameOffset, bool groupStart, bool commitEnd)
        {
            int typeByte = buffer[frameOffset + 1] & TypeMask;
            buffer[frameOffset + 1] = (byte)(typeByte | (groupStart ? GroupStartBit : 0) | (commitEnd ? CommitEndBit : 0));
            int payloadLength = ReadPayloadLength(buffer, frameOffset);
            int crcOffset = frameOffset + HeaderBytes + payloadLength;
            WriteUInt32(buffer, crcOffset, Checksums.Crc32.Compute(buffer, frameOffset, HeaderBytes + payloadLength));
        }

        /// <summary>
        /// Checks whether a complete, undamaged frame starts at <paramref name="offset"/>: magic, a
        /// known type, a length within bounds and inside the buffer, and a matching CRC.
        /// </summary>
        /// <param name="buffer">The bytes read from flash.</param>
        /// <param name="offset">Where the frame would start.</param>
        /// <param name="end">One past the last valid byte of <paramref name="buffer"/>.</param>
        /// <returns>The frame's total length, or 0 when no valid frame starts there.</returns>
        public static int Validate(byte[] buffer, int offset, int end)
        {
            if (end - offset < OverheadBytes || buffer[offset] != Magic)
            {
                return 0;
            }

            int type = buffer[offset + 1] & TypeMask;
            // The highest type this firmware knows. Firmware older than DiagnosticReport sees such a frame as
            // damaged: it skips that commit group (a report and any acknowledgements in it, which only makes those
            // items be offered again) and resumes at the next group, so payments' records are never lost to it.
            if (type < (int)JournalRecordType.SegmentHeader || type > (int)JournalRecordType.DiagnosticReport)
            {
                return 0;
            }

            int payloadLength = ReadPayloadLength(buffer, offset);
            if (payloadLength > MaximumPayloadBytes || end - offset < payloadLength + OverheadBytes)
            {
                return 0;
            }

            uint stored = ReadUInt32(buffer, offset + HeaderBytes + payloadLength);
            uint computed = Checksums.Crc32.Compute(buffer, offset, HeaderBytes + payloadLength);
            return stored == computed ? payloadLength + OverheadBytes : 0;
        }

        /// <summary>Reads the record type of a validated frame.</summary>
        /// <param name="buffer">The buffer.</param>
        /// <param name="frameOffset">Where the frame starts.</param>
        /// <returns>The record type.</returns>
        public static JournalRecordType ReadType(byte[] buffer, int frameOffset)
        {
            return (JournalRecordType)(buffer[frameOffset + 1] & TypeMask);
        }

        /// <summary>Reads the group-start bit of a validated frame.</summary>
        /// <param name="buffer">The buffer.</param>
        /// <param name="frameOffset">Where the frame starts.</param>
        /// <returns>Whether the frame opens its commit group.</returns>
        public static bool ReadGroupStart(byte[] buffer, int frameOffset)
        {
            return (buffer[frameOffset + 1] & GroupStartBit) != 0;
        }

        /// <summary>Reads the commit-end bit of a validated frame.</summary>
        /// <param name="buffer">The buffer.</param>
        /// <param name="frameOffset">Where the frame starts.</param>
        /// <returns>Whether the frame closes its commit group.</returns>
        public static bool ReadCommitEnd(byte[] buffer, int frameOffset)
        {
            return (buffer[frameOffset + 1] & CommitEndBit) != 0;
        }

        /// <summary>Reads the payload length of a frame.</summary>
        /// <param name="buffer">The buffer.</param>
        /// <param name="frameOffset">Where the frame starts.</param>
        /// <returns>The payload length in bytes.</returns>
        public static int ReadPayloadLength(byte[] buffer, int frameOffset)
        {
            return buffer[frameOffset + 2] | (buffer[frameOffset + 3] << 8);
        }

        /// <summary>Reads the sequence number of a frame.</summary>
        /// <param name="buffer">The buffer.</param>
        /// <param name="frameOffset">Where the frame starts.</param>
        /// <returns>The sequence number.</returns>
        public static uint ReadSequence(byte[] buffer, int frameOffset)
        {
            return ReadUInt32(buffer, frameOffset + 4);
        }

        /// <summary>Writes a little-endian 32-bit value.</summary>
        /// <param name="buffer">The buffer.</param>
        /// <param name="offset">Where the value goes.</param>
        /// <param name="value">The value.</param>
        public static void WriteUInt32(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)value;
            buffer[offset + 1] = (byte)(value >> 8);
            buffer[offset + 2] = (byte)(value >> 16);
            buffer[offset + 3] = (byte)(value >> 24);
        }

        /// <summary>Reads a little-endian 32-bit value.</summary>
        /// <param name="buffer">The buffer.</param>
        /// <param name="offset">Where the value is.</param>
        /// <returns>The value.</returns>
        public static uint ReadUInt32(byte[] buffer, int offset)
        {
            return (uint)(buffer[offset] | (buffer[offset + 1] << 8) | (buffer[offset + 2] << 16) | (buffer[offset + 3] << 24));
        }
    }
}
