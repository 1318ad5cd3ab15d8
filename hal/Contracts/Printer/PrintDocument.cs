using System.Collections;

namespace Terminal.Hal.Printer
{
    /// <summary>
    /// What the app asks a receipt printer to print: lines of text with alignment and style, then (by
    /// default) a feed and a partial cut. It says nothing about bytes: the driver renders it in its own
    /// command language. Built by one owner, then handed to <see cref="IReceiptPrinter.Print"/>.
    /// </summary>
    public sealed class PrintDocument
    {
        private readonly ArrayList _lines = new ArrayList();

        /// <summary>Gets the number of lines.</summary>
        public int LineCount
        {
            get { return _lines.Count; }
        }

        /// <summary>Gets or sets whether the paper is fed to the cutter and cut after the last line (default <c>true</c>).</summary>
        public bool CutAtEnd { get; set; } = true;

        /// <summary>Gets one line.</summary>
        /// <param name="index">0 .. <see cref="LineCount"/> - 1.</param>
        /// <returns>The line.</returns>
        public PrintLine GetLine(int index)
        {
            return (PrintLine)_lines[index];
        }

        /// <summary>Appends a line of text.</summary>
        /// <param name="text">The text (see <see cref="PrintLine"/>).</param>
        /// <param name="alignment">Where it sits.</param>
        /// <param name="style">The <see cref="PrintStyle"/> flags.</param>
        public void AddText(string text, PrintAlignment alignment, int style)
        {
            _lines.Add(new PrintLine(text, alignment, style));
        }

        /// <summary>Appends a blank line.</summary>
        public void AddBlankLine()
        {
            _lines.Add(new PrintLine(string.Empty, PrintAlignment.Left, PrintStyle.Normal));
        }
    }
}
