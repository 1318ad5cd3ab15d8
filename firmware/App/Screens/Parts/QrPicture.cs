using Terminal.Core.QrCode;

namespace Terminal.App.Screens
{
    /// <summary>
    /// Turns a text into the packed 1-bit picture of its QR code, quiet zone included. The only place
    /// the screens touch the QR encoder (firmware/Core/QrCode).
    /// </summary>
    internal static class QrPicture
    {
        /// <summary>
        /// Error correction M (about 15 % of the codewords restorable, ISO/IEC 18004 table 12): a screen is
        /// not torn or stained like paper, and M keeps a 256-character payment URL at version 12 or below,
        /// large enough on 240 pixels for a phone camera at arm's length.
        /// </summary>
        public const QrErrorCorrectionLevel Level = QrErrorCorrectionLevel.Medium;

        /// <summary>Encodes a text.</summary>
        /// <param name="content">The text; <c>null</c> or empty cannot be encoded.</param>
        /// <param name="quietZoneModules">Light modules added on each side.</param>
        /// <param name="bits">The picture, rows packed most significant bit first, set bits dark.</param>
        /// <param name="modules">The picture's side in modules, quiet zone included.</param>
        /// <returns><c>false</c> when there is nothing to encode or the text does not fit a QR code.</returns>
        public static bool TryBuild(string content, int quietZoneModules, out byte[] bits, out int modules)
        {
            bits = null;
            modules = 0;
            QrMatrix matrix;
            string error;
            if (content == null || content.Length == 0 || !QrEncoder.TryEncode(content, Level, out matrix, out error))
            {
                return false;
            }

            modules = matrix.PackedSize(quietZoneModules);
            bits = new byte[matrix.PackedLength(quietZoneModules)];
            matrix.CopyPacked(bits, 0, quietZoneModules);
            return true;
        }
    }
}
