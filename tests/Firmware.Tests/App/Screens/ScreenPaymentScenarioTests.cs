using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Payments;
using Terminal.App.Screens;
using Terminal.Core.Protocol;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.App.Screens
{
    /// <summary>The screens attached to the real payment flow, against the real payment host on loopback.</summary>
    [TestClass]
    public sealed class ScreenPaymentScenarioTests
    {
        private static CardSale Sale(long amount, string reference) => new CardSale
        {
            AmountMinorUnits = amount,
            MerchantReference = reference,
            CardLast4 = "4242",
            CardBrand = "UnionPay",
            EntryMode = CardEntryMode.Contactless,
            ReaderPayload = "AAECAwQFBgc=",
        };

        [TestMethod]
        public void A_declined_card_shows_the_host_reason_and_next_step_in_Chinese()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 21);
            ScreenRig rig = new ScreenRig();
            terminal.Flow.ResultDisplay = rig.Presenter;

            rig.Presenter.ShowAuthorizing(1251, 30);
            terminal.Flow.Pay(Sale(1251, "ORD-S1")); // the scripted issuer declines amounts ending in 51

            string words = rig.Words;
            StringAssert.Contains(words, "交易被拒绝");
            StringAssert.Contains(words, "余额不足。");
            StringAssert.Contains(words, ScreenRig.Squeeze(ResponseCodeCatalog.Lookup("51").NextStep(CashierLanguage.SimplifiedChinese)));
            StringAssert.Contains(words, "¥12.51");
        }

        [TestMethod]
        public void A_lost_approval_shows_checking_then_the_late_confirmation_never_failed()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var terminal = new ScenarioTerminal(host, 22);
            host.Faults.Arm(new FaultRule(FaultKind.DropResponse, count: 1, operation: HostOperation.Authorize));
            ScreenRig rig = new ScreenRig(CashierLanguage.English);
            terminal.Flow.ResultDisplay = rig.Presenter;

            rig.Presenter.ShowAuthorizing(4200, 30);
            PaymentOutcome first = terminal.Flow.Pay(Sale(4200, "ORD-S2"));
            rig.Presenter.Show(first);
            string checking = rig.Presenter.VisibleText;

            terminal.Board.ManualClock.Advance(2000);
            terminal.Flow.ResolveUnknown();
            string late = rig.Presenter.VisibleText;

            StringAssert.Contains(checking, "Do not pay again");
            Assert.IsFalse(checking.ToLowerInvariant().Contains("fail"), checking);
            StringAssert.Contains(late, "LATE CONFIRMATION");
            StringAssert.Contains(late, "¥42.00");
        }
    }
}
