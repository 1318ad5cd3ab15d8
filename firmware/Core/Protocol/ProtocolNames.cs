using System;
using Terminal.Core.Journal;

namespace Terminal.Core.Protocol
{
    /// <summary>
    /// The JSON text of every enumerated value in the protocol, both ways. Explicit tables, because
    /// <c>Enum.ToString()</c> gives the number on nanoFramework. Text to enum returns <c>false</c> for
    /// text the protocol does not define (the decoder then refuses the message); enum to text throws
    /// for a value outside the enum (a programming error).
    /// </summary>
    public static class ProtocolNames
    {
        /// <summary>Gets the JSON text of a payment status.</summary>
        /// <param name="status">The status.</param>
        /// <returns>"approved", "declined", "pending", "reversed" or "closed".</returns>
        /// <exception cref="ArgumentException">The value is not a defined status.</exception>
        public static string StatusText(PaymentStatus status)
        {
            switch (status)
            {
                case PaymentStatus.Approved:
                    return "approved";
                case PaymentStatus.Declined:
                    return "declined";
                case PaymentStatus.Pending:
                    return "pending";
                case PaymentStatus.Reversed:
                    return "reversed";
                case PaymentStatus.Closed:
                    return "closed";
                default:
                    throw new ArgumentException("undefined payment status " + ((int)status).ToString());
            }
        }

        /// <summary>Parses a payment status.</summary>
        /// <param name="text">The JSON text, case-sensitive.</param>
        /// <param name="status">The status; <see cref="PaymentStatus.Declined"/> when the text is unknown (never use it then).</param>
        /// <returns><c>true</c> when the text is a status the protocol defines.</returns>
        public static bool TryParseStatus(string text, out PaymentStatus status)
        {
            status = PaymentStatus.Declined;
            if (text == "approved")
            {
                status = PaymentStatus.Approved;
            }
            else if (text == "declined")
            {
                status = PaymentStatus.Declined;
            }
            else if (text == "pending")
            {
                status = PaymentStatus.Pending;
            }
            else if (text == "reversed")
            {
                status = PaymentStatus.Reversed;
            }
            else if (text == "closed")
            {
                status = PaymentStatus.Closed;
            }
            else
            {
                return false;
            }

            return true;
        }

        /// <summary>Gets the JSON text of a payment method.</summary>
        /// <param name="method">The method.</param>
        /// <returns>"card", "qr-merchant" or "qr-customer".</returns>
        /// <exception cref="ArgumentException">The value is not a defined method.</exception>
        public static string MethodText(PaymentMethod method)
        {
            switch (method)
            {
                case PaymentMethod.Card:
                    return "card";
                case PaymentMethod.QrMerchantPresented:
                    return "qr-merchant";
                case PaymentMethod.QrCustomerPresented:
                    return "qr-customer";
                default:
                    throw new ArgumentException("undefined payment method " + ((int)method).ToString());
            }
        }

        /// <summary>Parses a payment method.</summary>
        /// <param name="text">The JSON text, case-sensitive.</param>
        /// <param name="method">The method; <see cref="PaymentMethod.Card"/> when the text is unknown (never use it then).</param>
        /// <returns><c>true</c> when the text is a method the protocol defines.</returns>
        public static bool TryParseMethod(string text, out PaymentMethod method)
        {
            method = PaymentMethod.Card;
            if (text == "card")
            {
                method = PaymentMethod.Card;
            }
            else if (text == "qr-merchant")
            {
                method = PaymentMethod.QrMerchantPresented;
            }
            else if (text == "qr-customer")
            {
                method = PaymentMethod.QrCustomerPresented;
            }
            else
            {
                return false;
            }

            return true;
        }

        /// <summary>Gets the JSON text of a transaction kind.</summary>
        /// <param name="kind">The kind.</param>
        /// <returns>"sale" or "refund".</returns>
        /// <exception cref="ArgumentException">The value is not a defined kind.</exception>
        public static string KindText(TransactionKind kind)
        {
            switch (kind)
            {
                case TransactionKind.Sale:
                    return "sale";
                case TransactionKind.Refund:
                    return "refund";
                default:
                    throw new ArgumentException("undefined transaction kind " + ((int)kind).ToString());
            }
        }

        /// <summary>Parses a transaction kind.</summary>
        /// <param name="text">The JSON text, case-sensitive.</param>
        /// <param name="kind">The kind; <see cref="TransactionKind.Sale"/> when the text is unknown (never use it then).</param>
        /// <returns><c>true</c> when the text is a kind the protocol defines.</returns>
        public static bool TryParseKind(string text, out TransactionKind kind)
        {
            kind = TransactionKind.Sale;
            if (text == "sale")
            {
                kind = TransactionKind.Sale;
            }
            else if (text == "refund")
            {
                kind = TransactionKind.Refund;
            }
            else
            {
                return false;
            }

            return true;
        }

        /// <summary>Gets the JSON text of a card entry mode.</summary>
        /// <param name="mode">The entry mode.</param>
        /// <returns>"contactless", "chip" or "magstripe".</returns>
        /// <exception cref="ArgumentException">The value is not a defined entry mode.</exception>
        public static string EntryModeText(CardEntryMode mode)
        {
            switch (mode)
            {
                case CardEntryMode.Contactless:
                    return "contactless";
                case CardEntryMode.Chip:
                    return "chip";
                case CardEntryMode.Magstripe:
                    return "magstripe";
                default:
                    throw new ArgumentException("undefined card entry mode " + ((int)mode).ToString());
            }
        }

        /// <summary>Parses a card entry mode.</summary>
        /// <param name="text">The JSON text, case-sensitive.</param>
        /// <param name="mode">The entry mode; <see cref="CardEntryMode.Contactless"/> when the text is unknown (never use it then).</param>
        /// <returns><c>true</c> when the text is an entry mode the protocol defines.</returns>
        public static bool TryParseEntryMode(string text, out CardEntryMode mode)
        {
            mode = CardEntryMode.Contactless;
            if (text == "contactless")
            {
                mode = CardEntryMode.Contactless;
            }
            else if (text == "chip")
            {
                mode = CardEntryMode.Chip;
            }
            else if (text == "magstripe")
            {
                mode = CardEntryMode.Magstripe;
            }
            else
            {
                return false;
            }

            return true;
        }

        /// <summary>Gets the JSON text of a settlement status.</summary>
        /// <param name="status">The status.</param>
        /// <returns>"settled" or "mismatch".</returns>
        /// <exception cref="ArgumentException">The value is not a defined settlement status.</exception>
        public static string SettlementStatusText(SettlementStatus status)
        {
            switch (status)
            {
                case SettlementStatus.Settled:
                    return "settled";
                case SettlementStatus.Mismatch:
                    return "mismatch";
                default:
                    throw new ArgumentException("undefined settlement status " + ((int)status).ToString());
            }
        }

        /// <summary>Parses a settlement status.</summary>
        /// <param name="text">The JSON text, case-sensitive.</param>
        /// <param name="status">The status; <see cref="SettlementStatus.Mismatch"/> when the text is unknown (never use it then).</param>
        /// <returns><c>true</c> when the text is a settlement status the protocol defines.</returns>
        public static bool TryParseSettlementStatus(string text, out SettlementStatus status)
        {
            status = SettlementStatus.Mismatch;
            if (text == "settled")
            {
                status = SettlementStatus.Settled;
            }
            else if (text == "mismatch")
            {
                status = SettlementStatus.Mismatch;
            }
            else
            {
                return false;
            }

            return true;
        }
    }
}
