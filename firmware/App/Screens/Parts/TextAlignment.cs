namespace Terminal.App.Screens
{
    /// <summary>Where a text sits horizontally in its slot.</summary>
    internal enum TextAlignment
    {
        /// <summary>Against the slot's left edge.</summary>
        Left = 0,

        /// <summary>Centred.</summary>
        Centre = 1,

        /// <summary>Against the slot's right edge.</summary>
        Right = 2,
    }
}
