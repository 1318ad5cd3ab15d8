namespace Terminal.Tools.PaymentHost
{
    /// <summary>The payment statuses of <c>docs/host-protocol.md</c>, as spelled on the wire.</summary>
    public static class PaymentStatuses
    {
        /// <summary>Final: the customer is charged.</summary>
        public const string Approved = "approved";

        /// <summary>Final: the issuer refused; nothing charged.</summary>
        public const string Declined = "declined";

        /// <summary>A <c>qr-merchant</c> order waiting for the customer.</summary>
        public const string Pending = "pending";

        /// <summary>An approval undone by a reversal.</summary>
        public const string Reversed = "reversed";

        /// <summary>Closed before it was paid (or a burned key); nothing charged.</summary>
        public const string Closed = "closed";

        /// <summary>Whether a text is one of the five statuses.</summary>
        /// <param name="status">The text.</param>
        /// <returns><see langword="true"/> for a known status.</returns>
        public static bool IsKnown(string? status) =>
            status == Approved || status == Declined || status == Pending || status == Reversed || status == Closed;
    }
}
