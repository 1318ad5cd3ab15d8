using System;

namespace Terminal.Core.Protocol
{
    /// <summary>
    /// Writes compact UTF-8 JSON into a caller-owned buffer, with bounds checks and no allocation:
    /// commas, quoting and escaping are its job, the order of members is the caller's. Integers only:
    /// the protocol has no floating point.
    /// </summary>
    /// <remarks>
    /// Every misuse is a programming error and throws: text that does not fit the buffer or holds a
    /// lone UTF-16 surrogate (<see cref="ArgumentException"/>), a member name outside an object or a
    /// value where a name is due (<see cref="InvalidOperationException"/>). Not thread-safe.
    /// </remarks>
    public sealed class JsonWriter
    {
        /// <summary>The deepest nesting the writer supports.</summary>
        public const int MaximumDepth = 16;

        private readonly bool[] _isObject = new bool[MaximumDepth + 1];
        private readonly bool[] _hasElements = new bool[MaximumDepth + 1];
        private readonly byte[] _digits = new byte[20];
        private byte[] _buffer;
        private int _start;
        private int _limit;
        private int _position;
        private int _depth;
        private bool _afterName;

        /// <summary>Points the writer at a region of a buffer and forgets what was written before.</summary>
        /// <param name="buffer">The buffer.</param>
        /// <param name="offset">Where the JSON starts.</param>
        /// <param name="capacity">The most bytes the JSON may take.</param>
        /// <exception cref="ArgumentException">The region lies outside the buffer.</exception>
        public void Reset(byte[] buffer, int offset, int capacity)
        {
            if (buffer == null || offset < 0 || capacity < 0 || offset > buffer.Length - capacity)
            {
                throw new ArgumentException("JSON region lies outside its buffer");
            }

            _buffer = buffer;
            _start = offset;
            _position = offset;
            _limit = offset + capacity;
            _depth = 0;
            _afterName = false;
            _hasElements[0] = false;
        }

        /// <summary>Gets the bytes written since <see cref="Reset"/>.</summary>
        public int Length
        {
            get { return _position - _start; }
        }

        /// <summary>Gets whether every object and array opened has been closed and a root value written.</summary>
        public bool IsComplete
        {
            get { return _depth == 0 && _hasElements[0] && !_afterName; }
        }

        /// <summary>Writes '{'.</summary>
        public void WriteStartObject()
        {
            Open(true, '{');
        }

        /// <summary>Writes '}'.</summary>
        public void WriteEndObject()
        {
            Close(true, '}');
        }

        /// <summary>Writes '['.</summary>
        public void WriteStartArray()
        {
            Open(false, '[');
        }

        /// <summary>Writes ']'.</summary>
        public void WriteEndArray()
        {
            Close(false, ']');
        }

        /// <summary>Writes a member name and its ':'; the member's value comes next.</summary>
        /// <param name="name">The name.</param>
        public void WritePropertyName(string name)
        {
            if (_depth == 0 || !_isObject[_depth] || _afterName)
            {
                throw new InvalidOperationException("a member name belongs directly inside an object");
            }

            if (name == null)
            {
                throw new ArgumentException("a member name is needed");
            }

            if (_hasElements[_depth])
            {
                Put(',');
            }

            _hasElements[_depth] = true;
            WriteQuoted(name);
            Put(':');
            _afterName = true;
        }

        /// <summary>Writes a string value, escaped; <c>null</c> is written as null.</summary>
        /// <param name="value">The text.</param>
        public void WriteString(string value)
        {
            BeforeValue();
            if (value == null)
            {
                PutAscii("null");
                return;
            }

            WriteQuoted(value);
        }

        /// <summary>Writes an integer value.</summary>
        /// <param name="value">The value.</param>
        public void WriteNumber(long value)
        {
            BeforeValue();

            // Digits are produced from the negative value so that long.MinValue needs no special case.
            long negative = value < 0 ? value : -value;
            int count = 0;
            do
            {
                _digits[count++] = (byte)('0' - (int)(negative % 10));
                negative /= 10;
            }
            while (negative != 0);

            Ensure(count + (value < 0 ? 1 : 0));
            if (value < 0)
            {
                _buffer[_position++] = (byte)'-';
            }

            while (count > 0)
            {
                _buffer[_position++] = _digits[--count];
            }
        }

        /// <summary>Writes true or false.</summary>
        /// <param name="value">The value.</param>
        public void WriteBoolean(bool value)
        {
            BeforeValue();
            PutAscii(value ? "true" : "false");
        }

        /// <summary>Writes null.</summary>
        public void WriteNull()
        {
            BeforeValue();
            PutAscii("null");
        }

        /// <summary>Writes a member with a string value (null is written as null).</summary>
        /// <param name="name">The member's name.</param>
        /// <param name="value">The text, or <c>null</c>.</param>
        public void WriteString(string name, string value)
        {
            WritePropertyName(name);
            WriteString(value);
        }

        /// <summary>Writes a member with an integer value.</summary>
        /// <param name="name">The member's name.</param>
        /// <param name="value">The value.</param>
        public void WriteNumber(string name, long value)
        {
            WritePropertyName(name);
            WriteNumber(value);
        }

        /// <summary>Writes a member with a boolean value.</summary>
        /// <param name="name">The member's name.</param>
        /// <param name="value">The value.</param>
        public void WriteBoolean(string name, bool value)
        {
            WritePropertyName(name);
            WriteBoolean(value);
        }

        /// <summary>Writes a member whose value is null.</summary>
        /// <param name="name">The member's name.</param>
        public void WriteNull(string name)
        {
            WritePropertyName(name);
            WriteNull();
        }

        private void Open(bool isObject, char bracket)
        {
            BeforeValue();
            if (_depth >= MaximumDepth)
            {
                throw new InvalidOperationException("JSON nests deeper than " + MaximumDepth.ToString() + " levels");
            }

            Put(bracket);
            _depth++;
            _isObject[_depth] = isObject;
            _hasElements[_depth] = false;
        }

        private void Close(bool isObject, char bracket)
        {
            if (_depth == 0 || _isObject[_depth] != isObject || _afterName)
            {
                throw new InvalidOperationException("'" + bracket.ToString() + "' does not close the open container");
            }

            Put(bracket);
            _depth--;
        }

        private void BeforeValue()
        {
            if (_afterName)
            {
                _afterName = false;
                return;
            }

            if (_depth == 0)
            {
                if (_hasElements[0])
                {
                    throw new InvalidOperationException("JSON has one root value");
                }

                _hasElements[0] = true;
                return;
            }

            if (_isObject[_depth])
            {
                throw new InvalidOperationException("a value inside an object needs a member name first");
            }

            if (_hasElements[_depth])
            {
                Put(',');
            }

            _hasElements[_depth] = true;
        }

        private void WriteQuoted(string text)
        {
            Put('"');
            for (int i = 0; i < text.Length; i++)
            {
                int c = text[i];
                if (c == '"' || c == '\\')
                {
                    Ensure(2);
                    _buffer[_position++] = (byte)'\\';
                    _buffer[_position++] = (byte)c;
                }
                else if (c < 0x20)
                {
                    WriteControl(c);
                }
                else if (c < 0x80)
                {
                    Put(c);
                }
                else if (c < 0x800)
                {
                    Ensure(2);
                    _buffer[_position++] = (byte)(0xC0 | (c >> 6));
                    _buffer[_position++] = (byte)(0x80 | (c & 0x3F));
                }
                else if (c >= 0xD800 && c <= 0xDFFF)
                {
                    int low = i + 1 < text.Length ? text[i + 1] : 0;
                    if (c > 0xDBFF || low < 0xDC00 || low > 0xDFFF)
                    {
                        throw new ArgumentException("text holds a lone UTF-16 surrogate");
                    }

                    int codePoint = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                    Ensure(4);
                    _buffer[_position++] = (byte)(0xF0 | (codePoint >> 18));
                    _buffer[_position++] = (byte)(0x80 | ((codePoint >> 12) & 0x3F));
                    _buffer[_position++] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
                    _buffer[_position++] = (byte)(0x80 | (codePoint & 0x3F));
                    i++;
                }
                else
                {
                    Ensure(3);
                    _buffer[_position++] = (byte)(0xE0 | (c >> 12));
                    _buffer[_position++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    _buffer[_position++] = (byte)(0x80 | (c & 0x3F));
                }
            }

            Put('"');
        }

        private void WriteControl(int c)
        {
            int shortForm;
            switch (c)
            {
                case '\b':
                    shortForm = 'b';
                    break;
                case '\f':
                    shortForm = 'f';
                    break;
                case '\n':
                    shortForm = 'n';
                    break;
                case '\r':
                    shortForm = 'r';
                    break;
                case '\t':
                    shortForm = 't';
                    break;
                default:
                    shortForm = 0;
                    break;
            }

            if (shortForm != 0)
            {
                Ensure(2);
                _buffer[_position++] = (byte)'\\';
                _buffer[_position++] = (byte)shortForm;
                return;
            }

            Ensure(6);
            _buffer[_position++] = (byte)'\\';
            _buffer[_position++] = (byte)'u';
            _buffer[_position++] = (byte)'0';
            _buffer[_position++] = (byte)'0';
            _buffer[_position++] = (byte)HexDigit(c >> 4);
            _buffer[_position++] = (byte)HexDigit(c & 0xF);
        }

        private static int HexDigit(int value)
        {
            return value < 10 ? '0' + value : 'a' + value - 10;
        }

        private void PutAscii(string text)
        {
            Ensure(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                _buffer[_position++] = (byte)text[i];
            }
        }

        private void Put(int c)
        {
            Ensure(1);
            _buffer[_position++] = (byte)c;
        }

        private void Ensure(int count)
        {
            if (_buffer == null)
            {
                throw new InvalidOperationException("Reset the writer before writing");
            }

            if (_position + count > _limit)
            {
                throw new ArgumentException("JSON exceeds " + (_limit - _start).ToString() + " bytes");
            }
        }
    }
}
