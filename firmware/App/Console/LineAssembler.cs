using System;
using System.Text;

namespace Terminal.App.Console
{
    /// <summary>
    /// Turns the bytes of a connection into request lines, whatever the reads split them into: a line ends at
    /// <c>\n</c> (a <c>\r</c> just before it is dropped); it may be at most <see cref="MaximumLineBytes"/> bytes;
    /// it must be valid UTF-8 with no control bytes (tab counts as a space). A bad line is reported once and
    /// discarded to its newline, so one bad line never poisons the next. A half-sent line is held until its
    /// newline (the session's idle timeout discards it).
    /// </summary>
    /// <remarks>Allocates only the string of a finished line. Not thread-safe.</remarks>
    public sealed class LineAssembler
    {
        /// <summary>The longest line accepted, in bytes, without its line end.</summary>
        public const int MaximumLineBytes = 200;

        private readonly byte[] _buffer = new byte[MaximumLineBytes + 1];
        private int _length;
        private bool _tooLong;
        private int _controlByte;

        /// <summary>Gets the last finished line (after <see cref="LineStatus.Line"/>); empty before.</summary>
        public string Line { get; private set; } = string.Empty;

        /// <summary>Gets the first control byte of the last <see cref="LineStatus.ControlByte"/> line, 0..255.</summary>
        public int ControlByteValue
        {
            get { return _controlByte; }
        }

        /// <summary>Gets whether part of a line is held (bytes since the last newline).</summary>
        public bool HasPartialLine
        {
            get { return _length > 0 || _tooLong; }
        }

        /// <summary>Forgets a half-received line.</summary>
        public void Reset()
        {
            _length = 0;
            _tooLong = false;
        }

        /// <summary>Feeds one byte.</summary>
        /// <param name="value">The byte.</param>
        /// <returns>What it completed.</returns>
        public LineStatus Feed(byte value)
        {
            if (value == (byte)'\n')
            {
                return EndLine();
            }

            if (_tooLong)
            {
                return LineStatus.Pending;
            }

            if (_length == _buffer.Length)
            {
                // One byte more than the limit is held for a CR before the newline; anything beyond is too long.
                _tooLong = true;
                _length = 0;
                return LineStatus.TooLong;
            }

            _buffer[_length++] = value;
            return LineStatus.Pending;
        }

        private LineStatus EndLine()
        {
            if (_tooLong)
            {
                // Already reported at the limit; this newline ends the discarded line.
                Reset();
                return LineStatus.Pending;
            }

            int length = _length;
            _length = 0;
            if (length > 0 && _buffer[length - 1] == (byte)'\r')
            {
                length--;
            }

            if (length > MaximumLineBytes)
            {
                return LineStatus.TooLong;
            }

            for (int i = 0; i < length; i++)
            {
                byte b = _buffer[i];
                if (b == (byte)'\t')
                {
                    _buffer[i] = (byte)' ';
                }
                else if (b < 0x20 || b == 0x7F)
                {
                    _controlByte = b;
                    return LineStatus.ControlByte;
                }
            }

            if (!IsValidUtf8(_buffer, length))
            {
                return LineStatus.BadEncoding;
            }

            Line = length == 0 ? string.Empty : new string(Encoding.UTF8.GetChars(_buffer, 0, length));
            return LineStatus.Line;
        }

        /// <summary>
        /// Checks UTF-8 strictly (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF, no cut
        /// sequence. Done by hand because nanoFramework's decoder substitutes instead of rejecting.
        /// </summary>
        /// <param name="bytes">The bytes.</param>
        /// <param name="count">How many, from index 0.</param>
        /// <returns><c>true</c> when valid.</returns>
        public static bool IsValidUtf8(byte[] bytes, int count)
        {
            if (bytes == null || count < 0 || count > bytes.Length)
            {
                throw new ArgumentException("UTF-8 range");
            }

            int i = 0;
            while (i < count)
            {
                int b = bytes[i];
                if (b < 0x80)
                {
                    i++;
                    continue;
                }

                int needed;
                int minimum;
                int codePoint;
                if (b >= 0xC2 && b <= 0xDF)
                {
                    needed = 1;
                    minimum = 0x80;
                    codePoint = b & 0x1F;
                }
                else if (b >= 0xE0 && b <= 0xEF)
                {
                    needed = 2;
                    minimum = 0x800;
                    codePoint = b & 0x0F;
                }
                else if (b >= 0xF0 && b <= 0xF4)
                {
                    needed = 3;
                    minimum = 0x10000;
                    codePoint = b & 0x07;
                }
                else
                {
                    return false;
                }

                if (i + needed >= count)
                {
                    return false;
                }

                for (int k = 1; k <= needed; k++)
                {
                    int next = bytes[i + k];
                    if ((next & 0xC0) != 0x80)
                    {
                        return false;
                    }

                    codePoint = (codePoint << 6) | (next & 0x3F);
                }

                if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
                {
                    return false;
                }

                i += needed + 1;
            }

            return true;
        }
    }
}
