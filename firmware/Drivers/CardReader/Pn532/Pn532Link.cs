using System;
using Terminal.Hal.Buses;
using Terminal.Hal.CardReader;
using Terminal.Hal.Time;

namespace Terminal.Drivers.CardReader.Pn532
{
    /// <summary>
    /// The PN532 host protocol over I2C: one command, its ACK, its response (UM0701-02 §6.2.2 "dialog
    /// structure"), with the ready byte, the NACK resend policy, the abort, and the link counters. It knows
    /// frames and timing, nothing of cards. Every buffer is allocated once.
    /// </summary>
    /// <remarks>
    /// <para>
    /// I2C specifics (UM0701-02 §6.2.4): every read transaction from the PN532 starts with a status byte whose
    /// bit 0 (RDY) says whether a frame is ready; the frame follows in the same transaction. The host polls that
    /// byte (or waits for P70_IRQ to go low) before reading, first for the ACK, then for the response. A read
    /// shorter than the frame loses the rest of it: the PN532 sends the response again after a NACK (§6.2.1.4),
    /// which is how a response longer than <see cref="Pn532Settings.FirstReadBytes"/> is fetched whole, as
    /// ESPHome's PN532 I2C driver does.
    /// </para>
    /// <para>
    /// Counting: one timeout per exchange that got no answer after its retries; one checksum error or one
    /// malformed frame per damaged frame received, even when a resend then came through intact.
    /// </para>
    /// </remarks>
    internal sealed class Pn532Link
    {
        // UM0701-02 §6.2.4: bit 0 of the I2C status byte is RDY.
        private const byte ReadyBit = 0x01;

        private readonly II2cDevice _device;
        private readonly IDigitalInput _interruptRequest;
        private readonly IClock _clock;
        private readonly IPollingDelay _delay;
        private readonly Pn532Settings _settings;
        private readonly LinkCounters _counters;
        private readonly byte[] _commandData = new byte[Pn532FrameCodec.MaximumDataLength];
        private readonly byte[] _outgoing = new byte[Pn532FrameCodec.MaximumFrameLength];
        private readonly byte[] _incoming = new byte[1 + Pn532FrameCodec.MaximumFrameLength];
        private readonly byte[] _control = new byte[Pn532FrameCodec.AcknowledgeLength];
        private readonly byte[] _status = new byte[1];
        private readonly Pn532Frame _frame = new Pn532Frame();
        private BusStatus _pollBusStatus;

        public Pn532Link(II2cDevice device, IDigitalInput interruptRequest, IClock clock, IPollingDelay delay, Pn532Settings settings, LinkCounters counters)
        {
            _device = device;
            _interruptRequest = interruptRequest;
            _clock = clock;
            _delay = delay;
            _settings = settings;
            _counters = counters;
        }

        /// <summary>Gets the buffer holding the last response; its parameters start at <see cref="ResponseOffset"/>.</summary>
        public byte[] Response
        {
            get { return _incoming; }
        }

        /// <summary>Gets the index of the first response parameter, just after the response code.</summary>
        public int ResponseOffset { get; private set; }

        /// <summary>Gets how many response parameters there are.</summary>
        public int ResponseLength { get; private set; }

        /// <summary>Gets why the last damaged frame was rejected, for the self-test's sentence.</summary>
        public Pn532FrameError LastFrameError { get; private set; }

        /// <summary>Sends one command and waits for its response.</summary>
        /// <param name="command">The command code.</param>
        /// <param name="parameters">Its parameters; may be <c>null</c> when <paramref name="count"/> is 0.</param>
        /// <param name="offset">Index of the first parameter.</param>
        /// <param name="count">Number of parameters, 0 to 263.</param>
        /// <param name="responseTimeoutMilliseconds">How long the command may take once acknowledged.</param>
        /// <returns>What happened; on <see cref="Pn532LinkResult.Ok"/> the response is in <see cref="Response"/>.</returns>
        public Pn532LinkResult Exchange(Pn532Command command, byte[] parameters, int offset, int count, int responseTimeoutMilliseconds)
        {
            if (count < 0 || count > Pn532FrameCodec.MaximumDataLength - 1)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            ResponseOffset = 0;
            ResponseLength = 0;
            _commandData[0] = (byte)command;
            if (count > 0)
            {
                Array.Copy(parameters, offset, _commandData, 1, count);
            }

            int frameLength = Pn532FrameCodec.EncodeInformationFrame(Pn532FrameCodec.HostToPn532, _commandData, 0, count + 1, _outgoing, 0);
            Pn532LinkResult result = Pn532LinkResult.NotAcknowledged;
            for (int attempt = 0; attempt <= _settings.CommandRetries; attempt++)
            {
                if (attempt > 0)
                {
                    // The first copy may be running: stop it before sending the command again (§6.2.1.3).
                    Abort();
                }

                if (_device.Write(_outgoing, 0, frameLength) != BusStatus.Ok)
                {
                    result = Pn532LinkResult.NotAcknowledged;
                    continue;
                }

                result = ReadAcknowledge();
                if (result == Pn532LinkResult.Ok)
                {
                    break;
                }
            }

            if (result != Pn532LinkResult.Ok)
            {
                if (result != Pn532LinkResult.BadAcknowledgeFrame)
                {
                    _counters.CountTimeout();
                }

                return result;
            }

            return ReadResponse(command, responseTimeoutMilliseconds);
        }

        /// <summary>Writes the ACK frame, which makes the PN532 abandon the command it is running (§6.2.1.3).</summary>
        /// <returns>Whether the PN532 acknowledged its address.</returns>
        public BusStatus Abort()
        {
            Pn532FrameCodec.EncodeAcknowledge(_control, 0);
            return _device.Write(_control, 0, Pn532FrameCodec.AcknowledgeLength);
        }

        /// <summary>Zeroes every buffer that may have carried card data (responses of InDataExchange, its commands).</summary>
        public void Wipe()
        {
            Array.Clear(_incoming, 0, _incoming.Length);
            Array.Clear(_outgoing, 0, _outgoing.Length);
            Array.Clear(_commandData, 0, _commandData.Length);
            ResponseOffset = 0;
            ResponseLength = 0;
        }

        private Pn532LinkResult ReadAcknowledge()
        {
            if (!WaitReady(_settings.AcknowledgeTimeoutMilliseconds))
            {
                return _pollBusStatus != BusStatus.Ok ? Pn532LinkResult.NotAcknowledged : Pn532LinkResult.NoAcknowledgeFrame;
            }

            if (_device.Read(_incoming, 0, 1 + Pn532FrameCodec.AcknowledgeLength) != BusStatus.Ok)
            {
                return Pn532LinkResult.NotAcknowledged;
            }

            Pn532FrameError error = (_incoming[0] & ReadyBit) == 0
                ? Pn532FrameError.Truncated
                : Pn532FrameCodec.Decode(_incoming, 1, Pn532FrameCodec.AcknowledgeLength, Pn532FrameCodec.Pn532ToHost, _frame);
            if (error == Pn532FrameError.None && _frame.Kind == Pn532FrameKind.Acknowledge)
            {
                return Pn532LinkResult.Ok;
            }

            CountDamaged(error);
            return Pn532LinkResult.BadAcknowledgeFrame;
        }

        private Pn532LinkResult ReadResponse(Pn532Command command, int timeoutMilliseconds)
        {
            int nacksLeft = _settings.NegativeAcknowledgeRetries;
            int frameBytes = _settings.FirstReadBytes;
            int timeout = timeoutMilliseconds;
            while (true)
            {
                if (!WaitReady(timeout))
                {
                    _counters.CountTimeout();
                    if (_pollBusStatus != BusStatus.Ok)
                    {
                        return Pn532LinkResult.NotAcknowledged;
                    }

                    Abort();
                    return Pn532LinkResult.ResponseTimeout;
                }

                // A resend comes at once: wait for it no longer than for any short command.
                timeout = _settings.CommandTimeoutMilliseconds;
                int readLength = 1 + frameBytes;
                if (_device.Read(_incoming, 0, readLength) != BusStatus.Ok)
                {
                    _counters.CountTimeout();
                    return Pn532LinkResult.NotAcknowledged;
                }

                Pn532FrameError error = (_incoming[0] & ReadyBit) == 0
                    ? Pn532FrameError.Truncated
                    : Pn532FrameCodec.Decode(_incoming, 1, frameBytes, Pn532FrameCodec.Pn532ToHost, _frame);
                if (error == Pn532FrameError.Truncated && _frame.RequiredLength > frameBytes && _frame.RequiredLength <= Pn532FrameCodec.MaximumFrameLength)
                {
                    // A long response, not a fault: ask for it again and read it whole (§6.2.1.4).
                    frameBytes = _frame.RequiredLength;
                    SendNegativeAcknowledge();
                    continue;
                }

                if (error == Pn532FrameError.None)
                {
                    if (_frame.Kind == Pn532FrameKind.ApplicationError)
                    {
                        return Pn532LinkResult.ApplicationError;
                    }

                    if (_frame.Kind == Pn532FrameKind.Information && _incoming[_frame.DataOffset] == (byte)((int)command + 1))
                    {
                        ResponseOffset = _frame.DataOffset + 1;
                        ResponseLength = _frame.DataLength - 1;
                        return Pn532LinkResult.Ok;
                    }

                    // A well-formed frame, but not the answer to this command (a stray ACK, another code).
                    error = Pn532FrameError.UnexpectedFrameIdentifier;
                }

                CountDamaged(error);
                if (nacksLeft-- <= 0)
                {
                    return IsChecksum(error) ? Pn532LinkResult.ChecksumError : Pn532LinkResult.MalformedResponse;
                }

                SendNegativeAcknowledge();
            }
        }

        private bool WaitReady(int timeoutMilliseconds)
        {
            _pollBusStatus = BusStatus.Ok;
            long deadline = _clock.MonotonicMilliseconds + timeoutMilliseconds;
            while (true)
            {
                // P70_IRQ is low while a frame waits (UM0701-02 §6.2.2); without the line, poll the status byte.
                if (_interruptRequest == null || !_interruptRequest.Read())
                {
                    BusStatus bus = _device.Read(_status, 0, 1);
                    if (bus == BusStatus.Ok)
                    {
                        if ((_status[0] & ReadyBit) != 0)
                        {
                            return true;
                        }
                    }
                    else
                    {
                        _pollBusStatus = bus;
                    }
                }

                if (_clock.MonotonicMilliseconds >= deadline)
                {
                    return false;
                }

                _delay.Wait(_settings.PollIntervalMilliseconds);
            }
        }

        private void SendNegativeAcknowledge()
        {
            Pn532FrameCodec.EncodeNegativeAcknowledge(_control, 0);
            _device.Write(_control, 0, Pn532FrameCodec.AcknowledgeLength);
        }

        private void CountDamaged(Pn532FrameError error)
        {
            LastFrameError = error;
            if (IsChecksum(error))
            {
                _counters.CountChecksumError();
            }
            else
            {
                _counters.CountMalformedFrame();
            }
        }

        private static bool IsChecksum(Pn532FrameError error)
        {
            return error == Pn532FrameError.LengthChecksum || error == Pn532FrameError.DataChecksum;
        }
    }
}
