namespace Terminal.Hal.Buses
{
    /// <summary>The outcome of one bus transaction, as a value: these are field conditions, not bugs.</summary>
    public enum BusStatus
    {
        /// <summary>Every byte was transferred and acknowledged.</summary>
        Ok = 0,

        /// <summary>The device did not acknowledge its address: absent, unpowered, cable pulled, or busy.</summary>
        NotAcknowledged = 1,

        /// <summary>The transfer stopped part-way (a byte not acknowledged, a clock-stretch timeout).</summary>
        Incomplete = 2,

        /// <summary>The bus itself failed (stuck line, arbitration lost, controller error).</summary>
        BusFault = 3,
    }
}
