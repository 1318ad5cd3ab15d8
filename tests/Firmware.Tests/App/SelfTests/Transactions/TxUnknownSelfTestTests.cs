using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Payments;
using Terminal.App.SelfTests;
using Terminal.App.SelfTests.Transactions;
using Terminal.Tests.App.SelfTests.Network;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.App.SelfTests.Transactions
{
    [TestClass]
    public sealed class TxUnknownSelfTestTests
    {
        [TestMethod]
        public void With_every_payment_answered_it_passes()
        {
            using var rig = new NetworkRig(41);
            Assert.AreEqual(PaymentOutcomeKind.Approved, rig.Flow.Pay(NetworkRig.Sale(1500, "ORD-1500")).Kind);

            SelfTestResult result = new TxUnknownSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary);
            Assert.AreEqual("TX-UNKNOWN", result.CauseId);
            Assert.AreEqual("0", result.FindMeasurement("unresolved")!.Value);
        }

        [TestMethod]
        public void A_payment_whose_answer_was_lost_warns_and_says_never_charge_again()
        {
            using var rig = new NetworkRig(42);
            rig.Host!.Faults.Arm(new FaultRule(FaultKind.DropResponse, count: 1, operation: HostOperation.Authorize));
            Assert.AreEqual(PaymentOutcomeKind.Unknown, rig.Flow.Pay(NetworkRig.Sale(1600, "ORD-1600")).Kind);
            rig.Board.ManualClock.Advance(20_000);

            SelfTestResult result = new TxUnknownSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Warn, result.Verdict, result.Summary);
            Assert.AreEqual("1", result.FindMeasurement("outcome_unknown")!.Value);
            Assert.AreEqual("1600", result.FindMeasurement("unresolved_amount")!.Value);
            Assert.AreEqual("1", result.FindMeasurement("inquiries_outstanding")!.Value);
            StringAssert.Contains(result.Remedy.English, "never charge the customer again");
            Assert.IsTrue(result.Remedy.Chinese.Length > 0);
        }

        [TestMethod]
        public void An_unknown_payment_older_than_five_minutes_fails_while_inquiries_get_no_answer()
        {
            using var rig = new NetworkRig(43);
            rig.Host!.Faults.Arm(new FaultRule(FaultKind.DropResponse, count: 1, operation: HostOperation.Authorize));
            rig.Host.Faults.Arm(new FaultRule(FaultKind.Error5xx, operation: HostOperation.Status));
            rig.Flow.Pay(NetworkRig.Sale(1700, "ORD-1700"));
            rig.Board.ManualClock.Advance(6 * 60_000);
            rig.Flow.ResolveUnknown();

            SelfTestResult result = new TxUnknownSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Fail, result.Verdict);
            Assert.IsTrue(long.Parse(result.FindMeasurement("oldest_age")!.Value) >= 360);
            StringAssert.Contains(result.Summary, "no answer");
            Assert.IsTrue(rig.Flow.IsUnknown(1), "the self-test resolves nothing by itself");
        }

        [TestMethod]
        public void A_payment_cut_off_by_a_reboot_is_counted_after_the_boot()
        {
            using var rig = new NetworkRig(44);
            rig.Host!.Faults.Arm(new FaultRule(FaultKind.DropResponse, count: 1, operation: HostOperation.Authorize));
            rig.Flow.Pay(NetworkRig.Sale(1800, "ORD-1800"));
            rig.PowerCutAndReboot();

            SelfTestResult result = new TxUnknownSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Warn, result.Verdict);
            Assert.AreEqual("1", result.FindMeasurement("unresolved")!.Value);
            Assert.AreEqual("0", result.FindMeasurement("inquiries_outstanding")!.Value, "the inquiry schedule starts empty at boot");
        }
    }
}
