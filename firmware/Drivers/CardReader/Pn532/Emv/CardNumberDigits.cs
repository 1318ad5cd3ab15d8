using System;
using Terminal.Hal.CardReader;

namespace Terminal.Drivers.CardReader.Pn532.Emv
{
    /// <summary>
    /// Turns the card number as a card codes it into digit values (0 to 9, one per byte) in a caller's buffer,
    /// takes the last four, and zeroes. Digits are bytes, never characters or strings, so that they can be wiped:
    /// a string of the full number would live until the garbage collector reuses its memory.
    /// </summary>
    public static class CardNumberDigits
    {
        /// <summary>The most digits a card number has; digit buffers are this long.</summary>
        public const int MaximumDigits = CardRead.MaximumNumberLength;

        /// <summary>
        /// Reads tag 5A (Application PAN): compressed numeric, two digits per byte, left-justified and padded with
        /// F nibbles (EMV 4.4 Book 3 Annex A, format cn).
        /// </summary>
        /// <param name="source">The card's bytes.</param>
        /// <param name="offset">Index of the value's first byte.</param>
        /// <param name="count">Length of the value (at most 10 bytes).</param>
        /// <param name="digits">Receives the digit values; at least <see cref="MaximumDigits"/> long.</param>
        /// <returns>The number of digits, <see cref="CardRead.MinimumNumberLength"/> to 19; -1 when the value is not a card number (a non-digit nibble, a digit after padding, too short or too long).</returns>
        /// <exception cref="ArgumentNullException">A buffer is <c>null</c>.</exception>
        public static int FromCompressedNumeric(byte[] source, int offset, int count, byte[] digits)
        {
            CheckBuffers(source, offset, count, digits);
            int found = 0;
            bool padding = false;
            for (int i = 0; i < count * 2; i++)
            {
                int value = source[offset + (i / 2)];
                int nibble = (i & 1) == 0 ? value >> 4 : value & 0x0F;
                if (nibble == 0x0F)
                {
                    padding = true;
                    continue;
                }

                if (padding || nibble > 9 || found == MaximumDigits)
                {
                    return Fail(digits, found);
                }

                digits[found++] = (byte)nibble;
            }

            return found < CardRead.MinimumNumberLength ? Fail(digits, found) : found;
        }

        /// <summary>
        /// Reads the card number out of tag 57 (Track 2 Equivalent Data): the PAN's digits, one per nibble, up to
        /// the field separator D (EMV 4.4 Book 3 Annex A; ISO/IEC 7813 track 2 layout).
        /// </summary>
        /// <param name="source">The card's bytes.</param>
        /// <param name="offset">Index of the value's first byte.</param>
        /// <param name="count">Length of the value (at most 19 bytes).</param>
        /// <param name="digits">Receives the digit values; at least <see cref="MaximumDigits"/> long.</param>
        /// <returns>The number of digits, 12 to 19; -1 when there is no separator after 12 to 19 digits.</returns>
        /// <exception cref="ArgumentNullException">A buffer is <c>null</c>.</exception>
        public static int FromTrack2Equivalent(byte[] source, int offset, int count, byte[] digits)
        {
            CheckBuffers(source, offset, count, digits);
            int found = 0;
            for (int i = 0; i < count * 2; i++)
            {
                int value = source[offset + (i / 2)];
                int nibble = (i & 1) == 0 ? value >> 4 : value & 0x0F;
                if (nibble == 0x0D)
                {
                    return found < CardRead.MinimumNumberLength ? Fail(digits, found) : found;
                }

                if (nibble > 9 || found == MaximumDigits)
                {
                    return Fail(digits, found);
                }

                digits[found++] = (byte)nibble;
            }

            return Fail(digits, found);
        }

        /// <summary>Makes the last four digits into the only text of the card number the terminal keeps.</summary>
        /// <param name="digits">The digit values.</param>
        /// <param name="count">How many digits there are, 4 or more.</param>
        /// <returns>Four ASCII digits.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="digits"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 4 or beyond the buffer.</exception>
        public static string LastFour(byte[] digits, int count)
        {
            if (digits == null)
            {
                throw new ArgumentNullException("digits");
            }

            if (count < 4 || count > digits.Length)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            char[] last = new char[4];
            for (int i = 0; i < 4; i++)
            {
                last[i] = (char)('0' + digits[count - 4 + i]);
            }

            return new string(last);
        }

        /// <summary>Overwrites a range with zeros: digit buffers, card responses, frames.</summary>
        /// <param name="buffer">The buffer; <c>null</c> does nothing.</param>
        /// <param name="offset">Index of the first byte.</param>
        /// <param name="count">Number of bytes, clipped to the buffer.</param>
        public static void Wipe(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                return;
            }

            int end = offset + count > buffer.Length ? buffer.Length : offset + count;
            for (int i = offset < 0 ? 0 : offset; i < end; i++)
            {
                buffer[i] = 0;
            }
        }

        private static int Fail(byte[] digits, int found)
        {
            Wipe(digits, 0, found);
            return -1;
        }

        private static void CheckBuffers(byte[] source, int offset, int count, byte[] digits)
        {
            if (source == null)
            {
                throw new ArgumentNullException("source");
            }

            if (digits == null)
            {
                throw new ArgumentNullException("digits");
            }

            if (offset < 0 || count < 0 || offset > source.Length - count)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            if (digits.Length < MaximumDigits)
            {
                throw new ArgumentException("The digit buffer must hold 19 digits.", "digits");
            }
        }
    }
}
