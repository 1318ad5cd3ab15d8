using System;
using Terminal.Core.Security;

namespace Terminal.Core.Journal
{
    /// <summary>How the customer pays.</summary>
    public enum PaymentMethod
    {
        /// <summary>A card, contactless or inserted.</summary>
        Card = 1,

        /// <summary>The terminal shows a QR code that the customer scans with a wallet app.</summary>
        QrMerchantPresented = 2,

        /// <summary>The terminal scans the QR code the customer's wallet app shows.</summary>
        QrCustomerPresented = 3,
    }

    /// <summary>What a transaction does to the customer's money.</summary>
    public enum TransactionKind
    {
        /// <summary>A purchase: the customer is charged.</summary>
        Sale = 1,

        /// <summary>A refund: the customer is credited.</summary>
        Refund = 2,
    }

    /// <summary>
    /// What the terminal is about to ask the host, written to the journal and committed before the
    /// first byte goes out, so that a reboot mid-flight still knows the transaction existed and asks
    /// the host for its outcome instead of guessing. Holds no card data but the last four digits.
    /// </summary>
    public sealed class TransactionIntent
    {
        /// <summary>Longest merchant reference, in ASCII characters.</summary>
        public const int MaximumReferenceLength = 32;

        /// <summary>Longest card brand name, in ASCII characters.</summary>
        public const int MaximumBrandLength = 16;

        /// <summary>Gets or sets what the transaction does.</summary>
        public TransactionKind Kind { get; set; }

        /// <summary>Gets or sets how the customer pays.</summary>
        public PaymentMethod Method { get; set; }

        /// <summary>Gets or sets the amount in minor units (fen for CNY); 1..long.MaxValue.</summary>
        public long AmountMinorUnits { get; set; }

        /// <summary>Gets or sets the ISO 4217 numeric currency code (156 for CNY).</summary>
        public int CurrencyNumericCode { get; set; }

        /// <summary>Gets or sets when the cashier started the transaction, in UTC milliseconds since 1970.</summary>
        public long CreatedUtcMilliseconds { get; set; }

        /// <summary>Gets or sets the last four digits of the card number; empty for QR payments.</summary>
        public string CardLast4 { get; set; }

        /// <summary>Gets or sets the card brand (e.g. "UnionPay"); empty for QR payments.</summary>
        public string CardBrand { get; set; }

        /// <summary>Gets or sets the merchant's order reference, ASCII, at most <see cref="MaximumReferenceLength"/> characters.</summary>
        public string MerchantReference { get; set; }

        /// <summary>Checks the intent before it is written: amounts, codes, and that no full card number slipped in.</summary>
        /// <exception cref="ArgumentException">A field is invalid; the message names it.</exception>
        public void Validate()
        {
            if (Kind != TransactionKind.Sale && Kind != TransactionKind.Refund)
            {
                throw new ArgumentException("kind must be sale or refund");
            }

            if (Method < PaymentMethod.Card || Method > PaymentMethod.QrCustomerPresented)
            {
                throw new ArgumentException("unknown payment method");
            }

            if (AmountMinorUnits <= 0)
            {
                throw new ArgumentException("amount must be positive");
            }

            if (CurrencyNumericCode <= 0 || CurrencyNumericCode > 999)
            {
                throw new ArgumentException("currency must be an ISO 4217 numeric code");
            }

            bool hasLast4 = CardLast4 != null && CardLast4.Length > 0;
            if (hasLast4 && !CardDataGuard.IsLastFourDigits(CardLast4))
            {
                throw new ArgumentException("only the last four digits of a card number may be stored");
            }

            if (CardDataGuard.ContainsPanLikeNumber(MerchantReference) || CardDataGuard.ContainsPanLikeNumber(CardBrand))
            {
                throw new ArgumentException("a card number must never be stored: found one in a text field");
            }
        }

        /// <summary>Encodes the intent as a journal payload.</summary>
        /// <param name="writer">The payload writer.</param>
        public void Encode(PayloadWriter writer)
        {
            writer.WriteByte((int)Kind);
            writer.WriteByte((int)Method);
            writer.WriteInt64(AmountMinorUnits);
            writer.WriteUInt16(CurrencyNumericCode);
            writer.WriteInt64(CreatedUtcMilliseconds);
            writer.WriteAscii(CardLast4, 4);
            writer.WriteAscii(CardBrand, MaximumBrandLength);
            writer.WriteAscii(MerchantReference, MaximumReferenceLength);
        }

        /// <summary>Decodes an intent payload.</summary>
        /// <param name="reader">The payload reader.</param>
        /// <returns>The intent.</returns>
        /// <exception cref="JournalFormatException">The payload is malformed.</exception>
        public static TransactionIntent Decode(PayloadReader reader)
        {
            TransactionIntent intent = new TransactionIntent();
            intent.Kind = (TransactionKind)reader.ReadByteInRange(1, 2, "kind");
            intent.Method = (PaymentMethod)reader.ReadByteInRange(1, 3, "method");
            intent.AmountMinorUnits = reader.ReadInt64();
            if (intent.AmountMinorUnits <= 0)
            {
                throw new JournalFormatException("amount is not positive");
            }

            intent.CurrencyNumericCode = reader.ReadUInt16();
            intent.CreatedUtcMilliseconds = reader.ReadInt64();
            intent.CardLast4 = reader.ReadAscii(4, "card last 4");
            intent.CardBrand = reader.ReadAscii(MaximumBrandLength, "card brand");
            intent.MerchantReference = reader.ReadAscii(MaximumReferenceLength, "merchant reference");
            reader.ExpectEnd("transaction intent");
            return intent;
        }

        /// <summary>Reads only the amount from an encoded intent, without allocating: the journal needs it for its limits.</summary>
        /// <param name="payload">An encoded intent.</param>
        /// <returns>The amount in minor units.</returns>
        public static long PeekAmount(byte[] payload)
        {
            PayloadReader reader = new PayloadReader(payload, 2, 8);
            return reader.ReadInt64();
        }

        /// <summary>Reads only the creation time from an encoded intent.</summary>
        /// <param name="payload">An encoded intent.</param>
        /// <returns>UTC milliseconds since 1970.</returns>
        public static long PeekCreatedUtcMilliseconds(byte[] payload)
        {
            PayloadReader reader = new PayloadReader(payload, 12, 8);
            return reader.ReadInt64();
        }
    }
}
