using System;
using System.Collections.Generic;
using System.Text;

namespace Terminal.Hal.Simulated.CardReader
{
    /// <summary>How a test card answers GET PROCESSING OPTIONS (EMV 4.4 Book 3 §6.5.8.4).</summary>
    public enum GetProcessingOptionsFormat
    {
        /// <summary>Format 1, tag 80: AIP and AFL only; the card number is in the records (Mastercard style).</summary>
        Format1,

        /// <summary>Format 2, tag 77: TLV objects, with Track 2 Equivalent Data in the answer itself (Visa qVSDC style).</summary>
        Format2,
    }

    /// <summary>
    /// A contactless EMV test card for the PN532 emulator: it answers SELECT PPSE, SELECT AID, GET PROCESSING
    /// OPTIONS and READ RECORD with the TLV structures real cards use (EMV 4.4 Book 1 §11-12, Book 3 §6.5,
    /// Contactless Book B), built from a test card number. Host-only: it is the only place a full card number
    /// exists in the simulation, and it is a test number.
    /// </summary>
    public sealed class EmvTestCard
    {
        private static readonly byte[] PpseName = Encoding.ASCII.GetBytes("2PAY.SYS.DDF01");

        // The PDOL this card asks for: TTQ, amount, unpredictable number, currency, date, transaction type.
        private static readonly byte[] Pdol = { 0x9F, 0x66, 0x04, 0x9F, 0x02, 0x06, 0x9F, 0x37, 0x04, 0x5F, 0x2A, 0x02, 0x9A, 0x03, 0x9C, 0x01 };
        private const int PdolValuesLength = 4 + 6 + 4 + 2 + 3 + 1;

        private readonly Dictionary<int, byte[]> records = new Dictionary<int, byte[]>();
        private readonly byte[] fileLocator;

        /// <summary>Creates a card.</summary>
        /// <param name="cardNumber">The test card number, 12 to 19 digits.</param>
        /// <param name="applicationIdentifier">The payment application's AID (5 to 16 bytes).</param>
        /// <param name="label">The application label (tag 50), ASCII.</param>
        /// <param name="format">How GET PROCESSING OPTIONS is answered.</param>
        /// <param name="withPanTag">Whether a record carries tag 5A; without it the number is only in tag 57.</param>
        /// <param name="largeRecordBytes">When above 0, one more record of about this many bytes (certificates), to exercise long frames.</param>
        public EmvTestCard(string cardNumber, byte[] applicationIdentifier, string label, GetProcessingOptionsFormat format, bool withPanTag = true, int largeRecordBytes = 0)
        {
            ArgumentNullException.ThrowIfNull(cardNumber);
            ArgumentNullException.ThrowIfNull(applicationIdentifier);
            if (cardNumber.Length < 12 || cardNumber.Length > 19)
            {
                throw new ArgumentOutOfRangeException(nameof(cardNumber));
            }

            CardNumber = cardNumber;
            ApplicationIdentifier = (byte[])applicationIdentifier.Clone();
            Label = label;
            Format = format;

            byte[] track2 = Track2(cardNumber);
            var afl = new List<byte>();

            // SFI 1 record 1: track 2 and the cardholder name.
            records[Key(1, 1)] = Tlv(0x70, Concat(Tlv(0x57, track2), Tlv(0x5F20, Encoding.ASCII.GetBytes("TEST/CARDHOLDER")), Tlv(0x9F1F, Encoding.ASCII.GetBytes("0000000000"))));
            afl.AddRange(new byte[] { 1 << 3, 1, 1, 0 });

            // SFI 2 record 1: the PAN, expiry, issuer country, CDOL1.
            byte[] record2 = Concat(
                withPanTag ? Tlv(0x5A, CompressedNumeric(cardNumber)) : Array.Empty<byte>(),
                Tlv(0x5F24, new byte[] { 0x30, 0x12, 0x31 }),
                Tlv(0x5F28, new byte[] { 0x01, 0x56 }),
                Tlv(0x8C, new byte[] { 0x9F, 0x02, 0x06, 0x9F, 0x03, 0x06, 0x9F, 0x1A, 0x02, 0x95, 0x05, 0x5F, 0x2A, 0x02, 0x9A, 0x03, 0x9C, 0x01, 0x9F, 0x37, 0x04 }));
            records[Key(2, 1)] = Tlv(0x70, record2);
            int lastOfFileTwo = 1;
            if (largeRecordBytes > 0)
            {
                // An issuer public key certificate-sized record (tag 90), filled with a pattern.
                byte[] certificate = new byte[largeRecordBytes];
                for (int i = 0; i < certificate.Length; i++)
                {
                    certificate[i] = (byte)(0x11 + (i * 7));
                }

                records[Key(2, 2)] = Tlv(0x70, Tlv(0x90, certificate));
                lastOfFileTwo = 2;
            }

            afl.AddRange(new byte[] { 2 << 3, 1, (byte)lastOfFileTwo, 0 });
            fileLocator = afl.ToArray();
            Sak = 0x20;
        }

        /// <summary>Gets the full test card number: what the terminal must never show, store or log.</summary>
        public string CardNumber { get; }

        /// <summary>Gets the AID of the card's payment application.</summary>
        public byte[] ApplicationIdentifier { get; }

        /// <summary>Gets the application label.</summary>
        public string Label { get; }

        /// <summary>Gets how the card answers GET PROCESSING OPTIONS.</summary>
        public GetProcessingOptionsFormat Format { get; }

        /// <summary>Gets or sets SEL_RES (SAK): 20h for an ISO/IEC 14443-4 card, 08h for a MIFARE Classic that speaks no APDU.</summary>
        public byte Sak { get; set; }

        /// <summary>Gets or sets whether the card has no PPSE (a transit or access card that speaks ISO/IEC 14443-4): SELECT PPSE answers 6A82.</summary>
        public bool WithoutPaymentApplication { get; set; }

        /// <summary>Gets or sets whether READ RECORD answers a record whose TLV length runs past its end.</summary>
        public bool CorruptRecords { get; set; }

        /// <summary>Gets the last GET PROCESSING OPTIONS command received, to check the PDOL values the terminal filled in.</summary>
        public byte[]? LastProcessingOptionsCommand { get; private set; }

        /// <summary>Gets how many APDUs the card answered.</summary>
        public int ApdusAnswered { get; private set; }

        /// <summary>Gets the card number as tag 5A codes it: compressed numeric, padded with F.</summary>
        public byte[] CompressedCardNumber => CompressedNumeric(CardNumber);

        /// <summary>A Visa test card (AID A0000000031010, GPO format 2, number in track 2 and 5A).</summary>
        /// <param name="cardNumber">The test number.</param>
        /// <returns>The card.</returns>
        public static EmvTestCard Visa(string cardNumber = "4761739001010119") =>
            new EmvTestCard(cardNumber, new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x03, 0x10, 0x10 }, "VISA CREDIT", GetProcessingOptionsFormat.Format2);

        /// <summary>A Mastercard test card (AID A0000000041010, GPO format 1).</summary>
        /// <param name="cardNumber">The test number.</param>
        /// <returns>The card.</returns>
        public static EmvTestCard Mastercard(string cardNumber = "5413330089020011") =>
            new EmvTestCard(cardNumber, new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x04, 0x10, 0x10 }, "MASTERCARD", GetProcessingOptionsFormat.Format1);

        /// <summary>A UnionPay test card (AID A000000333010101, GPO format 1).</summary>
        /// <param name="cardNumber">The test number.</param>
        /// <returns>The card.</returns>
        public static EmvTestCard UnionPay(string cardNumber = "6250941006528599") =>
            new EmvTestCard(cardNumber, new byte[] { 0xA0, 0x00, 0x00, 0x03, 0x33, 0x01, 0x01, 0x01 }, "UNIONPAY", GetProcessingOptionsFormat.Format1);

        /// <summary>Answers one command APDU as the card would.</summary>
        /// <param name="apdu">The command APDU.</param>
        /// <returns>The response APDU: data then SW1 SW2.</returns>
        public byte[] Respond(byte[] apdu)
        {
            ArgumentNullException.ThrowIfNull(apdu);
            ApdusAnswered++;
            if (apdu.Length < 4)
            {
                return Status(0x6700);
            }

            int instruction = (apdu[0] << 8) | apdu[1];
            switch (instruction)
            {
                case 0x00A4:
                    return Select(apdu);
                case 0x80A8:
                    return GetProcessingOptions(apdu);
                case 0x00B2:
                    return ReadRecord(apdu);
                default:
                    return Status(0x6D00);
            }
        }

        /// <summary>Codes a card number as tag 5A does: two digits a byte, padded with F.</summary>
        /// <param name="digits">The digits.</param>
        /// <returns>The bytes.</returns>
        public static byte[] CompressedNumeric(string digits)
        {
            string padded = digits.Length % 2 == 0 ? digits : digits + "F";
            return Convert.FromHexString(padded);
        }

        /// <summary>Codes Track 2 Equivalent Data: number, separator D, expiry 3012, service code 201, discretionary data.</summary>
        /// <param name="cardNumber">The digits.</param>
        /// <returns>The bytes.</returns>
        public static byte[] Track2(string cardNumber)
        {
            string track = cardNumber + "D" + "3012" + "201" + "00000000000";
            if (track.Length % 2 == 1)
            {
                track += "F";
            }

            return Convert.FromHexString(track);
        }

        /// <summary>Codes one BER-TLV object with a 1- or 2-byte tag.</summary>
        /// <param name="tag">The tag.</param>
        /// <param name="value">The value.</param>
        /// <returns>The bytes.</returns>
        public static byte[] Tlv(int tag, byte[] value)
        {
            var bytes = new List<byte>();
            if (tag > 0xFF)
            {
                bytes.Add((byte)(tag >> 8));
            }

            bytes.Add((byte)tag);
            if (value.Length < 0x80)
            {
                bytes.Add((byte)value.Length);
            }
            else if (value.Length <= 0xFF)
            {
                bytes.Add(0x81);
                bytes.Add((byte)value.Length);
            }
            else
            {
                bytes.Add(0x82);
                bytes.Add((byte)(value.Length >> 8));
                bytes.Add((byte)value.Length);
            }

            bytes.AddRange(value);
            return bytes.ToArray();
        }

        private byte[] Select(byte[] apdu)
        {
            if (apdu.Length < 5 || apdu[2] != 0x04)
            {
                return Status(0x6A86);
            }

            int length = apdu[4];
            if (apdu.Length < 5 + length)
            {
                return Status(0x6700);
            }

            byte[] name = apdu.AsSpan(5, length).ToArray();
            if (name.AsSpan().SequenceEqual(PpseName))
            {
                if (WithoutPaymentApplication)
                {
                    return Status(0x6A82);
                }

                byte[] entry = Tlv(0x61, Concat(Tlv(0x4F, ApplicationIdentifier), Tlv(0x50, Encoding.ASCII.GetBytes(Label)), Tlv(0x87, new byte[] { 0x01 })));
                byte[] fci = Tlv(0x6F, Concat(Tlv(0x84, PpseName), Tlv(0xA5, Tlv(0xBF0C, entry))));
                return Concat(fci, Status(0x9000));
            }

            if (name.AsSpan().SequenceEqual(ApplicationIdentifier))
            {
                byte[] proprietary = Concat(Tlv(0x50, Encoding.ASCII.GetBytes(Label)), Tlv(0x87, new byte[] { 0x01 }), Tlv(0x9F38, Pdol));
                return Concat(Tlv(0x6F, Concat(Tlv(0x84, ApplicationIdentifier), Tlv(0xA5, proprietary))), Status(0x9000));
            }

            return Status(0x6A82);
        }

        private byte[] GetProcessingOptions(byte[] apdu)
        {
            // 80 A8 00 00 Lc 83 L values 00: the values must be as long as the PDOL asks.
            LastProcessingOptionsCommand = (byte[])apdu.Clone();
            if (apdu.Length < 7 || apdu[5] != 0x83 || apdu[6] != PdolValuesLength || apdu[4] != PdolValuesLength + 2)
            {
                return Status(0x6700);
            }

            byte[] applicationInterchangeProfile = { 0x20, 0x40 };
            if (Format == GetProcessingOptionsFormat.Format1)
            {
                return Concat(Tlv(0x80, Concat(applicationInterchangeProfile, fileLocator)), Status(0x9000));
            }

            byte[] answer = Concat(
                Tlv(0x82, applicationInterchangeProfile),
                Tlv(0x94, fileLocator),
                Tlv(0x57, Track2(CardNumber)),
                Tlv(0x5F34, new byte[] { 0x01 }),
                Tlv(0x9F10, new byte[] { 0x06, 0x01, 0x0A, 0x03, 0xA0, 0x00, 0x00 }),
                Tlv(0x9F26, new byte[] { 0x1A, 0x2B, 0x3C, 0x4D, 0x5E, 0x6F, 0x70, 0x81 }),
                Tlv(0x9F36, new byte[] { 0x00, 0x2A }));
            return Concat(Tlv(0x77, answer), Status(0x9000));
        }

        private byte[] ReadRecord(byte[] apdu)
        {
            int record = apdu[2];
            int shortFileIdentifier = apdu[3] >> 3;
            if ((apdu[3] & 0x07) != 0x04 || !records.TryGetValue(Key(shortFileIdentifier, record), out byte[]? data))
            {
                return Status(0x6A83);
            }

            if (CorruptRecords)
            {
                // The template claims more bytes than it has.
                byte[] broken = (byte[])data.Clone();
                broken[1] = 0x7F;
                return Concat(broken, Status(0x9000));
            }

            return Concat(data, Status(0x9000));
        }

        private static int Key(int shortFileIdentifier, int record) => (shortFileIdentifier << 8) | record;

        private static byte[] Status(int statusWord) => new[] { (byte)(statusWord >> 8), (byte)statusWord };

        private static byte[] Concat(params byte[][] parts)
        {
            var bytes = new List<byte>();
            foreach (byte[] part in parts)
            {
                bytes.AddRange(part);
            }

            return bytes.ToArray();
        }
    }
}
