using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Drivers.Display;
using Terminal.Drivers.Display.Canvas;
using Terminal.Drivers.Display.Text;

namespace Terminal.Tests.Drivers.Display
{
    [TestClass]
    public sealed class TerminalFontTests
    {
        [TestMethod]
        public void The_generated_table_is_sorted_16_high_and_holds_printable_ascii_and_the_replacement_box()
        {
            BitmapFont font = TerminalFonts.Regular;

            Assert.AreEqual(16, font.Height);
            for (int index = 1; index < font.GlyphCount; index++)
            {
                Assert.IsTrue(font.GetCharacter(index) > font.GetCharacter(index - 1), "not ascending at " + index);
            }

            for (char character = ' '; character <= '~'; character++)
            {
                Assert.IsTrue(font.Contains(character), "missing " + character);
                Assert.AreEqual(8, font.GetWidth(character));
            }

            Assert.IsTrue(font.Contains(BitmapFont.ReplacementCharacter));
        }

        [TestMethod]
        public void The_typical_terminal_phrases_have_glyphs_of_their_own_16_pixels_wide()
        {
            BitmapFont font = TerminalFonts.Regular;

            foreach (char character in "请刷卡支付成功交易失败查询中请勿重复付款结算打印机缺纸网络队列自检技术员菜单金额确认取消返回英文中")
            {
                Assert.IsTrue(font.Contains(character), "missing " + character);
                Assert.AreEqual(16, font.GetWidth(character), "width of " + character);
            }
        }

        [TestMethod]
        public void Known_glyphs_have_the_rows_of_unifont()
        {
            // From /usr/share/unifont/unifont.hex (Debian unifont 1:15.0.01-2):
            // 0041:0000000018242442427E424242420000
            // 0030:00000000182442464A52624224180000
            // 652F:0100010001007FFC0100010001003FF01010082004400280010006C01830E00E
            BitmapFont font = TerminalFonts.Regular;

            Assert.AreEqual(0x1800, font.GetRowBits('A', 4));
            Assert.AreEqual(0x7E00, font.GetRowBits('A', 9));
            Assert.AreEqual(0x4600, font.GetRowBits('0', 7));
            Assert.AreEqual(0x4A00, font.GetRowBits('0', 8));
            Assert.AreEqual(0x7FFC, font.GetRowBits('支', 3));
            Assert.AreEqual(0x3FF0, font.GetRowBits('支', 7));
            Assert.AreEqual(0xE00E, font.GetRowBits('支', 15));
        }

        [TestMethod]
        public void A_missing_character_measures_and_draws_as_the_replacement_box()
        {
            BitmapFont font = TerminalFonts.Regular;
            char missing = '\u9F98';
            Assert.IsFalse(font.Contains(missing));

            Assert.AreEqual(font.GetWidth(BitmapFont.ReplacementCharacter), font.MeasureWidth(missing.ToString()));
            Assert.AreEqual(font.GetWidth(BitmapFont.ReplacementCharacter), font.MeasureWidth("\U0001F600"), "a surrogate pair is one box");

            var drawn = new FramebufferCanvas(32, 16);
            var expected = new FramebufferCanvas(32, 16);
            TextPainter.Draw(drawn, font, missing.ToString(), 0, 0, Rgb565.White, Rgb565.Black, 1);
            TextPainter.Draw(expected, font, "\uFFFD", 0, 0, Rgb565.White, Rgb565.Black, 1);
            CollectionAssert.AreEqual(expected.CopyFrame(), drawn.CopyFrame());
        }

        [TestMethod]
        public void Text_draws_its_glyph_rows_and_returns_the_scaled_width()
        {
            var canvas = new FramebufferCanvas(64, 40);

            int width = TextPainter.Draw(canvas, TerminalFonts.Regular, "A支", 2, 3, Rgb565.White, Rgb565.Black, 2);

            Assert.AreEqual((8 + 16) * 2, width);
            // 'A' row 9 is 0x7E: columns 1-6 set, each a 2x2 block at (2 + 2 * column, 3 + 2 * 9).
            Assert.AreEqual(Rgb565.Black, canvas.GetPixel(2 + 1, 3 + 18));
            Assert.AreEqual(Rgb565.White, canvas.GetPixel(2 + 2, 3 + 18));
            Assert.AreEqual(Rgb565.White, canvas.GetPixel(2 + 13, 3 + 19));
            Assert.AreEqual(Rgb565.Black, canvas.GetPixel(2 + 14, 3 + 18));
            // '支' row 3 is 0x7FFC: columns 1-13 set, starting 16 canvas pixels to the right.
            Assert.AreEqual(Rgb565.Black, canvas.GetPixel(18 + 1, 3 + 6));
            Assert.AreEqual(Rgb565.White, canvas.GetPixel(18 + 2, 3 + 6));
            Assert.AreEqual(Rgb565.White, canvas.GetPixel(18 + 27, 3 + 7));
            Assert.AreEqual(Rgb565.Black, canvas.GetPixel(18 + 28, 3 + 6));
        }

        [TestMethod]
        public void Text_formatted_into_a_buffer_draws_like_the_same_string_and_allocates_nothing()
        {
            var fromString = new FramebufferCanvas(80, 40);
            var fromBuffer = new FramebufferCanvas(80, 40);
            char[] buffer = { 'x', '5', '7', ' ', '秒', 'x' };
            TextPainter.Draw(fromString, TerminalFonts.Regular, "57 秒", 1, 2, Rgb565.White, Rgb565.Brand, 2);
            TextPainter.Draw(fromBuffer, TerminalFonts.Regular, buffer, 1, 4, 1, 2, Rgb565.White, Rgb565.Brand, 2);

            long before = GC.GetAllocatedBytesForCurrentThread();
            int width = TextPainter.Draw(fromBuffer, TerminalFonts.Regular, buffer, 1, 4, 1, 2, Rgb565.White, Rgb565.Brand, 2);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            CollectionAssert.AreEqual(fromString.CopyFrame(), fromBuffer.CopyFrame());
            Assert.AreEqual((8 + 8 + 8 + 16) * 2, width);
            Assert.AreEqual(0, allocated);
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => TextPainter.Draw(fromBuffer, TerminalFonts.Regular, buffer, 3, 4, 0, 0, 0, 0, 1));
        }

        [TestMethod]
        public void Drawing_text_rejects_a_null_argument_and_a_scale_outside_1_to_8()
        {
            var canvas = new FramebufferCanvas(8, 8);

            Assert.ThrowsException<ArgumentNullException>(() => TextPainter.Draw(null!, TerminalFonts.Regular, "A", 0, 0, 0, 0, 1));
            Assert.ThrowsException<ArgumentNullException>(() => TextPainter.Draw(canvas, null!, "A", 0, 0, 0, 0, 1));
            Assert.ThrowsException<ArgumentNullException>(() => TextPainter.Draw(canvas, TerminalFonts.Regular, null!, 0, 0, 0, 0, 1));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => TextPainter.Draw(canvas, TerminalFonts.Regular, "A", 0, 0, 0, 0, 0));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => TextPainter.Draw(canvas, TerminalFonts.Regular, "A", 0, 0, 0, 0, 9));
        }
    }
}
