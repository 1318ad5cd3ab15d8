using System;
using System.Text;

namespace Terminal.App.Console
{
    /// <summary>
    /// Builds the one-line JSON object a command prints under <c>--json</c>: commas, quoting and escaping are its
    /// job, field order the caller's. Field names are part of the console's contract with machines (see the
    /// README): snake_case, stable. Integers and strings only; times as ISO 8601 text.
    /// </summary>
    /// <remarks>Misuse (a name outside an object, unbalanced ends) is a programming error and throws.</remarks>
    public sealed class ConsoleJson
    {
        private const int MaximumDepth = 8;

        private readonly StringBuilder _text = new StringBuilder(256);
        private readonly bool[] _hasElements = new bool[MaximumDepth + 1];
        private readonly bool[] _isObject = new bool[MaximumDepth + 1];
        private int _depth;
        private bool _afterName;

        /// <summary>Opens an object (as a value, or the root).</summary>
        /// <returns>This builder.</returns>
        public ConsoleJson BeginObject()
        {
            return Open('{', true);
        }

        /// <summary>Opens an object as a named member.</summary>
        /// <param name="name">The member name.</param>
        /// <returns>This builder.</returns>
        public ConsoleJson BeginObject(string name)
        {
            return Name(name).Open('{', true);
        }

        /// <summary>Closes the innermost object.</summary>
        /// <returns>This builder.</returns>
        public ConsoleJson EndObject()
        {
            return Close('}', true);
        }

        /// <summary>Opens an array as a named member.</summary>
        /// <param name="name">The member name.</param>
        /// <returns>This builder.</returns>
        public ConsoleJson BeginArray(string name)
        {
            return Name(name).Open('[', false);
        }

        /// <summary>Closes the innermost array.</summary>
        /// <returns>This builder.</returns>
        public ConsoleJson EndArray()
        {
            return Close(']', false);
        }

        /// <summary>Writes a string member.</summary>
        /// <param name="name">The member name.</param>
        /// <param name="value">The value; <c>null</c> writes <c>null</c>.</param>
        /// <returns>This builder.</returns>
        public ConsoleJson String(string name, string value)
        {
            return Name(name).StringValue(value);
        }

        /// <summary>Writes a number member.</summary>
        /// <param name="name">The member name.</param>
        /// <param name="value">The value.</param>
        /// <returns>This builder.</returns>
        public ConsoleJson Number(string name, long value)
        {
            Name(name);
            BeforeValue();
            _text.Append(value.ToString());
            return this;
        }

        /// <summary>Writes a boolean member.</summary>
        /// <param name="name">The member name.</param>
        /// <param name="value">The value.</param>
        /// <returns>This builder.</returns>
        public ConsoleJson Boolean(string name, bool value)
        {
            Name(name);
            BeforeValue();
            _text.Append(value ? "true" : "false");
            return this;
        }

        /// <summary>Writes a string as an array element.</summary>
        /// <param name="value">The value.</param>
        /// <returns>This builder.</returns>
        public ConsoleJson StringValue(string value)
        {
            BeforeValue();
            if (value == null)
            {
                _text.Append("null");
                return this;
            }

            _text.Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c == '"' || c == '\\')
                {
                    _text.Append('\\');
                    _text.Append(c);
                }
                else if (c < ' ')
                {
                    _text.Append("\\u00");
                    _text.Append(HexDigit(c >> 4));
                    _text.Append(HexDigit(c & 0xF));
                }
                else
                {
                    _text.Append(c);
                }
            }

            _text.Append('"');
            return this;
        }

        /// <summary>Gives the JSON written so far; complete once every object is closed.</summary>
        /// <returns>The text, one line.</returns>
        public override string ToString()
        {
            return _text.ToString();
        }

        private ConsoleJson Name(string name)
        {
            if (_depth == 0 || !_isObject[_depth] || _afterName)
            {
                throw new InvalidOperationException("JSON member name outside an object");
            }

            if (_hasElements[_depth])
            {
                _text.Append(',');
            }

            _hasElements[_depth] = true;
            _text.Append('"');
            _text.Append(name);
            _text.Append("\":");
            _afterName = true;
            return this;
        }

        private void BeforeValue()
        {
            if (_afterName)
            {
                _afterName = false;
                return;
            }

            if (_depth > 0)
            {
                if (_isObject[_depth])
                {
                    throw new InvalidOperationException("JSON value without a name inside an object");
                }

                if (_hasElements[_depth])
                {
                    _text.Append(',');
                }

                _hasElements[_depth] = true;
            }
        }

        private ConsoleJson Open(char bracket, bool isObject)
        {
            BeforeValue();
            if (_depth == MaximumDepth)
            {
                throw new InvalidOperationException("JSON too deep");
            }

            _depth++;
            _isObject[_depth] = isObject;
            _hasElements[_depth] = false;
            _text.Append(bracket);
            return this;
        }

        private ConsoleJson Close(char bracket, bool isObject)
        {
            if (_depth == 0 || _isObject[_depth] != isObject || _afterName)
            {
                throw new InvalidOperationException("unbalanced JSON");
            }

            _depth--;
            _text.Append(bracket);
            return this;
        }

        private static char HexDigit(int value)
        {
            return (char)(value < 10 ? '0' + value : 'a' + value - 10);
        }
    }
}
