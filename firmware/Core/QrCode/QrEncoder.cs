using System;

namespace Terminal.Core.QrCode
{
    /// <summary>
    /// Encodes text or bytes as a QR Code symbol (ISO/IEC 18004:2015, Model 2, versions 1 to 40): one
    /// segment in the densest mode that holds the whole payload, the smallest version that fits at the
    /// asked level, Reed-Solomon error correction, and the mask with the lowest penalty.
    /// </summary>
    /// <remarks>
    /// Text made only of digits goes in numeric mode, text made only of the 45 alphanumeric characters
    /// (0-9, A-Z, space, <c>$%*+-./:</c>) in alphanumeric mode, anything else in byte mode as UTF-8 without
    /// an ECI header (what phone scanners and payment apps read; see the README). A payload that does not fit
    /// version 40 is a value from <c>TryEncode</c>, not an exception. Each call allocates the codewords twice
    /// (before and after interleaving), two packed matrices (the symbol and a function-module map) and a
    /// few small buffers: 1.9 KB for version 10, 0.8 KB for a 47-byte payment URL (version 4), of which only
    /// the returned matrix stays.
    /// </remarks>
    public static class QrEncoder
    {
        private const string AlphanumericCharacters = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

        // Pad codewords 11101100 and 00010001, alternating (7.4.10).
        private const int PadCodewordFirst = 0xEC;
        private const int PadCodewordSecond = 0x11;

        /// <summary>Encodes text, choosing the mode and the smallest version.</summary>
        /// <param name="text">The payload, e.g. a payment URL. Empty text gives a version 1 symbol with no segment, only the terminator.</param>
        /// <param name="level">The error correction level.</param>
        /// <returns>The symbol.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentException">The text does not fit version 40 at this level (use <see cref="TryEncode(string, QrErrorCorrectionLevel, out QrMatrix, out string)"/> for data from outside).</exception>
        public static QrMatrix Encode(string text, QrErrorCorrectionLevel level)
        {
            QrMatrix matrix;
            string error;
            if (!TryEncode(text, level, out matrix, out error))
            {
                throw new ArgumentException(error, nameof(text));
            }

            return matrix;
        }

        /// <summary>Encodes bytes in byte mode, choosing the smallest version.</summary>
        /// <param name="data">The payload buffer.</param>
        /// <param name="offset">Index of the first payload byte.</param>
        /// <param name="count">Number of payload bytes, 0 or more.</param>
        /// <param name="level">The error correction level.</param>
        /// <returns>The symbol.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="data"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The range runs outside <paramref name="data"/>.</exception>
        /// <exception cref="ArgumentException">The bytes do not fit version 40 at this level.</exception>
        public static QrMatrix Encode(byte[] data, int offset, int count, QrErrorCorrectionLevel level)
        {
            QrMatrix matrix;
            string error;
            if (!TryEncode(data, offset, count, level, out matrix, out error))
            {
                throw new ArgumentException(error, nameof(count));
            }

            return matrix;
        }

        /// <summary>Encodes text, choosing the mode and the smallest version; too long is a result, not an exception.</summary>
        /// <param name="text">The payload.</param>
        /// <param name="level">The error correction level.</param>
        /// <param name="matrix">The symbol, or <c>null</c> when the text does not fit.</param>
        /// <param name="error"><c>null</c> on success; otherwise why not, with the payload size and the limit.</param>
        /// <returns><c>true</c> when the symbol was built.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level.</exception>
        public static bool TryEncode(string text, QrErrorCorrectionLevel level, out QrMatrix matrix, out string error)
        {
            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            CheckLevel(level);
            QrEncodingMode mode = ChooseMode(text);
            int count = mode == QrEncodingMode.Byte ? Utf8Length(text) : text.Length;
            int version = SmallestVersion(mode, count, level);
            if (version == 0)
            {
                matrix = null;
                error = TooLongMessage(mode, count, level);
                return false;
            }

            byte[] codewords = new byte[QrTables.DataCodewordsOf(version, level)];

            // Empty text writes no segment at all, only the terminator (7.4.9): it reads back as empty.
            int bitPosition = text.Length == 0 ? 0 : WriteHeader(codewords, mode, count, version);
            if (mode == QrEncodingMode.Numeric)
            {
                bitPosition = WriteNumeric(codewords, bitPosition, text);
            }
            else if (mode == QrEncodingMode.Alphanumeric)
            {
                bitPosition = WriteAlphanumeric(codewords, bitPosition, text);
            }
            else
            {
                bitPosition = WriteUtf8(codewords, bitPosition, text);
            }

            matrix = Finish(codewords, bitPosition, version, level, mode);
            error = null;
            return true;
        }

        /// <summary>Encodes bytes in byte mode, choosing the smallest version; too long is a result, not an exception.</summary>
        /// <param name="data">The payload buffer.</param>
        /// <param name="offset">Index of the first payload byte.</param>
        /// <param name="count">Number of payload bytes, 0 or more.</param>
        /// <param name="level">The error correction level.</param>
        /// <param name="matrix">The symbol, or <c>null</c> when the bytes do not fit.</param>
        /// <param name="error"><c>null</c> on success; otherwise why not, with the payload size and the limit.</param>
        /// <returns><c>true</c> when the symbol was built.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="data"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The range runs outside <paramref name="data"/>, or the level is not defined.</exception>
        public static bool TryEncode(byte[] data, int offset, int count, QrErrorCorrectionLevel level, out QrMatrix matrix, out string error)
        {
            if (data == null)
            {
                throw new ArgumentNullException(nameof(data));
            }

            if (offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new ArgumentOutOfRangeException(offset < 0 || offset > data.Length ? nameof(offset) : nameof(count));
            }

            CheckLevel(level);
            int version = SmallestVersion(QrEncodingMode.Byte, count, level);
            if (version == 0)
            {
                matrix = null;
                error = TooLongMessage(QrEncodingMode.Byte, count, level);
                return false;
            }

            byte[] codewords = new byte[QrTables.DataCodewordsOf(version, level)];
            int bitPosition = WriteHeader(codewords, QrEncodingMode.Byte, count, version);
            for (int index = 0; index < count; index++)
            {
                bitPosition = WriteBits(codewords, bitPosition, data[offset + index], 8);
            }

            matrix = Finish(codewords, bitPosition, version, level, QrEncodingMode.Byte);
            error = null;
            return true;
        }

        /// <summary>
        /// Gets the mode <see cref="Encode(string, QrErrorCorrectionLevel)"/> writes a text in: numeric when
        /// every character is a digit (also for empty text), alphanumeric when every character is one of the
        /// 45, byte otherwise.
        /// </summary>
        /// <param name="text">The text.</param>
        /// <returns>The mode.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is <c>null</c>.</exception>
        public static QrEncodingMode ChooseMode(string text)
        {
            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            QrEncodingMode mode = QrEncodingMode.Numeric;
            for (int index = 0; index < text.Length; index++)
            {
                char character = text[index];
                if (character >= '0' && character <= '9')
                {
                    continue;
                }

                if (AlphanumericValue(character) < 0)
                {
                    return QrEncodingMode.Byte;
                }

                mode = QrEncodingMode.Alphanumeric;
            }

            return mode;
        }

        /// <summary>
        /// Gets the largest payload one symbol of a version holds in a mode at a level (ISO/IEC 18004:2015
        /// Table 7): digits, alphanumeric characters, or bytes (for text in byte mode: UTF-8 bytes).
        /// </summary>
        /// <param name="version">1 to 40.</param>
        /// <param name="level">The error correction level.</param>
        /// <param name="mode">The mode.</param>
        /// <returns>The capacity, e.g. 2953 bytes for version 40 at level L, 213 bytes for version 10 at M.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The version, level or mode is out of range.</exception>
        public static int Capacity(int version, QrErrorCorrectionLevel level, QrEncodingMode mode)
        {
            if (version < QrTables.MinimumVersion || version > QrTables.MaximumVersion)
            {
                throw new ArgumentOutOfRangeException(nameof(version));
            }

            CheckLevel(level);
            int available = (QrTables.DataCodewordsOf(version, level) * 8) - 4 - CountIndicatorBits(mode, version);
            switch (mode)
            {
                case QrEncodingMode.Numeric:
                    return (3 * (available / 10)) + (available % 10 >= 7 ? 2 : available % 10 >= 4 ? 1 : 0);
                case QrEncodingMode.Alphanumeric:
                    return (2 * (available / 11)) + (available % 11 >= 6 ? 1 : 0);
                case QrEncodingMode.Byte:
                    return available / 8;
                default:
                    throw new ArgumentOutOfRangeException(nameof(mode));
            }
        }

        /// <summary>Gets the number of data bits a segment needs after its mode and count indicators (7.4.3-7.4.5).</summary>
        /// <param name="mode">The mode.</param>
        /// <param name="count">Characters (numeric, alphanumeric) or bytes.</param>
        /// <returns>The payload bits.</returns>
        private static int PayloadBits(QrEncodingMode mode, int count)
        {
            switch (mode)
            {
                case QrEncodingMode.Numeric:
                    // 10 bits per group of three digits, 7 for a final pair, 4 for a final digit.
                    return (10 * (count / 3)) + (count % 3 == 2 ? 7 : count % 3 == 1 ? 4 : 0);
                case QrEncodingMode.Alphanumeric:
                    // 11 bits per pair, 6 for a final character.
                    return (11 * (count / 2)) + (6 * (count % 2));
                default:
                    return 8 * count;
            }
        }

        /// <summary>Gets the character count indicator's length (Table 3).</summary>
        private static int CountIndicatorBits(QrEncodingMode mode, int version)
        {
            int band = version <= 9 ? 0 : version <= 26 ? 1 : 2;
            switch (mode)
            {
                case QrEncodingMode.Numeric:
                    return band == 0 ? 10 : band == 1 ? 12 : 14;
                case QrEncodingMode.Alphanumeric:
                    return band == 0 ? 9 : band == 1 ? 11 : 13;
                default:
                    return band == 0 ? 8 : 16;
            }
        }

        // The smallest version whose data capacity holds mode indicator, count indicator and payload, or 0.
        // The count indicator always holds the count once the bits fit (Table 3 vs Table 7).
        private static int SmallestVersion(QrEncodingMode mode, int count, QrErrorCorrectionLevel level)
        {
            int payloadBits = PayloadBits(mode, count);
            for (int version = QrTables.MinimumVersion; version <= QrTables.MaximumVersion; version++)
            {
                int needed = 4 + CountIndicatorBits(mode, version) + payloadBits;
                if (needed <= QrTables.DataCodewordsOf(version, level) * 8)
                {
                    return version;
                }
            }

            return 0;
        }

        private static int WriteHeader(byte[] codewords, QrEncodingMode mode, int count, int version)
        {
            int bitPosition = WriteBits(codewords, 0, (int)mode, 4);
            return WriteBits(codewords, bitPosition, count, CountIndicatorBits(mode, version));
        }

        private static int WriteNumeric(byte[] codewords, int bitPosition, string text)
        {
            int index = 0;
            while (index < text.Length)
            {
                int digits = text.Length - index >= 3 ? 3 : text.Length - index;
                int value = 0;
                for (int digit = 0; digit < digits; digit++)
                {
                    value = (value * 10) + (text[index + digit] - '0');
                }

                bitPosition = WriteBits(codewords, bitPosition, value, digits == 3 ? 10 : digits == 2 ? 7 : 4);
                index += digits;
            }

            return bitPosition;
        }

        private static int WriteAlphanumeric(byte[] codewords, int bitPosition, string text)
        {
            int index = 0;
            while (index + 1 < text.Length)
            {
                int value = (45 * AlphanumericValue(text[index])) + AlphanumericValue(text[index + 1]);
                bitPosition = WriteBits(codewords, bitPosition, value, 11);
                index += 2;
            }

            if (index < text.Length)
            {
                bitPosition = WriteBits(codewords, bitPosition, AlphanumericValue(text[index]), 6);
            }

            return bitPosition;
        }

        // Table 5: the character's value, or -1 when alphanumeric mode cannot hold it.
        private static int AlphanumericValue(char character)
        {
            return AlphanumericCharacters.IndexOf(character);
        }

        // UTF-8 byte count of a .NET string: surrogate pairs take 4 bytes, a lone surrogate becomes U+FFFD
        // (3 bytes), as System.Text.Encoding.UTF8 does on both runtimes' desktop counterpart.
        private static int Utf8Length(string text)
        {
            int length = 0;
            for (int index = 0; index < text.Length; index++)
            {
                char character = text[index];
                if (character < 0x80)
                {
                    length += 1;
                }
                else if (character < 0x800)
                {
                    length += 2;
                }
                else if (IsHighSurrogate(character) && index + 1 < text.Length && IsLowSurrogate(text[index + 1]))
                {
                    length += 4;
                    index++;
                }
                else
                {
                    length += 3;
                }
            }

            return length;
        }

        private static int WriteUtf8(byte[] codewords, int bitPosition, string text)
        {
            for (int index = 0; index < text.Length; index++)
            {
                int character = text[index];
                if (character < 0x80)
                {
                    bitPosition = WriteBits(codewords, bitPosition, character, 8);
                }
                else if (character < 0x800)
                {
                    bitPosition = WriteBits(codewords, bitPosition, 0xC0 | (character >> 6), 8);
                    bitPosition = WriteBits(codewords, bitPosition, 0x80 | (character & 0x3F), 8);
                }
                else if (IsHighSurrogate((char)character) && index + 1 < text.Length && IsLowSurrogate(text[index + 1]))
                {
                    int codePoint = 0x10000 + ((character - 0xD800) << 10) + (text[index + 1] - 0xDC00);
                    index++;
                    bitPosition = WriteBits(codewords, bitPosition, 0xF0 | (codePoint >> 18), 8);
                    bitPosition = WriteBits(codewords, bitPosition, 0x80 | ((codePoint >> 12) & 0x3F), 8);
                    bitPosition = WriteBits(codewords, bitPosition, 0x80 | ((codePoint >> 6) & 0x3F), 8);
                    bitPosition = WriteBits(codewords, bitPosition, 0x80 | (codePoint & 0x3F), 8);
                }
                else
                {
                    if (character >= 0xD800 && character <= 0xDFFF)
                    {
                        character = 0xFFFD;
                    }

                    bitPosition = WriteBits(codewords, bitPosition, 0xE0 | (character >> 12), 8);
                    bitPosition = WriteBits(codewords, bitPosition, 0x80 | ((character >> 6) & 0x3F), 8);
                    bitPosition = WriteBits(codewords, bitPosition, 0x80 | (character & 0x3F), 8);
                }
            }

            return bitPosition;
        }

        private static bool IsHighSurrogate(char character)
        {
            return character >= 0xD800 && character <= 0xDBFF;
        }

        private static bool IsLowSurrogate(char character)
        {
            return character >= 0xDC00 && character <= 0xDFFF;
        }

        // Appends the low `count` bits of `value`, most significant first; the buffer starts all zero.
        private static int WriteBits(byte[] codewords, int bitPosition, int value, int count)
        {
            for (int bit = count - 1; bit >= 0; bit--)
            {
                if (((value >> bit) & 1) != 0)
                {
                    codewords[bitPosition >> 3] = (byte)(codewords[bitPosition >> 3] | (0x80 >> (bitPosition & 7)));
                }

                bitPosition++;
            }

            return bitPosition;
        }

        // Terminator, padding (7.4.9-7.4.10), error correction and interleaving (7.5-7.6), then the layout.
        private static QrMatrix Finish(byte[] dataCodewords, int bitPosition, int version, QrErrorCorrectionLevel level, QrEncodingMode mode)
        {
            int dataCount = dataCodewords.Length;

            // Up to four zero bits of terminator, then zero bits to the byte boundary: the buffer is zero
            // already, so only the position moves. Then the alternating pad codewords.
            int next = bitPosition + 4 > dataCount * 8 ? dataCount : (bitPosition + 4 + 7) / 8;

            for (int index = next; index < dataCount; index++)
            {
                dataCodewords[index] = (byte)(((index - next) & 1) == 0 ? PadCodewordFirst : PadCodewordSecond);
            }

            int blocks = QrTables.BlockCountOf(version, level);
            int errorCorrectionPerBlock = QrTables.ErrorCorrectionCodewordsPerBlockOf(version, level);
            int total = QrTables.TotalCodewordsOf(version);
            int shortDataLength = dataCount / blocks;
            int longBlocks = dataCount % blocks;
            int shortBlocks = blocks - longBlocks;

            byte[] generator = new byte[errorCorrectionPerBlock];
            QrReedSolomon.ComputeGenerator(errorCorrectionPerBlock, generator);
            byte[] errorCorrection = new byte[errorCorrectionPerBlock];

            // Final sequence (7.6): data codeword 0 of every block, codeword 1 of every block, ... (the long
            // blocks of group 2 contribute one more at the end), then the error correction codewords the same way.
            byte[] sequence = new byte[total];
            int blockStart = 0;
            for (int block = 0; block < blocks; block++)
            {
                int blockLength = block < shortBlocks ? shortDataLength : shortDataLength + 1;
                for (int index = 0; index < blockLength; index++)
                {
                    // Position of this block's codeword `index` among the interleaved data codewords.
                    int position = index < shortDataLength
                        ? (index * blocks) + block
                        : (shortDataLength * blocks) + (block - shortBlocks);
                    sequence[position] = dataCodewords[blockStart + index];
                }

                QrReedSolomon.ComputeRemainder(dataCodewords, blockStart, blockLength, generator, errorCorrectionPerBlock, errorCorrection, 0);
                for (int index = 0; index < errorCorrectionPerBlock; index++)
                {
                    sequence[dataCount + (index * blocks) + block] = errorCorrection[index];
                }

                blockStart += blockLength;
            }

            QrMatrix matrix = new QrMatrix(version, level, mode);
            QrSymbolBuilder.Build(matrix, sequence, total);
            return matrix;
        }

        private static void CheckLevel(QrErrorCorrectionLevel level)
        {
            if (level < QrErrorCorrectionLevel.Low || level > QrErrorCorrectionLevel.High)
            {
                throw new ArgumentOutOfRangeException(nameof(level));
            }
        }

        private static string TooLongMessage(QrEncodingMode mode, int count, QrErrorCorrectionLevel level)
        {
            string unit = mode == QrEncodingMode.Numeric ? "digits" : mode == QrEncodingMode.Alphanumeric ? "characters" : "bytes";
            string modeName = mode == QrEncodingMode.Numeric ? "numeric" : mode == QrEncodingMode.Alphanumeric ? "alphanumeric" : "byte";
            return "Payload too long for a QR code: " + count.ToString() + " " + unit + " in " + modeName
                + " mode; version 40 at level " + LevelLetter(level) + " holds at most "
                + Capacity(QrTables.MaximumVersion, level, mode).ToString() + ".";
        }

        private static string LevelLetter(QrErrorCorrectionLevel level)
        {
            switch (level)
            {
                case QrErrorCorrectionLevel.Low:
                    return "L";
                case QrErrorCorrectionLevel.Medium:
                    return "M";
                case QrErrorCorrectionLevel.Quartile:
                    return "Q";
                default:
                    return "H";
            }
        }
    }
}
