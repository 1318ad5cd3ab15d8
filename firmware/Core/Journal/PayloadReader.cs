namespace Terminal.Core.Journal
{
    /// <summary>
    /// Reads a record payload with bounds checks. Every read past the end or of an out-of-range
    /// value throws <see cref="JournalFormatException"/>: a damaged record is rejected, never
    /// half-read.
    /// </summary>
    public sealed class PayloadReader
    {
        private readonly byte[] _buffer;
        private readonly int _end;
        private int _position;

        /// <summary>Creates a reader over a payload.</summary>
        /// <param name="buffer">The buffer holding the payload.</param>
        /// <param name="offset">Where the payload starts.</param>
        /// <param name="count">The payload's length.</param>
        public PayloadReader(byte[] buffer, int offset, int count)
        {
            _buffer = buffer;
            _position = offset;
            _end = offset + count;
        }

        /// <summary>Gets the bytes not read yet.</summary>
        public int Remaining
        {
            get { return _end - _position; }
        }

        /// <summary>Reads one byte.</summary>
        /// <returns>The byte, 0..255.</returns>
        public int ReadByte()
        {
            Need(1);
            return _buffer[_position++];
        }

        /// <summary>Reads one byte that must lie in a range.</summary>
        /// <param name="minimum">The smallest allowed value.</param>
        /// <param name="maximum">The largest allowed value.</param>
        /// <param name="field">The field's name for the error message.</param>
        /// <returns>The byte.</returns>
        public int ReadByteInRange(int minimum, int maximum, string field)
        {
            int value = ReadByte();
            if (value < minimum || value > maximum)
            {
                throw new JournalFormatException(field + " out of range: " + value.ToString());
            }

            return value;
        }

        /// <summary>Reads an unsigned 16-bit value.</summary>
        /// <returns>The value.</returns>
        public int ReadUInt16()
        {
            Need(2);
            int value = _buffer[_position] | (_buffer[_position + 1] << 8);
            _position += 2;
            return value;
        }

        /// <summary>Reads an unsigned 32-bit value.</summary>
        /// <returns>The value.</returns>
        public uint ReadUInt32()
        {
            Need(4);
            uint value = FrameFormat.ReadUInt32(_buffer, _position);
            _position += 4;
            return value;
        }

        /// <summary>Reads a signed 64-bit value.</summary>
        /// <returns>The value.</returns>
        public long ReadInt64()
        {
            Need(8);
            long low = FrameFormat.ReadUInt32(_buffer, _position);
            long high = FrameFormat.ReadUInt32(_buffer, _position + 4);
            _position += 8;
            return low | (high << 32);
        }

        /// <summary>Reads a length-prefixed printable-ASCII string.</summary>
        /// <param name="maximumLength">The field's limit.</param>
        /// <param name="field">The field's name for the error message.</param>
        /// <returns>The string; empty when the length is 0.</returns>
        public string ReadAscii(int maximumLength, string field)
        {
            int length = ReadByte();
            if (length > maximumLength)
            {
                throw new JournalFormatException(field + " longer than " + maximumLength.ToString());
            }

            Need(length);
            if (length == 0)
            {
                return string.Empty;
            }

            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                int c = _buffer[_position + i];
                if (c < ' ' || c > '~')
                {
                    throw new JournalFormatException(field + " is not printable ASCII");
                }

                chars[i] = (char)c;
            }

            _position += length;
            return new string(chars);
        }

        /// <summary>Throws unless every byte of the payload was read: trailing bytes mean a damaged record.</summary>
        /// <param name="record">The record's name for the error message.</param>
        public void ExpectEnd(string record)
        {
            if (_position != _end)
            {
                throw new JournalFormatException(record + " has " + (_end - _position).ToString() + " unexpected trailing bytes");
            }
        }

        private void Need(int count)
        {
            if (_position + count > _end)
            {
                throw new JournalFormatException("record payload ends early");
            }
        }
    }
}
