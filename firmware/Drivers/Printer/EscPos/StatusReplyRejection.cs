namespace Terminal.Drivers.Printer.EscPos
{
    /// <summary>Why a reply to <c>DLE EOT n</c> is not a status byte. <see cref="RealTimeStatusParser.Describe"/> gives the sentence.</summary>
    public enum StatusReplyRejection
    {
        /// <summary>The reply is a well-formed status byte.</summary>
        None = 0,

        /// <summary>No byte came back.</summary>
        Empty = 1,

        /// <summary>More than the one byte <c>DLE EOT n</c> answers with came back.</summary>
        ExtraBytes = 2,

        /// <summary>The byte breaks the fixed bits every status byte has: bit 0 = 0, bit 1 = 1, bit 4 = 1, bit 7 = 0.</summary>
        FixedBitsViolated = 3,

        /// <summary>A roll paper sensor reply whose paired bits disagree (near end: bits 2 and 3; paper end: bits 5 and 6).</summary>
        SensorBitPairDisagrees = 4,
    }
}
