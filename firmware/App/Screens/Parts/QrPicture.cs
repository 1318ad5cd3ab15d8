namespace Terminal.App.Screens
{
    /// <summary>
    /// Turns a text into the packed 1-bit picture of its QR code, quiet zone included. The only place
    /// the screens touch the QR encoder.
    /// </summary>
    internal static class QrPicture
    {
        /// <summary>Encodes a text.</summary>
        /// <param name="content">The text.</param>
        /// <param name="quietZoneModules">Light modules added on each side.</param>
        /// <param name="bits">The picture, rows packed most significant bit first, set bits dark.</param>
        /// <param name="modules">The picture's side in modules, quiet zone included.</param>
        /// <returns><c>false</c> when the text cannot be encoded.</returns>
        public static bool TryBuild(string content, int quietZoneModules, out byte[] bits, out int modules)
        {
            // TODO(issue4-qr): the encoder lands with the QR helper's branch.
            bits = null;
            modules = 0;
            return false;
        }
    }
}
