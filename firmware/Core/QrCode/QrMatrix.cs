using System;

namespace Terminal.Core.QrCode
{
    /// <summary>
    /// A finished QR Code symbol: a square of dark and light modules, without the quiet zone. Module (0, 0)
    /// is the top-left corner, x to the right, y down. Stored one bit per module, rows packed most significant
    /// bit first on byte boundaries: the format <c>ICanvas.DrawMonochrome</c> draws, so
    /// <see cref="CopyPacked"/> is a copy.
    /// </summary>
    /// <remarks>
    /// Memory: <c>Size x ((Size + 7) / 8)</c> bytes plus the object, e.g. 57 x 8 = 456 bytes for version 10,
    /// 177 x 23 = 4071 bytes for version 40. The matrix never changes once <see cref="QrEncoder"/> returns it.
    /// </remarks>
    public sealed class QrMatrix
    {
        private readonly byte[] _modules;
        private readonly int _rowBytes;

        internal QrMatrix(int version, QrErrorCorrectionLevel level, QrEncodingMode mode)
        {
            Version = version;
            Size = QrTables.SizeOf(version);
            ErrorCorrectionLevel = level;
            Mode = mode;
            _rowBytes = (Size + 7) / 8;
            _modules = new byte[_rowBytes * Size];
        }

        /// <summary>Gets the symbol version, 1 to 40.</summary>
        public int Version { get; }

        /// <summary>Gets the side in modules: 17 + 4 x <see cref="Version"/> (21 to 177), without the quiet zone.</summary>
        public int Size { get; }

        /// <summary>Gets the error correction level the symbol was built with.</summary>
        public QrErrorCorrectionLevel ErrorCorrectionLevel { get; }

        /// <summary>Gets the data mode of the symbol's segment.</summary>
        public QrEncodingMode Mode { get; }

        /// <summary>Gets the mask pattern reference applied to the data (0 to 7, ISO/IEC 18004:2015 Table 10).</summary>
        public int MaskPattern { get; internal set; }

        /// <summary>Gets whether a module is dark.</summary>
        /// <param name="x">Column, 0 to <see cref="Size"/> - 1, left to right.</param>
        /// <param name="y">Row, 0 to <see cref="Size"/> - 1, top to bottom.</param>
        /// <returns><c>true</c> for a dark module.</returns>
        /// <exception cref="ArgumentOutOfRangeException">A coordinate is outside the symbol.</exception>
        public bool IsDark(int x, int y)
        {
            if (x < 0 || x >= Size || y < 0 || y >= Size)
            {
                throw new ArgumentOutOfRangeException(x < 0 || x >= Size ? nameof(x) : nameof(y));
            }

            return (_modules[(y * _rowBytes) + (x >> 3)] & (0x80 >> (x & 7))) != 0;
        }

        /// <summary>Gets the side in modules of the packed image with a quiet zone: <see cref="Size"/> + 2 x the zone.</summary>
        /// <param name="quietZoneModules">Light modules around the symbol on each side, 0 or more (the standard asks for 4, 9.1).</param>
        /// <returns>The image's width and height in modules.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="quietZoneModules"/> is negative.</exception>
        public int PackedSize(int quietZoneModules)
        {
            if (quietZoneModules < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(quietZoneModules));
            }

            return Size + (2 * quietZoneModules);
        }

        /// <summary>Gets the bytes <see cref="CopyPacked"/> writes: <c>PackedSize x ((PackedSize + 7) / 8)</c>.</summary>
        /// <param name="quietZoneModules">Light modules on each side, 0 or more.</param>
        /// <returns>The byte count.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="quietZoneModules"/> is negative.</exception>
        public int PackedLength(int quietZoneModules)
        {
            int side = PackedSize(quietZoneModules);
            return side * ((side + 7) / 8);
        }

        /// <summary>
        /// Writes the symbol as a 1-bit image for <c>ICanvas.DrawMonochrome</c>: dark modules are set bits,
        /// the quiet zone and light modules clear bits; rows of <see cref="PackedSize"/> bits, most significant
        /// bit first, each row starting on a byte boundary. Allocates nothing.
        /// </summary>
        /// <param name="destination">The buffer to write into.</param>
        /// <param name="offset">Index of the first byte to write.</param>
        /// <param name="quietZoneModules">Light modules around the symbol on each side, 0 or more.</param>
        /// <returns>The bytes written, <see cref="PackedLength"/>.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="destination"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The zone is negative or the image does not fit from <paramref name="offset"/>.</exception>
        public int CopyPacked(byte[] destination, int offset, int quietZoneModules)
        {
            if (destination == null)
            {
                throw new ArgumentNullException(nameof(destination));
            }

            int length = PackedLength(quietZoneModules);
            if (offset < 0 || offset > destination.Length - length)
            {
                throw new ArgumentOutOfRangeException(nameof(offset));
            }

            if (quietZoneModules == 0)
            {
                Array.Copy(_modules, 0, destination, offset, length);
                return length;
            }

            Array.Clear(destination, offset, length);
            int side = Size + (2 * quietZoneModules);
            int destinationRowBytes = (side + 7) / 8;
            for (int y = 0; y < Size; y++)
            {
                int sourceRow = y * _rowBytes;
                int destinationRow = offset + ((y + quietZoneModules) * destinationRowBytes);
                for (int x = 0; x < Size; x++)
                {
                    if ((_modules[sourceRow + (x >> 3)] & (0x80 >> (x & 7))) != 0)
                    {
                        int column = x + quietZoneModules;
                        destination[destinationRow + (column >> 3)] |= (byte)(0x80 >> (column & 7));
                    }
                }
            }

            return length;
        }

        /// <summary>Gets the packed rows the encoder writes into (same layout as <see cref="CopyPacked"/> without a zone).</summary>
        internal byte[] Modules
        {
            get { return _modules; }
        }

        /// <summary>Gets the bytes per packed row.</summary>
        internal int RowBytes
        {
            get { return _rowBytes; }
        }
    }
}
