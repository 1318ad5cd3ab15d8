namespace Terminal.Core.Protocol
{
    /// <summary>How the card was read (the authorize request's <c>card.entryMode</c>).</summary>
    public enum CardEntryMode
    {
        /// <summary>"contactless": tapped on the NFC reader.</summary>
        Contactless = 1,

        /// <summary>"chip": inserted.</summary>
        Chip = 2,

        /// <summary>"magstripe": swiped.</summary>
        Magstripe = 3,
    }
}
