using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Drivers.Display;
using Terminal.Drivers.Display.St7789;
using Terminal.Hal.Display;
using Terminal.Hal.Simulated.Buses;
using Terminal.Hal.Simulated.Display;

namespace Terminal.Tests.Drivers.Display
{
    [TestClass]
    public sealed class St7789PanelTests
    {
        [TestMethod]
        public void Initialisation_sends_reset_sleep_out_format_orientation_and_display_on_in_datasheet_order_with_its_waits()
        {
            var rig = new DisplayRig();

            PanelStatus status = rig.Panel.Initialize();

            Assert.AreEqual(PanelStatus.Ready, status);
            CollectionAssert.AreEqual(
                new byte[] { 0x04, 0x01, 0x11, 0x3A, 0x36, 0x21, 0x13, 0x29, 0x0A },
                rig.Emulator.Commands.ToArray(),
                "RDDID, SWRESET, SLPOUT, COLMOD, MADCTL, INVON, NORON, DISPON, RDDPM");
            Assert.AreEqual(0, rig.Emulator.TimingViolations, "a command came too soon after a reset or SLPOUT");
            Assert.IsTrue(rig.Clock.MonotonicMilliseconds >= 1 + 120 + 120 + 120, "hardware reset, SWRESET and SLPOUT waits");
            Assert.IsFalse(rig.Emulator.Sleeping);
            Assert.IsTrue(rig.Emulator.DisplayOn);
            Assert.AreEqual(0x55, rig.Emulator.PixelFormat);
            Assert.AreEqual(0x00, rig.Emulator.MemoryAccessControl);
            Assert.IsTrue(rig.Emulator.Inverted);
        }

        [TestMethod]
        public void A_driver_without_its_waits_is_caught_by_the_emulator()
        {
            var rig = new DisplayRig();
            var hurried = new St7789Panel(rig.Emulator, rig.DataCommand, rig.Reset, rig.Backlight, new St7789Settings(PanelController.St7789, _ => { }));

            hurried.Initialize();

            Assert.IsTrue(rig.Emulator.TimingViolations > 0);
        }

        [TestMethod]
        public void The_probe_reads_the_ST7789_identity_and_the_ILI9341_identity()
        {
            int identity;
            Assert.AreEqual(PanelStatus.Ready, new DisplayRig().Panel.Probe(out identity));
            Assert.AreEqual(0x858552, identity);

            var ili = new DisplayRig(PanelController.Ili9341);
            Assert.AreEqual(PanelStatus.Ready, ili.Panel.Probe(out identity));
            Assert.AreEqual(0x009341, identity);
            Assert.AreEqual(PanelStatus.Ready, ili.Panel.Initialize());
            Assert.AreEqual(0x48, ili.Emulator.MemoryAccessControl, "ILI9341 portrait: MX and BGR");
            Assert.IsFalse(ili.Emulator.Inverted);
        }

        [TestMethod]
        public void A_panel_that_does_not_answer_is_reported_by_the_probe_and_counted()
        {
            var rig = new DisplayRig();
            rig.Emulator.NotAnswering = true;

            int identity;
            Assert.AreEqual(PanelStatus.NotAnswering, rig.Panel.Probe(out identity));
            Assert.AreEqual(PanelStatus.NotAnswering, rig.Panel.Initialize());
            Assert.AreEqual(2, rig.Panel.Counters.Timeouts);
            Assert.AreEqual(5 + 5, rig.Emulator.BytesClocked, "two 5-byte identity reads; after a silent probe the sequence is not sent into nothing");
        }

        [TestMethod]
        public void A_window_write_lands_at_the_right_memory_pixels()
        {
            var rig = new DisplayRig();
            rig.Panel.Initialize();

            rig.Panel.SetWindow(10, 20, 3, 2);
            rig.Panel.WritePixels(new byte[] { 0xF8, 0x00, 0x07, 0xE0, 0x00, 0x1F, 0xFF, 0xFF, 0x00, 0x00, 0x12, 0x34 }, 0, 12);

            Assert.AreEqual(Rgb565.Red, rig.Emulator.GetPixel(10, 20));
            Assert.AreEqual(Rgb565.Green, rig.Emulator.GetPixel(11, 20));
            Assert.AreEqual(Rgb565.Blue, rig.Emulator.GetPixel(12, 20));
            Assert.AreEqual(Rgb565.White, rig.Emulator.GetPixel(10, 21));
            Assert.AreEqual(Rgb565.Black, rig.Emulator.GetPixel(11, 21));
            Assert.AreEqual((ushort)0x1234, rig.Emulator.GetPixel(12, 21));
            Assert.AreEqual(SimulatedSt7789.PowerUpGarbage, rig.Emulator.GetPixel(13, 20), "outside the window nothing changed");
            Assert.AreEqual(SimulatedSt7789.PowerUpGarbage, rig.Emulator.GetPixel(10, 22));
        }

        [TestMethod]
        public void Landscape_swaps_the_size_and_still_lands_pixels_where_the_driver_addressed_them()
        {
            var rig = new DisplayRig(rotation: PanelRotation.Landscape);
            Assert.AreEqual(320, rig.Panel.Width);
            Assert.AreEqual(240, rig.Panel.Height);
            rig.Started();

            rig.Canvas.FillRectangle(300, 5, 20, 3, Rgb565.Amber);
            Assert.IsTrue(rig.Canvas.Present());

            Assert.AreEqual(0x60, rig.Emulator.MemoryAccessControl);
            Assert.AreEqual(Rgb565.Amber, rig.Emulator.GetPixel(319, 7));
            Assert.AreEqual(Rgb565.Amber, rig.Emulator.GetGlassPixel(239 - 7, 319), "MV then MX: logical row 7 is glass column 232");
            rig.AssertPanelShowsCanvas();
        }

        [TestMethod]
        public void The_backlight_follows_the_driver()
        {
            var rig = new DisplayRig().Started();
            Assert.IsTrue(rig.Emulator.ShowsImage);

            rig.Panel.SetBacklight(false);

            Assert.IsFalse(rig.Emulator.BacklightOn);
            Assert.IsFalse(rig.Emulator.ShowsImage);
        }

        [TestMethod]
        public void The_backlight_lights_only_once_the_first_frame_after_initialisation_is_on_the_glass()
        {
            var rig = new DisplayRig();

            Assert.AreEqual(PanelStatus.Ready, rig.Panel.Initialize());
            bool litBeforeAnyFrame = rig.Emulator.BacklightOn;
            rig.Canvas.FillRectangle(0, 0, 10, 10, Rgb565.Amber);
            Assert.IsTrue(rig.Canvas.Present());

            Assert.IsFalse(litBeforeAnyFrame, "the controller's power-up garbage is never seen");
            Assert.IsTrue(rig.Emulator.ShowsImage, "an app that only draws still lights its screen");
            rig.Panel.SetBacklight(false);
            rig.Canvas.FillRectangle(0, 0, 10, 10, Rgb565.White);
            Assert.IsTrue(rig.Canvas.Present());
            Assert.IsFalse(rig.Emulator.BacklightOn, "switched off, it stays off until the next initialisation");
        }

        [TestMethod]
        public void Misuse_throws_and_field_conditions_do_not()
        {
            var rig = new DisplayRig();
            Assert.ThrowsException<ArgumentNullException>(() => new St7789Panel(null!, rig.DataCommand, null!, null!, rig.Settings));
            Assert.ThrowsException<ArgumentNullException>(() => new St7789Panel(rig.Emulator, null!, null!, null!, rig.Settings));
            Assert.ThrowsException<ArgumentNullException>(() => new St7789Settings(PanelController.St7789, null!));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => new St7789Panel(rig.Emulator, rig.DataCommand, null!, null!, new St7789Settings(PanelController.St7789, _ => { }) { ColumnOffset = 1 }));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => rig.Panel.SetWindow(0, 0, 241, 1));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => rig.Panel.SetWindow(0, 319, 1, 2));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => rig.Panel.SetWindow(-1, 0, 1, 1));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => rig.Panel.WritePixels(new byte[4], 0, 3));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => rig.Panel.WritePixels(new byte[4], 2, 4));
            Assert.ThrowsException<ArgumentNullException>(() => rig.Panel.WritePixels(null!, 0, 2));

            rig.Emulator.Unplugged = true;
            Assert.AreEqual(PanelStatus.NotAnswering, rig.Panel.BeginFrame());
        }

        [TestMethod]
        public void A_panel_built_without_reset_and_backlight_pins_initialises_with_the_software_reset()
        {
            var dataCommand = new SimulatedOutputPin();
            var emulator = new SimulatedSt7789(EmulatedController.St7789, dataCommand);
            var panel = new St7789Panel(emulator, dataCommand, null!, null!, new St7789Settings(PanelController.St7789, _ => { }));

            Assert.AreEqual(PanelStatus.Ready, panel.Initialize());
            panel.SetBacklight(true);
            Assert.IsTrue(emulator.ShowsImage);
        }
    }
}
