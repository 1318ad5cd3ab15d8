namespace Terminal.Hal.Printer
{
    /// <summary>
    /// How much room text takes on a receipt printer in Chinese (double-byte) mode, in columns of font A
    /// (12 x 24 dots): an ASCII character takes one column, every other character two (a GB18030
    /// double-byte character is 24 dots wide). A character the printer cannot print comes out as a
    /// one-column '?', so these counts never fall short of the paper.
    /// </summary>
    public static class PrintText
    {
        /// <summary>Gets the columns one character takes.</summary>
        /// <param name="character">The character.</param>
        /// <returns>1 below U+0080, otherwise 2.</returns>
        public static int ColumnsOf(char character)
        {
            return character < 0x80 ? 1 : 2;
        }

        /// <summary>Gets the columns a text takes.</summary>
        /// <param name="text">The text; <c>null</c> takes none.</param>
        /// <returns>The sum of <see cref="ColumnsOf(char)"/> over its characters.</returns>
        public static int ColumnsOf(string text)
        {
            if (text == null)
            {
                return 0;
            }

            int columns = 0;
            for (int i = 0; i < text.Length; i++)
            {
                columns += ColumnsOf(text[i]);
            }

            return columns;
        }
    }
}
