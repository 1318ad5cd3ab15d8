namespace Terminal.Tools.PaymentHost
{
    /// <summary>One payment as the host's ledger holds it, including what the wire does not show.</summary>
    public sealed class PaymentRecord
    {
        /// <summary>The payment's key (the authorization's <c>Idempotency-Key</c>).</summary>
        public string Key { get; init; } = string.Empty;

        /// <summary>The terminal that authorized it (or burned its key).</summary>
        public string TerminalId { get; init; } = string.Empty;

        /// <summary>The merchant of that terminal.</summary>
        public string MerchantId { get; init; } = string.Empty;

        /// <summary><c>sale</c> or <c>refund</c>; <see langword="null"/> for a tombstone.</summary>
        public string? Kind { get; init; }

        /// <summary><c>card</c>, <c>qr-merchant</c> or <c>qr-customer</c>; <see langword="null"/> for a tombstone.</summary>
        public string? Method { get; init; }

        /// <summary>The amount in minor units; 0 for a tombstone.</summary>
        public long AmountMinor { get; init; }

        /// <summary>ISO 4217 numeric currency; 0 for a tombstone.</summary>
        public int Currency { get; init; }

        /// <summary>When the terminal created the payment, UTC milliseconds (the terminal's clock).</summary>
        public long CreatedUtc { get; init; }

        /// <summary>The merchant's reference; <see langword="null"/> for a tombstone.</summary>
        public string? Reference { get; init; }

        /// <summary>The card's last four digits, for card payments.</summary>
        public string? CardLast4 { get; init; }

        /// <summary>One of <see cref="PaymentStatuses"/>.</summary>
        public string Status { get; init; } = PaymentStatuses.Closed;

        /// <summary>The issuer's response code (<c>00</c>, <c>51</c>, <c>C1</c>, ...); <see langword="null"/> while pending or for a tombstone.</summary>
        public string? ResponseCode { get; init; }

        /// <summary>The authorization code of an approval.</summary>
        public string? AuthorizationCode { get; init; }

        /// <summary>The host's reference (<c>HR</c> and ten digits); <see langword="null"/> for a tombstone.</summary>
        public string? HostReference { get; init; }

        /// <summary>When the status was last set, host UTC milliseconds; the payment object's <c>hostTimeUtc</c>.</summary>
        public long StatusUtc { get; init; }

        /// <summary>The text of the QR code to show, while a <c>qr-merchant</c> order is pending.</summary>
        public string? QrContent { get; init; }

        /// <summary>When the host closes a pending <c>qr-merchant</c> order, host UTC milliseconds.</summary>
        public long? ExpiresUtc { get; init; }

        /// <summary>When the simulated customer pays a pending order by itself, host UTC milliseconds.</summary>
        public long? AutoPayUtc { get; init; }

        /// <summary>Whether this is a burned key: a reversal or close of a key the host never authorized.</summary>
        public bool IsTombstone { get; init; }

        /// <summary>The settlement batch that closed this approval, once settled.</summary>
        public long? SettledBatch { get; init; }
    }
}
