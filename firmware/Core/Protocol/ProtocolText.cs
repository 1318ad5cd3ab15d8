using System;
using Terminal.Core.Journal;

namespace Terminal.Core.Protocol
{
    /// <summary>
    /// Checks and reads shared by the message types: identifiers, versions, enumerated members, and
    /// opening a body within the protocol's limits.
    /// </summary>
    internal static class ProtocolText
    {
        /// <summary>Opens a response or request body for decoding.</summary>
        /// <param name="buffer">The buffer holding the body.</param>
        /// <param name="offset">Where the body starts.</param>
        /// <param name="count">The body's length in bytes.</param>
        /// <param name="context">What is decoded, for error messages (e.g. "payment").</param>
        /// <returns>A reader with the protocol's limits.</returns>
        /// <exception cref="ProtocolException">The body is larger than <see cref="ProtocolLimits.MaximumBodyBytes"/>.</exception>
        internal static JsonReader OpenBody(byte[] buffer, int offset, int count, string context)
        {
            if (count > ProtocolLimits.MaximumBodyBytes)
            {
                throw new ProtocolException(
                    ProtocolError.Oversized,
                    null,
                    context + ": body of " + count.ToString() + " bytes is over the " + ProtocolLimits.MaximumBodyBytes.ToString() + "-byte limit");
            }

            JsonReader reader = new JsonReader(buffer, offset, count, ProtocolLimits.MaximumDepth, ProtocolLimits.MaximumCardPayloadLength);
            reader.Context = context;
            return reader;
        }

        /// <summary>Returns the length of a body the writer has completed.</summary>
        /// <param name="writer">The writer that encoded the body.</param>
        /// <returns>The body's length in bytes.</returns>
        internal static int Finish(JsonWriter writer)
        {
            if (!writer.IsComplete)
            {
                throw new InvalidOperationException("message encoder left the JSON incomplete");
            }

            return writer.Length;
        }

        /// <summary>Throws for a problem an encoder found (a programming error).</summary>
        /// <param name="problem">The problem, or <c>null</c> for none.</param>
        internal static void ThrowIfInvalid(string problem)
        {
            if (problem != null)
            {
                throw new ArgumentException(problem);
            }
        }

        /// <summary>Throws for a problem a decoder found (the message is refused).</summary>
        /// <param name="reader">The reader, for the context.</param>
        /// <param name="problem">The problem, or <c>null</c> for none.</param>
        /// <param name="member">The member to blame.</param>
        internal static void RefuseIfInvalid(JsonReader reader, string problem, string member)
        {
            if (problem != null)
            {
                throw reader.Problem(ProtocolError.UnexpectedValue, member, problem);
            }
        }

        /// <summary>Checks an identifier: printable ASCII within a length.</summary>
        /// <param name="member">The member's JSON name, for the text.</param>
        /// <param name="value">The value.</param>
        /// <param name="maximumLength">The limit in characters.</param>
        /// <param name="nullable">Whether null is allowed.</param>
        /// <param name="emptyAllowed">Whether the empty string is allowed.</param>
        /// <returns>The problem, or <c>null</c> when the value is fine.</returns>
        internal static string IdentifierProblem(string member, string value, int maximumLength, bool nullable, bool emptyAllowed)
        {
            if (value == null)
            {
                return nullable ? null : "'" + member + "' is required";
            }

            if (value.Length == 0 && !emptyAllowed)
            {
                return "'" + member + "' is empty";
            }

            if (value.Length > maximumLength)
            {
                return "'" + member + "' is longer than " + maximumLength.ToString() + " characters";
            }

            if (!IsPrintableAscii(value))
            {
                return "'" + member + "' is not printable ASCII";
            }

            return null;
        }

        /// <summary>Checks free text (any Unicode) within a length.</summary>
        /// <param name="member">The member's JSON name, for the text.</param>
        /// <param name="value">The value.</param>
        /// <param name="maximumLength">The limit in UTF-16 code units.</param>
        /// <param name="nullable">Whether null is allowed.</param>
        /// <returns>The problem, or <c>null</c> when the value is fine.</returns>
        internal static string TextProblem(string member, string value, int maximumLength, bool nullable)
        {
            if (value == null)
            {
                return nullable ? null : "'" + member + "' is required";
            }

            if (value.Length > maximumLength)
            {
                return "'" + member + "' is longer than " + maximumLength.ToString() + " characters";
            }

            return null;
        }

        /// <summary>Checks a time in UTC milliseconds since 1970: not negative.</summary>
        /// <param name="member">The member's JSON name, for the text.</param>
        /// <param name="value">The value.</param>
        /// <returns>The problem, or <c>null</c>.</returns>
        internal static string TimeProblem(string member, long value)
        {
            return value < 0 ? "'" + member + "' is a negative time" : null;
        }

        /// <summary>Whether every character is printable ASCII (0x20..0x7E).</summary>
        /// <param name="text">The text, not null.</param>
        /// <returns><c>true</c> when printable ASCII.</returns>
        internal static bool IsPrintableAscii(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < ' ' || c > '~')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the text is a version "major.minor.patch" of decimal numbers (at most 5 digits each).</summary>
        /// <param name="text">The text, or null.</param>
        /// <returns><c>true</c> for a version.</returns>
        internal static bool IsVersion(string text)
        {
            if (text == null)
            {
                return false;
            }

            int parts = 1;
            int digits = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '.')
                {
                    if (digits == 0)
                    {
                        return false;
                    }

                    parts++;
                    digits = 0;
                }
                else if (c >= '0' && c <= '9' && digits < 5)
                {
                    digits++;
                }
                else
                {
                    return false;
                }
            }

            return parts == 3 && digits > 0;
        }

        /// <summary>Reads a payment status.</summary>
        /// <param name="reader">The reader.</param>
        /// <param name="member">The member's name.</param>
        /// <returns>The status.</returns>
        /// <exception cref="ProtocolException">Not a string, or a status the protocol does not define.</exception>
        internal static PaymentStatus ReadStatus(JsonReader reader, string member)
        {
            string text = reader.ReadString(member, ProtocolLimits.MaximumIdentifierLength);
            PaymentStatus status;
            if (!ProtocolNames.TryParseStatus(text, out status))
            {
                throw UnknownValue(reader, member, text);
            }

            return status;
        }

        /// <summary>Reads a payment method.</summary>
        /// <param name="reader">The reader.</param>
        /// <param name="member">The member's name.</param>
        /// <returns>The method.</returns>
        /// <exception cref="ProtocolException">Not a string, or a method the protocol does not define.</exception>
        internal static PaymentMethod ReadMethod(JsonReader reader, string member)
        {
            string text = reader.ReadString(member, ProtocolLimits.MaximumIdentifierLength);
            PaymentMethod method;
            if (!ProtocolNames.TryParseMethod(text, out method))
            {
                throw UnknownValue(reader, member, text);
            }

            return method;
        }

        /// <summary>Reads a transaction kind.</summary>
        /// <param name="reader">The reader.</param>
        /// <param name="member">The member's name.</param>
        /// <returns>The kind.</returns>
        /// <exception cref="ProtocolException">Not a string, or a kind the protocol does not define.</exception>
        internal static TransactionKind ReadKind(JsonReader reader, string member)
        {
            string text = reader.ReadString(member, ProtocolLimits.MaximumIdentifierLength);
            TransactionKind kind;
            if (!ProtocolNames.TryParseKind(text, out kind))
            {
                throw UnknownValue(reader, member, text);
            }

            return kind;
        }

        /// <summary>Creates the exception for a value the protocol does not define.</summary>
        /// <param name="reader">The reader, for the context.</param>
        /// <param name="member">The member's name.</param>
        /// <param name="text">The value found (at most an identifier's length, as read).</param>
        /// <returns>The exception.</returns>
        internal static ProtocolException UnknownValue(JsonReader reader, string member, string text)
        {
            return reader.Problem(ProtocolError.UnexpectedValue, member, "'" + member + "' has unknown value '" + Printable(text) + "'");
        }

        /// <summary>Whether an enum value is one of the defined payment statuses.</summary>
        /// <param name="status">The value.</param>
        /// <returns><c>true</c> when defined.</returns>
        internal static bool IsDefined(PaymentStatus status)
        {
            return status >= PaymentStatus.Approved && status <= PaymentStatus.Closed;
        }

        /// <summary>Whether an enum value is one of the defined payment methods.</summary>
        /// <param name="method">The value.</param>
        /// <returns><c>true</c> when defined.</returns>
        internal static bool IsDefined(PaymentMethod method)
        {
            return method >= PaymentMethod.Card && method <= PaymentMethod.QrCustomerPresented;
        }

        /// <summary>Whether an enum value is one of the defined transaction kinds.</summary>
        /// <param name="kind">The value.</param>
        /// <returns><c>true</c> when defined.</returns>
        internal static bool IsDefined(TransactionKind kind)
        {
            return kind == TransactionKind.Sale || kind == TransactionKind.Refund;
        }

        // Keeps log text readable whatever the host sent: anything outside printable ASCII becomes '?'.
        private static string Printable(string text)
        {
            if (IsPrintableAscii(text))
            {
                return text;
            }

            char[] chars = new char[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                chars[i] = c < ' ' || c > '~' ? '?' : c;
            }

            return new string(chars);
        }
    }
}
