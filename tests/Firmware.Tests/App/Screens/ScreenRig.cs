using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Payments;
using Terminal.App.Screens;
using Terminal.Core.Protocol;
using Terminal.Drivers.Display.Canvas;

namespace Terminal.Tests.App.Screens
{
    /// <summary>A presenter on a panel-less framebuffer, with helpers to compare frames.</summary>
    internal sealed class ScreenRig
    {
        public const long Amount = 12850;

        public ScreenRig(CashierLanguage language = CashierLanguage.SimplifiedChinese)
        {
            Canvas = new FramebufferCanvas(ScreenLayout.Width, ScreenLayout.Height);
            Presenter = new ScreenPresenter(Canvas) { Language = language };
            Presenter.SetTerminalId("T0012345");
            Presenter.SetStatus(networkUp: true, queueDepth: 0, SelfTestVerdict.Pass);
        }

        public FramebufferCanvas Canvas { get; }

        public ScreenPresenter Presenter { get; }

        /// <summary>The visible words with line breaks and spaces removed: a wrapped sentence reads whole again.</summary>
        public string Words => Squeeze(Presenter.VisibleText);

        public static string Squeeze(string text) => new string(text.Where(character => !char.IsWhiteSpace(character)).ToArray());

        public static PaymentOutcome Outcome(PaymentOutcomeKind kind, string responseCode = "", string causeId = "", bool isLate = false, string qrContent = "") =>
            new PaymentOutcome(kind, 123, isLate, responseCode, "(the flow's sentence)", string.Empty, causeId, qrContent);

        /// <summary>Every pixel that differs between two frames must lie inside the rectangle; at least one must differ.</summary>
        public static void AssertChangesOnlyInside(ushort[] before, ushort[] after, int left, int top, int width, int height, string what)
        {
            int changed = 0;
            for (int index = 0; index < before.Length; index++)
            {
                if (before[index] == after[index])
                {
                    continue;
                }

                changed++;
                int x = index % ScreenLayout.Width;
                int y = index / ScreenLayout.Width;
                bool inside = x >= left && x < left + width && y >= top && y < top + height;
                Assert.IsTrue(inside, $"{what}: pixel ({x}, {y}) changed outside ({left}, {top}, {width} x {height})");
            }

            Assert.IsTrue(changed > 0, what + ": nothing changed");
        }
    }
}
