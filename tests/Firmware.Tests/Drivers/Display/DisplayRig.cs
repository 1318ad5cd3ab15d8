using Terminal.Drivers.Display.Canvas;
using Terminal.Drivers.Display.St7789;
using Terminal.Hal.Simulated.Buses;
using Terminal.Hal.Simulated.Display;
using Terminal.Hal.Simulated.Time;

namespace Terminal.Tests.Drivers.Display
{
    /// <summary>The real St7789Panel and FramebufferCanvas over the emulated controller, wired as on the board; delays advance a fake clock.</summary>
    internal sealed class DisplayRig
    {
        public DisplayRig(PanelController controller = PanelController.St7789, PanelRotation rotation = PanelRotation.Portrait, EmulatedController? emulated = null)
        {
            Clock = new ManualClock(0);
            DataCommand = new SimulatedOutputPin(true);
            Reset = new SimulatedOutputPin(true);
            Backlight = new SimulatedOutputPin(false);
            Emulator = new SimulatedSt7789(
                emulated ?? (controller == PanelController.Ili9341 ? EmulatedController.Ili9341 : EmulatedController.St7789),
                DataCommand,
                Reset,
                Backlight,
                Clock);
            Settings = new St7789Settings(controller, milliseconds => Clock.Advance(milliseconds)) { Rotation = rotation };
            Panel = new St7789Panel(Emulator, DataCommand, Reset, Backlight, Settings);
            Canvas = new FramebufferCanvas(Panel);
        }

        public ManualClock Clock { get; }

        public SimulatedOutputPin DataCommand { get; }

        public SimulatedOutputPin Reset { get; }

        public SimulatedOutputPin Backlight { get; }

        public SimulatedSt7789 Emulator { get; }

        public St7789Settings Settings { get; }

        public St7789Panel Panel { get; }

        public FramebufferCanvas Canvas { get; }

        /// <summary>Initialises the panel and presents the first (black) frame, as the board does at boot.</summary>
        public DisplayRig Started()
        {
            Panel.Initialize();
            Panel.SetBacklight(true);
            Canvas.Present();
            return this;
        }

        public void AssertPanelShowsCanvas()
        {
            Microsoft.VisualStudio.TestTools.UnitTesting.CollectionAssert.AreEqual(Canvas.CopyFrame(), Emulator.CopyFrame());
        }
    }
}
