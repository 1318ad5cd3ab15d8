namespace Terminal.Tools.Chaos
{
    /// <summary>Terminal-side faults that strike while a request is on the wire (<see cref="FaultingLink"/>).</summary>
    public enum LinkFault
    {
        /// <summary>No fault.</summary>
        None,

        /// <summary>The host processes the request; the terminal reboots cleanly before reading the answer.</summary>
        RebootMidFlight,

        /// <summary>The host processes the request; the terminal loses power before reading the answer (nothing more is written).</summary>
        PowerOffMidFlight,
    }
}
