using System;
using Terminal.Hal.Printer;

namespace Terminal.Drivers.Printer.EscPos
{
    /// <summary>
    /// Builds ESC/POS command bytes in a reusable buffer: pure logic, no bus. The driver fills it with a
    /// job's header, one line at a time, then the feed and cut, and writes what it holds to the port.
    /// It remembers the justification, emphasis and size it last selected within a job, so a line only
    /// carries the commands that change something. The buffer grows when a line needs more room and is
    /// then reused, so steady printing allocates nothing.
    /// </summary>
    public sealed class EscPosEncoder
    {
        private readonly Gb18030Encoder _text;
        private byte[] _buffer;
        private int _length;
        private PrintAlignment _alignment;
        private bool _emphasized;
        private int _size;

        /// <summary>Creates an encoder.</summary>
        /// <param name="text">The text encoder; it counts the characters printed as '?'.</param>
        /// <param name="initialCapacityBytes">The buffer's first size, 16 or more.</param>
        public EscPosEncoder(Gb18030Encoder text, int initialCapacityBytes)
        {
            if (text == null)
            {
                throw new ArgumentNullException("text");
            }

            _text = text;
            _buffer = new byte[initialCapacityBytes < 16 ? 16 : initialCapacityBytes];
            ResetModes();
        }

        /// <summary>Gets the buffer; the bytes to send are the first <see cref="Length"/>.</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>Gets how many bytes the buffer holds.</summary>
        public int Length
        {
            get { return _length; }
        }

        /// <summary>Empties the buffer; the modes selected are kept (they describe the printer, not the buffer).</summary>
        public void Clear()
        {
            _length = 0;
        }

        /// <summary>Appends <c>ESC @</c>, initialize printer, and forgets the modes: the printer is back at its power-on modes.</summary>
        public void InitializePrinter()
        {
            Append(EscPosCommand.Escape, EscPosCommand.InitializePrinter);
            ResetModes();
        }

        /// <summary>Appends <c>FS &amp;</c>, select Kanji (Chinese) character mode: GB18030 double-byte codes print as Chinese.</summary>
        public void SelectChineseMode()
        {
            Append(EscPosCommand.FileSeparator, EscPosCommand.SelectKanjiMode);
        }

        /// <summary>Appends one line: the mode commands that differ from the current ones, the text, and LF.</summary>
        /// <param name="line">The line.</param>
        public void AppendLine(PrintLine line)
        {
            if (line == null)
            {
                throw new ArgumentNullException("line");
            }

            // Justification applies at the start of a line (ESC a, Epson reference), so it goes first.
            if (line.Alignment != _alignment)
            {
                Append(EscPosCommand.Escape, EscPosCommand.SelectJustification, (byte)line.Alignment);
                _alignment = line.Alignment;
            }

            bool emphasized = (line.Style & PrintStyle.Emphasized) != 0;
            if (emphasized != _emphasized)
            {
                Append(EscPosCommand.Escape, EscPosCommand.SelectEmphasized, (byte)(emphasized ? 1 : 0));
                _emphasized = emphasized;
            }

            int size = CharacterSize(line.Style);
            if (size != _size)
            {
                Append(EscPosCommand.GroupSeparator, EscPosCommand.SelectCharacterSize, (byte)size);
                _size = size;
            }

            EnsureRoom(Gb18030Encoder.MaximumByteCount(line.Text) + 1);
            _length += _text.Encode(line.Text, _buffer, _length);
            _buffer[_length++] = EscPosCommand.LineFeed;
        }

        /// <summary>Appends <c>ESC d n</c>, print and feed n lines, splitting counts above 255.</summary>
        /// <param name="lines">Lines to feed, 0 or more; 0 appends nothing.</param>
        public void FeedLines(int lines)
        {
            while (lines > 0)
            {
                int step = lines > EscPosCommand.MaximumFeedLines ? EscPosCommand.MaximumFeedLines : lines;
                Append(EscPosCommand.Escape, EscPosCommand.PrintAndFeedLines, (byte)step);
                lines -= step;
            }
        }

        /// <summary>Appends <c>GS V 1</c>, partial cut (function A): the paper is cut where it stands.</summary>
        public void PartialCut()
        {
            Append(EscPosCommand.GroupSeparator, EscPosCommand.CutPaper, EscPosCommand.PartialCut);
        }

        /// <summary>Computes the n of <c>GS ! n</c> for a style: width magnification - 1 in bits 4-7, height in bits 0-3.</summary>
        /// <param name="style">The <see cref="PrintStyle"/> flags.</param>
        /// <returns>The byte.</returns>
        public static int CharacterSize(int style)
        {
            int width = (style & PrintStyle.DoubleWidth) != 0 ? 1 : 0;
            int height = (style & PrintStyle.DoubleHeight) != 0 ? 1 : 0;
            return (width << 4) | height;
        }

        private void ResetModes()
        {
            _alignment = PrintAlignment.Left;
            _emphasized = false;
            _size = 0;
        }

        private void Append(byte first, byte second)
        {
            EnsureRoom(2);
            _buffer[_length++] = first;
            _buffer[_length++] = second;
        }

        private void Append(byte first, byte second, byte third)
        {
            EnsureRoom(3);
            _buffer[_length++] = first;
            _buffer[_length++] = second;
            _buffer[_length++] = third;
        }

        private void EnsureRoom(int bytes)
        {
            if (_length + bytes <= _buffer.Length)
            {
                return;
            }

            int size = _buffer.Length * 2;
            while (size < _length + bytes)
            {
                size *= 2;
            }

            byte[] larger = new byte[size];
            Array.Copy(_buffer, larger, _length);
            _buffer = larger;
        }
    }
}
