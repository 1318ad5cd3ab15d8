using System;

namespace Terminal.Drivers.Printer.EscPos
{
    /// <summary>
    /// Turns text into the bytes a Chinese ESC/POS printer prints in Chinese mode: printable ASCII as
    /// itself, other characters as their GB18030 double-byte code from <see cref="Gb18030Table"/>.
    /// Anything else (a character outside the table, a control character that could act as a printer
    /// command, a lone surrogate) becomes '?' and is counted: text never injects commands and never
    /// throws. Allocates nothing.
    /// </summary>
    public sealed class Gb18030Encoder
    {
        /// <summary>The most bytes one character takes: two.</summary>
        public const int MaximumBytesPerCharacter = 2;

        private const byte Replacement = (byte)'?';

        /// <summary>Gets how many characters were printed as '?' since this encoder was made.</summary>
        public int UnknownCharacters { get; private set; }

        /// <summary>Tells how many bytes at most a text needs: <see cref="MaximumBytesPerCharacter"/> per character.</summary>
        /// <param name="text">The text; <c>null</c> needs none.</param>
        /// <returns>The bound.</returns>
        public static int MaximumByteCount(string text)
        {
            return text == null ? 0 : text.Length * MaximumBytesPerCharacter;
        }

        /// <summary>Encodes a text.</summary>
        /// <param name="text">The text; <c>null</c> encodes nothing.</param>
        /// <param name="buffer">Where the bytes go; needs <see cref="MaximumByteCount"/> bytes from <paramref name="offset"/>.</param>
        /// <param name="offset">Index of the first byte to write.</param>
        /// <returns>The number of bytes written.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="buffer"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The buffer has less room than <see cref="MaximumByteCount"/>.</exception>
        public int Encode(string text, byte[] buffer, int offset)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            int needed = MaximumByteCount(text);
            if (offset < 0 || offset > buffer.Length - needed)
            {
                throw new ArgumentOutOfRangeException("offset", "the buffer needs two bytes per character");
            }

            if (text == null)
            {
                return 0;
            }

            int position = offset;
            for (int i = 0; i < text.Length; i++)
            {
                char character = text[i];
                int code;
                if (character >= 0x20 && character < 0x7F)
                {
                    buffer[position++] = (byte)character;
                }
                else if (character >= 0x80 && Gb18030Table.TryGetCode(character, out code))
                {
                    buffer[position++] = (byte)(code >> 8);
                    buffer[position++] = (byte)(code & 0xFF);
                }
                else
                {
                    buffer[position++] = Replacement;
                    UnknownCharacters++;
                }
            }

            return position - offset;
        }
    }
}
