namespace Terminal.Hal.Printer
{
    /// <summary>
    /// Character style flags of a printed line, combined with <c>|</c>. Double width halves the columns a
    /// line holds; double height does not change them.
    /// </summary>
    public static class PrintStyle
    {
        /// <summary>Plain text, font A.</summary>
        public const int Normal = 0;

        /// <summary>Emphasized (bold) text (ESC/POS <c>ESC E 1</c>).</summary>
        public const int Emphasized = 1;

        /// <summary>Characters twice as tall (ESC/POS <c>GS ! n</c>, height magnification 2).</summary>
        public const int DoubleHeight = 2;

        /// <summary>Characters twice as wide (ESC/POS <c>GS ! n</c>, width magnification 2): half the columns per line.</summary>
        public const int DoubleWidth = 4;

        /// <summary>Every flag this contract defines.</summary>
        public const int All = Emphasized | DoubleHeight | DoubleWidth;

        /// <summary>Tells how many columns a line of this style holds.</summary>
        /// <param name="style">The style flags.</param>
        /// <param name="normalColumns">Columns per line in normal width (32 on a 58 mm printer, font A).</param>
        /// <returns>The columns: half of <paramref name="normalColumns"/> for double width.</returns>
        public static int ColumnsPerLine(int style, int normalColumns)
        {
            return (style & DoubleWidth) != 0 ? normalColumns / 2 : normalColumns;
        }
    }
}
