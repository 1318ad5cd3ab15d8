using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Core.QrCode;

namespace Terminal.Tests.Core.QrCode
{
    /// <summary>The packed export a screen hands to ICanvas.DrawMonochrome in one call.</summary>
    [TestClass]
    public sealed class QrMatrixTests
    {
        [TestMethod]
        [DataRow(0)]
        [DataRow(1)]
        [DataRow(4)]
        [DataRow(7)]
        public void Packed_image_has_the_symbol_inside_a_light_quiet_zone_rows_on_byte_boundaries(int quietZone)
        {
            QrMatrix matrix = QrEncoder.Encode("https://pay.example.com/qr/T1-00042?amount=1234", QrErrorCorrectionLevel.Medium);
            int side = matrix.PackedSize(quietZone);
            int rowBytes = (side + 7) / 8;
            byte[] buffer = new byte[matrix.PackedLength(quietZone) + 10];
            buffer.AsSpan().Fill(0xA5);

            int written = matrix.CopyPacked(buffer, 5, quietZone);

            Assert.AreEqual(side * rowBytes, written);
            Assert.AreEqual(matrix.Size + (2 * quietZone), side);
            for (int y = 0; y < side; y++)
            {
                for (int x = 0; x < rowBytes * 8; x++)
                {
                    bool set = (buffer[5 + (y * rowBytes) + (x >> 3)] & (0x80 >> (x & 7))) != 0;
                    int moduleX = x - quietZone;
                    int moduleY = y - quietZone;
                    bool inside = moduleX >= 0 && moduleY >= 0 && moduleX < matrix.Size && moduleY < matrix.Size;
                    Assert.AreEqual(inside && matrix.IsDark(moduleX, moduleY), set, "pixel (" + x + ", " + y + ")");
                }
            }

            for (int index = 0; index < 5; index++)
            {
                Assert.AreEqual(0xA5, buffer[index], "bytes before the offset are untouched");
                Assert.AreEqual(0xA5, buffer[buffer.Length - 1 - index], "bytes after the image are untouched");
            }
        }

        [TestMethod]
        public void Copying_packs_without_allocating()
        {
            QrMatrix matrix = QrEncoder.Encode("T1-00042", QrErrorCorrectionLevel.Medium);
            byte[] buffer = new byte[matrix.PackedLength(4)];
            matrix.CopyPacked(buffer, 0, 4);

            long before = GC.GetAllocatedBytesForCurrentThread();
            matrix.CopyPacked(buffer, 0, 4);
            matrix.CopyPacked(buffer, 0, 0);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.AreEqual(0, allocated);
        }

        [TestMethod]
        public void Out_of_range_requests_throw()
        {
            QrMatrix matrix = QrEncoder.Encode("1", QrErrorCorrectionLevel.Low);

            Assert.ThrowsException<ArgumentOutOfRangeException>(() => matrix.IsDark(21, 0));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => matrix.IsDark(0, -1));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => matrix.PackedSize(-1));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => matrix.CopyPacked(new byte[matrix.PackedLength(4) - 1], 0, 4));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => matrix.CopyPacked(new byte[matrix.PackedLength(4)], 1, 4));
            Assert.ThrowsException<ArgumentNullException>(() => matrix.CopyPacked(null!, 0, 4));
        }
    }
}
