namespace Terminal.Drivers.Printer.EscPos
{
    /// <summary>
    /// The GB18030 double-byte codes of exactly the non-ASCII characters the receipts print.
    /// nanoFramework has no <c>Encoding.GetEncoding</c> (only UTF-8), so the driver cannot ask the runtime
    /// for GB18030; this table is generated from .NET's own GB18030 encoder
    /// (<c>System.Text.CodePagesEncodingProvider</c>) by <c>tools/CodePageTable</c>, into
    /// <c>Gb18030Table.Generated.cs</c>. A host test checks every entry against that encoder and that every
    /// character of the receipt text table is here. A character not here prints as '?'.
    /// </summary>
    /// <remarks>
    /// Every entry is a two-byte code (lead byte 0x81-0xFE, trail byte 0x40-0xFE except 0x7F), the
    /// GBK-compatible part of GB18030 that 58 mm Chinese printers print in Chinese mode (<c>FS &amp;</c>).
    /// The generator refuses characters GB18030 encodes in four bytes.
    /// </remarks>
    public static partial class Gb18030Table
    {
        /// <summary>Gets the number of characters in the table.</summary>
        public static int Count
        {
            get { return Characters.Length; }
        }

        /// <summary>Gets the character at a position; characters are in ascending order.</summary>
        /// <param name="index">0 .. <see cref="Count"/> - 1.</param>
        /// <returns>The character.</returns>
        public static char GetCharacter(int index)
        {
            return Characters[index];
        }

        /// <summary>Gets the code at a position: lead byte in the high 8 bits, trail byte in the low 8.</summary>
        /// <param name="index">0 .. <see cref="Count"/> - 1.</param>
        /// <returns>The code.</returns>
        public static int GetCode(int index)
        {
            return Codes[index];
        }

        /// <summary>Finds a character's code by binary search; no allocation.</summary>
        /// <param name="character">The character.</param>
        /// <param name="code">The two-byte code (lead byte high), 0 when absent.</param>
        /// <returns><c>true</c> when the table holds the character.</returns>
        public static bool TryGetCode(char character, out int code)
        {
            int low = 0;
            int high = Characters.Length - 1;
            while (low <= high)
            {
                int middle = (low + high) / 2;
                char value = Characters[middle];
                if (value == character)
                {
                    code = Codes[middle];
                    return true;
                }

                if (value < character)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            code = 0;
            return false;
        }
    }
}
