namespace Terminal.Core.QrCode
{
    /// <summary>
    /// The four error correction levels of ISO/IEC 18004:2015 (6.5.1, Table 13): the share of a symbol's
    /// codewords that may be damaged and still be recovered. A higher level makes a bigger symbol for the
    /// same data.
    /// </summary>
    public enum QrErrorCorrectionLevel
    {
        /// <summary>Level L: about 7% of the codewords can be recovered.</summary>
        Low = 0,

        /// <summary>Level M: about 15% of the codewords can be recovered (the usual choice for a screen).</summary>
        Medium = 1,

        /// <summary>Level Q: about 25% of the codewords can be recovered.</summary>
        Quartile = 2,

        /// <summary>Level H: about 30% of the codewords can be recovered.</summary>
        High = 3,
    }
}
