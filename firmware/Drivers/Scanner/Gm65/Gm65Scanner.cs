using System;
using Terminal.Hal.Buses;
using Terminal.Hal.Scanner;
using Terminal.Hal.Time;

namespace Terminal.Drivers.Scanner.Gm65
{
    /// <summary>
    /// A GM65-class QR scanner module on a UART (reference board: COM3, ESP32 TX GPIO 40, RX GPIO 39) with its
    /// trigger line (GPIO 41, active low). Finds the module (moving it back from its factory speed after a reset),
    /// sets the zone bits the terminal needs, reads them back (HW-SCANNER), saves them to the module's flash, arms it
    /// when a code is wanted, and splits what it sends into command replies and codes (<see cref="Gm65StreamParser"/>).
    /// </summary>
    /// <remarks>
    /// <para>
    /// Exchanges are synchronous and bounded: each command waits at most
    /// <see cref="Gm65Settings.ReplyTimeoutMilliseconds"/> per attempt. A code that arrives during an exchange is
    /// kept, not lost. <see cref="TryReadCode"/> never waits. Counters: a command with no reply counts a timeout, a bad
    /// checksum a checksum error, a malformed frame, a non-text byte or a cut code a malformed frame, a move from the
    /// factory speed a resync, the module answering again after being lost a reconnect (HW-LINK).
    /// </para>
    /// <para>
    /// The board opens the port, its configuration and the trigger pin, and disposes them; the driver borrows them.
    /// One thread uses the driver. It never logs the codes it reads (payment credentials).
    /// </para>
    /// </remarks>
    public sealed class Gm65Scanner : IQrScanner
    {
        private const int ReplyBufferLength = 16;

        private readonly ISerialPort _port;
        private readonly ISerialConfiguration _line;
        private readonly IDigitalOutput _trigger;
        private readonly IClock _clock;
        private readonly LinkCounters _link = new LinkCounters();
        private readonly Gm65StreamParser _parser;
        private readonly byte[] _command = new byte[Gm65Codec.CommandOverhead + 2];
        private readonly byte[] _divisor = new byte[2];
        private readonly byte[] _input = new byte[64];
        private readonly byte[] _reply = new byte[ReplyBufferLength];
        private readonly byte[] _version = new byte[Gm65ZoneBits.VersionLength];

        // The configuration the driver owns, as data: zone bit, the bits the driver sets, their value.
        private readonly int[] _configurationAddresses;
        private readonly int[] _configurationMasks;
        private readonly int[] _configurationValues;

        private readonly int _baudRate;
        private readonly int _baudRateDivisor;
        private readonly int _factoryBaudRate;
        private readonly Gm65ReadMode _readMode;
        private readonly int _replyTimeoutMilliseconds;
        private readonly int _commandAttempts;
        private readonly int _maximumCodeLength;
        private readonly int _codeGapMilliseconds;
        private readonly bool _saveToFlash;

        private int _inputOffset;
        private int _inputCount;
        private long _lastByteMilliseconds;
        private string _readyCode;
        private string _versionText = string.Empty;
        private bool _lost;
        private bool _unsaved;
        private bool _armed;
        private int _rejections;
        private int _unrequestedCodes;

        /// <summary>Creates the driver; nothing is sent until <see cref="Start"/>. Releases the trigger line (high).</summary>
        /// <param name="port">The UART's data path.</param>
        /// <param name="line">The same UART's configuration: the driver moves its speed during a resync.</param>
        /// <param name="trigger">The module's trigger input, active low (used in <see cref="Gm65ReadMode.Manual"/>).</param>
        /// <param name="clock">For the silence inside a code (<see cref="Gm65Settings.CodeGapMilliseconds"/>).</param>
        /// <param name="settings">Speed, mode, timeouts and limits (validated here).</param>
        /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
        public Gm65Scanner(ISerialPort port, ISerialConfiguration line, IDigitalOutput trigger, IClock clock, Gm65Settings settings)
        {
            if (port == null || line == null || trigger == null || clock == null || settings == null)
            {
                throw new ArgumentNullException(port == null ? "port" : line == null ? "line" : trigger == null ? "trigger" : clock == null ? "clock" : "settings");
            }

            settings.Validate();
            _port = port;
            _line = line;
            _trigger = trigger;
            _clock = clock;
            _baudRate = settings.BaudRate;
            Gm65BaudRates.TryGetDivisor(_baudRate, out _baudRateDivisor);
            _factoryBaudRate = settings.FactoryBaudRate;
            _readMode = settings.ReadMode;
            _replyTimeoutMilliseconds = settings.ReplyTimeoutMilliseconds;
            _commandAttempts = settings.CommandAttempts;
            _maximumCodeLength = settings.MaximumCodeLength;
            _codeGapMilliseconds = settings.CodeGapMilliseconds;
            _saveToFlash = settings.SaveToFlash;
            _parser = new Gm65StreamParser(_maximumCodeLength);
            _configurationAddresses = new int[] { Gm65ZoneBits.Settings, Gm65ZoneBits.OutputInterface, Gm65ZoneBits.OutputFormat };
            _configurationMasks = new int[] { Gm65ZoneBits.ReadModeMask, Gm65ZoneBits.OutputInterfaceMask, Gm65ZoneBits.OutputFormatMask };
            _configurationValues = new int[] { (int)_readMode, 0x00, Gm65ZoneBits.OutputFormatCodeThenCarriageReturn };
            _trigger.Write(true);
        }

        /// <inheritdoc/>
        public LinkCounters Link
        {
            get { return _link; }
        }

        /// <inheritdoc/>
        public ScannerStatus LastStatus { get; private set; }

        /// <inheritdoc/>
        public bool VersionAnswered { get; private set; }

        /// <inheritdoc/>
        public string Version
        {
            get { return _versionText; }
        }

        /// <inheritdoc/>
        public bool ConfigurationVerified { get; private set; }

        /// <inheritdoc/>
        public bool IsArmed
        {
            get { return _armed; }
        }

        /// <inheritdoc/>
        public ScanRejection LastRejection { get; private set; }

        /// <inheritdoc/>
        public int Rejections
        {
            get { return _rejections; }
        }

        /// <inheritdoc/>
        public int UnrequestedCodes
        {
            get { return _unrequestedCodes; }
        }

        /// <inheritdoc/>
        public ScannerStatus Start()
        {
            Disarm();
            LastStatus = Connect();
            return LastStatus;
        }

        /// <inheritdoc/>
        public ScannerStatus CheckHealth()
        {
            Disarm();
            LastStatus = Connect();
            return LastStatus;
        }

        /// <inheritdoc/>
        public ScannerStatus Arm()
        {
            // A module lost earlier is found and verified again first: it may have been replaced or reset meanwhile.
            ScannerStatus status = _lost ? ScannerStatus.NoReply : StartLooking();
            if (status != ScannerStatus.Ok)
            {
                // Lost, reset to factory speed, or replaced: find it, set it up again, and try once more.
                status = Connect();
                if (status == ScannerStatus.Ok)
                {
                    status = StartLooking();
                }
            }

            LastStatus = status;
            _armed = status == ScannerStatus.Ok;
            if (_armed && _readMode == Gm65ReadMode.Manual)
            {
                _trigger.Write(false);
            }

            return status;
        }

        /// <inheritdoc/>
        public void Disarm()
        {
            _armed = false;
            _trigger.Write(true);
        }

        /// <inheritdoc/>
        public bool TryReadCode(out string text)
        {
            if (_readyCode == null)
            {
                DropCodeCutBySilence();
                int budget = _maximumCodeLength + _input.Length;
                while (_readyCode == null && budget > 0 && FillInput(0))
                {
                    budget -= _inputCount;
                    while (_readyCode == null && _inputCount > 0)
                    {
                        Consume();
                    }
                }
            }

            text = _readyCode;
            _readyCode = null;
            return text != null;
        }

        private ScannerStatus StartLooking()
        {
            if (_readMode == Gm65ReadMode.Command)
            {
                return WriteZoneBit(Gm65ZoneBits.Trigger, Gm65ZoneBits.TriggerStart);
            }

            // The other modes need no command to look: ask the version so a lost or reset module is found now,
            // not after the customer has waited in front of a dark window.
            return ReadVersion();
        }

        // Finds the module (resyncing its speed when needed), then configures and verifies it.
        private ScannerStatus Connect()
        {
            ScannerStatus status = ReadVersion();
            if (status != ScannerStatus.Ok)
            {
                status = Resync(status);
            }

            if (status != ScannerStatus.Ok)
            {
                _lost = true;
                VersionAnswered = false;
                ConfigurationVerified = false;
                return status;
            }

            if (_lost)
            {
                _lost = false;
                _link.CountReconnect();
            }

            return Configure();
        }

        // No valid answer at the configured speed: after a factory reset the module talks at its factory speed.
        private ScannerStatus Resync(ScannerStatus failure)
        {
            if (_baudRate == _factoryBaudRate)
            {
                return failure;
            }

            MoveLine(_factoryBaudRate);
            ScannerStatus atFactorySpeed = ReadVersion();
            if (atFactorySpeed != ScannerStatus.Ok)
            {
                // Report what was heard: garbage at our speed says more than silence at the factory one, and a bad
                // checksum at the factory speed says more than silence at ours.
                MoveLine(_baudRate);
                return failure == ScannerStatus.NoReply ? atFactorySpeed : failure;
            }

            _link.CountResync();

            // The module answers this write at the old speed and then moves (the emulator does the same); whatever the
            // answer, the next version query at the new speed tells whether it did.
            _divisor[0] = (byte)(_baudRateDivisor & 0xFF);
            _divisor[1] = (byte)(_baudRateDivisor >> 8);
            int length = Gm65Codec.EncodeCommand(Gm65CommandType.WriteZoneBit, Gm65ZoneBits.BaudRateDivisor, _divisor, 0, 2, _command, 0);
            Exchange(length, 1);
            MoveLine(_baudRate);
            _unsaved = true;
            return ReadVersion();
        }

        private ScannerStatus Configure()
        {
            bool verified = true;
            ScannerStatus status;
            for (int index = 0; index < _configurationAddresses.Length; index++)
            {
                int address = _configurationAddresses[index];
                int mask = _configurationMasks[index];
                int wanted = _configurationValues[index];
                status = ReadZoneBits(address, 1);
                if (status != ScannerStatus.Ok)
                {
                    return Unverified(status);
                }

                int current = _reply[0];
                if ((current & mask) == wanted)
                {
                    continue;
                }

                status = WriteZoneBit(address, (current & ~mask) | wanted);
                if (status == ScannerStatus.Ok)
                {
                    status = ReadZoneBits(address, 1);
                }

                if (status != ScannerStatus.Ok)
                {
                    return Unverified(status);
                }

                _unsaved = true;
                verified &= (_reply[0] & mask) == wanted;
            }

            status = ReadZoneBits(Gm65ZoneBits.BaudRateDivisor, 2);
            if (status != ScannerStatus.Ok)
            {
                return Unverified(status);
            }

            verified &= (_reply[0] | (_reply[1] << 8)) == _baudRateDivisor;
            ConfigurationVerified = verified;
            if (!verified)
            {
                // Never save a configuration that did not read back: the module keeps its last good one in flash.
                return ScannerStatus.ConfigurationMismatch;
            }

            if (_unsaved && _saveToFlash)
            {
                int length = Gm65Codec.EncodeSave(_command, 0);
                status = Exchange(length, 1);
                if (status != ScannerStatus.Ok)
                {
                    return Unverified(status);
                }

                _unsaved = false;
            }

            return ScannerStatus.Ok;
        }

        private ScannerStatus Unverified(ScannerStatus status)
        {
            ConfigurationVerified = false;
            return status;
        }

        private ScannerStatus ReadVersion()
        {
            ScannerStatus status = ReadZoneBits(Gm65ZoneBits.Version, Gm65ZoneBits.VersionLength);
            if (status != ScannerStatus.Ok)
            {
                VersionAnswered = false;
                return status;
            }

            VersionAnswered = true;
            bool same = _versionText.Length > 0;
            for (int index = 0; index < Gm65ZoneBits.VersionLength; index++)
            {
                same &= _version[index] == _reply[index];
                _version[index] = _reply[index];
            }

            if (!same)
            {
                _versionText = FormatVersion(_version);
            }

            return ScannerStatus.Ok;
        }

        // The version block's layout differs between GM6x models (hardware and software version, date); shown as hex
        // pairs so the technician reads exactly what the module said.
        private static string FormatVersion(byte[] version)
        {
            string text = string.Empty;
            for (int index = 0; index < version.Length; index++)
            {
                text += (index == 0 ? string.Empty : " ") + version[index].ToString("X2");
            }

            return text;
        }

        private ScannerStatus ReadZoneBits(int address, int count)
        {
            int length = Gm65Codec.EncodeRead(address, count, _command, 0);
            return Exchange(length, count);
        }

        private ScannerStatus WriteZoneBit(int address, int value)
        {
            int length = Gm65Codec.EncodeWrite(address, (byte)value, _command, 0);
            return Exchange(length, 1);
        }

        // Sends a command and waits for its reply, retrying; the reply's data lands in _reply.
        private ScannerStatus Exchange(int commandLength, int expectedReplyLength)
        {
            ScannerStatus status = ScannerStatus.NoReply;
            for (int attempt = 0; attempt < _commandAttempts; attempt++)
            {
                status = ExchangeOnce(commandLength, expectedReplyLength);
                if (status == ScannerStatus.Ok)
                {
                    return status;
                }
            }

            return status;
        }

        private ScannerStatus ExchangeOnce(int commandLength, int expectedReplyLength)
        {
            // Whatever waits on the line is older than this command: codes in it are kept, stale replies dropped.
            while (_inputCount > 0 || FillInput(0))
            {
                Consume();
            }

            if (_parser.IsMidReply)
            {
                // The start of an older reply (its end lost): this command's reply cannot continue it.
                DropUnfinished();
            }

            _port.Write(_command, 0, commandLength);
            bool heardAnything = false;
            bool badChecksum = false;
            int budget = (2 * Gm65StreamParser.MaximumReplyLength) + _maximumCodeLength;
            while (true)
            {
                if (_inputCount == 0)
                {
                    if (!FillInput(_replyTimeoutMilliseconds))
                    {
                        DropUnfinished();
                        if (!heardAnything)
                        {
                            _link.CountTimeout();
                            return ScannerStatus.NoReply;
                        }

                        return badChecksum ? ScannerStatus.ChecksumError : ScannerStatus.Garbled;
                    }

                    heardAnything = true;
                    budget -= _inputCount;
                    if (budget < 0)
                    {
                        // A stream that never forms a reply (noise at the wrong speed): stop listening.
                        DropUnfinished();
                        return ScannerStatus.Garbled;
                    }
                }

                Gm65ParseResult result = Consume();
                if (result == Gm65ParseResult.Reply)
                {
                    if (_parser.ReplyLength != expectedReplyLength)
                    {
                        _link.CountMalformedFrame();
                        Rejected(ScanRejection.MalformedFrame);
                        continue;
                    }

                    for (int index = 0; index < expectedReplyLength; index++)
                    {
                        _reply[index] = _parser.ReplyByte(index);
                    }

                    return ScannerStatus.Ok;
                }

                if (result == Gm65ParseResult.Rejected && _parser.Rejection == ScanRejection.ChecksumMismatch)
                {
                    badChecksum = true;
                }
            }
        }

        // Feeds one waiting byte to the parser and acts on what it completed.
        private Gm65ParseResult Consume()
        {
            byte value = _input[_inputOffset++];
            _inputCount--;
            Gm65ParseResult result = _parser.Feed(value);
            if (result == Gm65ParseResult.Code)
            {
                if (_armed && _readyCode == null)
                {
                    _readyCode = _parser.CodeText();
                    Disarm();
                }
                else
                {
                    _unrequestedCodes++;
                }
            }
            else if (result == Gm65ParseResult.Rejected)
            {
                ScanRejection reason = _parser.Rejection;
                if (reason == ScanRejection.ChecksumMismatch)
                {
                    _link.CountChecksumError();
                }
                else if (reason != ScanRejection.TooLong)
                {
                    // A long code is a real code the terminal refuses; everything else is the line's fault.
                    _link.CountMalformedFrame();
                }

                Rejected(reason);
            }

            return result;
        }

        private void Rejected(ScanRejection reason)
        {
            LastRejection = reason;
            _rejections++;
        }

        // Reads what the line has into the input buffer; false when nothing came within the timeout.
        private bool FillInput(int timeoutMilliseconds)
        {
            if (_inputCount > 0)
            {
                return true;
            }

            int read = _port.Read(_input, 0, _input.Length, timeoutMilliseconds);
            if (read <= 0)
            {
                return false;
            }

            _inputOffset = 0;
            _inputCount = read;
            _lastByteMilliseconds = _clock.MonotonicMilliseconds;
            return true;
        }

        // A code whose bytes stopped coming for longer than the gap was cut, or the app did not read for that long. Its
        // start is dropped, never glued to a later code. Bytes already waiting now arrived during the silence: they are
        // the rest of the same code (the app stalled), so they are skipped up to their CR and never delivered as a code
        // of their own. Nothing waiting means the line itself went quiet (cable pulled): the next code is read normally.
        private void DropCodeCutBySilence()
        {
            if (!_parser.IsMidFrame || _clock.MonotonicMilliseconds - _lastByteMilliseconds <= _codeGapMilliseconds)
            {
                return;
            }

            bool codeWasCut = _parser.HasPartialCode;
            DropUnfinished();
            if (codeWasCut && FillInput(0))
            {
                _parser.SkipRestOfCode();
            }
        }

        private void DropUnfinished()
        {
            if (_parser.HasPartialCode)
            {
                Rejected(ScanRejection.Truncated);
                _link.CountMalformedFrame();
            }
            else if (_parser.IsMidReply)
            {
                Rejected(ScanRejection.MalformedFrame);
                _link.CountMalformedFrame();
            }

            // Also ends the skipping after a rejected frame, which was counted when it was rejected.
            _parser.Reset();
        }

        private void MoveLine(int baudRate)
        {
            _line.ChangeBaudRate(baudRate);
            _inputCount = 0;
            _parser.Reset();
        }
    }
}
