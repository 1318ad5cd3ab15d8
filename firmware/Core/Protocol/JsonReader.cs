using System;

namespace Terminal.Core.Protocol
{
    /// <summary>
    /// A bounded, pull-style JSON reader over a UTF-8 byte range (RFC 8259), for the host protocol's
    /// messages. It reads one token at a time and checks the grammar as it goes, so a decoder sees only
    /// well-formed tokens. Every problem throws <see cref="ProtocolException"/>: nothing else escapes
    /// for any input.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Bounds: the nesting depth (an iterative state stack, no recursion: a deeply nested input cannot
    /// overflow the stack), the length of every string in UTF-16 code units, and numbers, which must be
    /// integers that fit a <see cref="long"/> (the protocol has no floating point). Strings are strictly
    /// validated UTF-8 (no overlong forms, no encoded surrogates) with every JSON escape, including
    /// <c>\uXXXX</c> surrogate pairs; a lone surrogate is refused. Only whitespace may follow the root
    /// value.
    /// </para>
    /// <para>
    /// The typed helpers (<see cref="ReadString"/>, <see cref="ReadInteger"/>, ...) throw with the
    /// member's name and the <see cref="Context"/> in the message. One reader per message; not
    /// thread-safe. It allocates the strings it returns and one scratch buffer.
    /// </para>
    /// </remarks>
    public sealed class JsonReader
    {
        /// <summary>The nesting depth allowed when none is given: the protocol's messages need 3.</summary>
        public const int DefaultMaximumDepth = 8;

        /// <summary>The longest string allowed when no limit is given, in UTF-16 code units (the card payload's limit).</summary>
        public const int DefaultMaximumStringLength = 1024;

        // The grammar's states: what may come next.
        private const int StateValue = 0;
        private const int StateObjectStart = 1;
        private const int StateMemberName = 2;
        private const int StateArrayStart = 3;
        private const int StateAfterValue = 4;
        private const int StateEnd = 5;

        private const long MinimumDividedByTen = long.MinValue / 10;
        private const int MinimumLastDigit = 8;

        private readonly byte[] _buffer;
        private readonly int _start;
        private readonly int _end;
        private readonly int _maximumDepth;
        private readonly int _maximumStringLength;
        private readonly bool[] _containerIsObject;
        private char[] _chars;
        private int _position;
        private int _depth;
        private int _state;

        private bool _hasPeeked;
        private JsonTokenType _tokenType;
        private int _tokenOffset;
        private string _tokenString;
        private long _tokenNumber;

        /// <summary>Creates a reader with the default limits.</summary>
        /// <param name="buffer">The buffer holding the UTF-8 JSON text.</param>
        /// <param name="offset">Where the text starts.</param>
        /// <param name="count">The text's length in bytes.</param>
        /// <exception cref="ArgumentException">The range lies outside the buffer.</exception>
        public JsonReader(byte[] buffer, int offset, int count)
            : this(buffer, offset, count, DefaultMaximumDepth, DefaultMaximumStringLength)
        {
        }

        /// <summary>Creates a reader.</summary>
        /// <param name="buffer">The buffer holding the UTF-8 JSON text.</param>
        /// <param name="offset">Where the text starts.</param>
        /// <param name="count">The text's length in bytes.</param>
        /// <param name="maximumDepth">The deepest nesting of objects and arrays allowed, 1..64.</param>
        /// <param name="maximumStringLength">The longest string (member names included), in UTF-16 code units, 1 or more.</param>
        /// <exception cref="ArgumentException">The range lies outside the buffer or a limit is out of range.</exception>
        public JsonReader(byte[] buffer, int offset, int count, int maximumDepth, int maximumStringLength)
        {
            if (buffer == null || offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentException("JSON range lies outside its buffer");
            }

            if (maximumDepth < 1 || maximumDepth > 64 || maximumStringLength < 1)
            {
                throw new ArgumentException("JSON limits out of range");
            }

            _buffer = buffer;
            _start = offset;
            _position = offset;
            _end = offset + count;
            _maximumDepth = maximumDepth;
            _maximumStringLength = maximumStringLength;
            _containerIsObject = new bool[maximumDepth + 1];
            _state = StateValue;
            Context = "message";
        }

        /// <summary>
        /// Gets or sets the name of what is being decoded (e.g. "payment"), the first words of every
        /// error message the typed helpers throw.
        /// </summary>
        public string Context { get; set; }

        /// <summary>Gets the nesting depth after the last token: 0 outside the root value.</summary>
        public int Depth
        {
            get { return _depth; }
        }

        /// <summary>Gets the type of the last token read.</summary>
        public JsonTokenType TokenType
        {
            get { return _tokenType; }
        }

        /// <summary>Gets the byte offset of the last token read, from the start of the text.</summary>
        public int TokenOffset
        {
            get { return _tokenOffset; }
        }

        /// <summary>Gets the value of the last <see cref="JsonTokenType.String"/> or <see cref="JsonTokenType.PropertyName"/> token.</summary>
        public string StringValue
        {
            get { return _tokenString; }
        }

        /// <summary>Gets the value of the last <see cref="JsonTokenType.Number"/> token.</summary>
        public long NumberValue
        {
            get { return _tokenNumber; }
        }

        /// <summary>Reads the next token.</summary>
        /// <returns>Its type; <see cref="JsonTokenType.EndOfDocument"/> once the root value is complete.</returns>
        /// <exception cref="ProtocolException">The text is not valid JSON within the limits.</exception>
        public JsonTokenType Read()
        {
            if (_hasPeeked)
            {
                _hasPeeked = false;
                return _tokenType;
            }

            return NextToken(true);
        }

        /// <summary>Looks at the next token without consuming it: the next <see cref="Read"/> returns it.</summary>
        /// <returns>The next token's type.</returns>
        /// <exception cref="ProtocolException">The text is not valid JSON within the limits.</exception>
        public JsonTokenType Peek()
        {
            if (!_hasPeeked)
            {
                NextToken(true);
                _hasPeeked = true;
            }

            return _tokenType;
        }

        /// <summary>Skips the next value whole (an object or array with everything in it).</summary>
        /// <exception cref="ProtocolException">The value is not valid JSON within the limits.</exception>
        public void SkipValue()
        {
            JsonTokenType type = _hasPeeked ? Read() : NextToken(false);
            if (type != JsonTokenType.StartObject && type != JsonTokenType.StartArray)
            {
                return;
            }

            int outside = _depth - 1;
            while (_depth > outside)
            {
                NextToken(false);
            }
        }

        /// <summary>Reads the start of an object.</summary>
        /// <param name="member">The member holding the object, for the error message.</param>
        /// <exception cref="ProtocolException">The next value is not an object.</exception>
        public void ReadStartObject(string member)
        {
            JsonTokenType type = Read();
            if (type != JsonTokenType.StartObject)
            {
                throw WrongType(member, type, "an object");
            }
        }

        /// <summary>Reads the start of an object, or null.</summary>
        /// <param name="member">The member holding the object, for the error message.</param>
        /// <returns><c>true</c> at the start of an object; <c>false</c> for null.</returns>
        /// <exception cref="ProtocolException">The next value is neither an object nor null.</exception>
        public bool ReadStartObjectOrNull(string member)
        {
            JsonTokenType type = Read();
            if (type == JsonTokenType.Null)
            {
                return false;
            }

            if (type != JsonTokenType.StartObject)
            {
                throw WrongType(member, type, "an object or null");
            }

            return true;
        }

        /// <summary>Reads the next member name of the current object, or its end.</summary>
        /// <param name="name">The member's name; <c>null</c> at the object's end.</param>
        /// <returns><c>true</c> for a member (its value comes next); <c>false</c> at the object's end.</returns>
        /// <exception cref="ProtocolException">The text is not valid JSON within the limits.</exception>
        public bool ReadMemberName(out string name)
        {
            JsonTokenType type = Read();
            if (type == JsonTokenType.PropertyName)
            {
                name = _tokenString;
                return true;
            }

            if (type != JsonTokenType.EndObject)
            {
                // The grammar allows nothing else here; reaching this is a decoder bug.
                throw new InvalidOperationException("ReadMemberName called outside an object");
            }

            name = null;
            return false;
        }

        /// <summary>Reads the start of an array.</summary>
        /// <param name="member">The member holding the array, for the error message.</param>
        /// <exception cref="ProtocolException">The next value is not an array.</exception>
        public void ReadStartArray(string member)
        {
            JsonTokenType type = Read();
            if (type != JsonTokenType.StartArray)
            {
                throw WrongType(member, type, "an array");
            }
        }

        /// <summary>Consumes the end of the current array if it comes next.</summary>
        /// <returns><c>true</c> when the array ended; <c>false</c> when an element comes next.</returns>
        /// <exception cref="ProtocolException">The text is not valid JSON within the limits.</exception>
        public bool ReadEndOfArray()
        {
            if (Peek() == JsonTokenType.EndArray)
            {
                Read();
                return true;
            }

            return false;
        }

        /// <summary>Reads a string value that must not be null.</summary>
        /// <param name="member">The member's name, for the error message.</param>
        /// <param name="maximumLength">The member's limit in UTF-16 code units.</param>
        /// <returns>The string, possibly empty.</returns>
        /// <exception cref="ProtocolException">The value is not a string or is too long.</exception>
        public string ReadString(string member, int maximumLength)
        {
            JsonTokenType type = Read();
            if (type != JsonTokenType.String)
            {
                throw WrongType(member, type, "a string");
            }

            return CheckLength(member, maximumLength);
        }

        /// <summary>Reads a string value or null.</summary>
        /// <param name="member">The member's name, for the error message.</param>
        /// <param name="maximumLength">The member's limit in UTF-16 code units.</param>
        /// <returns>The string, or <c>null</c> for a JSON null.</returns>
        /// <exception cref="ProtocolException">The value is neither a string nor null, or is too long.</exception>
        public string ReadStringOrNull(string member, int maximumLength)
        {
            JsonTokenType type = Read();
            if (type == JsonTokenType.Null)
            {
                return null;
            }

            if (type != JsonTokenType.String)
            {
                throw WrongType(member, type, "a string or null");
            }

            return CheckLength(member, maximumLength);
        }

        /// <summary>Reads an integer value that must not be null.</summary>
        /// <param name="member">The member's name, for the error message.</param>
        /// <returns>The value.</returns>
        /// <exception cref="ProtocolException">The value is not an integer.</exception>
        public long ReadInteger(string member)
        {
            JsonTokenType type = Read();
            if (type != JsonTokenType.Number)
            {
                throw WrongType(member, type, "an integer");
            }

            return _tokenNumber;
        }

        /// <summary>Reads an integer value or null.</summary>
        /// <param name="member">The member's name, for the error message.</param>
        /// <param name="value">The value; 0 for null.</param>
        /// <returns><c>true</c> for an integer; <c>false</c> for null.</returns>
        /// <exception cref="ProtocolException">The value is neither an integer nor null.</exception>
        public bool ReadIntegerOrNull(string member, out long value)
        {
            JsonTokenType type = Read();
            value = 0;
            if (type == JsonTokenType.Null)
            {
                return false;
            }

            if (type != JsonTokenType.Number)
            {
                throw WrongType(member, type, "an integer or null");
            }

            value = _tokenNumber;
            return true;
        }

        /// <summary>Reads an integer value that must lie in a range.</summary>
        /// <param name="member">The member's name, for the error message.</param>
        /// <param name="minimum">The smallest allowed value.</param>
        /// <param name="maximum">The largest allowed value.</param>
        /// <returns>The value.</returns>
        /// <exception cref="ProtocolException">The value is not an integer or lies outside the range.</exception>
        public long ReadIntegerInRange(string member, long minimum, long maximum)
        {
            long value = ReadInteger(member);
            if (value < minimum || value > maximum)
            {
                throw Problem(
                    ProtocolError.UnexpectedValue,
                    member,
                    "'" + member + "' is " + value.ToString() + ", outside " + minimum.ToString() + ".." + maximum.ToString());
            }

            return value;
        }

        /// <summary>Reads true or false.</summary>
        /// <param name="member">The member's name, for the error message.</param>
        /// <returns>The value.</returns>
        /// <exception cref="ProtocolException">The value is not a boolean.</exception>
        public bool ReadBoolean(string member)
        {
            JsonTokenType type = Read();
            if (type == JsonTokenType.True)
            {
                return true;
            }

            if (type == JsonTokenType.False)
            {
                return false;
            }

            throw WrongType(member, type, "true or false");
        }

        /// <summary>Checks that only whitespace follows the root value.</summary>
        /// <exception cref="ProtocolException">Anything else follows it.</exception>
        public void ReadEndOfDocument()
        {
            JsonTokenType type = Read();
            if (type != JsonTokenType.EndOfDocument)
            {
                throw Problem(ProtocolError.Malformed, null, "unexpected " + Describe(type) + " at byte " + _tokenOffset.ToString());
            }
        }

        /// <summary>Creates the exception for a member problem, prefixed with <see cref="Context"/>.</summary>
        /// <param name="error">The kind of problem.</param>
        /// <param name="member">The member to blame, or <c>null</c>.</param>
        /// <param name="text">What is wrong, e.g. "'status' has unknown value 'x'".</param>
        /// <returns>The exception, for the caller to throw.</returns>
        public ProtocolException Problem(ProtocolError error, string member, string text)
        {
            return new ProtocolException(error, member, Context + ": " + text);
        }

        /// <summary>Creates the exception for a required member that never came.</summary>
        /// <param name="member">The member's name.</param>
        /// <returns>The exception, for the caller to throw.</returns>
        public ProtocolException Missing(string member)
        {
            return Problem(ProtocolError.MissingMember, member, "member '" + member + "' is missing");
        }

        /// <summary>
        /// Records that a member was seen, and throws if it was seen before: a repeated member would
        /// leave the meaning to whichever copy a parser keeps.
        /// </summary>
        /// <param name="seen">The bit set of members seen so far.</param>
        /// <param name="bit">This member's bit.</param>
        /// <param name="member">This member's name.</param>
        /// <returns>The updated bit set.</returns>
        /// <exception cref="ProtocolException">The member appears a second time.</exception>
        public int MarkSeen(int seen, int bit, string member)
        {
            if ((seen & bit) != 0)
            {
                throw Problem(ProtocolError.Malformed, member, "member '" + member + "' appears twice");
            }

            return seen | bit;
        }

        private string CheckLength(string member, int maximumLength)
        {
            if (_tokenString.Length > maximumLength)
            {
                throw Problem(
                    ProtocolError.Oversized,
                    member,
                    "'" + member + "' is longer than " + maximumLength.ToString() + " characters");
            }

            return _tokenString;
        }

        private ProtocolException WrongType(string member, JsonTokenType found, string expected)
        {
            if (found == JsonTokenType.Null)
            {
                return Problem(ProtocolError.UnexpectedValue, member, "'" + member + "' is null, expected " + expected);
            }

            return Problem(ProtocolError.UnexpectedValue, member, "'" + member + "' is " + Describe(found) + ", expected " + expected);
        }

        private static string Describe(JsonTokenType type)
        {
            switch (type)
            {
                case JsonTokenType.StartObject:
                    return "an object";
                case JsonTokenType.EndObject:
                    return "'}'";
                case JsonTokenType.StartArray:
                    return "an array";
                case JsonTokenType.EndArray:
                    return "']'";
                case JsonTokenType.PropertyName:
                    return "a member name";
                case JsonTokenType.String:
                    return "a string";
                case JsonTokenType.Number:
                    return "a number";
                case JsonTokenType.True:
                case JsonTokenType.False:
                    return "a boolean";
                case JsonTokenType.Null:
                    return "null";
                default:
                    return "the end";
            }
        }

        private JsonTokenType NextToken(bool keepStrings)
        {
            _tokenString = null;
            while (true)
            {
                SkipWhitespace();
                _tokenOffset = _position - _start;
                if (_position >= _end)
                {
                    if (_state == StateEnd)
                    {
                        return Token(JsonTokenType.EndOfDocument);
                    }

                    throw Syntax(ProtocolError.Truncated, "JSON ends early");
                }

                int c = _buffer[_position];
                switch (_state)
                {
                    case StateEnd:
                        throw Syntax(ProtocolError.Malformed, "unexpected data after the JSON value");

                    case StateObjectStart:
                        if (c == '}')
                        {
                            _position++;
                            return CloseContainer(JsonTokenType.EndObject);
                        }

                        if (c == '"')
                        {
                            return ReadMemberNameToken(keepStrings);
                        }

                        throw Syntax(ProtocolError.Malformed, "expected a member name or '}'");

                    case StateMemberName:
                        if (c == '"')
                        {
                            return ReadMemberNameToken(keepStrings);
                        }

                        throw Syntax(ProtocolError.Malformed, "expected a member name");

                    case StateArrayStart:
                        if (c == ']')
                        {
                            _position++;
                            return CloseContainer(JsonTokenType.EndArray);
                        }

                        return ReadValueToken(c, keepStrings);

                    case StateAfterValue:
                        bool inObject = _containerIsObject[_depth];
                        if (c == ',')
                        {
                            _position++;
                            _state = inObject ? StateMemberName : StateValue;
                            continue;
                        }

                        if (inObject && c == '}')
                        {
                            _position++;
                            return CloseContainer(JsonTokenType.EndObject);
                        }

                        if (!inObject && c == ']')
                        {
                            _position++;
                            return CloseContainer(JsonTokenType.EndArray);
                        }

                        throw Syntax(ProtocolError.Malformed, inObject ? "expected ',' or '}'" : "expected ',' or ']'");

                    default:
                        return ReadValueToken(c, keepStrings);
                }
            }
        }

        private JsonTokenType Token(JsonTokenType type)
        {
            _tokenType = type;
            return type;
        }

        private void SkipWhitespace()
        {
            while (_position < _end)
            {
                int c = _buffer[_position];
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                {
                    return;
                }

                _position++;
            }
        }

        private JsonTokenType ReadMemberNameToken(bool keepStrings)
        {
            _tokenString = ReadStringToken(keepStrings);
            SkipWhitespace();
            if (_position >= _end)
            {
                throw Syntax(ProtocolError.Truncated, "JSON ends after a member name");
            }

            if (_buffer[_position] != ':')
            {
                throw Syntax(ProtocolError.Malformed, "expected ':' after a member name");
            }

            _position++;
            _state = StateValue;
            return Token(JsonTokenType.PropertyName);
        }

        private JsonTokenType ReadValueToken(int c, bool keepStrings)
        {
            if (c == '{' || c == '[')
            {
                if (_depth >= _maximumDepth)
                {
                    throw Syntax(ProtocolError.Oversized, "JSON nests deeper than " + _maximumDepth.ToString() + " levels");
                }

                _position++;
                _depth++;
                bool isObject = c == '{';
                _containerIsObject[_depth] = isObject;
                _state = isObject ? StateObjectStart : StateArrayStart;
                return Token(isObject ? JsonTokenType.StartObject : JsonTokenType.StartArray);
            }

            JsonTokenType type;
            if (c == '"')
            {
                _tokenString = ReadStringToken(keepStrings);
                type = JsonTokenType.String;
            }
            else if (c == '-' || (c >= '0' && c <= '9'))
            {
                _tokenNumber = ReadNumberToken();
                type = JsonTokenType.Number;
            }
            else if (c == 't')
            {
                ReadLiteral("true");
                type = JsonTokenType.True;
            }
            else if (c == 'f')
            {
                ReadLiteral("false");
                type = JsonTokenType.False;
            }
            else if (c == 'n')
            {
                ReadLiteral("null");
                type = JsonTokenType.Null;
            }
            else
            {
                throw Syntax(ProtocolError.Malformed, "unexpected character");
            }

            _state = _depth == 0 ? StateEnd : StateAfterValue;
            return Token(type);
        }

        private JsonTokenType CloseContainer(JsonTokenType type)
        {
            _depth--;
            _state = _depth == 0 ? StateEnd : StateAfterValue;
            return Token(type);
        }

        private void ReadLiteral(string literal)
        {
            for (int i = 0; i < literal.Length; i++)
            {
                if (_position >= _end)
                {
                    throw Syntax(ProtocolError.Truncated, "JSON ends inside '" + literal + "'");
                }

                if (_buffer[_position] != literal[i])
                {
                    throw Syntax(ProtocolError.Malformed, "invalid literal, expected '" + literal + "'");
                }

                _position++;
            }
        }

        private long ReadNumberToken()
        {
            bool negative = false;
            if (_buffer[_position] == '-')
            {
                negative = true;
                _position++;
            }

            if (_position >= _end)
            {
                throw Syntax(ProtocolError.Truncated, "JSON ends inside a number");
            }

            int c = _buffer[_position];
            if (c < '0' || c > '9')
            {
                throw Syntax(ProtocolError.Malformed, "a number needs a digit");
            }

            // Accumulated as a negative number so that long.MinValue fits.
            long value = 0;
            if (c == '0')
            {
                _position++;
                if (_position < _end && _buffer[_position] >= '0' && _buffer[_position] <= '9')
                {
                    throw Syntax(ProtocolError.Malformed, "a number has a leading zero");
                }
            }
            else
            {
                while (_position < _end && _buffer[_position] >= '0' && _buffer[_position] <= '9')
                {
                    int digit = _buffer[_position] - '0';
                    if (value < MinimumDividedByTen || (value == MinimumDividedByTen && digit > MinimumLastDigit))
                    {
                        throw Syntax(ProtocolError.Oversized, "a number is out of range");
                    }

                    value = (value * 10) - digit;
                    _position++;
                }
            }

            if (_position < _end)
            {
                int next = _buffer[_position];
                if (next == '.' || next == 'e' || next == 'E')
                {
                    throw Syntax(ProtocolError.UnexpectedValue, "numbers must be integers");
                }
            }

            if (negative)
            {
                return value;
            }

            if (value == long.MinValue)
            {
                throw Syntax(ProtocolError.Oversized, "a number is out of range");
            }

            return -value;
        }

        private string ReadStringToken(bool keep)
        {
            _position++;
            int length = 0;
            char[] chars = null;
            if (keep)
            {
                if (_chars == null)
                {
                    // Each character takes at least one byte, so the text's length bounds the scratch buffer.
                    int count = _end - _start;
                    _chars = new char[count < _maximumStringLength ? count : _maximumStringLength];
                }

                chars = _chars;
            }

            while (true)
            {
                if (_position >= _end)
                {
                    throw Syntax(ProtocolError.Truncated, "JSON ends inside a string");
                }

                int b = _buffer[_position];
                if (b == '"')
                {
                    _position++;
                    break;
                }

                if (b == '\\')
                {
                    length = ReadEscape(chars, length);
                }
                else if (b < 0x20)
                {
                    throw Syntax(ProtocolError.Malformed, "a control character in a string must be escaped");
                }
                else if (b < 0x80)
                {
                    length = Append(chars, length, b);
                    _position++;
                }
                else
                {
                    length = ReadUtf8(chars, length);
                }
            }

            if (!keep)
            {
                return null;
            }

            return length == 0 ? string.Empty : new string(chars, 0, length);
        }

        private int Append(char[] chars, int length, int codeUnit)
        {
            if (length >= _maximumStringLength)
            {
                throw Syntax(ProtocolError.Oversized, "a string is longer than " + _maximumStringLength.ToString() + " characters");
            }

            if (chars != null)
            {
                chars[length] = (char)codeUnit;
            }

            return length + 1;
        }

        private int ReadEscape(char[] chars, int length)
        {
            _position++;
            if (_position >= _end)
            {
                throw Syntax(ProtocolError.Truncated, "JSON ends inside an escape");
            }

            int e = _buffer[_position];
            _position++;
            switch (e)
            {
                case '"':
                case '\\':
                case '/':
                    return Append(chars, length, e);
                case 'b':
                    return Append(chars, length, '\b');
                case 'f':
                    return Append(chars, length, '\f');
                case 'n':
                    return Append(chars, length, '\n');
                case 'r':
                    return Append(chars, length, '\r');
                case 't':
                    return Append(chars, length, '\t');
                case 'u':
                    break;
                default:
                    throw Syntax(ProtocolError.Malformed, "invalid escape in a string");
            }

            int unit = ReadHex4();
            if (unit >= 0xDC00 && unit <= 0xDFFF)
            {
                throw Syntax(ProtocolError.Malformed, "a low surrogate escape without a high one");
            }

            if (unit < 0xD800 || unit > 0xDBFF)
            {
                return Append(chars, length, unit);
            }

            // A high surrogate must be followed at once by an escaped low surrogate.
            for (int i = 0; i < 2; i++)
            {
                if (_position >= _end)
                {
                    throw Syntax(ProtocolError.Truncated, "JSON ends inside a surrogate pair");
                }

                if (_buffer[_position] != (i == 0 ? '\\' : 'u'))
                {
                    throw Syntax(ProtocolError.Malformed, "a high surrogate escape without a low one");
                }

                _position++;
            }

            int low = ReadHex4();
            if (low < 0xDC00 || low > 0xDFFF)
            {
                throw Syntax(ProtocolError.Malformed, "a high surrogate escape without a low one");
            }

            length = Append(chars, length, unit);
            return Append(chars, length, low);
        }

        private int ReadHex4()
        {
            int value = 0;
            for (int i = 0; i < 4; i++)
            {
                if (_position >= _end)
                {
                    throw Syntax(ProtocolError.Truncated, "JSON ends inside a \\u escape");
                }

                int c = _buffer[_position];
                int digit;
                if (c >= '0' && c <= '9')
                {
                    digit = c - '0';
                }
                else if (c >= 'a' && c <= 'f')
                {
                    digit = c - 'a' + 10;
                }
                else if (c >= 'A' && c <= 'F')
                {
                    digit = c - 'A' + 10;
                }
                else
                {
                    throw Syntax(ProtocolError.Malformed, "a \\u escape needs four hex digits");
                }

                value = (value << 4) | digit;
                _position++;
            }

            return value;
        }

        private int ReadUtf8(char[] chars, int length)
        {
            int lead = _buffer[_position];
            int continuation;
            int codePoint;
            if (lead >= 0xC2 && lead <= 0xDF)
            {
                continuation = 1;
                codePoint = lead & 0x1F;
            }
            else if (lead >= 0xE0 && lead <= 0xEF)
            {
                continuation = 2;
                codePoint = lead & 0x0F;
            }
            else if (lead >= 0xF0 && lead <= 0xF4)
            {
                continuation = 3;
                codePoint = lead & 0x07;
            }
            else
            {
                throw Syntax(ProtocolError.Malformed, "invalid UTF-8");
            }

            for (int i = 1; i <= continuation; i++)
            {
                if (_position + i >= _end)
                {
                    throw Syntax(ProtocolError.Truncated, "JSON ends inside a UTF-8 sequence");
                }

                int b = _buffer[_position + i];
                if ((b & 0xC0) != 0x80)
                {
                    throw Syntax(ProtocolError.Malformed, "invalid UTF-8");
                }

                codePoint = (codePoint << 6) | (b & 0x3F);
            }

            // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 (RFC 3629).
            bool valid = continuation == 1
                || (continuation == 2 && codePoint >= 0x800 && (codePoint < 0xD800 || codePoint > 0xDFFF))
                || (continuation == 3 && codePoint >= 0x10000 && codePoint <= 0x10FFFF);
            if (!valid)
            {
                throw Syntax(ProtocolError.Malformed, "invalid UTF-8");
            }

            _position += continuation + 1;
            if (codePoint < 0x10000)
            {
                return Append(chars, length, codePoint);
            }

            codePoint -= 0x10000;
            length = Append(chars, length, 0xD800 + (codePoint >> 10));
            return Append(chars, length, 0xDC00 + (codePoint & 0x3FF));
        }

        private ProtocolException Syntax(ProtocolError error, string text)
        {
            return new ProtocolException(error, null, Context + ": " + text + " at byte " + (_position - _start).ToString());
        }
    }
}
