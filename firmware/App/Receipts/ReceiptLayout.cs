using System.Text;
using Terminal.Hal.Printer;

namespace Terminal.App.Receipts
{
    /// <summary>
    /// Lays text out on a receipt's columns (see <see cref="PrintText"/>): centred titles, label-value
    /// pairs with the value flush right, wrapped paragraphs, separators. Every line it adds fits its
    /// style's columns: text that does not is broken at a space where it can, else anywhere.
    /// </summary>
    public sealed class ReceiptLayout
    {
        private readonly PrintDocument _document;
        private readonly int _columns;

        /// <summary>Creates a layout that appends to a document.</summary>
        /// <param name="document">The document to fill.</param>
        /// <param name="columns">Columns of a normal-width line (the printer's <see cref="IReceiptPrinter.ColumnsPerLine"/>), 8 or more.</param>
        public ReceiptLayout(PrintDocument document, int columns)
        {
            if (document == null)
            {
                throw new System.ArgumentNullException("document");
            }

            if (columns < 8)
            {
                throw new System.ArgumentOutOfRangeException("columns", "a receipt needs at least 8 columns");
            }

            _document = document;
            _columns = columns;
        }

        /// <summary>Adds text centred, wrapped to the style's columns.</summary>
        /// <param name="text">The text (already made safe).</param>
        /// <param name="style">The <see cref="PrintStyle"/> flags.</param>
        public void Centered(string text, int style)
        {
            Wrapped(text, PrintAlignment.Center, style);
        }

        /// <summary>Adds text flush left, wrapped to the style's columns.</summary>
        /// <param name="text">The text (already made safe).</param>
        /// <param name="style">The <see cref="PrintStyle"/> flags.</param>
        public void Left(string text, int style)
        {
            Wrapped(text, PrintAlignment.Left, style);
        }

        /// <summary>Adds a marker line, framed "* text *" when that fits, centred.</summary>
        /// <param name="text">The marker.</param>
        public void Marker(string text)
        {
            int width = PrintStyle.ColumnsPerLine(PrintStyle.Emphasized, _columns);
            string framed = PrintText.ColumnsOf(text) + 4 <= width ? "* " + text + " *" : text;
            Wrapped(framed, PrintAlignment.Center, PrintStyle.Emphasized);
        }

        /// <summary>
        /// Adds a label and its value on one line, the value flush right, when both fit with a space
        /// between; otherwise the label on its line and the value flush right on the next (wrapped).
        /// </summary>
        /// <param name="label">The label.</param>
        /// <param name="value">The value (already made safe); an empty value still prints the label.</param>
        /// <param name="style">The <see cref="PrintStyle"/> flags of both.</param>
        public void Pair(string label, string value, int style)
        {
            int width = PrintStyle.ColumnsPerLine(style, _columns);
            int labelColumns = PrintText.ColumnsOf(label);
            int valueColumns = PrintText.ColumnsOf(value);
            if (labelColumns + 1 + valueColumns <= width)
            {
                StringBuilder line = new StringBuilder(width);
                line.Append(label);
                for (int i = labelColumns + valueColumns; i < width; i++)
                {
                    line.Append(' ');
                }

                line.Append(value);
                _document.AddText(line.ToString(), PrintAlignment.Left, style);
                return;
            }

            Wrapped(label, PrintAlignment.Left, style);
            Wrapped(value, PrintAlignment.Right, style);
        }

        /// <summary>Adds a line of dashes across the paper.</summary>
        public void Separator()
        {
            StringBuilder line = new StringBuilder(_columns);
            for (int i = 0; i < _columns; i++)
            {
                line.Append('-');
            }

            _document.AddText(line.ToString(), PrintAlignment.Left, PrintStyle.Normal);
        }

        /// <summary>Breaks text into lines of at most <paramref name="width"/> columns, at a space where one is in reach.</summary>
        /// <param name="text">The text; <c>null</c> gives one empty line.</param>
        /// <param name="width">Columns per line, 2 or more (a Chinese character takes two).</param>
        /// <returns>The lines; at least one.</returns>
        public static string[] Wrap(string text, int width)
        {
            if (width < 2)
            {
                throw new System.ArgumentOutOfRangeException("width", "a line needs room for one Chinese character");
            }

            if (text == null || PrintText.ColumnsOf(text) <= width)
            {
                return new string[] { text == null ? string.Empty : text };
            }

            System.Collections.ArrayList lines = new System.Collections.ArrayList();
            int start = 0;
            while (start < text.Length)
            {
                int columns = 0;
                int end = start;
                int lastSpace = -1;
                while (end < text.Length && columns + PrintText.ColumnsOf(text[end]) <= width)
                {
                    if (text[end] == ' ')
                    {
                        lastSpace = end;
                    }

                    columns += PrintText.ColumnsOf(text[end]);
                    end++;
                }

                if (end < text.Length && lastSpace > start)
                {
                    // Break at the last space and drop it: the next line starts with the next word.
                    lines.Add(text.Substring(start, lastSpace - start));
                    start = lastSpace + 1;
                }
                else
                {
                    lines.Add(text.Substring(start, end - start));
                    start = end;
                }
            }

            string[] result = new string[lines.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = (string)lines[i];
            }

            return result;
        }

        private void Wrapped(string text, PrintAlignment alignment, int style)
        {
            string[] lines = Wrap(text, PrintStyle.ColumnsPerLine(style, _columns));
            for (int i = 0; i < lines.Length; i++)
            {
                _document.AddText(lines[i], alignment, style);
            }
        }
    }
}
