using System;
using System.Collections.Generic;
using System.Text;
using Terminal.Hal.Printer;
using Terminal.Hal.Simulated.Buses;

namespace Terminal.Hal.Simulated.Printer
{
    /// <summary>
    /// A 58 mm ESC/POS thermal printer (384 dots per line, font A 12 x 24 dots) on the far end of a
    /// <see cref="SimulatedSerialPort"/>. It decodes the commands it gets into printed lines and slips
    /// (cut-separated), with text decoded back from GB18030 by .NET's encoder in Chinese mode, so tests
    /// assert what was printed. It answers <c>DLE EOT 1-4</c> on receipt, even mid-job and while stopped,
    /// as real-time commands are (Epson ESC/POS reference).
    /// </summary>
    /// <remarks>
    /// <para>
    /// Fault switches: <see cref="PaperOut"/> (now, or after N more lines with
    /// <see cref="RunOutOfPaperAfterLines"/>: mid-receipt), <see cref="PaperNearEnd"/>,
    /// <see cref="CoverOpen"/>, <see cref="HeadOverheated"/>, <see cref="CutterJam"/> (now, or at the next
    /// cut with <see cref="JamCutterAtNextCut"/>), <see cref="UnrecoverableError"/>, <see cref="NoReply"/>
    /// (the printer's transmit line is dead: it prints but never answers), <see cref="GarbledReply"/>
    /// (every status byte arrives with its fixed bits broken), transient <see cref="DropNextReplies"/>
    /// and <see cref="GarbleNextReplies"/>; the cable itself is <see cref="SimulatedSerialPort.Unplugged"/>.
    /// </para>
    /// <para>
    /// Like a real printer, while a fault stops it, it keeps what it receives (up to
    /// <see cref="ReceiveBufferBytes"/>; more is dropped and counted, where a real one would raise BUSY)
    /// and prints it once the fault is cleared. Its power-on character mode is single-byte unless told
    /// otherwise, so a driver that forgets <c>FS &amp;</c> prints garbage here, as on such a printer.
    /// </para>
    /// </remarks>
    public sealed class EscPosPrinterEmulator : ISerialPeer
    {
        /// <summary>Printable dots per line.</summary>
        public const int DotsPerLine = 384;

        /// <summary>Width of a font A single-byte character, in dots.</summary>
        public const int AsciiCharacterDots = 12;

        /// <summary>Width of a double-byte (Chinese) character, in dots.</summary>
        public const int ChineseCharacterDots = 24;

        /// <summary>Bytes the printer keeps while stopped.</summary>
        public const int ReceiveBufferBytes = 4096;

        private const byte LineFeed = 0x0A;
        private const byte CarriageReturn = 0x0D;
        private const byte DataLinkEscape = 0x10;
        private const byte EndOfTransmission = 0x04;
        private const byte Escape = 0x1B;
        private const byte FileSeparator = 0x1C;
        private const byte GroupSeparator = 0x1D;

        private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)
            ?? throw new InvalidOperationException("GB18030 (code page 54936) is not available");

        private readonly SimulatedSerialPort _port;
        private readonly bool _chineseModeAtPowerOn;
        private readonly List<byte> _pending = new List<byte>();
        private readonly List<PrintedLine> _lines = new List<PrintedLine>();
        private readonly List<IReadOnlyList<PrintedLine>> _slips = new List<IReadOnlyList<PrintedLine>>();
        private readonly List<PrintedLine> _currentSlip = new List<PrintedLine>();
        private readonly List<string> _unknownCommands = new List<string>();
        private readonly StringBuilder _lineText = new StringBuilder();
        private int _lineDots;
        private int _realTimeState;
        private int _linesUntilPaperOut = -1;
        private bool _jamAtNextCut;
        private bool _processing;
        private bool _paperOut;
        private bool _coverOpen;
        private bool _headOverheated;
        private bool _cutterJam;
        private bool _unrecoverableError;

        /// <summary>Creates the printer and connects it to the port (<see cref="SimulatedSerialPort.Peer"/>).</summary>
        /// <param name="port">The terminal's UART to the printer.</param>
        /// <param name="chineseModeAtPowerOn">Whether it starts (and returns with <c>ESC @</c>) in Chinese mode; many Chinese printers do, the default here does not.</param>
        public EscPosPrinterEmulator(SimulatedSerialPort port, bool chineseModeAtPowerOn = false)
        {
            ArgumentNullException.ThrowIfNull(port);
            _port = port;
            _chineseModeAtPowerOn = chineseModeAtPowerOn;
            ResetModes();
            port.Peer = this;
        }

        /// <summary>Raised after every line put on paper (blank feeds included), for tests that act mid-job (pull the cable).</summary>
        public event Action<PrintedLine>? LinePrinted;

        /// <summary>Gets every line put on paper, oldest first, blank feeds included.</summary>
        public IReadOnlyList<PrintedLine> Lines => _lines;

        /// <summary>Gets the slips cut off so far, oldest first.</summary>
        public IReadOnlyList<IReadOnlyList<PrintedLine>> Slips => _slips;

        /// <summary>Gets the lines printed since the last cut (still attached to the roll).</summary>
        public IReadOnlyList<PrintedLine> CurrentSlip => _currentSlip;

        /// <summary>Gets how many cuts were made.</summary>
        public int Cuts { get; private set; }

        /// <summary>Gets the commands the printer did not know, as text ("ESC 0x70").</summary>
        public IReadOnlyList<string> UnknownCommands => _unknownCommands;

        /// <summary>Gets how many bytes arrived from the terminal (real-time queries included).</summary>
        public long BytesReceived { get; private set; }

        /// <summary>Gets how many <c>DLE EOT n</c> queries arrived.</summary>
        public int StatusQueries { get; private set; }

        /// <summary>Gets how many bytes did not decode as text (high bytes outside Chinese mode, invalid GB18030); printed as U+FFFD.</summary>
        public int UndecodableBytes { get; private set; }

        /// <summary>Gets how many bytes were dropped because the receive buffer was full.</summary>
        public int DroppedBytes { get; private set; }

        /// <summary>Gets how many received bytes wait to be printed (the printer is stopped, or a command is incomplete).</summary>
        public int HeldBytes => _pending.Count;

        /// <summary>Gets whether Chinese (double-byte) mode is on.</summary>
        public bool ChineseMode { get; private set; }

        /// <summary>Gets the justification in force.</summary>
        public PrintAlignment Alignment { get; private set; }

        /// <summary>Gets whether emphasized mode is on.</summary>
        public bool Emphasized { get; private set; }

        /// <summary>Gets the width magnification in force.</summary>
        public int WidthMultiplier { get; private set; }

        /// <summary>Gets the height magnification in force.</summary>
        public int HeightMultiplier { get; private set; }

        /// <summary>Gets or sets whether the roll is empty. Clearing it resumes printing what was held.</summary>
        public bool PaperOut
        {
            get => _paperOut;
            set
            {
                _paperOut = value;
                if (!value)
                {
                    _linesUntilPaperOut = -1;
                }

                Resume();
            }
        }

        /// <summary>Gets or sets whether the near-end sensor trips (a warning: printing goes on).</summary>
        public bool PaperNearEnd { get; set; }

        /// <summary>Gets or sets whether the cover is open. Closing it resumes printing.</summary>
        public bool CoverOpen
        {
            get => _coverOpen;
            set
            {
                _coverOpen = value;
                Resume();
            }
        }

        /// <summary>Gets or sets whether the head is over temperature (an automatically recoverable error). Cooling resumes printing.</summary>
        public bool HeadOverheated
        {
            get => _headOverheated;
            set
            {
                _headOverheated = value;
                Resume();
            }
        }

        /// <summary>Gets or sets whether the auto-cutter is jammed. Clearing it resumes printing.</summary>
        public bool CutterJam
        {
            get => _cutterJam;
            set
            {
                _cutterJam = value;
                Resume();
            }
        }

        /// <summary>Gets or sets whether the printer has an unrecoverable error (offline until cleared).</summary>
        public bool UnrecoverableError
        {
            get => _unrecoverableError;
            set
            {
                _unrecoverableError = value;
                Resume();
            }
        }

        /// <summary>Gets or sets whether the printer never answers status queries (its transmit line is dead); it still prints.</summary>
        public bool NoReply { get; set; }

        /// <summary>Gets or sets whether every status reply arrives with its fixed bits broken.</summary>
        public bool GarbledReply { get; set; }

        /// <summary>Gets or sets how many of the next status queries go unanswered (a transient loss).</summary>
        public int DropNextReplies { get; set; }

        /// <summary>Gets or sets how many of the next status replies arrive garbled (transient noise).</summary>
        public int GarbleNextReplies { get; set; }

        /// <summary>Gets whether the printer is stopped (offline): paper out, cover open or an error.</summary>
        public bool IsOffline => _paperOut || _coverOpen || IsInError;

        private bool IsInError => _headOverheated || _cutterJam || _unrecoverableError;

        /// <summary>Makes the roll run out after this many more lines are printed (0: now).</summary>
        /// <param name="lines">Lines still on the roll, 0 or more.</param>
        public void RunOutOfPaperAfterLines(int lines)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(lines);
            if (lines == 0)
            {
                PaperOut = true;
                return;
            }

            _linesUntilPaperOut = lines;
        }

        /// <summary>Loads a new roll: paper present, near end cleared; held data prints.</summary>
        public void LoadPaper()
        {
            PaperNearEnd = false;
            PaperOut = false;
        }

        /// <summary>Makes the next cut jam the cutter: the cut is not made and the printer stops with <see cref="CutterJam"/>.</summary>
        public void JamCutterAtNextCut()
        {
            _jamAtNextCut = true;
        }

        /// <summary>Switches the printer off and on: held data, the line buffer and the modes are lost; paper and faults stay.</summary>
        public void PowerCycle()
        {
            _pending.Clear();
            _lineText.Clear();
            _lineDots = 0;
            _realTimeState = 0;
            ResetModes();
        }

        /// <summary>Gets the text of a slip's lines, blank lines dropped.</summary>
        /// <param name="slip">A slip from <see cref="Slips"/> or <see cref="CurrentSlip"/>.</param>
        /// <returns>The texts, in order.</returns>
        public static IReadOnlyList<string> TextOf(IReadOnlyList<PrintedLine> slip)
        {
            var texts = new List<string>();
            foreach (PrintedLine line in slip)
            {
                if (line.Text.Length > 0)
                {
                    texts.Add(line.Text);
                }
            }

            return texts;
        }

        /// <summary>Computes the status byte the printer sends for <c>DLE EOT n</c> (Epson reference bit layout).</summary>
        /// <param name="function">n, 1 to 4.</param>
        /// <returns>The byte, fixed bits included.</returns>
        public byte StatusByte(int function)
        {
            int value = 0x12;
            switch (function)
            {
                case 1:
                    value |= IsOffline ? 0x08 : 0;
                    break;
                case 2:
                    value |= (_coverOpen ? 0x04 : 0) | (_paperOut ? 0x20 : 0) | (IsInError ? 0x40 : 0);
                    break;
                case 3:
                    value |= (_cutterJam ? 0x08 : 0) | (_unrecoverableError ? 0x20 : 0) | (_headOverheated ? 0x40 : 0);
                    break;
                case 4:
                    value |= (PaperNearEnd || _paperOut ? 0x0C : 0) | (_paperOut ? 0x60 : 0);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(function), "DLE EOT n is emulated for n = 1 to 4");
            }

            return (byte)value;
        }

        /// <inheritdoc/>
        public void Receive(byte[] data, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(data);
            for (int index = offset; index < offset + count; index++)
            {
                BytesReceived++;
                TakeByte(data[index]);
            }

            Process();
        }

        // Real-time commands are picked out of the stream as they arrive, whatever the printer is doing.
        private void TakeByte(byte value)
        {
            switch (_realTimeState)
            {
                case 1:
                    if (value == EndOfTransmission)
                    {
                        _realTimeState = 2;
                        return;
                    }

                    _realTimeState = 0;
                    Hold(DataLinkEscape);
                    TakeByte(value);
                    return;
                case 2:
                    _realTimeState = 0;
                    if (value >= 1 && value <= 4)
                    {
                        Answer(value);
                        return;
                    }

                    Hold(DataLinkEscape);
                    Hold(EndOfTransmission);
                    Hold(value);
                    return;
                default:
                    if (value == DataLinkEscape)
                    {
                        _realTimeState = 1;
                        return;
                    }

                    Hold(value);
                    return;
            }
        }

        private void Answer(int function)
        {
            StatusQueries++;
            if (NoReply)
            {
                return;
            }

            if (DropNextReplies > 0)
            {
                DropNextReplies--;
                return;
            }

            byte value = StatusByte(function);
            if (GarbledReply || GarbleNextReplies > 0)
            {
                if (GarbleNextReplies > 0)
                {
                    GarbleNextReplies--;
                }

                // Flips exactly the fixed bits: the byte can never pass for a status.
                value ^= 0x93;
            }

            _port.SendToTerminal(new[] { value });
        }

        private void Hold(byte value)
        {
            if (_pending.Count >= ReceiveBufferBytes)
            {
                DroppedBytes++;
                return;
            }

            _pending.Add(value);
        }

        private void Resume()
        {
            if (!_processing)
            {
                Process();
            }
        }

        private void Process()
        {
            _processing = true;
            try
            {
                int position = 0;
                while (position < _pending.Count && !IsOffline)
                {
                    int used = Execute(position);
                    if (used == 0)
                    {
                        break;
                    }

                    position += used;
                }

                _pending.RemoveRange(0, position);
            }
            finally
            {
                _processing = false;
            }
        }

        /// <summary>Executes the command at a position; returns the bytes it took, 0 when it is not complete yet.</summary>
        private int Execute(int at)
        {
            int available = _pending.Count - at;
            byte first = _pending[at];
            switch (first)
            {
                case LineFeed:
                    PrintLine(false);
                    return 1;
                case CarriageReturn:
                    return 1;
                case Escape:
                    return available < 2 ? 0 : ExecuteEscape(at, available);
                case GroupSeparator:
                    return available < 2 ? 0 : ExecuteGroupSeparator(at, available);
                case FileSeparator:
                    if (available < 2)
                    {
                        return 0;
                    }

                    if (_pending[at + 1] == (byte)'&')
                    {
                        ChineseMode = true;
                    }
                    else if (_pending[at + 1] == (byte)'.')
                    {
                        ChineseMode = false;
                    }
                    else
                    {
                        Unknown("FS", _pending[at + 1]);
                    }

                    return 2;
            }

            if (first < 0x20 || first == 0x7F)
            {
                _unknownCommands.Add("control 0x" + first.ToString("X2"));
                return 1;
            }

            if (first < 0x80)
            {
                AddCharacter(((char)first).ToString(), AsciiCharacterDots);
                return 1;
            }

            return PrintHighByte(at, available);
        }

        private int ExecuteEscape(int at, int available)
        {
            byte command = _pending[at + 1];
            switch (command)
            {
                case (byte)'@':
                    _lineText.Clear();
                    _lineDots = 0;
                    ResetModes();
                    return 2;
                case (byte)'a':
                    if (available < 3)
                    {
                        return 0;
                    }

                    int justification = _pending[at + 2] % 48;
                    Alignment = justification == 1 ? PrintAlignment.Center : justification == 2 ? PrintAlignment.Right : PrintAlignment.Left;
                    return 3;
                case (byte)'E':
                    if (available < 3)
                    {
                        return 0;
                    }

                    Emphasized = (_pending[at + 2] & 1) != 0;
                    return 3;
                case (byte)'d':
                    if (available < 3)
                    {
                        return 0;
                    }

                    FeedLines(_pending[at + 2]);
                    return 3;
                case (byte)'!':
                    if (available < 3)
                    {
                        return 0;
                    }

                    int mode = _pending[at + 2];
                    Emphasized = (mode & 0x08) != 0;
                    HeightMultiplier = (mode & 0x10) != 0 ? 2 : 1;
                    WidthMultiplier = (mode & 0x20) != 0 ? 2 : 1;
                    return 3;
                case (byte)'2':
                    return 2;
                case (byte)'3':
                case (byte)'t':
                case (byte)'M':
                case (byte)'R':
                case (byte)'-':
                case (byte)'G':
                    // Accepted with their one parameter; they change nothing these tests look at.
                    return available < 3 ? 0 : 3;
                default:
                    Unknown("ESC", command);
                    return 2;
            }
        }

        private int ExecuteGroupSeparator(int at, int available)
        {
            byte command = _pending[at + 1];
            switch (command)
            {
                case (byte)'!':
                    if (available < 3)
                    {
                        return 0;
                    }

                    int size = _pending[at + 2];
                    WidthMultiplier = ((size >> 4) & 0x07) + 1;
                    HeightMultiplier = (size & 0x07) + 1;
                    return 3;
                case (byte)'V':
                    if (available < 3)
                    {
                        return 0;
                    }

                    int function = _pending[at + 2];
                    bool feedsFirst = function == 65 || function == 66;
                    if (feedsFirst && available < 4)
                    {
                        return 0;
                    }

                    Cut();
                    return feedsFirst ? 4 : 3;
                case (byte)'B':
                    return available < 3 ? 0 : 3;
                default:
                    Unknown("GS", command);
                    return 2;
            }
        }

        private int PrintHighByte(int at, int available)
        {
            byte lead = _pending[at];
            if (!ChineseMode || lead == 0x80 || lead == 0xFF)
            {
                UndecodableBytes++;
                AddCharacter("\uFFFD", AsciiCharacterDots);
                return 1;
            }

            if (available < 2)
            {
                return 0;
            }

            byte second = _pending[at + 1];
            int length = second >= 0x30 && second <= 0x39 ? 4 : 2;
            if (available < length)
            {
                return 0;
            }

            byte[] code = _pending.GetRange(at, length).ToArray();
            string text = Gb18030.GetString(code);
            if (text.Length == 0 || text.Contains('\uFFFD', StringComparison.Ordinal))
            {
                UndecodableBytes += length;
            }

            AddCharacter(text, ChineseCharacterDots);
            return length;
        }

        private void AddCharacter(string text, int dots)
        {
            int width = dots * WidthMultiplier;
            if (_lineDots + width > DotsPerLine)
            {
                // A real printer prints the full line and carries on with this character on the next one.
                PrintLine(true);
            }

            _lineText.Append(text);
            _lineDots += width;
        }

        private void FeedLines(int lines)
        {
            if (lines == 0)
            {
                if (_lineText.Length > 0)
                {
                    PrintLine(false);
                }

                return;
            }

            for (int i = 0; i < lines && !_paperOut; i++)
            {
                PrintLine(false);
            }
        }

        private void Cut()
        {
            if (_lineText.Length > 0)
            {
                PrintLine(false);
            }

            if (_jamAtNextCut)
            {
                _jamAtNextCut = false;
                _cutterJam = true;
                return;
            }

            _slips.Add(_currentSlip.ToArray());
            _currentSlip.Clear();
            Cuts++;
        }

        private void PrintLine(bool wrapped)
        {
            var line = new PrintedLine(_lineText.ToString(), Alignment, Emphasized, WidthMultiplier, HeightMultiplier, wrapped);
            _lineText.Clear();
            _lineDots = 0;
            _lines.Add(line);
            _currentSlip.Add(line);
            if (_linesUntilPaperOut > 0)
            {
                _linesUntilPaperOut--;
                if (_linesUntilPaperOut == 0)
                {
                    _linesUntilPaperOut = -1;
                    _paperOut = true;
                }
            }

            LinePrinted?.Invoke(line);
        }

        private void ResetModes()
        {
            ChineseMode = _chineseModeAtPowerOn;
            Alignment = PrintAlignment.Left;
            Emphasized = false;
            WidthMultiplier = 1;
            HeightMultiplier = 1;
        }

        private void Unknown(string prefix, byte command)
        {
            _unknownCommands.Add(prefix + " 0x" + command.ToString("X2"));
        }
    }
}
