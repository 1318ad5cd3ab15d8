namespace Terminal.Core.Protocol
{
    /// <summary>
    /// A payment's status as the host reports it (docs/host-protocol.md, "Authorize"). The JSON text of
    /// each value comes from <see cref="ProtocolNames"/>, never from <c>ToString()</c>, which gives the
    /// number on the device.
    /// </summary>
    public enum PaymentStatus
    {
        /// <summary>"approved": final; the customer was charged (or credited).</summary>
        Approved = 1,

        /// <summary>"declined": final; the customer was not charged.</summary>
        Declined = 2,

        /// <summary>"pending": a QR order waiting for the customer.</summary>
        Pending = 3,

        /// <summary>"reversed": an approval undone by a reversal.</summary>
        Reversed = 4,

        /// <summary>"closed": a QR order closed before it was paid, or a burned key; the customer was not charged.</summary>
        Closed = 5,
    }
}
