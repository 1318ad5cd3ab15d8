using System;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Drivers.Display.Canvas;
using Terminal.Drivers.Display.St7789;
using Terminal.Drivers.Display.Text;
using Terminal.Hal.Simulated.Buses;
using Terminal.Hal.Simulated.Display;
using Terminal.Hal.Simulated.Time;

namespace Terminal.Tests.Drivers.Display
{
    [TestClass]
    public sealed class FramebufferCanvasPropertyTests
    {
        private static readonly ushort[] Palette = { 0x0000, 0xFFFF, 0x124E, 0xF800 };

        // Mostly near the panel, sometimes anywhere an int can point.
        private static readonly Gen<int> Coordinate = Gen.Frequency((12, Gen.Int[-40, 80]), (1, Gen.Int));
        private static readonly Gen<int> Size = Gen.Frequency((12, Gen.Int[-3, 70]), (1, Gen.Int));

        private static readonly Gen<Operation> Operations = Gen.Select(
            Gen.Int[0, 9], Coordinate, Coordinate, Size, Size, Gen.Int[0, 3], Gen.Int[1, 8], Gen.Byte.Array[0, 24])
            .Select((kind, x, y, width, height, color, scale, bits) => new Operation(kind, x, y, width, height, color, scale, bits));

        [TestMethod]
        public void After_any_drawing_faults_and_presents_the_panel_memory_equals_the_canvas_exactly()
        {
            Gen.Select(Gen.Int[1, 64], Gen.Int[1, 48], Gen.Int[0, 3], Gen.Int[0, 8], Gen.Int[0, 8], Gen.Bool, Operations.Array[1, 14])
                .SampleSeeded((width, height, rotation, columnOffset, rowOffset, ili, operations) =>
                {
                    var clock = new ManualClock(0);
                    var dataCommand = new SimulatedOutputPin(true);
                    var reset = new SimulatedOutputPin(true);
                    var emulator = new SimulatedSt7789(ili ? EmulatedController.Ili9341 : EmulatedController.St7789, dataCommand, reset, null, clock);
                    var settings = new St7789Settings(ili ? PanelController.Ili9341 : PanelController.St7789, milliseconds => clock.Advance(milliseconds))
                    {
                        NativeWidth = width,
                        NativeHeight = height,
                        ColumnOffset = columnOffset,
                        RowOffset = rowOffset,
                        Rotation = (PanelRotation)rotation,
                    };
                    var panel = new St7789Panel(emulator, dataCommand, reset, null!, settings);
                    var canvas = new FramebufferCanvas(panel);
                    panel.Initialize();

                    foreach (Operation operation in operations)
                    {
                        operation.Apply(canvas, emulator);
                    }

                    emulator.NotAnswering = false;
                    emulator.Unplugged = false;
                    if (!canvas.Present() || !canvas.CheckPanel())
                    {
                        return false;
                    }

                    bool exchanged = settings.Rotation == PanelRotation.Landscape || settings.Rotation == PanelRotation.LandscapeFlipped;
                    int emulatorColumnOffset = exchanged ? rowOffset : columnOffset;
                    int emulatorRowOffset = exchanged ? columnOffset : rowOffset;
                    for (int y = 0; y < canvas.Height; y++)
                    {
                        for (int x = 0; x < canvas.Width; x++)
                        {
                            if (canvas.GetPixel(x, y) != emulator.GetPixel(x + emulatorColumnOffset, y + emulatorRowOffset))
                            {
                                return false;
                            }
                        }
                    }

                    return !canvas.HasPendingChanges && emulator.TimingViolations == 0;
                }, iter: 10_000, seed: "0N0XIzNsQ0D1");
        }

        [TestMethod]
        public void Any_geometry_in_or_out_of_range_draws_without_an_exception_and_keeps_pixels_inside()
        {
            Gen.Select(Gen.Int, Gen.Int, Gen.Int, Gen.Int, Gen.Int[1, 40], Gen.Int[1, 20], Gen.Int[1, 8])
                .SampleSeeded((x, y, width, height, imageWidth, imageHeight, scale) =>
                {
                    var canvas = new FramebufferCanvas(17, 13);
                    canvas.FillRectangle(x, y, width, height, 0xFFFF);
                    var bits = new byte[((imageWidth + 7) / 8) * imageHeight];
                    Array.Fill(bits, (byte)0xA5);
                    canvas.DrawMonochrome(x, y, imageWidth, imageHeight, bits, 0, 0xF800, 0x001F, scale);
                    canvas.DrawMonochrome(x % 20, y % 20, imageWidth, imageHeight, bits, 0, 0xF800, 0x001F, scale);
                    TextPainter.Draw(canvas, TerminalFonts.Regular, "支付 OK", x % 30, y % 30, 0xFFFF, 0x0000, scale);
                    return canvas.Present();
                }, iter: 10_000, seed: "0N0XIzNsQ0D2");
        }

        private sealed class Operation
        {
            private readonly int _kind;
            private readonly int _x;
            private readonly int _y;
            private readonly int _width;
            private readonly int _height;
            private readonly ushort _color;
            private readonly int _scale;
            private readonly byte[] _bits;

            public Operation(int kind, int x, int y, int width, int height, int color, int scale, byte[] bits)
            {
                _kind = kind;
                _x = x;
                _y = y;
                _width = width;
                _height = height;
                _color = Palette[color];
                _scale = scale;
                _bits = bits;
            }

            public override string ToString()
            {
                return "op" + _kind + "(" + _x + "," + _y + "," + _width + "," + _height + ",c" + _color.ToString("X4") + ",s" + _scale + ",b" + _bits.Length + ")";
            }

            public void Apply(FramebufferCanvas canvas, SimulatedSt7789 emulator)
            {
                switch (_kind)
                {
                    case 0:
                    case 1:
                    case 2:
                        canvas.FillRectangle(_x, _y, _width, _height, _color);
                        break;
                    case 3:
                    case 4:
                        DrawImage(canvas);
                        break;
                    case 5:
                        TextPainter.Draw(canvas, TerminalFonts.Regular, "请刷卡 58", _x, _y, _color, Palette[(_scale + 1) % 4], 1 + (_scale % 3));
                        break;
                    case 6:
                        canvas.Present();
                        break;
                    case 7:
                        canvas.CheckPanel();
                        break;
                    case 8:
                        emulator.NotAnswering = !emulator.NotAnswering;
                        canvas.Present();
                        break;
                    default:
                        emulator.Unplugged = true;
                        canvas.Present();
                        emulator.Unplugged = false;
                        break;
                }
            }

            private void DrawImage(FramebufferCanvas canvas)
            {
                if (_bits.Length == 0)
                {
                    return;
                }

                int imageWidth = 1 + (Math.Abs(_width % 16));
                int bytesPerRow = (imageWidth + 7) / 8;
                int imageHeight = Math.Max(1, _bits.Length / bytesPerRow);
                if (bytesPerRow * imageHeight > _bits.Length)
                {
                    return;
                }

                canvas.DrawMonochrome(_x, _y, imageWidth, imageHeight, _bits, 0, _color, Palette[(_scale + 2) % 4], _scale);
            }
        }
    }
}
