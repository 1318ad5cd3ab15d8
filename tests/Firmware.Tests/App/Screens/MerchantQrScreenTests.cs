using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Payments;
using Terminal.App.Screens;
using Terminal.Core.Protocol;
using Terminal.Core.QrCode;

namespace Terminal.Tests.App.Screens
{
    /// <summary>The merchant's payment code on screen is the code of the host's content, module for module.</summary>
    [TestClass]
    public sealed class MerchantQrScreenTests
    {
        [TestMethod]
        public void The_code_on_screen_is_the_encoder_symbol_of_the_content_with_its_quiet_zone()
        {
            foreach (string content in new[] { "https://qr.example/o/1", "https://qr.pay.example.cn/o/T0012345-000123?amount=128.50&sig=5f2c9a", new string('A', ProtocolLimits.MaximumQrTextLength) })
            {
                ScreenRig rig = new ScreenRig(CashierLanguage.English);
                rig.Presenter.ShowMerchantQr(ScreenRig.Amount, content);
                QrMatrix matrix = QrEncoder.Encode(content, QrErrorCorrectionLevel.Medium);

                int modules = matrix.Size + 8;
                int scale = ScreenLayout.QrSize / modules;
                int left = ((ScreenLayout.Width - ScreenLayout.QrSize) / 2) + ((ScreenLayout.QrSize - (modules * scale)) / 2);
                int top = ScreenLayout.QrTop + ((ScreenLayout.QrSize - (modules * scale)) / 2);
                Assert.IsTrue(scale >= 2, $"{content.Length} characters: modules of {scale} pixel");
                for (int y = -4; y < matrix.Size + 4; y++)
                {
                    for (int x = -4; x < matrix.Size + 4; x++)
                    {
                        bool dark = x >= 0 && y >= 0 && x < matrix.Size && y < matrix.Size && matrix.IsDark(x, y);
                        int pixelX = left + ((x + 4) * scale) + (scale / 2);
                        int pixelY = top + ((y + 4) * scale) + (scale / 2);
                        ushort expected = dark ? ScreenColors.QrDark : ScreenColors.Background;
                        Assert.AreEqual(expected, rig.Canvas.GetPixel(pixelX, pixelY), $"module ({x}, {y}) of a {content.Length}-character code");
                    }
                }

                StringAssert.Contains(rig.Presenter.VisibleText, "¥128.50");
                StringAssert.Contains(rig.Presenter.VisibleText, ScreenText.English.MerchantQrHint);
            }
        }

        [TestMethod]
        public void A_new_order_replaces_the_code_and_the_same_order_keeps_it()
        {
            ScreenRig rig = new ScreenRig();
            rig.Presenter.Show(ScreenRig.Outcome(PaymentOutcomeKind.AwaitingCustomer, qrContent: "https://qr.example/o/1"));
            ushort[] first = rig.Canvas.CopyFrame();

            rig.Presenter.Show(ScreenRig.Outcome(PaymentOutcomeKind.AwaitingCustomer, qrContent: "https://qr.example/o/1"));
            CollectionAssert.AreEqual(first, rig.Canvas.CopyFrame());

            rig.Presenter.Show(ScreenRig.Outcome(PaymentOutcomeKind.AwaitingCustomer, qrContent: "https://qr.example/o/2"));
            CollectionAssert.AreNotEqual(first, rig.Canvas.CopyFrame());
        }

        [TestMethod]
        public void A_code_that_cannot_be_shown_is_said_so_instead_of_a_blank_square()
        {
            foreach (string content in new[] { string.Empty, new string('x', 3000) })
            {
                ScreenRig rig = new ScreenRig(CashierLanguage.English);
                rig.Presenter.ShowMerchantQr(ScreenRig.Amount, content);

                StringAssert.Contains(rig.Presenter.VisibleText, ScreenText.English.MerchantQrMissing);
                int left = (ScreenLayout.Width - ScreenLayout.QrSize) / 2;
                for (int y = ScreenLayout.QrTop; y < ScreenLayout.QrTop + ScreenLayout.QrSize; y += 3)
                {
                    for (int x = left; x < left + ScreenLayout.QrSize; x += 3)
                    {
                        Assert.AreEqual(ScreenColors.Background, rig.Canvas.GetPixel(x, y), "no half-drawn code");
                    }
                }
            }
        }
    }
}
