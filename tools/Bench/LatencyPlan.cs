using Terminal.App.Payments;
using Terminal.Core.Protocol;

namespace Terminal.Tools.Bench
{
    /// <summary>One payment of the <c>latency</c> workload, built before anything is measured.</summary>
    internal sealed class LatencyPlan
    {
        /// <summary>Gets or sets the payment's kind.</summary>
        public LatencyPaymentKind Kind { get; set; }

        /// <summary>Gets or sets the sale the cashier enters.</summary>
        public CardSale Sale { get; set; } = new CardSale();

        /// <summary>Gets or sets the status the host answers with (to the authorization, or to the inquiry for a late one).</summary>
        public PaymentStatus Status { get; set; }

        /// <summary>Gets or sets the response code: <c>00</c>, a decline code, or an unknown code.</summary>
        public string ResponseCode { get; set; } = "00";

        /// <summary>Gets or sets the authorization code; <c>null</c> for a decline.</summary>
        public string? AuthorizationCode { get; set; }

        /// <summary>Gets or sets the host's reference, 12 to 32 characters: the answers' sizes vary with it.</summary>
        public string HostReference { get; set; } = string.Empty;
    }
}
