namespace Terminal.Core.QrCode
{
    /// <summary>
    /// The data mode a symbol's single segment was written in (ISO/IEC 18004:2015, 7.4). The encoder picks
    /// the densest mode that can hold the whole text; it does not mix modes within one symbol.
    /// </summary>
    public enum QrEncodingMode
    {
        /// <summary>Numeric mode (mode indicator 0001): digits 0-9 only, 3 digits in 10 bits.</summary>
        Numeric = 1,

        /// <summary>Alphanumeric mode (0010): 0-9, A-Z, space and <c>$%*+-./:</c>, 2 characters in 11 bits.</summary>
        Alphanumeric = 2,

        /// <summary>Byte mode (0100): any bytes, 8 bits each; text is written as UTF-8.</summary>
        Byte = 4,
    }
}
