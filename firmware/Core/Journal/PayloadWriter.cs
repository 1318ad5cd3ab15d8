using System;

namespace Terminal.Core.Journal
{
    /// <summary>
    /// Writes a record payload into a caller-owned buffer, with bounds checks and no allocation:
    /// the journal encodes every record into one preallocated frame buffer.
    /// </summary>
    public sealed class PayloadWriter
    {
        private byte[] _buffer;
        private int _start;
        private int _limit;
        private int _position;

        /// <summary>Points the writer at a region of a buffer.</summary>
        /// <param name="buffer">The buffer.</param>
        /// <param name="offset">Where the payload starts.</param>
        /// <param name="capacity">The most bytes the payload may take.</param>
        public void Reset(byte[] buffer, int offset, int capacity)
        {
            _buffer = buffer;
            _start = offset;
            _position = offset;
            _limit = offset + capacity;
        }

        /// <summary>Gets the bytes written since <see cref="Reset"/>.</summary>
        public int Length
        {
            get { return _position - _start; }
        }

        /// <summary>Writes one byte.</summary>
        /// <param name="value">The byte.</param>
        public void WriteByte(int value)
        {
            Ensure(1);
            _buffer[_position++] = (byte)value;
        }

        /// <summary>Writes an unsigned 16-bit value, little-endian.</summary>
        /// <param name="value">The value, 0..65535.</param>
        public void WriteUInt16(int value)
        {
            Ensure(2);
            _buffer[_position++] = (byte)value;
            _buffer[_position++] = (byte)(value >> 8);
        }

        /// <summary>Writes an unsigned 32-bit value, little-endian.</summary>
        /// <param name="value">The value.</param>
        public void WriteUInt32(uint value)
        {
            Ensure(4);
            FrameFormat.WriteUInt32(_buffer, _position, value);
            _position += 4;
        }

        /// <summary>Writes a signed 64-bit value, little-endian.</summary>
        /// <param name="value">The value.</param>
        public void WriteInt64(long value)
        {
            Ensure(8);
            FrameFormat.WriteUInt32(_buffer, _position, (uint)value);
            FrameFormat.WriteUInt32(_buffer, _position + 4, (uint)(value >> 32));
            _position += 8;
        }

        /// <summary>
        /// Writes a short printable-ASCII string with a one-byte length prefix. Identifiers, codes
        /// and references are ASCII; anything else is a programming error.
        /// </summary>
        /// <param name="value">The string, at most <paramref name="maximumLength"/> characters; <c>null</c> is written as empty.</param>
        /// <param name="maximumLength">The field's limit, at most 255.</param>
        /// <exception cref="ArgumentException">The string is too long or not printable ASCII.</exception>
        public void WriteAscii(string value, int maximumLength)
        {
            int length = value == null ? 0 : value.Length;
            if (length > maximumLength)
            {
                throw new ArgumentException("text longer than " + maximumLength.ToString() + " characters");
            }

            Ensure(1 + length);
            _buffer[_position++] = (byte)length;
            for (int i = 0; i < length; i++)
            {
                char c = value[i];
                if (c < ' ' || c > '~')
                {
                    throw new ArgumentException("text must be printable ASCII");
                }

                _buffer[_position++] = (byte)c;
            }
        }

        /// <summary>Copies raw bytes.</summary>
        /// <param name="source">The source buffer.</param>
        /// <param name="offset">Where the bytes start.</param>
        /// <param name="count">How many bytes.</param>
        public void WriteBytes(byte[] source, int offset, int count)
        {
            Ensure(count);
            Array.Copy(source, offset, _buffer, _position, count);
            _position += count;
        }

        private void Ensure(int count)
        {
            if (_position + count > _limit)
            {
                throw new ArgumentException("record payload exceeds " + (_limit - _start).ToString() + " bytes");
            }
        }
    }
}
