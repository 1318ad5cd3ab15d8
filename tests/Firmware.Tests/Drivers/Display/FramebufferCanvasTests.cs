using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Drivers.Display;
using Terminal.Drivers.Display.Canvas;
using Terminal.Drivers.Display.Text;
using Terminal.Hal.Buses;
using Terminal.Hal.Simulated.Display;

namespace Terminal.Tests.Drivers.Display
{
    [TestClass]
    public sealed class FramebufferCanvasTests
    {
        // RDDPM before and after an update: a command byte and an answer byte each.
        private const int BracketBytes = 4;
        private const int StatusCheckBytes = 2;
        private const int WindowOverhead = FramebufferCanvas.WindowOverheadBytes;

        [TestMethod]
        public void The_first_present_sends_one_whole_frame()
        {
            var rig = new DisplayRig();
            rig.Panel.Initialize();
            long before = rig.Emulator.BytesClocked;

            Assert.IsTrue(rig.Canvas.Present());

            Assert.AreEqual(BracketBytes + WindowOverhead + (240 * 320 * 2), rig.Emulator.BytesClocked - before);
            rig.AssertPanelShowsCanvas();
            Assert.IsFalse(rig.Canvas.HasPendingChanges);
        }

        [TestMethod]
        public void Only_the_changed_pixels_are_sent()
        {
            var rig = new DisplayRig().Started();
            long before = rig.Emulator.BytesClocked;

            rig.Canvas.FillRectangle(100, 200, 10, 10, Rgb565.Brand);
            Assert.IsTrue(rig.Canvas.Present());

            Assert.AreEqual(BracketBytes + WindowOverhead + (10 * 10 * 2), rig.Emulator.BytesClocked - before);
            Assert.AreEqual(Rgb565.Brand, rig.Emulator.GetPixel(109, 209));
            rig.AssertPanelShowsCanvas();
        }

        [TestMethod]
        public void Drawing_what_the_panel_already_shows_sends_nothing_at_all()
        {
            var rig = new DisplayRig().Started();
            rig.Canvas.FillRectangle(0, 0, 240, 40, Rgb565.Brand);
            TextPainter.Draw(rig.Canvas, TerminalFonts.Regular, "请刷卡 12:30", 8, 12, Rgb565.White, Rgb565.Brand, 1);
            rig.Canvas.Present();
            long before = rig.Emulator.BytesClocked;

            // The same colour again, and a clear-then-redraw of the same text: no pixel ends up different.
            rig.Canvas.FillRectangle(0, 0, 240, 10, Rgb565.Brand);
            Assert.IsFalse(rig.Canvas.HasPendingChanges, "writing the same colour is not a change");
            rig.Canvas.FillRectangle(0, 0, 240, 40, Rgb565.Brand);
            TextPainter.Draw(rig.Canvas, TerminalFonts.Regular, "请刷卡 12:30", 8, 12, Rgb565.White, Rgb565.Brand, 1);
            Assert.IsTrue(rig.Canvas.Present());

            Assert.AreEqual(0, rig.Emulator.BytesClocked - before);
        }

        [TestMethod]
        public void A_panel_re_plugged_while_the_screen_stood_still_is_repainted_by_the_periodic_check()
        {
            var rig = new DisplayRig().Started();
            rig.Canvas.FillRectangle(0, 0, 240, 40, Rgb565.Brand);
            rig.Canvas.Present();

            rig.Emulator.Unplugged = true;
            Assert.IsTrue(rig.Canvas.Present(), "nothing to draw: nothing goes on the bus");
            Assert.IsFalse(rig.Canvas.CheckPanel(), "the periodic check reports the silent panel");
            rig.Emulator.Unplugged = false;
            long before = rig.Emulator.BytesClocked;

            Assert.IsTrue(rig.Canvas.CheckPanel());

            rig.AssertPanelShowsCanvas();
            Assert.IsTrue(rig.Emulator.ShowsImage);
            Assert.IsTrue(rig.Emulator.BytesClocked - before > 240 * 320 * 2, "the whole frame again");
            long settled = rig.Emulator.BytesClocked;
            Assert.IsTrue(rig.Canvas.CheckPanel());
            Assert.AreEqual(StatusCheckBytes, rig.Emulator.BytesClocked - settled, "a healthy panel costs the check only");
        }

        [TestMethod]
        public void A_countdown_tick_sends_only_the_digit_that_changed()
        {
            var rig = new DisplayRig().Started();
            TextPainter.Draw(rig.Canvas, TerminalFonts.Regular, "58", 100, 150, Rgb565.White, Rgb565.Black, 3);
            rig.Canvas.Present();
            long before = rig.Emulator.BytesClocked;

            TextPainter.Draw(rig.Canvas, TerminalFonts.Regular, "57", 100, 150, Rgb565.White, Rgb565.Black, 3);
            Assert.IsTrue(rig.Canvas.Present());

            long sent = rig.Emulator.BytesClocked - before;
            Assert.IsTrue(sent < BracketBytes + WindowOverhead + (24 * 48 * 2), "at most the second digit's cell, sent " + sent);
            rig.AssertPanelShowsCanvas();
        }

        [TestMethod]
        public void Changes_far_apart_go_in_separate_windows_and_close_ones_in_one()
        {
            var rig = new DisplayRig().Started();
            int windowsBefore = rig.Emulator.Commands.Count(command => command == 0x2C);

            rig.Canvas.FillRectangle(0, 0, 240, 20, Rgb565.Brand);
            rig.Canvas.FillRectangle(0, 300, 240, 20, Rgb565.Brand);
            rig.Canvas.FillRectangle(10, 100, 4, 1, Rgb565.Red);
            rig.Canvas.FillRectangle(10, 101, 4, 1, Rgb565.Red);
            rig.Canvas.Present();

            Assert.AreEqual(3, rig.Emulator.Commands.Count(command => command == 0x2C) - windowsBefore);
            rig.AssertPanelShowsCanvas();
        }

        [TestMethod]
        public void A_panel_that_stops_answering_is_reported_and_the_changes_are_sent_when_it_answers_again()
        {
            var rig = new DisplayRig().Started();
            rig.Emulator.NotAnswering = true;

            rig.Canvas.FillRectangle(20, 20, 50, 30, Rgb565.DarkGreen);
            Assert.IsFalse(rig.Canvas.Present(), "HW-DISPLAY: the update did not reach the panel");
            Assert.IsFalse(rig.Canvas.Present(), "still silent");
            Assert.AreEqual(Rgb565.Black, rig.Emulator.GetPixel(20, 20), "nothing shown");
            Assert.IsTrue(rig.Canvas.HasPendingChanges);
            Assert.IsTrue(rig.Panel.Counters.Timeouts >= 2);

            rig.Emulator.NotAnswering = false;
            long before = rig.Emulator.BytesClocked;
            Assert.IsTrue(rig.Canvas.Present());

            rig.AssertPanelShowsCanvas();
            Assert.AreEqual(BracketBytes + WindowOverhead + (50 * 30 * 2), rig.Emulator.BytesClocked - before, "its memory survived: only the change is sent");
            Assert.AreEqual(1, rig.Panel.Counters.Reconnects);
        }

        [TestMethod]
        public void A_re_plugged_panel_is_initialised_again_and_gets_the_whole_frame()
        {
            var rig = new DisplayRig().Started();
            rig.Canvas.FillRectangle(0, 0, 240, 40, Rgb565.Brand);
            rig.Canvas.Present();

            rig.Emulator.Unplugged = true;
            rig.Canvas.FillRectangle(20, 100, 50, 30, Rgb565.DarkGreen);
            Assert.IsFalse(rig.Canvas.Present());
            rig.Emulator.Unplugged = false;
            Assert.IsTrue(rig.Emulator.Sleeping, "plugged back: asleep, memory garbage");

            Assert.IsTrue(rig.Canvas.Present());

            Assert.IsFalse(rig.Emulator.Sleeping);
            Assert.IsTrue(rig.Emulator.DisplayOn);
            Assert.AreEqual(0x55, rig.Emulator.PixelFormat);
            rig.AssertPanelShowsCanvas();
            Assert.AreEqual(1, rig.Panel.Counters.Reconnects);
        }

        [TestMethod]
        public void A_cable_pulled_and_re_plugged_during_an_update_makes_the_next_present_send_everything()
        {
            var rig = new DisplayRig().Started();
            var flaky = new UnplugDuringWrite(rig.Emulator, writesBeforeUnplug: 2);
            var panel = new Terminal.Drivers.Display.St7789.St7789Panel(flaky, rig.DataCommand, rig.Reset, rig.Backlight, rig.Settings);
            var canvas = new FramebufferCanvas(panel);
            panel.Initialize();
            Assert.IsTrue(canvas.Present());

            canvas.FillRectangle(0, 0, 240, 200, Rgb565.Amber);
            flaky.Arm();
            Assert.IsFalse(canvas.Present(), "the controller came back reset mid-update: not shown");

            Assert.IsTrue(canvas.Present());
            CollectionAssert.AreEqual(canvas.CopyFrame(), rig.Emulator.CopyFrame());
        }

        [TestMethod]
        public void Drawing_outside_the_canvas_is_clipped_never_an_error()
        {
            var canvas = new FramebufferCanvas(20, 10);

            canvas.FillRectangle(-5, -5, 10, 10, Rgb565.Red);
            canvas.FillRectangle(15, 8, 100, 100, Rgb565.Blue);
            canvas.FillRectangle(int.MinValue, int.MinValue, int.MaxValue, int.MaxValue, Rgb565.Green);
            canvas.FillRectangle(int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue, Rgb565.Green);
            canvas.FillRectangle(3, 3, 0, 5, Rgb565.Green);
            canvas.FillRectangle(3, 3, 5, -1, Rgb565.Green);
            canvas.DrawMonochrome(int.MaxValue - 3, int.MinValue, 8, 1, new byte[] { 0xFF }, 0, Rgb565.Green, Rgb565.Green, 8);
            canvas.DrawMonochrome(18, -1, 8, 2, new byte[] { 0xFF, 0xFF }, 0, Rgb565.White, Rgb565.Black, 1);

            Assert.AreEqual(Rgb565.Red, canvas.GetPixel(0, 0));
            Assert.AreEqual(Rgb565.Red, canvas.GetPixel(4, 4));
            Assert.AreEqual(Rgb565.Black, canvas.GetPixel(5, 5));
            Assert.AreEqual(Rgb565.Blue, canvas.GetPixel(16, 9));
            Assert.AreEqual(Rgb565.White, canvas.GetPixel(18, 0));
            Assert.AreEqual(Rgb565.White, canvas.GetPixel(19, 0));
            Assert.AreEqual(Rgb565.Black, canvas.GetPixel(18, 1));
        }

        [TestMethod]
        public void A_monochrome_image_is_drawn_as_scale_by_scale_blocks()
        {
            var canvas = new FramebufferCanvas(20, 20);
            // 3x2 image, rows on byte boundaries: 101 / 010.
            byte[] bits = { 0x00, 0b1010_0000, 0b0100_0000 };

            canvas.DrawMonochrome(2, 1, 3, 2, bits, 1, Rgb565.White, Rgb565.Grey, 3);

            for (int y = 0; y < 20; y++)
            {
                for (int x = 0; x < 20; x++)
                {
                    ushort expected = Rgb565.Black;
                    if (x >= 2 && x < 11 && y >= 1 && y < 7)
                    {
                        int column = (x - 2) / 3;
                        int row = (y - 1) / 3;
                        bool set = row == 0 ? column != 1 : column == 1;
                        expected = set ? Rgb565.White : Rgb565.Grey;
                    }

                    Assert.AreEqual(expected, canvas.GetPixel(x, y), "at " + x + "," + y);
                }
            }
        }

        [TestMethod]
        public void Bad_monochrome_arguments_throw()
        {
            var canvas = new FramebufferCanvas(8, 8);
            var bits = new byte[4];

            Assert.ThrowsException<ArgumentNullException>(() => canvas.DrawMonochrome(0, 0, 8, 1, null!, 0, 0, 0, 1));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => canvas.DrawMonochrome(0, 0, 0, 1, bits, 0, 0, 0, 1));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => canvas.DrawMonochrome(0, 0, 8, 0, bits, 0, 0, 0, 1));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => canvas.DrawMonochrome(0, 0, 8, 1, bits, 0, 0, 0, 0));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => canvas.DrawMonochrome(0, 0, 8, 1, bits, 0, 0, 0, 9));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => canvas.DrawMonochrome(0, 0, 9, 2, bits, 1, 0, 0, 1), "2 rows of 2 bytes from offset 1 run past 4 bytes");
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => canvas.DrawMonochrome(0, 0, 8, 1, bits, -1, 0, 0, 1));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => canvas.GetPixel(8, 0));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => new FramebufferCanvas(0, 10));
            Assert.ThrowsException<ArgumentNullException>(() => new FramebufferCanvas(null!));
        }

        [TestMethod]
        public void A_canvas_without_a_panel_presents_by_marking_its_changes_shown()
        {
            var canvas = new FramebufferCanvas(240, 320);
            Assert.IsTrue(canvas.HasPendingChanges, "nothing was ever shown");
            Assert.IsTrue(canvas.Present());
            Assert.IsFalse(canvas.HasPendingChanges);

            canvas.FillRectangle(1, 1, 1, 1, Rgb565.Red);
            Assert.IsTrue(canvas.HasPendingChanges);
            Assert.IsTrue(canvas.Present());
            Assert.IsFalse(canvas.HasPendingChanges);
            Assert.AreEqual(Rgb565.Red, canvas.GetPixel(1, 1));
        }

        /// <summary>Forwards to the emulator; once armed, pulls the cable after a number of writes and plugs it back right away.</summary>
        private sealed class UnplugDuringWrite : ISpiDevice
        {
            private readonly SimulatedSt7789 _emulator;
            private readonly int _writesBeforeUnplug;
            private int _remaining = -1;

            public UnplugDuringWrite(SimulatedSt7789 emulator, int writesBeforeUnplug)
            {
                _emulator = emulator;
                _writesBeforeUnplug = writesBeforeUnplug;
            }

            public void Arm() => _remaining = _writesBeforeUnplug;

            public void Write(byte[] buffer, int offset, int count)
            {
                if (_remaining == 0)
                {
                    _emulator.Unplugged = true;
                    _emulator.Write(buffer, offset, count);
                    _emulator.Unplugged = false;
                }
                else
                {
                    _emulator.Write(buffer, offset, count);
                }

                if (_remaining >= 0)
                {
                    _remaining--;
                }
            }

            public void TransferFullDuplex(byte[] writeBuffer, byte[] readBuffer) => _emulator.TransferFullDuplex(writeBuffer, readBuffer);
        }
    }
}
