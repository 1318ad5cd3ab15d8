using System;
using Terminal.Drivers.CardReader.Pn532.Emv;
using Terminal.Hal.Buses;
using Terminal.Hal.CardReader;
using Terminal.Hal.Time;

namespace Terminal.Drivers.CardReader.Pn532
{
    /// <summary>
    /// An NXP PN532 NFC reader on I2C as the terminal's <see cref="ICardReader"/>: it detects ISO/IEC 14443-4
    /// type A cards, reads them with a minimal EMV contactless flow (<see cref="EmvContactlessFlow"/>), and hands
    /// out the last four digits, the brand and the card's raw responses as the payload. Written only against the
    /// bus contracts: the board gives it the I2C device (address 24h), the IRQ input and the RSTPDN output.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Start-up, and again after the link was lost (a pulled cable, a reader that lost power), is a data table:
    /// hard reset on RSTPDN, then SAMConfiguration in normal mode (the PN532 C106 starts in low-VBat mode and
    /// leaves it with this command, AN10609 p. 21), GetFirmwareVersion (IC must be 32h), and RFConfiguration
    /// MaxRetries so that a detection never waits for a card. The first command is retried while the chip wakes
    /// on its I2C address. After a failed start the reader is tried again every
    /// <see cref="Pn532Settings.ReconnectIntervalMilliseconds"/>, counting a resync per attempt and a reconnect
    /// when it comes back (<see cref="LinkCounters"/>).
    /// </para>
    /// <para>
    /// Every <see cref="TryRead"/> is one InListPassiveTarget (106 kbps type A, one target). With no card the
    /// PN532 answers "0 targets" after <see cref="Pn532Settings.PassiveActivationRetries"/> more polls of the
    /// field, a few milliseconds; this exchange is also the link's heartbeat. A card is released (InRelease)
    /// after its read and is not read again until a detection finds the field empty.
    /// </para>
    /// <para>
    /// Whoever creates the reader owns the bus and the pins and disposes them; the reader holds nothing to dispose.
    /// </para>
    /// </remarks>
    public sealed class Pn532Reader : ICardReader
    {
        /// <summary>The IC byte GetFirmwareVersion returns for a PN532 (UM0701-02 §7.2.2).</summary>
        public const byte ExpectedIntegratedCircuit = 0x32;

        // §7.2.10 SAMConfiguration: Mode 01h normal (no SAM), Timeout 14h (20 x 50 ms, used only in virtual card
        // mode), IRQ 01h (the PN532 drives P70_IRQ).
        private static readonly byte[] SamConfigurationNormalMode = { 0x01, 0x14, 0x01 };

        // §7.3.5 InListPassiveTarget: MaxTg 1, BrTy 00h = 106 kbps type A (ISO/IEC 14443-3 type A).
        private static readonly byte[] ListOneTypeATarget = { 0x01, 0x00 };

        // §7.3.11 InRelease: Tg 00h releases every target.
        private static readonly byte[] ReleaseAllTargets = { 0x00 };

        // §7.2.1 Diagnose NumTst 00h: the PN532 echoes NumTst and these bytes; every bit toggles on the line.
        private static readonly byte[] CommunicationLineTest =
        {
            (byte)Pn532DiagnoseTest.CommunicationLine,
            0x55, 0xAA, 0x00, 0xFF, 0x0F, 0xF0, 0x5A, 0xA5, 0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80,
        };

        private static readonly byte[] RomTest = { (byte)Pn532DiagnoseTest.Rom };
        private static readonly byte[] RamTest = { (byte)Pn532DiagnoseTest.Ram };

        // ISO/IEC 14443-3 §6.5.3.4: SAK (SEL_RES) bit 6 set = the card speaks ISO/IEC 14443-4.
        private const byte SelectAcknowledgeIso14443Part4 = 0x20;

        // §7.3.8 InDataExchange status byte: bits 0-5 error code (§7.1 table), bit 6 MI (more information).
        private const byte ExchangeErrorMask = 0x3F;
        private const byte ExchangeMoreInformation = 0x40;

        private readonly object _gate = new object();
        private readonly II2cDevice _device;
        private readonly IDigitalOutput _resetPowerDown;
        private readonly IClock _clock;
        private readonly IPollingDelay _delay;
        private readonly Pn532Settings _settings;
        private readonly LinkCounters _counters = new LinkCounters();
        private readonly Pn532Link _link;
        private readonly EmvContactlessFlow _flow;
        private readonly ExchangeChannel _channel;
        private readonly byte[] _maxRetries;
        private readonly byte[] _exchangeParameters = new byte[Pn532FrameCodec.MaximumDataLength - 1];
        private bool _ready;
        private bool _wasLost;
        private bool _attemptedSinceLoss;
        private long _nextAttemptMilliseconds;
        private CardReadOutcome _lastFailure = CardReadOutcome.ReaderNotResponding;
        private string _lastFailureDetail = string.Empty;
        private bool _cardAwaitingRemoval;
        private byte _targetNumber = 1;

        /// <summary>Creates the reader. Touches no bus: the chip is started on the first <see cref="TryRead"/> or <see cref="CheckHealth"/>.</summary>
        /// <param name="device">The PN532 on I2C, address 24h (48h/49h as 8-bit addresses in UM0701-02 §6.2.4).</param>
        /// <param name="interruptRequest">P70_IRQ, active low, with a pull-up; <c>null</c> when not wired: the status byte is then polled over I2C.</param>
        /// <param name="resetPowerDown">RSTPDN, active low; <c>null</c> when not wired: no hard reset on resynchronisation.</param>
        /// <param name="clock">The monotonic clock the timeouts are measured on.</param>
        /// <param name="delay">The pause between polls.</param>
        /// <param name="settings">Timing and protocol choices; checked here, and not to be changed afterwards.</param>
        /// <exception cref="ArgumentNullException"><paramref name="device"/>, <paramref name="clock"/>, <paramref name="delay"/> or <paramref name="settings"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A setting is outside its range.</exception>
        public Pn532Reader(II2cDevice device, IDigitalInput interruptRequest, IDigitalOutput resetPowerDown, IClock clock, IPollingDelay delay, Pn532Settings settings)
        {
            if (device == null)
            {
                throw new ArgumentNullException("device");
            }

            if (clock == null)
            {
                throw new ArgumentNullException("clock");
            }

            if (delay == null)
            {
                throw new ArgumentNullException("delay");
            }

            if (settings == null)
            {
                throw new ArgumentNullException("settings");
            }

            settings.Validate();
            _device = device;
            _resetPowerDown = resetPowerDown;
            _clock = clock;
            _delay = delay;
            _settings = settings;
            _link = new Pn532Link(device, interruptRequest, clock, delay, settings, _counters);
            _flow = new EmvContactlessFlow(settings.TerminalTransactionQualifiers, settings.TerminalCountryCode, settings.TransactionCurrencyCode, settings.MaximumPayloadBytes);
            _channel = new ExchangeChannel(this);

            // §7.3.1 RFConfiguration item 05h MaxRetries: MxRtyATR FFh and MxRtyPSL 01h (the defaults),
            // MxRtyPassiveActivation from the settings (FFh, the default, would wait for a card forever).
            _maxRetries = new byte[] { 0x05, 0xFF, 0x01, (byte)settings.PassiveActivationRetries };
            FirmwareVersion = string.Empty;
        }

        /// <inheritdoc/>
        public LinkCounters LinkCounters
        {
            get { return _counters; }
        }

        /// <summary>Gets the chip and firmware version GetFirmwareVersion reported at the last start ("PN532 1.6"); empty before.</summary>
        public string FirmwareVersion { get; private set; }

        /// <inheritdoc/>
        public CardReadOutcome TryRead(out CardRead read)
        {
            lock (_gate)
            {
                read = null;
                CardReadOutcome failure;
                if (!EnsureStarted(false, out failure))
                {
                    return failure;
                }

                Pn532LinkResult result = _link.Exchange(Pn532Command.InListPassiveTarget, ListOneTypeATarget, 0, ListOneTypeATarget.Length, _settings.DetectionTimeoutMilliseconds);
                if (result != Pn532LinkResult.Ok)
                {
                    return LinkFailed(result, "InListPassiveTarget");
                }

                // NbTg [Tg SENS_RES(2) SEL_RES NFCIDLength NFCID1... ATS...] (§7.3.5, 106 kbps type A).
                byte[] response = _link.Response;
                int offset = _link.ResponseOffset;
                int length = _link.ResponseLength;
                if (length >= 1 && response[offset] == 0)
                {
                    _cardAwaitingRemoval = false;
                    return CardReadOutcome.NoCard;
                }

                if (length < 6 || length < 6 + response[offset + 5])
                {
                    _counters.CountMalformedFrame();
                    return MarkLost(CardReadOutcome.LinkFault, "InListPassiveTarget answered a target description too short to hold its NFCID");
                }

                _targetNumber = response[offset + 1];
                byte selectAcknowledge = response[offset + 4];
                if (_cardAwaitingRemoval)
                {
                    return Release(CardReadOutcome.CardStillPresent);
                }

                if ((selectAcknowledge & SelectAcknowledgeIso14443Part4) == 0)
                {
                    _cardAwaitingRemoval = true;
                    return Release(CardReadOutcome.CardNotSupported);
                }

                return ReadPaymentCard(out read);
            }
        }

        /// <inheritdoc/>
        public CardReaderHealth CheckHealth()
        {
            lock (_gate)
            {
                CardReadOutcome failure;
                if (!EnsureStarted(true, out failure))
                {
                    return new CardReaderHealth(VerdictFor(failure), FirmwareVersion, _lastFailureDetail + "; " + CountersText());
                }

                Pn532LinkResult result = _link.Exchange(Pn532Command.Diagnose, CommunicationLineTest, 0, CommunicationLineTest.Length, _settings.CommandTimeoutMilliseconds);
                if (result != Pn532LinkResult.Ok)
                {
                    failure = LinkFailed(result, "Diagnose communication line test");
                    return new CardReaderHealth(VerdictFor(failure), FirmwareVersion, _lastFailureDetail + "; " + CountersText());
                }

                if (!EchoMatches())
                {
                    return new CardReaderHealth(
                        CardReaderVerdict.LinkFault,
                        FirmwareVersion,
                        "communication line test: the reader echoed " + _link.ResponseLength.ToString() + " bytes that differ from the " + CommunicationLineTest.Length.ToString() + " sent; " + CountersText());
                }

                string detail = "communication line test echoed " + (CommunicationLineTest.Length - 1).ToString() + " bytes";
                if (_settings.RunMemoryTests)
                {
                    CardReaderHealth memoryFailure = RunMemoryTest(RomTest, "ROM", ref detail);
                    if (memoryFailure != null)
                    {
                        return memoryFailure;
                    }

                    memoryFailure = RunMemoryTest(RamTest, "RAM", ref detail);
                    if (memoryFailure != null)
                    {
                        return memoryFailure;
                    }
                }

                return new CardReaderHealth(CardReaderVerdict.Pass, FirmwareVersion, detail + "; " + CountersText());
            }
        }

        private CardReaderHealth RunMemoryTest(byte[] test, string name, ref string detail)
        {
            Pn532LinkResult result = _link.Exchange(Pn532Command.Diagnose, test, 0, test.Length, _settings.SelfTestTimeoutMilliseconds);
            if (result != Pn532LinkResult.Ok)
            {
                CardReadOutcome failure = LinkFailed(result, "Diagnose " + name + " test");
                return new CardReaderHealth(VerdictFor(failure), FirmwareVersion, detail + "; " + _lastFailureDetail + "; " + CountersText());
            }

            if (_link.ResponseLength < 1)
            {
                _counters.CountMalformedFrame();
                return new CardReaderHealth(CardReaderVerdict.LinkFault, FirmwareVersion, detail + "; " + name + " test answered no result byte; " + CountersText());
            }

            // §7.2.1: the result byte is 00h OK, FFh not good.
            byte verdict = _link.Response[_link.ResponseOffset];
            if (verdict != 0x00)
            {
                return new CardReaderHealth(CardReaderVerdict.ReaderFault, FirmwareVersion, detail + "; " + name + " test failed (result 0x" + verdict.ToString("X2") + ")");
            }

            detail = detail + "; " + name + " test OK";
            return null;
        }

        private bool EchoMatches()
        {
            if (_link.ResponseLength != CommunicationLineTest.Length)
            {
                return false;
            }

            for (int i = 0; i < CommunicationLineTest.Length; i++)
            {
                if (_link.Response[_link.ResponseOffset + i] != CommunicationLineTest[i])
                {
                    return false;
                }
            }

            return true;
        }

        private CardReadOutcome ReadPaymentCard(out CardRead read)
        {
            read = null;
            try
            {
                EmvReadResult result = _flow.Read(_channel);
                switch (result)
                {
                    case EmvReadResult.Success:
                        read = new CardRead(_flow.Last4, _flow.NumberLength, _flow.Brand, ReaderEntryMode.Contactless, _flow.Payload, 0, _flow.PayloadLength);
                        _cardAwaitingRemoval = true;
                        return Release(CardReadOutcome.CardRead);
                    case EmvReadResult.CardLost:
                        // Nothing was kept: if the card is still there, the next call reads it again.
                        return Release(CardReadOutcome.CardReadFailed);
                    case EmvReadResult.CardNotSupported:
                        _cardAwaitingRemoval = true;
                        return Release(CardReadOutcome.CardNotSupported);
                    case EmvReadResult.CardDataInvalid:
                        _cardAwaitingRemoval = true;
                        return Release(CardReadOutcome.CardReadFailed);
                    default:
                        return LinkFailed(_channel.Failure, "InDataExchange");
                }
            }
            finally
            {
                // The flow, the link and the exchange parameters held card responses: none outlives the read.
                _flow.Wipe();
                _link.Wipe();
                Array.Clear(_exchangeParameters, 0, _exchangeParameters.Length);
            }
        }

        private CardReadOutcome Release(CardReadOutcome outcome)
        {
            Pn532LinkResult result = _link.Exchange(Pn532Command.InRelease, ReleaseAllTargets, 0, ReleaseAllTargets.Length, _settings.CommandTimeoutMilliseconds);
            if (result != Pn532LinkResult.Ok)
            {
                // The outcome stands (a card read is a card read); the link is started again on the next call.
                LinkFailed(result, "InRelease");
            }

            return outcome;
        }

        private bool EnsureStarted(bool force, out CardReadOutcome failure)
        {
            failure = CardReadOutcome.NoCard;
            if (_ready)
            {
                return true;
            }

            if (!force && _attemptedSinceLoss && _clock.MonotonicMilliseconds < _nextAttemptMilliseconds)
            {
                // A pulled cable must not cost a reset pulse on every poll.
                failure = _lastFailure;
                return false;
            }

            if (_wasLost)
            {
                _counters.CountResync();
            }

            _attemptedSinceLoss = true;
            if (!Start())
            {
                _wasLost = true;
                _nextAttemptMilliseconds = _clock.MonotonicMilliseconds + _settings.ReconnectIntervalMilliseconds;
                failure = _lastFailure;
                return false;
            }

            if (_wasLost)
            {
                _counters.CountReconnect();
            }

            // _cardAwaitingRemoval survives a restart on purpose: a card read just before the link dropped is
            // still the same card, and must leave the field before it can pay again.
            _ready = true;
            _wasLost = false;
            _attemptedSinceLoss = false;
            return true;
        }

        private bool Start()
        {
            if (_resetPowerDown != null)
            {
                // RSTPDN low resets the chip; after the rising edge it needs ResetRecoveryMilliseconds (data sheet §12.23).
                _resetPowerDown.Write(false);
                _delay.Wait(_settings.ResetPulseMilliseconds);
                _resetPowerDown.Write(true);
                _delay.Wait(_settings.ResetRecoveryMilliseconds);
            }

            // The chip wakes on its I2C address and may not acknowledge that first transfer.
            Pn532LinkResult result = Pn532LinkResult.NotAcknowledged;
            for (int attempt = 0; attempt < _settings.WakeUpAttempts && result == Pn532LinkResult.NotAcknowledged; attempt++)
            {
                if (attempt > 0)
                {
                    _delay.Wait(_settings.WakeUpRetryDelayMilliseconds);
                }

                result = _link.Exchange(Pn532Command.SAMConfiguration, SamConfigurationNormalMode, 0, SamConfigurationNormalMode.Length, _settings.CommandTimeoutMilliseconds);
            }

            if (result != Pn532LinkResult.Ok)
            {
                return StartFailed(result, "SAMConfiguration");
            }

            result = _link.Exchange(Pn532Command.GetFirmwareVersion, null, 0, 0, _settings.CommandTimeoutMilliseconds);
            if (result != Pn532LinkResult.Ok)
            {
                return StartFailed(result, "GetFirmwareVersion");
            }

            // IC, Ver, Rev, Support (§7.2.2).
            if (_link.ResponseLength < 4)
            {
                _counters.CountMalformedFrame();
                _lastFailure = CardReadOutcome.LinkFault;
                _lastFailureDetail = "GetFirmwareVersion answered " + _link.ResponseLength.ToString() + " bytes instead of 4";
                return false;
            }

            byte[] response = _link.Response;
            int offset = _link.ResponseOffset;
            byte integratedCircuit = response[offset];
            string version = response[offset + 1].ToString() + "." + response[offset + 2].ToString();
            if (integratedCircuit != ExpectedIntegratedCircuit)
            {
                FirmwareVersion = "IC 0x" + integratedCircuit.ToString("X2") + " " + version;
                _lastFailure = CardReadOutcome.ReaderFault;
                _lastFailureDetail = "GetFirmwareVersion answered IC 0x" + integratedCircuit.ToString("X2") + ", not a PN532 (0x32)";
                return false;
            }

            FirmwareVersion = "PN532 " + version;
            result = _link.Exchange(Pn532Command.RFConfiguration, _maxRetries, 0, _maxRetries.Length, _settings.CommandTimeoutMilliseconds);
            if (result != Pn532LinkResult.Ok)
            {
                return StartFailed(result, "RFConfiguration");
            }

            return true;
        }

        private bool StartFailed(Pn532LinkResult result, string step)
        {
            _lastFailure = OutcomeFor(result);
            _lastFailureDetail = Describe(result, step);
            return false;
        }

        private CardReadOutcome LinkFailed(Pn532LinkResult result, string step)
        {
            return MarkLost(OutcomeFor(result), Describe(result, step));
        }

        private CardReadOutcome MarkLost(CardReadOutcome outcome, string detail)
        {
            // Whatever went wrong, start the chip again before trusting it: a re-plugged PN532 is back in low-VBat
            // mode with its RF settings gone. The first attempt is at once, on the next call.
            _ready = false;
            _wasLost = true;
            _attemptedSinceLoss = false;
            _lastFailure = outcome;
            _lastFailureDetail = detail;
            return outcome;
        }

        private string Describe(Pn532LinkResult result, string step)
        {
            string address = "I2C address 0x" + _device.Address.ToString("X2");
            switch (result)
            {
                case Pn532LinkResult.NotAcknowledged:
                    return step + ": the reader did not acknowledge " + address;
                case Pn532LinkResult.NoAcknowledgeFrame:
                    return step + ": no ACK frame within " + _settings.AcknowledgeTimeoutMilliseconds.ToString() + " ms";
                case Pn532LinkResult.BadAcknowledgeFrame:
                    return step + ": a damaged ACK frame (" + FrameErrorText(_link.LastFrameError) + ")";
                case Pn532LinkResult.ResponseTimeout:
                    return step + ": no response within its timeout";
                case Pn532LinkResult.ChecksumError:
                    return step + ": the response kept a wrong checksum (" + FrameErrorText(_link.LastFrameError) + ") after " + _settings.NegativeAcknowledgeRetries.ToString() + " resends";
                case Pn532LinkResult.MalformedResponse:
                    return step + ": the response stayed malformed (" + FrameErrorText(_link.LastFrameError) + ") after " + _settings.NegativeAcknowledgeRetries.ToString() + " resends";
                case Pn532LinkResult.ApplicationError:
                    return step + ": the reader answered with an error frame";
                default:
                    return step + ": ok";
            }
        }

        private string CountersText()
        {
            return "link since boot: " + _counters.Timeouts.ToString() + " timeouts, " + _counters.ChecksumErrors.ToString() + " checksum errors, "
                + _counters.MalformedFrames.ToString() + " malformed frames, " + _counters.Resyncs.ToString() + " resyncs, "
                + _counters.Reconnects.ToString() + " reconnects";
        }

        private static CardReadOutcome OutcomeFor(Pn532LinkResult result)
        {
            switch (result)
            {
                case Pn532LinkResult.NotAcknowledged:
                case Pn532LinkResult.NoAcknowledgeFrame:
                case Pn532LinkResult.ResponseTimeout:
                    return CardReadOutcome.ReaderNotResponding;
                case Pn532LinkResult.ApplicationError:
                    return CardReadOutcome.ReaderFault;
                default:
                    return CardReadOutcome.LinkFault;
            }
        }

        private static CardReaderVerdict VerdictFor(CardReadOutcome outcome)
        {
            return outcome == CardReadOutcome.ReaderFault ? CardReaderVerdict.ReaderFault : CardReaderVerdict.LinkFault;
        }

        private static string FrameErrorText(Pn532FrameError error)
        {
            switch (error)
            {
                case Pn532FrameError.NoStartCode:
                    return "no start code";
                case Pn532FrameError.Truncated:
                    return "truncated";
                case Pn532FrameError.LengthChecksum:
                    return "wrong LCS";
                case Pn532FrameError.DataChecksum:
                    return "wrong DCS";
                case Pn532FrameError.BadPostamble:
                    return "bad postamble";
                case Pn532FrameError.EmptyInformationFrame:
                    return "empty frame";
                case Pn532FrameError.LengthTooLong:
                    return "length too long";
                case Pn532FrameError.UnexpectedFrameIdentifier:
                    return "unexpected frame";
                case Pn532FrameError.MissingCommandCode:
                    return "no command code";
                default:
                    return "no error";
            }
        }

        /// <summary>InDataExchange as the EMV flow's APDU channel.</summary>
        private sealed class ExchangeChannel : IApduChannel
        {
            private readonly Pn532Reader _reader;

            public ExchangeChannel(Pn532Reader reader)
            {
                _reader = reader;
            }

            public Pn532LinkResult Failure { get; private set; }

            public ApduExchangeResult Transmit(byte[] command, int offset, int count, byte[] response, out int responseLength)
            {
                responseLength = 0;
                Pn532Reader reader = _reader;
                byte[] parameters = reader._exchangeParameters;
                if (count < 1 || count > parameters.Length - 1)
                {
                    throw new ArgumentOutOfRangeException("count");
                }

                // Tg, then the APDU (§7.3.8).
                parameters[0] = reader._targetNumber;
                Array.Copy(command, offset, parameters, 1, count);
                Pn532LinkResult result = reader._link.Exchange(Pn532Command.InDataExchange, parameters, 0, count + 1, reader._settings.CardExchangeTimeoutMilliseconds);
                if (result != Pn532LinkResult.Ok)
                {
                    Failure = result;
                    return ApduExchangeResult.ReaderFailed;
                }

                byte[] data = reader._link.Response;
                int dataOffset = reader._link.ResponseOffset;
                int dataLength = reader._link.ResponseLength;
                if (dataLength < 1)
                {
                    reader._counters.CountMalformedFrame();
                    Failure = Pn532LinkResult.MalformedResponse;
                    return ApduExchangeResult.ReaderFailed;
                }

                // Status: an RF error (timeout 01h, CRC 02h, card gone...) or a chained answer (MI) ends the read.
                byte status = data[dataOffset];
                if ((status & ExchangeErrorMask) != 0 || (status & ExchangeMoreInformation) != 0 || dataLength - 1 > response.Length)
                {
                    return ApduExchangeResult.CardLost;
                }

                responseLength = dataLength - 1;
                Array.Copy(data, dataOffset + 1, response, 0, responseLength);
                return ApduExchangeResult.Ok;
            }
        }
    }
}
