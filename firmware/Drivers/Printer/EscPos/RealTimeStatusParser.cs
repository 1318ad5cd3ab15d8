using System;
using Terminal.Hal.Printer;

namespace Terminal.Drivers.Printer.EscPos
{
    /// <summary>
    /// Checks and decodes the one-byte replies to <c>DLE EOT n</c> (n = 1..4), per the bit layout of the
    /// Epson ESC/POS Command Reference, "DLE EOT: transmit real-time status". Pure logic, no bus: the
    /// driver feeds it the bytes it read, and it either accepts a reply or rejects it with a reason.
    /// </summary>
    /// <remarks>
    /// Every status byte has fixed bits: bit 0 = 0, bit 1 = 1, bit 4 = 1, bit 7 = 0 (mask 0x93, value
    /// 0x12). A reply that breaks them is noise, a wrong baud rate or a damaged cable (HW-LINK), never a
    /// printer condition. The roll paper sensor byte reports each sensor on two bits (2 and 3 near end,
    /// 5 and 6 paper end); a reply whose pair disagrees is rejected too, rather than guessed at.
    /// Collect the four functions with <see cref="Accept"/>, then <see cref="ToStatus"/>.
    /// </remarks>
    public sealed class RealTimeStatusParser
    {
        /// <summary>The bits every status byte has at a fixed value.</summary>
        public const int FixedBitsMask = 0x93;

        /// <summary>Their values: bit 1 and bit 4 on, bit 0 and bit 7 off.</summary>
        public const int FixedBitsValue = 0x12;

        /// <summary>DLE EOT 1, bit 3: the printer is offline.</summary>
        public const int PrinterOfflineBit = 0x08;

        /// <summary>DLE EOT 2, bit 2: the cover is open.</summary>
        public const int CoverOpenBit = 0x04;

        /// <summary>DLE EOT 2, bit 5: printing is stopped because the paper ran out.</summary>
        public const int PaperEndStopBit = 0x20;

        /// <summary>DLE EOT 2, bit 6: an error occurred (DLE EOT 3 says which).</summary>
        public const int ErrorOccurredBit = 0x40;

        /// <summary>DLE EOT 3, bit 2: a recoverable error other than the cutter's.</summary>
        public const int RecoverableErrorBit = 0x04;

        /// <summary>DLE EOT 3, bit 3: the auto-cutter failed (jam).</summary>
        public const int AutoCutterErrorBit = 0x08;

        /// <summary>DLE EOT 3, bit 5: an unrecoverable error.</summary>
        public const int UnrecoverableErrorBit = 0x20;

        /// <summary>DLE EOT 3, bit 6: an automatically recoverable error; on a thermal printer the head's temperature.</summary>
        public const int AutoRecoverableErrorBit = 0x40;

        /// <summary>DLE EOT 4, bits 2 and 3: the roll paper near-end sensor trips.</summary>
        public const int NearEndBits = 0x0C;

        /// <summary>DLE EOT 4, bits 5 and 6: the roll paper end sensor finds no paper.</summary>
        public const int PaperEndBits = 0x60;

        private const int FunctionCount = 4;

        private readonly byte[] _values = new byte[FunctionCount];
        private int _received;

        /// <summary>Gets whether a valid reply to each of the four functions was accepted since the last <see cref="Reset"/>.</summary>
        public bool IsComplete
        {
            get { return _received == (1 << FunctionCount) - 1; }
        }

        /// <summary>Forgets the replies accepted so far, to read a new status.</summary>
        public void Reset()
        {
            _received = 0;
        }

        /// <summary>Checks a reply and, when it is a valid status byte, keeps it for <see cref="ToStatus"/>.</summary>
        /// <param name="function">The function the reply answers.</param>
        /// <param name="reply">The bytes read after sending <c>DLE EOT n</c>.</param>
        /// <param name="offset">Index of the first byte.</param>
        /// <param name="count">Number of bytes read, 0 or more.</param>
        /// <returns><see cref="StatusReplyRejection.None"/> when accepted; otherwise why not (nothing is kept).</returns>
        /// <exception cref="ArgumentNullException"><paramref name="reply"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The range lies outside <paramref name="reply"/>, or <paramref name="function"/> is not 1..4.</exception>
        public StatusReplyRejection Accept(RealTimeStatusFunction function, byte[] reply, int offset, int count)
        {
            StatusReplyRejection rejection = Check(function, reply, offset, count);
            if (rejection == StatusReplyRejection.None)
            {
                int index = (int)function - 1;
                _values[index] = reply[offset];
                _received |= 1 << index;
            }

            return rejection;
        }

        /// <summary>Builds the status from the four replies accepted.</summary>
        /// <returns>An answered status.</returns>
        /// <exception cref="InvalidOperationException">Not all four functions were accepted yet.</exception>
        public PrinterStatus ToStatus()
        {
            if (!IsComplete)
            {
                throw new InvalidOperationException("accept a reply to each of DLE EOT 1, 2, 3 and 4 first");
            }

            int printer = _values[0];
            int offlineCause = _values[1];
            int errorCause = _values[2];
            int paperSensor = _values[3];

            PaperLevel paper = PaperLevel.Present;
            if ((paperSensor & PaperEndBits) != 0 || (offlineCause & PaperEndStopBit) != 0)
            {
                paper = PaperLevel.Out;
            }
            else if ((paperSensor & NearEndBits) != 0)
            {
                paper = PaperLevel.NearEnd;
            }

            bool offline = (printer & PrinterOfflineBit) != 0 || (offlineCause & ErrorOccurredBit) != 0 || (errorCause & RecoverableErrorBit) != 0;
            return new PrinterStatus(
                PrinterLink.Answered,
                paper,
                (offlineCause & CoverOpenBit) != 0,
                (errorCause & AutoRecoverableErrorBit) != 0,
                (errorCause & AutoCutterErrorBit) != 0,
                (errorCause & UnrecoverableErrorBit) != 0,
                offline);
        }

        /// <summary>Checks a reply to <c>DLE EOT n</c> without keeping it.</summary>
        /// <param name="function">The function the reply answers.</param>
        /// <param name="reply">The bytes read.</param>
        /// <param name="offset">Index of the first byte.</param>
        /// <param name="count">Number of bytes read, 0 or more.</param>
        /// <returns><see cref="StatusReplyRejection.None"/> for a valid status byte; otherwise why not.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="reply"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The range lies outside <paramref name="reply"/>, or <paramref name="function"/> is not 1..4.</exception>
        public static StatusReplyRejection Check(RealTimeStatusFunction function, byte[] reply, int offset, int count)
        {
            if (reply == null)
            {
                throw new ArgumentNullException("reply");
            }

            if (offset < 0 || count < 0 || offset > reply.Length - count)
            {
                throw new ArgumentOutOfRangeException("count", "the range lies outside the buffer");
            }

            if (function < RealTimeStatusFunction.PrinterStatus || function > RealTimeStatusFunction.RollPaperSensor)
            {
                throw new ArgumentOutOfRangeException("function", "DLE EOT n is defined here for n = 1 to 4");
            }

            if (count == 0)
            {
                return StatusReplyRejection.Empty;
            }

            if (count > 1)
            {
                return StatusReplyRejection.ExtraBytes;
            }

            int value = reply[offset];
            if ((value & FixedBitsMask) != FixedBitsValue)
            {
                return StatusReplyRejection.FixedBitsViolated;
            }

            if (function == RealTimeStatusFunction.RollPaperSensor && (!PairAgrees(value, NearEndBits) || !PairAgrees(value, PaperEndBits)))
            {
                return StatusReplyRejection.SensorBitPairDisagrees;
            }

            return StatusReplyRejection.None;
        }

        /// <summary>
        /// Tells whether a valid offline cause byte (<c>DLE EOT 2</c>) says printing has stopped: cover open,
        /// paper end, or an error. The driver asks only this between lines, and reads the full status when it is set.
        /// </summary>
        /// <param name="offlineCause">A reply to DLE EOT 2 that passed <see cref="Check"/>.</param>
        /// <returns><c>true</c> when the printer has stopped.</returns>
        public static bool StopsPrinting(byte offlineCause)
        {
            return (offlineCause & (CoverOpenBit | PaperEndStopBit | ErrorOccurredBit)) != 0;
        }

        /// <summary>Gets the sentence for a rejection, for logs and the technician.</summary>
        /// <param name="rejection">The rejection.</param>
        /// <returns>The sentence.</returns>
        public static string Describe(StatusReplyRejection rejection)
        {
            switch (rejection)
            {
                case StatusReplyRejection.None: return "valid status byte";
                case StatusReplyRejection.Empty: return "no reply byte";
                case StatusReplyRejection.ExtraBytes: return "more than one byte in reply to DLE EOT";
                case StatusReplyRejection.FixedBitsViolated: return "fixed bits broken (bit 0 must be 0, bit 1 must be 1, bit 4 must be 1, bit 7 must be 0)";
                case StatusReplyRejection.SensorBitPairDisagrees: return "roll paper sensor bit pair disagrees (bits 2/3 or 5/6)";
                default: return "unknown rejection";
            }
        }

        private static bool PairAgrees(int value, int pairMask)
        {
            int bits = value & pairMask;
            return bits == 0 || bits == pairMask;
        }
    }
}
