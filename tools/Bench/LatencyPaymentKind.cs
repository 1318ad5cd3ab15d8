namespace Terminal.Tools.Bench
{
    /// <summary>The payments of the <c>latency</c> benchmark's mix.</summary>
    internal enum LatencyPaymentKind
    {
        /// <summary>Approved in the authorization's answer.</summary>
        Approved = 0,

        /// <summary>Declined in the authorization's answer.</summary>
        Declined = 1,

        /// <summary>The authorization timed out (UNKNOWN); the inquiry after it answers approved.</summary>
        LateApproved = 2,

        /// <summary>The authorization timed out (UNKNOWN); the inquiry after it answers declined.</summary>
        LateDeclined = 3,
    }
}
