using System;
using Terminal.Hal.Buses;
using Terminal.Hal.Printer;

namespace Terminal.Drivers.Printer.EscPos
{
    /// <summary>
    /// A 58 mm ESC/POS thermal receipt printer (384 dots per line) on a UART. Reads the real-time status
    /// with <c>DLE EOT 1-4</c> before and after every document and with <c>DLE EOT 2</c> between its lines;
    /// prints text with justification, emphasis and double size, Chinese in GB18030 (Chinese mode,
    /// <c>FS &amp;</c>); feeds and cuts (<c>GS V 1</c>).
    /// </summary>
    /// <remarks>
    /// <para>
    /// No reply within the timeout, on every attempt, is a link fault (HW-LINK), never "no paper"; a reply
    /// that breaks the status byte's fixed bits is a garbled link, not a status. Both are counted in
    /// <see cref="LinkCounters"/>; a printer that answers again after a link fault counts as a reconnect.
    /// </para>
    /// <para>
    /// A document goes out one line at a time, and the printer is asked after each line whether it
    /// stopped (paper end, cover open, error). When it did, the job ends there as
    /// <see cref="PrintOutcome.Stopped"/> and the caller prints the document again, whole. A printer keeps
    /// in its receive buffer what it got but could not print, and prints it once the fault is cleared:
    /// that is at most the line after the last check. So the next job after a broken one starts with a
    /// feed and a cut, and that leftover comes off on its own slip, apart from the reprint.
    /// </para>
    /// <para>
    /// Gets its port in the constructor and never opens one; the board owns and disposes the port. Not
    /// thread-safe: one owner calls it, and every call blocks until done. Allocates nothing per line
    /// once its buffers have grown to the longest line.
    /// </para>
    /// </remarks>
    public sealed class EscPosPrinter : IReceiptPrinter, IReceiptPrinterSetup
    {
        private const int ReplyBufferBytes = 8;

        private readonly ISerialPort _port;
        private readonly EscPosPrinterSettings _settings;
        private readonly LinkCounters _counters = new LinkCounters();
        private readonly Gb18030Encoder _text = new Gb18030Encoder();
        private readonly EscPosEncoder _encoder;
        private readonly RealTimeStatusParser _parser = new RealTimeStatusParser();
        private readonly byte[] _query = new byte[] { EscPosCommand.DataLinkEscape, EscPosCommand.EndOfTransmission, 0 };
        private readonly byte[] _reply = new byte[ReplyBufferBytes];
        private long _bytesSent;
        private bool _linkLost;
        private bool _lastJobBrokeOff;
        private StatusReplyRejection _lastRejection;

        /// <summary>Creates the driver. Sends nothing until the first call.</summary>
        /// <param name="port">The UART to the printer, opened by the board at the printer's speed (8N1); the board owns it.</param>
        /// <param name="settings">The settings; validated here and kept.</param>
        /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
        public EscPosPrinter(ISerialPort port, EscPosPrinterSettings settings)
        {
            if (port == null || settings == null)
            {
                throw new ArgumentNullException(port == null ? "port" : "settings");
            }

            settings.Validate();
            _port = port;
            _settings = settings;
            _encoder = new EscPosEncoder(_text, settings.ColumnsPerLine * Gb18030Encoder.MaximumBytesPerCharacter + 16);
        }

        /// <inheritdoc/>
        public int ColumnsPerLine
        {
            get { return _settings.ColumnsPerLine; }
        }

        /// <inheritdoc/>
        public LinkCounters LinkCounters
        {
            get { return _counters; }
        }

        /// <inheritdoc/>
        public long BytesSent
        {
            get { return _bytesSent; }
        }

        /// <inheritdoc/>
        public int UnknownCharacters
        {
            get { return _text.UnknownCharacters; }
        }

        /// <summary>Gets why the last rejected status reply was rejected; <see cref="StatusReplyRejection.None"/> when none was.</summary>
        public StatusReplyRejection LastRejection
        {
            get { return _lastRejection; }
        }

        /// <inheritdoc/>
        public PrinterStatus Initialize()
        {
            _encoder.Clear();
            _encoder.InitializePrinter();
            if (_settings.SelectChineseMode)
            {
                _encoder.SelectChineseMode();
            }

            SendEncoded();
            return ReadStatus();
        }

        /// <inheritdoc/>
        public PrinterStatus ReadStatus()
        {
            _parser.Reset();
            for (int function = 1; function <= 4; function++)
            {
                byte value;
                PrinterLink link = Query((RealTimeStatusFunction)function, out value);
                if (link != PrinterLink.Answered)
                {
                    _linkLost = true;
                    return PrinterStatus.LinkFault(link);
                }

                _parser.Accept((RealTimeStatusFunction)function, _reply, 0, 1);
            }

            if (_linkLost)
            {
                _linkLost = false;
                _counters.CountReconnect();
            }

            return _parser.ToStatus();
        }

        /// <inheritdoc/>
        public PrintResult Print(PrintDocument document)
        {
            if (document == null)
            {
                throw new ArgumentNullException("document");
            }

            PrinterStatus status = ReadStatus();
            if (!status.CanPrint)
            {
                return Ended(status, 0, 0);
            }

            _encoder.Clear();
            if (_lastJobBrokeOff)
            {
                // What the printer buffered of the broken job prints when the fault clears: cut it off.
                AppendFeedAndCut();
            }

            _encoder.InitializePrinter();
            if (_settings.SelectChineseMode)
            {
                _encoder.SelectChineseMode();
            }

            int documentBytes = SendEncoded();
            _lastJobBrokeOff = true;
            int lines = 0;
            int count = document.LineCount;
            for (int index = 0; index < count; index++)
            {
                _encoder.Clear();
                _encoder.AppendLine(document.GetLine(index));
                documentBytes += SendEncoded();
                lines++;
                if (lines % _settings.LinesBetweenStatusChecks == 0 && index < count - 1 && !IsStillPrinting(out status))
                {
                    return Ended(status, documentBytes, lines);
                }
            }

            _encoder.Clear();
            if (document.CutAtEnd)
            {
                AppendFeedAndCut();
            }

            documentBytes += SendEncoded();

            // The status after the job: a fault here (paper out at the last line, a jam at the cut) means
            // the document is not proven whole, so it is printed again.
            status = ReadStatus();
            if (!status.CanPrint)
            {
                return Ended(status, documentBytes, lines);
            }

            _lastJobBrokeOff = false;
            return new PrintResult(PrintOutcome.Printed, status, documentBytes, lines);
        }

        private void AppendFeedAndCut()
        {
            _encoder.FeedLines(_settings.FeedLinesBeforeCut);
            if (_settings.CutPaper)
            {
                _encoder.PartialCut();
            }
        }

        private static PrintResult Ended(PrinterStatus status, int documentBytes, int lines)
        {
            return new PrintResult(status.IsLinkFault ? PrintOutcome.LinkFault : PrintOutcome.Stopped, status, documentBytes, lines);
        }

        /// <summary>Asks <c>DLE EOT 2</c> whether the printer stopped; when it did, reads the full status to say why.</summary>
        private bool IsStillPrinting(out PrinterStatus status)
        {
            byte offlineCause;
            PrinterLink link = Query(RealTimeStatusFunction.OfflineCause, out offlineCause);
            if (link != PrinterLink.Answered)
            {
                _linkLost = true;
                status = PrinterStatus.LinkFault(link);
                return false;
            }

            if (!RealTimeStatusParser.StopsPrinting(offlineCause))
            {
                status = default(PrinterStatus);
                return true;
            }

            status = ReadStatus();
            if (status.CanPrint)
            {
                // The fault cleared between the two queries (a head that cooled): the buffered lines print on.
                return true;
            }

            return false;
        }

        /// <summary>Sends <c>DLE EOT n</c> and reads the one-byte reply, trying again after a timeout or a garbled reply.</summary>
        private PrinterLink Query(RealTimeStatusFunction function, out byte value)
        {
            value = 0;
            PrinterLink link = PrinterLink.NoReply;
            for (int attempt = 1; attempt <= _settings.StatusAttempts; attempt++)
            {
                // A late reply to an earlier query would be taken for this one's.
                _port.DiscardInput();
                _query[2] = (byte)function;
                Send(_query, 3);
                int received = _port.Read(_reply, 0, 1, _settings.StatusReplyTimeoutMilliseconds);
                if (received == 0)
                {
                    _counters.CountTimeout();
                    link = PrinterLink.NoReply;
                    continue;
                }

                // DLE EOT answers with exactly one byte: anything already behind it means the line is not clean.
                received += _port.Read(_reply, 1, _reply.Length - 1, 0);
                StatusReplyRejection rejection = RealTimeStatusParser.Check(function, _reply, 0, received);
                if (rejection == StatusReplyRejection.None)
                {
                    value = _reply[0];
                    return PrinterLink.Answered;
                }

                _lastRejection = rejection;
                _counters.CountMalformedFrame();
                link = PrinterLink.GarbledReply;
                if (attempt < _settings.StatusAttempts)
                {
                    // The next attempt starts by flushing the input: a resynchronisation.
                    _counters.CountResync();
                }
            }

            return link;
        }

        private int SendEncoded()
        {
            int length = _encoder.Length;
            Send(_encoder.Buffer, length);
            return length;
        }

        private void Send(byte[] buffer, int count)
        {
            if (count == 0)
            {
                return;
            }

            _port.Write(buffer, 0, count);
            _bytesSent += count;
        }
    }
}
