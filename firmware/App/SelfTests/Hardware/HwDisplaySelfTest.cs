using Terminal.App.Screens;
using Terminal.Drivers.Display;
using Terminal.Drivers.Display.Canvas;
using Terminal.Hal.Display;

namespace Terminal.App.SelfTests.Hardware
{
    /// <summary>
    /// HW-DISPLAY: screen or display controller fault. Automatic part: the controller answers on its bus with the
    /// configured identity (<see cref="IPixelPanel.Probe"/>), the backlight is switched on, and the canvas can bring
    /// the panel up to date (<see cref="FramebufferCanvas.CheckPanel"/>). With a technician: four test patterns
    /// (colour bars, full white, full black, grid), each confirmed with a key; the previous screen is repainted after.
    /// Without one the verdict is OPERATOR unless the automatic part found a fault.
    /// </summary>
    public sealed class HwDisplaySelfTest : SelfTest
    {
        private const int GridSpacingPixels = 20;

        private static readonly ushort[] BarColors = new ushort[]
        {
            Rgb565.White, Rgb565.Yellow, 0x07FF /* cyan */, Rgb565.Green, 0xF81F /* magenta */, Rgb565.Red, Rgb565.Blue, Rgb565.Black,
        };

        private static readonly string[] PatternNames = new string[] { "colour bars", "full white", "full black", "grid" };

        private static readonly string[] QuestionsChinese = new string[]
        {
            "能看到八条彩色竖条吗？", "整个屏幕是白色的吗？", "整个屏幕是黑色的吗？", "能看到完整的方格吗？",
        };

        private static readonly string[] QuestionsEnglish = new string[]
        {
            "Eight even colour bars?", "Whole screen white, no spots?", "Whole screen black, no bright spots?", "Even grid to every edge?",
        };

        private static readonly Remedy ReseatRibbon = new Remedy("请重新插紧屏幕排线；仍有问题请联系维修。", "Re-seat the display ribbon cable, then call service.");

        /// <summary>Creates the test.</summary>
        public HwDisplaySelfTest()
            : base("HW-DISPLAY")
        {
        }

        /// <summary>Gets or sets how long the technician has to judge each pattern, in milliseconds.</summary>
        public int AnswerTimeoutMilliseconds { get; set; } = 30000;

        /// <inheritdoc/>
        public override SelfTestResult Run(SelfTestContext context)
        {
            IPixelPanel panel = context.Peripherals == null ? null : context.Peripherals.Panel;
            if (panel == null)
            {
                return Verdict(CheckVerdict.Skip, "no display fitted");
            }

            int identity;
            PanelStatus probe = panel.Probe(out identity);
            string identityText = "0x" + identity.ToString("X6");
            if (probe == PanelStatus.NotAnswering)
            {
                return Automatic(Verdict(CheckVerdict.Fail, "display controller does not answer on its bus", ReseatRibbon), "not answering", identityText);
            }

            if (probe == PanelStatus.WrongController)
            {
                return Automatic(Verdict(CheckVerdict.Fail, "display controller answers as " + identityText + ", not the configured one"), "wrong controller", identityText);
            }

            panel.SetBacklight(true);
            FramebufferCanvas canvas = context.Peripherals.Canvas;
            if (canvas != null && !canvas.CheckPanel())
            {
                return Automatic(Verdict(CheckVerdict.Fail, "display controller stopped answering during the update", ReseatRibbon), "lost", identityText);
            }

            IOperatorPrompt person = context.Operator;
            if (person == null || canvas == null)
            {
                return Automatic(Verdict(CheckVerdict.Operator, "controller answers; a technician must confirm the test patterns at the terminal"), "answers", identityText)
                    .Measure("patterns", "not shown", string.Empty);
            }

            SelfTestResult result = null;
            int confirmed = 0;
            try
            {
                for (int pattern = 0; pattern < PatternNames.Length && result == null; pattern++)
                {
                    Draw(canvas, pattern);
                    if (!canvas.Present())
                    {
                        result = Verdict(CheckVerdict.Fail, "display stopped answering while showing the " + PatternNames[pattern], ReseatRibbon);
                        break;
                    }

                    OperatorAnswer answer = person.Ask(QuestionsChinese[pattern], QuestionsEnglish[pattern], AnswerTimeoutMilliseconds);
                    if (answer == OperatorAnswer.No)
                    {
                        result = Verdict(CheckVerdict.Fail, "technician saw the " + PatternNames[pattern] + " wrong: the screen is damaged");
                    }
                    else if (answer == OperatorAnswer.NoAnswer)
                    {
                        result = Verdict(CheckVerdict.Operator, "no answer to the " + PatternNames[pattern] + ": confirm the patterns at the terminal");
                    }
                    else
                    {
                        confirmed++;
                    }
                }
            }
            finally
            {
                // Whatever happened, the screen the terminal showed before comes back (the whole frame is redrawn).
                ScreenPresenter screens = context.Peripherals.Screens;
                if (screens != null)
                {
                    screens.Repaint();
                }
            }

            if (result == null)
            {
                result = Verdict(CheckVerdict.Pass, "controller answers; all " + PatternNames.Length.ToString() + " test patterns confirmed");
            }

            return Automatic(result, "answers", identityText)
                .Measure("patterns_confirmed", confirmed, "of " + PatternNames.Length.ToString());
        }

        private static SelfTestResult Automatic(SelfTestResult result, string controller, string identity)
        {
            return result.Measure("controller", controller, string.Empty).Measure("controller_id", identity, string.Empty)
                .Measure("backlight", controller == "answers" ? "on" : "not switched", string.Empty);
        }

        private static void Draw(ICanvas canvas, int pattern)
        {
            int width = canvas.Width;
            int height = canvas.Height;
            switch (pattern)
            {
                case 0:
                    for (int bar = 0; bar < BarColors.Length; bar++)
                    {
                        int left = (bar * width) / BarColors.Length;
                        int right = ((bar + 1) * width) / BarColors.Length;
                        canvas.FillRectangle(left, 0, right - left, height, BarColors[bar]);
                    }

                    break;
                case 1:
                    canvas.FillRectangle(0, 0, width, height, Rgb565.White);
                    break;
                case 2:
                    canvas.FillRectangle(0, 0, width, height, Rgb565.Black);
                    break;
                default:
                    canvas.FillRectangle(0, 0, width, height, Rgb565.Black);
                    for (int x = 0; x < width; x += GridSpacingPixels)
                    {
                        canvas.FillRectangle(x, 0, 1, height, Rgb565.White);
                    }

                    for (int y = 0; y < height; y += GridSpacingPixels)
                    {
                        canvas.FillRectangle(0, y, width, 1, Rgb565.White);
                    }

                    // The last column and row, so a technician sees the grid reach every edge.
                    canvas.FillRectangle(width - 1, 0, 1, height, Rgb565.White);
                    canvas.FillRectangle(0, height - 1, width, 1, Rgb565.White);
                    break;
            }
        }
    }
}
