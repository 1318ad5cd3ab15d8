using System;
using Terminal.Hal.CardReader;

namespace Terminal.Drivers.CardReader.Pn532.Emv
{
    /// <summary>
    /// The minimal EMV contactless read this terminal does: find the card's payment application, have it start
    /// a transaction, read the records it names, take the card number only to mask it, and keep the raw card
    /// responses as the payload for the host. It is <b>not</b> an EMV kernel (EMV Book C-2 to C-7): no
    /// cardholder verification, no offline data authentication, no risk management, no certification.
    /// </summary>
    /// <remarks>
    /// <para>The commands (EMV 4.4 Book 1 §11, Book 3 §6.5; EMV Contactless Book B §3):</para>
    /// <list type="number">
    /// <item>SELECT the PPSE <c>00 A4 04 00 0E "2PAY.SYS.DDF01" 00</c>: the FCI lists the payment applications
    /// (tag BF0C holds one 61 directory entry each, with the AID 4F and the priority 87). The entry with the
    /// highest priority (lowest 87 value) is chosen, with no cardholder choice.</item>
    /// <item>SELECT that AID <c>00 A4 04 00 Lc AID 00</c>: the FCI may hold a PDOL (9F38), the terminal data the
    /// card wants in the next command.</item>
    /// <item>GET PROCESSING OPTIONS <c>80 A8 00 00 Lc 83 L data 00</c>: the PDOL is filled with the TTQ (9F66),
    /// the country (9F1A) and currency (5F2A) codes, transaction type 00 (9C), and zeros for everything else,
    /// amount and unpredictable number included: this read happens before the terminal hands the card to any
    /// kernel, so the cryptogram it gets proves nothing and the host must not rely on it. The answer is format 1
    /// (80: AIP, AFL) or format 2 (77 with 94 AFL and often the card data itself).</item>
    /// <item>READ RECORD <c>00 B2 record (SFI &lt;&lt; 3 | 4) 00</c> for every record the AFL names (at most 16).</item>
    /// </list>
    /// <para>
    /// The card number is taken from tag 5A, or from tag 57 (Track 2 Equivalent Data) when the card has no 5A,
    /// into a byte buffer of digit values. The last four digits and the brand are taken from it, then it is
    /// zeroed, in a <c>finally</c>, whatever happens. So are the response buffer and every other buffer that held
    /// card data, on <see cref="Wipe"/>. No string of the full number is ever made.
    /// </para>
    /// <para>The payload, a concatenation of BER-TLV objects for the host:</para>
    /// <code>
    /// 4F L AID                the application selected
    /// 77 ... or 80 ...        the GET PROCESSING OPTIONS response template, as the card sent it
    /// 70 ... (0 or more)      the records the AFL named, as read, in AFL order (those that fit)
    /// </code>
    /// <para>
    /// With a PN532 this payload holds the card number and track 2 data in clear: the PN532 is not a PCI PTS
    /// encrypting reader. It is fit for a lab and the simulator, not for live cards; see the driver's README.
    /// </para>
    /// </remarks>
    public sealed class EmvContactlessFlow
    {
        /// <summary>The most records the flow reads, whatever the AFL says, so that a hostile card cannot keep the reader busy.</summary>
        public const int MaximumRecords = 16;

        /// <summary>The size of the response buffer handed to <see cref="IApduChannel.Transmit"/>: the most InDataExchange returns.</summary>
        public const int ResponseBufferLength = 262;

        // "2PAY.SYS.DDF01", the Proximity Payment System Environment (EMV Contactless Book B §3.3).
        private static readonly byte[] ProximityPaymentSystemEnvironment =
        {
            0x32, 0x50, 0x41, 0x59, 0x2E, 0x53, 0x59, 0x53, 0x2E, 0x44, 0x44, 0x46, 0x30, 0x31,
        };

        private const int StatusOk = 0x9000;
        private const int MaximumAidLength = 16;
        private const int MaximumDolLength = 64;
        private const int MaximumAflLength = MaximumRecords * 4;

        private readonly byte[] _command = new byte[261];
        private readonly byte[] _response = new byte[ResponseBufferLength];
        private readonly byte[] _aid = new byte[MaximumAidLength];
        private readonly byte[] _dol = new byte[MaximumDolLength];
        private readonly byte[] _afl = new byte[MaximumAflLength];
        private readonly byte[] _digits = new byte[CardNumberDigits.MaximumDigits];
        private readonly byte[] _payload;
        private readonly byte[] _transactionQualifiers;
        private readonly int _countryCode;
        private readonly int _currencyCode;
        private readonly BerTlvReader _tlv = new BerTlvReader();
        private readonly BerTlvReader _entries = new BerTlvReader();
        private int _aidLength;
        private int _digitCount;
        private bool _numberFromPanTag;

        /// <summary>Creates the flow with its buffers; one instance serves every read.</summary>
        /// <param name="transactionQualifiers">The TTQ (9F66) to put in the PDOL, 4 bytes; copied.</param>
        /// <param name="countryCode">The terminal country code (9F1A), ISO 3166-1 numeric, 0 to 999.</param>
        /// <param name="currencyCode">The transaction currency code (5F2A), ISO 4217 numeric, 0 to 999.</param>
        /// <param name="maximumPayloadBytes">The payload's capacity, 64 to <see cref="CardRead.MaximumPayloadBytes"/>.</param>
        /// <exception cref="ArgumentNullException"><paramref name="transactionQualifiers"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A value is outside its range.</exception>
        public EmvContactlessFlow(byte[] transactionQualifiers, int countryCode, int currencyCode, int maximumPayloadBytes)
        {
            if (transactionQualifiers == null)
            {
                throw new ArgumentNullException("transactionQualifiers");
            }

            if (transactionQualifiers.Length != 4)
            {
                throw new ArgumentOutOfRangeException("transactionQualifiers");
            }

            if (countryCode < 0 || countryCode > 999)
            {
                throw new ArgumentOutOfRangeException("countryCode");
            }

            if (currencyCode < 0 || currencyCode > 999)
            {
                throw new ArgumentOutOfRangeException("currencyCode");
            }

            if (maximumPayloadBytes < 64 || maximumPayloadBytes > CardRead.MaximumPayloadBytes)
            {
                throw new ArgumentOutOfRangeException("maximumPayloadBytes");
            }

            _transactionQualifiers = new byte[4];
            Array.Copy(transactionQualifiers, _transactionQualifiers, 4);
            _countryCode = countryCode;
            _currencyCode = currencyCode;
            _payload = new byte[maximumPayloadBytes];
            Last4 = string.Empty;
        }

        /// <summary>Gets the last four digits of the card number after a successful read; empty otherwise.</summary>
        public string Last4 { get; private set; }

        /// <summary>Gets how many digits the card number has after a successful read; 0 otherwise.</summary>
        public int NumberLength { get; private set; }

        /// <summary>Gets the card's brand after a successful read.</summary>
        public CardBrand Brand { get; private set; }

        /// <summary>Gets the payload buffer; its first <see cref="PayloadLength"/> bytes are the payload. Zeroed by <see cref="Wipe"/>.</summary>
        public byte[] Payload
        {
            get { return _payload; }
        }

        /// <summary>Gets how many payload bytes the last read produced.</summary>
        public int PayloadLength { get; private set; }

        /// <summary>Gets how many records the last read left out of the payload because they did not fit.</summary>
        public int RecordsLeftOut { get; private set; }

        /// <summary>Gets the status word of the last response that ended the read with a refusal (6A82 for no PPSE...); 0 otherwise.</summary>
        public int RefusingStatusWord { get; private set; }

        /// <summary>Reads the card in the field through a channel. Never throws on what the card sends.</summary>
        /// <param name="channel">The reader's APDU channel to the activated card.</param>
        /// <returns>What came of it; on <see cref="EmvReadResult.Success"/> the properties hold the masked result and the payload.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="channel"/> is <c>null</c>.</exception>
        public EmvReadResult Read(IApduChannel channel)
        {
            if (channel == null)
            {
                throw new ArgumentNullException("channel");
            }

            Wipe();
            try
            {
                return ReadCard(channel);
            }
            finally
            {
                // The digits and the last card response are not needed past this point, whatever happened.
                CardNumberDigits.Wipe(_digits, 0, _digits.Length);
                CardNumberDigits.Wipe(_response, 0, _response.Length);
                _digitCount = 0;
            }
        }

        /// <summary>Zeroes every buffer that held card data (the payload included) and forgets the last result.</summary>
        public void Wipe()
        {
            CardNumberDigits.Wipe(_digits, 0, _digits.Length);
            CardNumberDigits.Wipe(_response, 0, _response.Length);
            CardNumberDigits.Wipe(_payload, 0, _payload.Length);
            CardNumberDigits.Wipe(_afl, 0, _afl.Length);
            CardNumberDigits.Wipe(_command, 0, _command.Length);
            _digitCount = 0;
            _numberFromPanTag = false;
            _aidLength = 0;
            Last4 = string.Empty;
            NumberLength = 0;
            Brand = CardBrand.Unknown;
            PayloadLength = 0;
            RecordsLeftOut = 0;
            RefusingStatusWord = 0;
        }

        private EmvReadResult ReadCard(IApduChannel channel)
        {
            int length;
            EmvReadResult result = Select(channel, ProximityPaymentSystemEnvironment, 0, ProximityPaymentSystemEnvironment.Length, out length);
            if (result != EmvReadResult.Success)
            {
                return result;
            }

            result = ChooseApplication(length - 2);
            if (result != EmvReadResult.Success)
            {
                return result;
            }

            // The AID is copied out of _response before the next command overwrites it.
            result = Select(channel, _aid, 0, _aidLength, out length);
            if (result != EmvReadResult.Success)
            {
                return result;
            }

            int dolLength;
            result = CopyProcessingOptionsList(length - 2, out dolLength);
            if (result != EmvReadResult.Success)
            {
                return result;
            }

            result = GetProcessingOptions(channel, dolLength, out length);
            if (result != EmvReadResult.Success)
            {
                return result;
            }

            _payload[0] = (byte)EmvTag.ApplicationIdentifier;
            _payload[1] = (byte)_aidLength;
            Array.Copy(_aid, 0, _payload, 2, _aidLength);
            PayloadLength = 2 + _aidLength;

            int aflLength;
            result = TakeProcessingOptions(length - 2, out aflLength);
            if (result != EmvReadResult.Success)
            {
                return result;
            }

            result = ReadRecords(channel, aflLength);
            if (result != EmvReadResult.Success)
            {
                return result;
            }

            if (_digitCount == 0)
            {
                return EmvReadResult.CardDataInvalid;
            }

            Brand = IssuerIdentification.FromNumber(_digits, _digitCount);
            if (Brand == CardBrand.Unknown)
            {
                Brand = IssuerIdentification.FromApplicationIdentifier(_aid, 0, _aidLength);
            }

            Last4 = CardNumberDigits.LastFour(_digits, _digitCount);
            NumberLength = _digitCount;
            return EmvReadResult.Success;
        }

        private EmvReadResult Select(IApduChannel channel, byte[] name, int offset, int count, out int length)
        {
            // SELECT by name, first or only occurrence (ISO/IEC 7816-4 §11.2.2; EMV Book 1 §11.3).
            _command[0] = 0x00;
            _command[1] = 0xA4;
            _command[2] = 0x04;
            _command[3] = 0x00;
            _command[4] = (byte)count;
            Array.Copy(name, offset, _command, 5, count);
            _command[5 + count] = 0x00;
            return Exchange(channel, 6 + count, out length);
        }

        private EmvReadResult Exchange(IApduChannel channel, int commandLength, out int length)
        {
            ApduExchangeResult exchange = channel.Transmit(_command, 0, commandLength, _response, out length);
            if (exchange == ApduExchangeResult.CardLost)
            {
                return EmvReadResult.CardLost;
            }

            if (exchange == ApduExchangeResult.ReaderFailed)
            {
                return EmvReadResult.ReaderFailed;
            }

            if (length < 2 || length > _response.Length)
            {
                return EmvReadResult.CardDataInvalid;
            }

            int statusWord = (_response[length - 2] << 8) | _response[length - 1];
            if (statusWord != StatusOk)
            {
                // 6A82 (no such file), 6985 (conditions not satisfied, e.g. a contact-only card)...: not for us.
                RefusingStatusWord = statusWord;
                return EmvReadResult.CardNotSupported;
            }

            return EmvReadResult.Success;
        }

        private EmvReadResult ChooseApplication(int dataLength)
        {
            int directoryOffset;
            int directoryLength;
            _tlv.Reset(_response, 0, dataLength);
            if (!_tlv.TryFind(EmvTag.IssuerDiscretionaryData, out directoryOffset, out directoryLength))
            {
                return _tlv.Error != TlvError.None ? EmvReadResult.CardDataInvalid : EmvReadResult.CardNotSupported;
            }

            int bestPriority = int.MaxValue;
            _entries.Reset(_response, directoryOffset, directoryLength);
            while (_entries.MoveNext())
            {
                if (_entries.Tag != EmvTag.ApplicationTemplate)
                {
                    continue;
                }

                int aidOffset;
                int aidLength;
                _tlv.Reset(_response, _entries.ValueOffset, _entries.ValueLength);
                if (!_tlv.TryFind(EmvTag.ApplicationIdentifier, out aidOffset, out aidLength))
                {
                    continue;
                }

                if (aidLength < 5 || aidLength > MaximumAidLength)
                {
                    continue;
                }

                // Priority 1 is the highest, 0 or no 87 means none given (EMV Book 1 §12.2.3).
                int priority = 16;
                int priorityOffset;
                int priorityLength;
                _tlv.Reset(_response, _entries.ValueOffset, _entries.ValueLength);
                if (_tlv.TryFind(EmvTag.ApplicationPriorityIndicator, out priorityOffset, out priorityLength) && priorityLength == 1 && (_response[priorityOffset] & 0x0F) != 0)
                {
                    priority = _response[priorityOffset] & 0x0F;
                }

                if (priority < bestPriority)
                {
                    bestPriority = priority;
                    Array.Copy(_response, aidOffset, _aid, 0, aidLength);
                    _aidLength = aidLength;
                }
            }

            if (_entries.Error != TlvError.None)
            {
                return EmvReadResult.CardDataInvalid;
            }

            return _aidLength == 0 ? EmvReadResult.CardNotSupported : EmvReadResult.Success;
        }

        private EmvReadResult CopyProcessingOptionsList(int dataLength, out int dolLength)
        {
            dolLength = 0;
            int offset;
            int length;
            _tlv.Reset(_response, 0, dataLength);
            if (!_tlv.TryFind(EmvTag.ProcessingOptionsDataObjectList, out offset, out length))
            {
                // No PDOL: GET PROCESSING OPTIONS is sent with an empty 83 template.
                return _tlv.Error != TlvError.None ? EmvReadResult.CardDataInvalid : EmvReadResult.Success;
            }

            if (length > MaximumDolLength)
            {
                return EmvReadResult.CardNotSupported;
            }

            Array.Copy(_response, offset, _dol, 0, length);
            dolLength = length;
            return EmvReadResult.Success;
        }

        private EmvReadResult GetProcessingOptions(IApduChannel channel, int dolLength, out int length)
        {
            length = 0;

            // 80 A8 00 00 Lc 83 L <PDOL values> 00 (EMV Book 3 §6.5.8).
            int valuesLength = FillDataObjectList(dolLength, _command, 7, 120);
            if (valuesLength < 0)
            {
                return EmvReadResult.CardNotSupported;
            }

            _command[0] = 0x80;
            _command[1] = 0xA8;
            _command[2] = 0x00;
            _command[3] = 0x00;
            _command[4] = (byte)(valuesLength + 2);
            _command[5] = (byte)EmvTag.CommandTemplate;
            _command[6] = (byte)valuesLength;
            _command[7 + valuesLength] = 0x00;
            return Exchange(channel, 8 + valuesLength, out length);
        }

        private int FillDataObjectList(int dolLength, byte[] output, int outputOffset, int capacity)
        {
            // A DOL is a list of tag and one-byte length, no values (EMV Book 3 §5.4).
            int written = 0;
            int position = 0;
            while (position < dolLength)
            {
                int tag;
                int next = BerTlvReader.ReadTag(_dol, position, dolLength, out tag);
                if (next < 0 || next >= dolLength)
                {
                    return -1;
                }

                int length = _dol[next];
                position = next + 1;
                if (written + length > capacity)
                {
                    return -1;
                }

                FillValue(tag, output, outputOffset + written, length);
                written += length;
            }

            return written;
        }

        private void FillValue(int tag, byte[] output, int offset, int length)
        {
            CardNumberDigits.Wipe(output, offset, length);
            switch (tag)
            {
                case EmvTag.TerminalTransactionQualifiers:
                    // Format b: left-justified, cut or padded with zeros (EMV Book 3 §5.4).
                    Array.Copy(_transactionQualifiers, 0, output, offset, length < 4 ? length : 4);
                    break;
                case EmvTag.TerminalCountryCode:
                    WriteNumericCode(_countryCode, output, offset, length);
                    break;
                case EmvTag.TransactionCurrencyCode:
                    WriteNumericCode(_currencyCode, output, offset, length);
                    break;
                default:
                    // Transaction type 00 (purchase), amounts, date, unpredictable number, TVR...: zeros.
                    break;
            }
        }

        private static void WriteNumericCode(int code, byte[] output, int offset, int length)
        {
            // Format n3 in two bytes, right-justified with leading zeros: 156 is 01 56.
            if (length >= 1)
            {
                output[offset + length - 1] = (byte)((((code / 10) % 10) << 4) | (code % 10));
            }

            if (length >= 2)
            {
                output[offset + length - 2] = (byte)(code / 100);
            }
        }

        private EmvReadResult TakeProcessingOptions(int dataLength, out int aflLength)
        {
            aflLength = 0;
            _tlv.Reset(_response, 0, dataLength);
            if (!_tlv.MoveNext())
            {
                return EmvReadResult.CardDataInvalid;
            }

            int templateTag = _tlv.Tag;
            int elementOffset = _tlv.ElementOffset;
            int elementLength = _tlv.ElementLength;
            int valueOffset = _tlv.ValueOffset;
            int valueLength = _tlv.ValueLength;
            int aflOffset;
            if (templateTag == EmvTag.ResponseTemplateFormat1)
            {
                // 80: AIP (2 bytes) then the AFL.
                if (valueLength < 2)
                {
                    return EmvReadResult.CardDataInvalid;
                }

                aflOffset = valueOffset + 2;
                aflLength = valueLength - 2;
            }
            else if (templateTag == EmvTag.ResponseTemplateFormat2)
            {
                _tlv.Reset(_response, valueOffset, valueLength);
                if (!_tlv.TryFind(EmvTag.ApplicationFileLocator, out aflOffset, out aflLength))
                {
                    if (_tlv.Error != TlvError.None)
                    {
                        return EmvReadResult.CardDataInvalid;
                    }

                    // A format 2 answer without AFL holds its card data itself (Visa qVSDC often does).
                    aflLength = 0;
                }

                if (!TakeCardNumber(valueOffset, valueLength))
                {
                    return EmvReadResult.CardDataInvalid;
                }
            }
            else
            {
                return EmvReadResult.CardDataInvalid;
            }

            if (aflLength % 4 != 0 || aflLength > MaximumAflLength)
            {
                return EmvReadResult.CardDataInvalid;
            }

            Array.Copy(_response, aflOffset, _afl, 0, aflLength);
            Append(_response, elementOffset, elementLength);
            return EmvReadResult.Success;
        }

        private EmvReadResult ReadRecords(IApduChannel channel, int aflLength)
        {
            int recordsRead = 0;
            for (int entry = 0; entry < aflLength; entry += 4)
            {
                int shortFileIdentifier = _afl[entry] >> 3;
                int firstRecord = _afl[entry + 1];
                int lastRecord = _afl[entry + 2];
                if (shortFileIdentifier < 1 || shortFileIdentifier > 30 || firstRecord < 1 || lastRecord < firstRecord)
                {
                    return EmvReadResult.CardDataInvalid;
                }

                for (int record = firstRecord; record <= lastRecord; record++)
                {
                    if (++recordsRead > MaximumRecords)
                    {
                        return EmvReadResult.CardDataInvalid;
                    }

                    // READ RECORD, P2 = SFI << 3 | 4: "P1 is a record number" (EMV Book 3 §6.5.11).
                    _command[0] = 0x00;
                    _command[1] = 0xB2;
                    _command[2] = (byte)record;
                    _command[3] = (byte)((shortFileIdentifier << 3) | 0x04);
                    _command[4] = 0x00;
                    int length;
                    EmvReadResult result = Exchange(channel, 5, out length);
                    if (result == EmvReadResult.CardNotSupported)
                    {
                        // A record the card's own AFL named is missing: its data cannot be trusted.
                        return EmvReadResult.CardDataInvalid;
                    }

                    if (result != EmvReadResult.Success)
                    {
                        return result;
                    }

                    _tlv.Reset(_response, 0, length - 2);
                    if (!_tlv.MoveNext() || _tlv.Tag != EmvTag.ReadRecordResponseTemplate)
                    {
                        return EmvReadResult.CardDataInvalid;
                    }

                    int elementOffset = _tlv.ElementOffset;
                    int elementLength = _tlv.ElementLength;
                    if (!TakeCardNumber(_tlv.ValueOffset, _tlv.ValueLength))
                    {
                        return EmvReadResult.CardDataInvalid;
                    }

                    if (!Append(_response, elementOffset, elementLength))
                    {
                        RecordsLeftOut++;
                    }
                }
            }

            return EmvReadResult.Success;
        }

        private bool TakeCardNumber(int offset, int length)
        {
            if (_numberFromPanTag)
            {
                return true;
            }

            int valueOffset;
            int valueLength;
            _tlv.Reset(_response, offset, length);
            if (_tlv.TryFind(EmvTag.ApplicationPrimaryAccountNumber, out valueOffset, out valueLength))
            {
                int count = CardNumberDigits.FromCompressedNumeric(_response, valueOffset, valueLength, _digits);
                if (count < 0)
                {
                    return false;
                }

                _digitCount = count;
                _numberFromPanTag = true;
                return true;
            }

            if (_tlv.Error != TlvError.None)
            {
                return false;
            }

            if (_digitCount > 0)
            {
                return true;
            }

            _tlv.Reset(_response, offset, length);
            if (_tlv.TryFind(EmvTag.Track2EquivalentData, out valueOffset, out valueLength))
            {
                int count = CardNumberDigits.FromTrack2Equivalent(_response, valueOffset, valueLength, _digits);
                if (count < 0)
                {
                    return false;
                }

                _digitCount = count;
            }

            return _tlv.Error == TlvError.None;
        }

        private bool Append(byte[] source, int offset, int count)
        {
            if (PayloadLength + count > _payload.Length)
            {
                return false;
            }

            Array.Copy(source, offset, _payload, PayloadLength, count);
            PayloadLength += count;
            return true;
        }
    }
}
