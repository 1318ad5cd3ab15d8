namespace Terminal.Core.Protocol
{
    /// <summary>The host's answer to a batch close (docs/host-protocol.md, "Settlement").</summary>
    public enum SettlementStatus
    {
        /// <summary>"settled": the host's totals match; the batch is closed.</summary>
        Settled = 1,

        /// <summary>"mismatch": the totals differ; the batch stays open and the host's totals are attached.</summary>
        Mismatch = 2,
    }
}
