namespace Terminal.Hal.Printer
{
    /// <summary>One line of a <see cref="PrintDocument"/>: text, where it sits, and its style. Immutable.</summary>
    public sealed class PrintLine
    {
        /// <summary>Creates a line.</summary>
        /// <param name="text">The text; <c>null</c> or empty prints a blank line. It should fit the line's columns (<see cref="PrintText"/>); a printer wraps what does not.</param>
        /// <param name="alignment">Where the line sits.</param>
        /// <param name="style">The <see cref="PrintStyle"/> flags.</param>
        /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="style"/> has a flag <see cref="PrintStyle"/> does not define, or <paramref name="alignment"/> is not defined.</exception>
        public PrintLine(string text, PrintAlignment alignment, int style)
        {
            if ((style & ~PrintStyle.All) != 0)
            {
                throw new System.ArgumentOutOfRangeException("style", "unknown style flag");
            }

            if (alignment < PrintAlignment.Left || alignment > PrintAlignment.Right)
            {
                throw new System.ArgumentOutOfRangeException("alignment", "unknown alignment");
            }

            Text = text == null ? string.Empty : text;
            Alignment = alignment;
            Style = style;
        }

        /// <summary>Gets the text; never <c>null</c>, empty for a blank line.</summary>
        public string Text { get; }

        /// <summary>Gets where the line sits.</summary>
        public PrintAlignment Alignment { get; }

        /// <summary>Gets the <see cref="PrintStyle"/> flags.</summary>
        public int Style { get; }
    }
}
