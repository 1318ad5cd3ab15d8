using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Payments;
using Terminal.App.SelfTests;
using Terminal.App.SelfTests.Software;

namespace Terminal.Tests.App.SelfTests.Software
{
    [TestClass]
    public sealed class SwLimitsSelfTestTests
    {
        [TestMethod]
        public void Sane_limits_and_ordinary_declines_pass()
        {
            using var rig = new SoftwareRig(31, options => { });
            rig.Pay(1250, "ORD-L1"); // approved
            rig.Pay(1251, "ORD-L2"); // 51 insufficient funds: the customer's problem, not the terminal's

            SelfTestResult result = new SwLimitsSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary);
            Assert.AreEqual("2", SoftwareRig.Value(result, "recent_answers"));
            Assert.AreEqual("0", SoftwareRig.Value(result, "limit_refusals"));
        }

        [TestMethod]
        public void Recent_not_permitted_on_this_terminal_answers_warn_with_their_count()
        {
            using var rig = new SoftwareRig(32, options => { });
            rig.Pay(1258, "ORD-L3"); // 58 not permitted to terminal: SW-LIMITS
            rig.Pay(1250, "ORD-L4");
            PaymentOutcome last = rig.Pay(2058, "ORD-L5");
            Assert.AreEqual(PaymentOutcomeKind.Declined, last.Kind);

            SelfTestResult result = new SwLimitsSelfTest().Run(rig.Context);

            SoftwareRig.AssertFinding(result, CheckVerdict.Warn, "SW-LIMITS");
            Assert.AreEqual("2", SoftwareRig.Value(result, "limit_refusals"));
            Assert.AreEqual("3", SoftwareRig.Value(result, "recent_answers"));
            Assert.AreEqual("58", SoftwareRig.Value(result, "last_limit_code"));
        }

        [TestMethod]
        public void A_limit_refusal_older_than_the_last_eight_answers_is_forgotten()
        {
            using var rig = new SoftwareRig(33, options => { });
            rig.Pay(1258, "ORD-L6");
            for (int i = 0; i < PaymentFlow.RecentResponseCodeCapacity; i++)
            {
                rig.Pay(1200 + i, "ORD-L7-" + i);
            }

            SelfTestResult result = new SwLimitsSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary);
            Assert.AreEqual(PaymentFlow.RecentResponseCodeCapacity, rig.Flow!.RecentResponseCodeCount);
            Assert.AreEqual("00", rig.Flow.GetRecentResponseCode(PaymentFlow.RecentResponseCodeCapacity - 1));
        }

        [TestMethod]
        public void A_per_transaction_limit_above_the_offline_limit_fails()
        {
            using var rig = new SoftwareRig(34);
            rig.Settings.Payments.MaximumAmountMinorUnits = 10000000;
            rig.Settings.Journal.MaximumPendingAmountMinorUnits = 5000000;

            SelfTestResult result = new SwLimitsSelfTest().Run(rig.Context);

            SoftwareRig.AssertFinding(result, CheckVerdict.Fail, "SW-LIMITS");
            Assert.AreEqual("10000000", SoftwareRig.Value(result, "max_amount"));
            Assert.AreEqual("5000000", SoftwareRig.Value(result, "max_offline_amount"));
        }

        [TestMethod]
        public void A_zero_per_transaction_limit_fails()
        {
            using var rig = new SoftwareRig(35);
            rig.Settings.Payments.MaximumAmountMinorUnits = 0;

            SoftwareRig.AssertFinding(new SwLimitsSelfTest().Run(rig.Context), CheckVerdict.Fail, "SW-LIMITS");
        }

        [TestMethod]
        public void Without_a_payment_flow_only_the_settings_are_judged()
        {
            using var rig = new SoftwareRig(36);

            SelfTestResult result = new SwLimitsSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary);
            Assert.AreEqual("unavailable", SoftwareRig.Value(result, "recent_codes"));
        }
    }
}
