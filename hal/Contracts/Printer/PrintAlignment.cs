namespace Terminal.Hal.Printer
{
    /// <summary>Where a line sits across the paper (ESC/POS <c>ESC a n</c>, select justification).</summary>
    public enum PrintAlignment
    {
        /// <summary>Flush left.</summary>
        Left = 0,

        /// <summary>Centred.</summary>
        Center = 1,

        /// <summary>Flush right.</summary>
        Right = 2,
    }
}
