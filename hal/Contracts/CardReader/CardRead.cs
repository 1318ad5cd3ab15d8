using System;

namespace Terminal.Hal.CardReader
{
    /// <summary>
    /// One card as the reader hands it to the terminal: the last four digits, the brand, the entry mode, and an
    /// opaque payload for the payment host. The full card number is never in it.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <b>Why the last four digits only, not the first six as well.</b> PCI DSS allows first six and last four
    /// to be shown, but nothing in this terminal needs the first six: the reader already turned them into
    /// <see cref="Brand"/>, the host request carries <c>last4</c> and <c>brand</c> only, and receipts print the
    /// last four. A first-six-last-four value of a 16-digit number leaves six unknown digits, of which the Luhn
    /// check fixes one: 100,000 candidates, a weak mask. So the reader keeps the least it can.
    /// </para>
    /// <para>
    /// <b>The payload</b> is bytes meant for the payment host only. Behind a PCI PTS approved encrypting reader
    /// it is ciphertext the terminal cannot read. The terminal passes it on (base64 in the authorize request)
    /// and then calls <see cref="Clear"/>. It never logs, stores or displays it, and <see cref="ToString"/>
    /// prints its length only.
    /// </para>
    /// </remarks>
    public sealed class CardRead
    {
        /// <summary>
        /// The most payload bytes a read carries: the authorize request holds the payload as base64 in at most
        /// 1024 characters (<c>Terminal.Core.Protocol.ProtocolLimits.MaximumCardPayloadLength</c>), which is
        /// 768 bytes.
        /// </summary>
        public const int MaximumPayloadBytes = 768;

        /// <summary>The shortest card number the reader accepts (ISO/IEC 7812-1 numbers used for payment are 12 to 19 digits).</summary>
        public const int MinimumNumberLength = 12;

        /// <summary>The longest card number (ISO/IEC 7812-1).</summary>
        public const int MaximumNumberLength = 19;

        private readonly object _sync = new object();
        private readonly byte[] _payload;
        private bool _cleared;

        /// <summary>Creates a read. Drivers call this once they have masked the number and dropped the clear digits.</summary>
        /// <param name="last4">The last four digits of the card number, four ASCII digits.</param>
        /// <param name="numberLength">How many digits the full number has, <see cref="MinimumNumberLength"/> to <see cref="MaximumNumberLength"/>.</param>
        /// <param name="brand">The brand the reader recognised.</param>
        /// <param name="entryMode">How the card was read.</param>
        /// <param name="payload">The bytes for the host; copied, so the caller may zero its buffer afterwards.</param>
        /// <param name="payloadOffset">Index of the first payload byte.</param>
        /// <param name="payloadCount">Number of payload bytes, 0 to <see cref="MaximumPayloadBytes"/>.</param>
        /// <exception cref="ArgumentNullException"><paramref name="last4"/> or <paramref name="payload"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentException"><paramref name="last4"/> is not four digits.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A length or range is outside its limits.</exception>
        public CardRead(string last4, int numberLength, CardBrand brand, ReaderEntryMode entryMode, byte[] payload, int payloadOffset, int payloadCount)
        {
            if (last4 == null)
            {
                throw new ArgumentNullException("last4");
            }

            if (payload == null)
            {
                throw new ArgumentNullException("payload");
            }

            if (!IsFourDigits(last4))
            {
                // The message must not echo the value: a caller who passed a whole number by mistake would log it.
                throw new ArgumentException("last4 must be exactly four digits", "last4");
            }

            if (numberLength < MinimumNumberLength || numberLength > MaximumNumberLength)
            {
                throw new ArgumentOutOfRangeException("numberLength");
            }

            if (payloadOffset < 0 || payloadCount < 0 || payloadCount > MaximumPayloadBytes || payloadOffset > payload.Length - payloadCount)
            {
                throw new ArgumentOutOfRangeException("payloadCount");
            }

            Last4 = last4;
            NumberLength = numberLength;
            Brand = brand;
            EntryMode = entryMode;
            _payload = new byte[payloadCount];
            Array.Copy(payload, payloadOffset, _payload, 0, payloadCount);
        }

        /// <summary>Gets the last four digits of the card number: what the receipt prints and the host request carries.</summary>
        public string Last4 { get; }

        /// <summary>Gets how many digits the full card number has (12 to 19); it tells the mask's length, nothing more.</summary>
        public int NumberLength { get; }

        /// <summary>Gets the number as the screen may show it: one '*' per hidden digit, then the last four ("************1234").</summary>
        public string MaskedNumber
        {
            get { return new string('*', NumberLength - 4) + Last4; }
        }

        /// <summary>Gets the brand the reader recognised.</summary>
        public CardBrand Brand { get; }

        /// <summary>Gets the brand's name as the host protocol carries it ("Visa", "UnionPay", ...).</summary>
        public string BrandName
        {
            get { return CardBrandNames.Name(Brand); }
        }

        /// <summary>Gets how the card was read.</summary>
        public ReaderEntryMode EntryMode { get; }

        /// <summary>Gets how many payload bytes there are: 0 after <see cref="Clear"/>.</summary>
        public int PayloadLength
        {
            get
            {
                lock (_sync)
                {
                    return _cleared ? 0 : _payload.Length;
                }
            }
        }

        /// <summary>Gets whether <see cref="Clear"/> has run: the payload is gone.</summary>
        public bool IsCleared
        {
            get
            {
                lock (_sync)
                {
                    return _cleared;
                }
            }
        }

        /// <summary>Copies the payload for the host request. The caller zeroes its copy once it is sent.</summary>
        /// <param name="destination">Where to copy the bytes.</param>
        /// <param name="offset">Index of the first byte to fill; <see cref="PayloadLength"/> bytes must fit from there.</param>
        /// <exception cref="ArgumentNullException"><paramref name="destination"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The payload does not fit from <paramref name="offset"/>.</exception>
        /// <exception cref="InvalidOperationException">The payload was already cleared.</exception>
        public void CopyPayloadTo(byte[] destination, int offset)
        {
            if (destination == null)
            {
                throw new ArgumentNullException("destination");
            }

            lock (_sync)
            {
                if (_cleared)
                {
                    throw new InvalidOperationException("The card read was cleared: its payload is gone.");
                }

                if (offset < 0 || offset > destination.Length - _payload.Length)
                {
                    throw new ArgumentOutOfRangeException("offset");
                }

                Array.Copy(_payload, 0, destination, offset, _payload.Length);
            }
        }

        /// <summary>Zeroes the payload. Call it once the payload is on its way to the host, or when the sale is abandoned. Clearing twice does nothing.</summary>
        public void Clear()
        {
            lock (_sync)
            {
                for (int i = 0; i < _payload.Length; i++)
                {
                    _payload[i] = 0;
                }

                _cleared = true;
            }
        }

        /// <summary>Describes the read for logs and the console: brand, masked number, entry mode and payload length, never the payload.</summary>
        /// <returns>For example "Visa ************1234 contactless, payload 212 bytes".</returns>
        public override string ToString()
        {
            return BrandName + " " + MaskedNumber + " " + EntryModeName(EntryMode) + ", payload " + PayloadLength.ToString() + " bytes";
        }

        private static string EntryModeName(ReaderEntryMode mode)
        {
            switch (mode)
            {
                case ReaderEntryMode.Contactless:
                    return "contactless";
                case ReaderEntryMode.Chip:
                    return "chip";
                case ReaderEntryMode.Magstripe:
                    return "magstripe";
                default:
                    return "unknown entry";
            }
        }

        private static bool IsFourDigits(string text)
        {
            if (text.Length != 4)
            {
                return false;
            }

            for (int i = 0; i < 4; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
