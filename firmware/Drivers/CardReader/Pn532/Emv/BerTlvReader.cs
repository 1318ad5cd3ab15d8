using System;

namespace Terminal.Drivers.CardReader.Pn532.Emv
{
    /// <summary>
    /// Reads BER-TLV data objects as EMV codes them (EMV 4.4 Book 3 Annex B), in place over a caller's buffer: no
    /// allocation, no exception on bad bytes (a bad object stops the reader with a <see cref="TlvError"/>). One
    /// instance is reset and reused for every card response.
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>Tag: 1 to 3 bytes. The first byte's bit 6 (20h) marks a constructed object (a template); when its
    /// low five bits are all set (1Fh) more tag bytes follow, each with bit 8 set but the last (Annex B1).</item>
    /// <item>Length: one byte 00h-7Fh, or 81h followed by one byte, or 82h followed by two (Annex B2).</item>
    /// <item>"Before, between, or after TLV-coded data objects, '00' bytes without any meaning may occur" (Annex
    /// B): 00h bytes where a tag would start are skipped, and so are FFh bytes (ISO/IEC 7816-4 §5.2.2.1).</item>
    /// </list>
    /// </remarks>
    public sealed class BerTlvReader
    {
        /// <summary>The deepest template nesting <see cref="TryFind"/> descends into; EMV responses nest 3 or 4 deep.</summary>
        public const int MaximumDepth = 8;

        private readonly int[] _ends = new int[MaximumDepth + 1];
        private byte[] _buffer;
        private int _position;
        private int _end;

        /// <summary>Gets the tag of the current object, its bytes big-endian (5Ah, 9F38h, BF0Ch).</summary>
        public int Tag { get; private set; }

        /// <summary>Gets whether the current object is constructed: its value is itself a sequence of objects.</summary>
        public bool IsConstructed { get; private set; }

        /// <summary>Gets the index in the buffer of the current object's first tag byte.</summary>
        public int ElementOffset { get; private set; }

        /// <summary>Gets how many bytes the current object takes: tag, length and value.</summary>
        public int ElementLength { get; private set; }

        /// <summary>Gets the index in the buffer of the current object's value.</summary>
        public int ValueOffset { get; private set; }

        /// <summary>Gets how many bytes the current object's value has.</summary>
        public int ValueLength { get; private set; }

        /// <summary>Gets why the reader stopped; <see cref="TlvError.None"/> while it can go on or when it reached the end cleanly.</summary>
        public TlvError Error { get; private set; }

        /// <summary>Starts reading a new range.</summary>
        /// <param name="buffer">The bytes.</param>
        /// <param name="offset">Index of the first byte.</param>
        /// <param name="count">Number of bytes.</param>
        /// <exception cref="ArgumentNullException"><paramref name="buffer"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The range lies outside <paramref name="buffer"/>.</exception>
        public void Reset(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            _buffer = buffer;
            _position = offset;
            _end = offset + count;
            Error = TlvError.None;
            Tag = 0;
            IsConstructed = false;
            ElementOffset = offset;
            ElementLength = 0;
            ValueOffset = offset;
            ValueLength = 0;
        }

        /// <summary>Reads the next object at this level (it does not descend into templates).</summary>
        /// <returns><c>true</c> when an object was read; <c>false</c> at the end of the range or on an error (see <see cref="Error"/>).</returns>
        /// <exception cref="InvalidOperationException"><see cref="Reset"/> was never called.</exception>
        public bool MoveNext()
        {
            if (_buffer == null)
            {
                throw new InvalidOperationException("Reset the reader over a buffer first.");
            }

            if (Error != TlvError.None)
            {
                return false;
            }

            return ReadElement(_end);
        }

        /// <summary>
        /// Looks for the first object with a tag anywhere in the range, descending into templates depth first.
        /// Reading stops at the first malformed object: what lies after it is not trusted.
        /// </summary>
        /// <param name="tag">The tag to find (5Ah, 57h, 9F38h...).</param>
        /// <param name="valueOffset">The value's index in the buffer when found; 0 otherwise.</param>
        /// <param name="valueLength">The value's length when found; 0 otherwise.</param>
        /// <returns><c>true</c> when found. <c>false</c> when absent (<see cref="Error"/> is <see cref="TlvError.None"/>) or when a malformed object stopped the search.</returns>
        /// <exception cref="InvalidOperationException"><see cref="Reset"/> was never called.</exception>
        public bool TryFind(int tag, out int valueOffset, out int valueLength)
        {
            if (_buffer == null)
            {
                throw new InvalidOperationException("Reset the reader over a buffer first.");
            }

            valueOffset = 0;
            valueLength = 0;
            int depth = 0;
            _ends[0] = _end;
            while (Error == TlvError.None)
            {
                if (_position >= _ends[depth] || !ReadElement(_ends[depth]))
                {
                    if (Error != TlvError.None)
                    {
                        return false;
                    }

                    if (depth == 0)
                    {
                        return false;
                    }

                    // The template is done: carry on after it, one level up.
                    _position = _ends[depth];
                    depth--;
                    continue;
                }

                if (Tag == tag)
                {
                    valueOffset = ValueOffset;
                    valueLength = ValueLength;
                    return true;
                }

                if (IsConstructed)
                {
                    if (depth == MaximumDepth)
                    {
                        Error = TlvError.NestingTooDeep;
                        return false;
                    }

                    depth++;
                    _ends[depth] = ValueOffset + ValueLength;
                    _position = ValueOffset;
                }
            }

            return false;
        }

        /// <summary>
        /// Reads one tag (1 to 3 bytes) at a position: what a data object list (PDOL, EMV Book 3 §5.4) is made of,
        /// tags followed by one length byte and no value.
        /// </summary>
        /// <param name="buffer">The bytes.</param>
        /// <param name="position">Index of the tag's first byte.</param>
        /// <param name="end">Index just past the last byte that may be read.</param>
        /// <param name="tag">The tag read, big-endian; 0 on failure.</param>
        /// <returns>The index just past the tag; -1 when the tag is truncated, -2 when it is longer than 3 bytes.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="buffer"/> is <c>null</c>.</exception>
        public static int ReadTag(byte[] buffer, int position, int end, out int tag)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            tag = 0;
            if (end > buffer.Length)
            {
                end = buffer.Length;
            }

            if (position < 0 || position >= end)
            {
                return -1;
            }

            int first = buffer[position++];
            int value = first;
            if ((first & 0x1F) == 0x1F)
            {
                int subsequent = 0;
                while (true)
                {
                    if (position >= end)
                    {
                        return -1;
                    }

                    if (subsequent == 2)
                    {
                        return -2;
                    }

                    int next = buffer[position++];
                    value = (value << 8) | next;
                    subsequent++;
                    if ((next & 0x80) == 0)
                    {
                        break;
                    }
                }
            }

            tag = value;
            return position;
        }

        private bool ReadElement(int end)
        {
            // Padding between objects (EMV Book 3 Annex B; ISO/IEC 7816-4 also allows FFh).
            while (_position < end && (_buffer[_position] == 0x00 || _buffer[_position] == 0xFF))
            {
                _position++;
            }

            if (_position >= end)
            {
                return false;
            }

            int start = _position;
            int tag;
            int next = ReadTag(_buffer, _position, end, out tag);
            if (next < 0)
            {
                return Fail(next == -2 ? TlvError.TagTooLong : TlvError.TruncatedTag);
            }

            if (next >= end)
            {
                return Fail(TlvError.TruncatedLength);
            }

            int length = _buffer[next++];
            if (length == 0x80)
            {
                return Fail(TlvError.IndefiniteLength);
            }

            if (length > 0x80)
            {
                int lengthBytes = length & 0x7F;
                if (lengthBytes > 2)
                {
                    return Fail(TlvError.LengthTooLong);
                }

                if (next + lengthBytes > end)
                {
                    return Fail(TlvError.TruncatedLength);
                }

                length = 0;
                for (int i = 0; i < lengthBytes; i++)
                {
                    length = (length << 8) | _buffer[next++];
                }
            }

            if (length > end - next)
            {
                return Fail(TlvError.ValueOverflows);
            }

            Tag = tag;
            IsConstructed = (_buffer[start] & 0x20) != 0;
            ElementOffset = start;
            ValueOffset = next;
            ValueLength = length;
            ElementLength = next + length - start;
            _position = next + length;
            return true;
        }

        private bool Fail(TlvError error)
        {
            Error = error;
            return false;
        }
    }
}
