using System;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Drivers.Display;
using Terminal.Drivers.Display.Canvas;
using Terminal.Drivers.Display.Text;
using Terminal.Hal.Simulated.Display;

namespace Terminal.Tests.Drivers.Display
{
    [TestClass]
    public sealed class PngImageTests
    {
        [TestMethod]
        public void A_screen_saved_as_png_reads_back_pixel_for_pixel()
        {
            var canvas = new FramebufferCanvas(240, 320);
            canvas.FillRectangle(0, 0, 240, 32, Rgb565.Brand);
            TextPainter.Draw(canvas, TerminalFonts.Regular, "支付成功 Approved", 8, 8, Rgb565.White, Rgb565.Brand, 1);
            TextPainter.Draw(canvas, TerminalFonts.Regular, "¥128.00", 20, 120, Rgb565.DarkGreen, Rgb565.Black, 3);
            for (int value = 0; value < 240; value++)
            {
                canvas.FillRectangle(value, 300, 1, 20, (ushort)(value * 273));
            }

            string path = Path.Combine(Path.GetTempPath(), "display-png-" + Guid.NewGuid().ToString("N") + ".png");
            try
            {
                PngImage.WriteRgb565(path, canvas.Width, canvas.Height, canvas.CopyFrame());
                ushort[] read = PngImage.ReadRgb565(path, out int width, out int height);

                Assert.AreEqual(240, width);
                Assert.AreEqual(320, height);
                CollectionAssert.AreEqual(canvas.CopyFrame(), read);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [TestMethod]
        public void Every_rgb565_value_survives_the_round_trip()
        {
            var pixels = new ushort[65536];
            for (int value = 0; value < pixels.Length; value++)
            {
                pixels[value] = (ushort)value;
            }

            var stream = new MemoryStream();
            PngImage.WriteRgb565(stream, 256, 256, pixels);
            stream.Position = 0;

            CollectionAssert.AreEqual(pixels, PngImage.ReadRgb565(stream, out _, out _));
        }

        [TestMethod]
        public void The_same_frame_gives_the_same_bytes()
        {
            var pixels = new ushort[40 * 30];
            pixels[17] = Rgb565.Red;
            var first = new MemoryStream();
            var second = new MemoryStream();

            PngImage.WriteRgb565(first, 40, 30, pixels);
            PngImage.WriteRgb565(second, 40, 30, pixels);

            CollectionAssert.AreEqual(first.ToArray(), second.ToArray());
        }

        [TestMethod]
        public void Other_kinds_of_png_and_damaged_files_are_refused_with_a_reason()
        {
            var good = new MemoryStream();
            PngImage.WriteRgb565(good, 4, 4, new ushort[16]);
            byte[] bytes = good.ToArray();

            byte[] palette = (byte[])bytes.Clone();
            palette[8 + 8 + 9] = 3; // IHDR colour type: palette (CRC now wrong too)
            byte[] damaged = (byte[])bytes.Clone();
            damaged[bytes.Length - 20] ^= 0x01;

            var notPng = Assert.ThrowsException<InvalidDataException>(() => PngImage.ReadRgb565(new MemoryStream(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 }), out _, out _));
            StringAssert.Contains(notPng.Message, "signature");
            var crc = Assert.ThrowsException<InvalidDataException>(() => PngImage.ReadRgb565(new MemoryStream(palette), out _, out _));
            StringAssert.Contains(crc.Message, "CRC");
            Assert.ThrowsException<InvalidDataException>(() => PngImage.ReadRgb565(new MemoryStream(damaged), out _, out _));
            Assert.ThrowsException<InvalidDataException>(() => PngImage.ReadRgb565(new MemoryStream(bytes, 0, 40), out _, out _));
        }

        [TestMethod]
        public void A_palette_png_with_a_valid_crc_is_refused_as_unsupported()
        {
            var stream = new MemoryStream();
            stream.Write(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
            WriteChunk(stream, "IHDR", new byte[] { 0, 0, 0, 1, 0, 0, 0, 1, 8, 3, 0, 0, 0 });
            stream.Position = 0;

            var refused = Assert.ThrowsException<InvalidDataException>(() => PngImage.ReadRgb565(stream, out _, out _));
            StringAssert.Contains(refused.Message, "8-bit RGB");
        }

        private static void WriteChunk(Stream stream, string type, byte[] data)
        {
            byte[] typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
            stream.Write(new[] { (byte)(data.Length >> 24), (byte)(data.Length >> 16), (byte)(data.Length >> 8), (byte)data.Length });
            stream.Write(typeBytes);
            stream.Write(data);
            uint crc = Terminal.Core.Checksums.Crc32.Compute(Concat(typeBytes, data), 0, typeBytes.Length + data.Length);
            stream.Write(new[] { (byte)(crc >> 24), (byte)(crc >> 16), (byte)(crc >> 8), (byte)crc });
        }

        private static byte[] Concat(byte[] first, byte[] second)
        {
            var all = new byte[first.Length + second.Length];
            first.CopyTo(all, 0);
            second.CopyTo(all, first.Length);
            return all;
        }
    }
}
