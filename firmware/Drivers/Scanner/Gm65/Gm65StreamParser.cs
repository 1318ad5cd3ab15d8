using System;
using Terminal.Hal.Scanner;

namespace Terminal.Drivers.Scanner.Gm65
{
    /// <summary>
    /// Splits the bytes the GM65 sends into command replies and scanned codes, one byte at a time. The two never
    /// look alike: a reply starts with STX (0x02), which is not printable text, and a code is printable ASCII ended
    /// by CR (the driver sets that terminator).
    /// <code>
    /// reply: 02 00 | Types (00 = success) | Lens (00 = 256) | Datas (Lens bytes) | CRC high, low over Types..Datas
    /// code:  printable ASCII (0x20..0x7E), 1 to the length limit | 0D
    /// </code>
    /// Anything else is rejected with a <see cref="ScanRejection"/> reason, never thrown: a control byte or non-ASCII
    /// byte in a code (<see cref="ScanRejection.NotText"/>), a code over the limit (<see cref="ScanRejection.TooLong"/>,
    /// the whole code dropped, never a prefix delivered), a reply arriving in the middle of a code
    /// (<see cref="ScanRejection.Truncated"/>), a bad reply header or type (<see cref="ScanRejection.MalformedFrame"/>),
    /// a bad checksum (<see cref="ScanRejection.ChecksumMismatch"/>). After a rejected code the rest of it, up to its CR,
    /// (or of a malformed frame) is skipped; a new reply (STX) is still recognised. A lone CR or LF (the LF of a CRLF terminator) is ignored.
    /// </summary>
    /// <remarks>Buffers are allocated once; feeding allocates nothing. Only <see cref="CodeText"/> creates a string.</remarks>
    public sealed class Gm65StreamParser
    {
        /// <summary>The first byte of a reply frame (STX).</summary>
        public const byte ReplyHead = 0x02;

        /// <summary>The second byte of a reply frame.</summary>
        public const byte ReplyHeadSecond = 0x00;

        /// <summary>The reply type meaning success (the only one the manual documents).</summary>
        public const byte ReplyTypeSuccess = 0x00;

        /// <summary>The most data bytes a reply carries (Lens 0x00 means 256).</summary>
        public const int MaximumReplyLength = 256;

        private const byte CarriageReturn = 0x0D;
        private const byte LineFeed = 0x0A;

        private const int StateText = 0;
        private const int StateSkippingCode = 1;
        private const int StateReplyHeadSecond = 2;
        private const int StateReplyType = 3;
        private const int StateReplyLength = 4;
        private const int StateReplyData = 5;
        private const int StateReplyCrcHigh = 6;
        private const int StateReplyCrcLow = 7;
        private const int StateSkippingFrame = 8;

        private readonly char[] _code;
        private readonly byte[] _reply = new byte[MaximumReplyLength];
        private int _state;
        private int _codeLength;
        private bool _codeComplete;
        private int _replyLength;
        private int _replyReceived;
        private int _runningCrc;
        private int _receivedCrcHigh;

        /// <summary>Creates a parser waiting for the first byte.</summary>
        /// <param name="maximumCodeLength">The longest code accepted, in characters (1 to 4096).</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximumCodeLength"/> is outside its range.</exception>
        public Gm65StreamParser(int maximumCodeLength)
        {
            if (maximumCodeLength < 1 || maximumCodeLength > 4096)
            {
                throw new ArgumentOutOfRangeException("maximumCodeLength");
            }

            _code = new char[maximumCodeLength];
        }

        /// <summary>Gets why the last <see cref="Gm65ParseResult.Rejected"/> happened.</summary>
        public ScanRejection Rejection { get; private set; }

        /// <summary>Gets the data length of the last complete reply.</summary>
        public int ReplyLength
        {
            get { return _replyLength; }
        }

        /// <summary>Gets the length of the code just completed (valid right after <see cref="Gm65ParseResult.Code"/>).</summary>
        public int CodeLength
        {
            get { return _codeComplete ? _codeLength : 0; }
        }

        /// <summary>Gets whether bytes of an unfinished code or reply are held (or the rest of a rejected code is being skipped).</summary>
        public bool IsMidFrame
        {
            get { return _state != StateText || (_codeLength > 0 && !_codeComplete); }
        }

        /// <summary>Gets whether an unfinished code (not a reply, not the skipped rest of a rejected code) is held.</summary>
        public bool HasPartialCode
        {
            get { return _state == StateText && _codeLength > 0 && !_codeComplete; }
        }

        /// <summary>Gets whether an unfinished reply frame is held (its header arrived, not yet its checksum).</summary>
        public bool IsMidReply
        {
            get { return _state >= StateReplyHeadSecond && _state <= StateReplyCrcLow; }
        }

        /// <summary>Gets a data byte of the last complete reply.</summary>
        /// <param name="index">0 to <see cref="ReplyLength"/> - 1.</param>
        /// <returns>The byte.</returns>
        public byte ReplyByte(int index)
        {
            if (index < 0 || index >= _replyLength)
            {
                throw new ArgumentOutOfRangeException("index");
            }

            return _reply[index];
        }

        /// <summary>Creates the text of the code just completed (one string: the only allocation of the parser).</summary>
        /// <returns>The code, without its CR.</returns>
        /// <exception cref="InvalidOperationException">No code was just completed.</exception>
        public string CodeText()
        {
            if (!_codeComplete)
            {
                throw new InvalidOperationException("no code was just completed");
            }

            return new string(_code, 0, _codeLength);
        }

        /// <summary>Forgets any unfinished code or reply (after a silence, a speed change or a timeout).</summary>
        public void Reset()
        {
            _state = StateText;
            _codeLength = 0;
            _codeComplete = false;
        }

        /// <summary>
        /// Drops any unfinished code and skips the bytes that follow up to the next CR (or reply): used when the start
        /// of a code was cut off, so its tail is never taken for a code of its own.
        /// </summary>
        public void SkipRestOfCode()
        {
            _state = StateSkippingCode;
            _codeLength = 0;
            _codeComplete = false;
        }

        /// <summary>Takes the next byte from the line.</summary>
        /// <param name="value">The byte.</param>
        /// <returns>What the byte completed.</returns>
        public Gm65ParseResult Feed(byte value)
        {
            if (_codeComplete)
            {
                _codeComplete = false;
                _codeLength = 0;
            }

            switch (_state)
            {
                case StateText:
                    return FeedText(value);
                case StateSkippingCode:
                case StateSkippingFrame:
                    if (value == CarriageReturn)
                    {
                        _state = StateText;
                    }
                    else if (value == ReplyHead)
                    {
                        _state = StateReplyHeadSecond;
                    }

                    return Gm65ParseResult.NeedMore;
                case StateReplyHeadSecond:
                    if (value == ReplyHeadSecond)
                    {
                        _state = StateReplyType;
                        return Gm65ParseResult.NeedMore;
                    }

                    // The STX was noise, or a second STX: skip to the end of whatever this is.
                    _state = value == ReplyHead ? StateReplyHeadSecond : StateSkippingFrame;
                    return Reject(ScanRejection.MalformedFrame);
                case StateReplyType:
                    if (value != ReplyTypeSuccess)
                    {
                        _state = StateSkippingFrame;
                        return Reject(ScanRejection.MalformedFrame);
                    }

                    _runningCrc = Gm65Crc.Update(0, value);
                    _state = StateReplyLength;
                    return Gm65ParseResult.NeedMore;
                case StateReplyLength:
                    _replyLength = value == 0 ? MaximumReplyLength : value;
                    _replyReceived = 0;
                    _runningCrc = Gm65Crc.Update(_runningCrc, value);
                    _state = StateReplyData;
                    return Gm65ParseResult.NeedMore;
                case StateReplyData:
                    _reply[_replyReceived++] = value;
                    _runningCrc = Gm65Crc.Update(_runningCrc, value);
                    if (_replyReceived == _replyLength)
                    {
                        _state = StateReplyCrcHigh;
                    }

                    return Gm65ParseResult.NeedMore;
                case StateReplyCrcHigh:
                    _receivedCrcHigh = value;
                    _state = StateReplyCrcLow;
                    return Gm65ParseResult.NeedMore;
                default:
                    _state = StateText;
                    if (((_receivedCrcHigh << 8) | value) != _runningCrc)
                    {
                        _replyLength = 0;
                        return Reject(ScanRejection.ChecksumMismatch);
                    }

                    return Gm65ParseResult.Reply;
            }
        }

        private Gm65ParseResult FeedText(byte value)
        {
            if (value == ReplyHead)
            {
                _state = StateReplyHeadSecond;
                if (_codeLength > 0)
                {
                    // A reply in the middle of a code: the code lost its end (cable, pause); never deliver a prefix.
                    _codeLength = 0;
                    return Reject(ScanRejection.Truncated);
                }

                return Gm65ParseResult.NeedMore;
            }

            if (value == CarriageReturn || (value == LineFeed && _codeLength == 0))
            {
                if (_codeLength == 0)
                {
                    return Gm65ParseResult.NeedMore;
                }

                _codeComplete = true;
                return Gm65ParseResult.Code;
            }

            if (value < 0x20 || value > 0x7E)
            {
                _codeLength = 0;
                _state = StateSkippingCode;
                return Reject(ScanRejection.NotText);
            }

            if (_codeLength == _code.Length)
            {
                _codeLength = 0;
                _state = StateSkippingCode;
                return Reject(ScanRejection.TooLong);
            }

            _code[_codeLength++] = (char)value;
            return Gm65ParseResult.NeedMore;
        }

        private Gm65ParseResult Reject(ScanRejection reason)
        {
            Rejection = reason;
            return Gm65ParseResult.Rejected;
        }
    }
}
