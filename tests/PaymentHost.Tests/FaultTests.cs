using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.PaymentHost
{
    /// <summary>Every fault switch: what the terminal sees, and what the ledger says happened.</summary>
    [TestClass]
    public sealed class FaultTests
    {
        [TestMethod]
        public async Task Drop_request_aborts_before_processing_and_leaves_the_ledger_unchanged()
        {
            await using HostFixture host = HostFixture.Start();

            await Assert.ThrowsExceptionAsync<HttpRequestException>(() => host.AuthorizeAsync("T1-1", fault: "drop-request"));

            Assert.IsNull(host.Server.Ledger.FindPayment("T1-1"));
            Assert.IsFalse(host.Server.Ledger.IsInFlight("T1-1"));
            using HttpResponseMessage retry = await host.AuthorizeAsync("T1-1");
            Assert.AreEqual(200, (int)retry.StatusCode);
            Assert.IsFalse(HostFixture.IsReplayed(retry), "the dropped request was never processed");
        }

        [TestMethod]
        public async Task Drop_response_commits_the_approval_and_the_retry_gets_it_replayed()
        {
            await using HostFixture host = HostFixture.Start();

            await Assert.ThrowsExceptionAsync<HttpRequestException>(() => host.AuthorizeAsync("T1-1", fault: "drop-response"));

            Assert.AreEqual(PaymentStatuses.Approved, host.Server.Ledger.FindPayment("T1-1")!.Status);
            using HttpResponseMessage retry = await host.AuthorizeAsync("T1-1");
            Assert.IsTrue(HostFixture.IsReplayed(retry));
            Assert.AreEqual("approved", (await HostFixture.JsonAsync(retry)).GetProperty("status").GetString());
            Assert.AreEqual(1, host.Server.Ledger.Charges("ORD-1").Charges);
        }

        [TestMethod]
        public async Task Error_5xx_answers_unavailable_without_processing()
        {
            await using HostFixture host = HostFixture.Start();

            using HttpResponseMessage unavailable = await host.AuthorizeAsync("T1-1", fault: "error-5xx");
            using HttpResponseMessage chosen = await host.AuthorizeAsync("T1-1", fault: "error-5xx=500");

            Assert.AreEqual(503, (int)unavailable.StatusCode);
            Assert.AreEqual("unavailable", await HostFixture.ErrorAsync(unavailable));
            Assert.AreEqual(500, (int)chosen.StatusCode);
            Assert.IsNull(host.Server.Ledger.FindPayment("T1-1"));
        }

        [TestMethod]
        public async Task Delay_outlasting_the_terminals_timeout_still_charges_the_customer()
        {
            await using HostFixture host = HostFixture.Start();
            using HttpClient impatient = host.CreateClient(TimeSpan.FromMilliseconds(200));

            await Assert.ThrowsExceptionAsync<TaskCanceledException>(() => host.AuthorizeAsync("T1-1", fault: "delay=60000", client: impatient));

            PaymentRecord payment = await host.WaitForPaymentAsync("T1-1");
            Assert.AreEqual(PaymentStatuses.Approved, payment.Status);
            using HttpResponseMessage inquiry = await host.StatusAsync("T1-1");
            Assert.AreEqual("approved", (await HostFixture.JsonAsync(inquiry)).GetProperty("status").GetString());
        }

        [TestMethod]
        public async Task Short_delay_answers_normally()
        {
            await using HostFixture host = HostFixture.Start();

            using HttpResponseMessage response = await host.SendAsync(HttpMethod.Get, "v1/echo", fault: "delay=20");

            Assert.AreEqual(200, (int)response.StatusCode);
        }

        [TestMethod]
        public async Task Approve_after_timeout_times_the_terminal_out_yet_the_ledger_shows_one_charge()
        {
            await using HostFixture host = HostFixture.Start();
            using HttpClient impatient = host.CreateClient(TimeSpan.FromMilliseconds(200));

            await Assert.ThrowsExceptionAsync<TaskCanceledException>(() => host.AuthorizeAsync("T1-1", fault: "approve-after-timeout=60000", client: impatient));

            ChargeReport charges = host.Server.Ledger.Charges("ORD-1");
            Assert.AreEqual(1, charges.Charges);
            Assert.AreEqual(1250, charges.NetChargedMinor);
            using HttpResponseMessage inquiry = await host.StatusAsync("T1-1");
            Assert.AreEqual("approved", (await HostFixture.JsonAsync(inquiry)).GetProperty("status").GetString());
            using HttpResponseMessage retry = await host.AuthorizeAsync("T1-1");
            Assert.IsTrue(HostFixture.IsReplayed(retry));
            Assert.AreEqual(1, host.Server.Ledger.Charges("ORD-1").Charges);
        }

        [TestMethod]
        public async Task Approve_after_timeout_answers_a_patient_terminal_approved()
        {
            await using HostFixture host = HostFixture.Start();

            using HttpResponseMessage response = await host.AuthorizeAsync("T1-1", HostFixture.CardBody(amount: 1251), fault: "approve-after-timeout=20");

            Assert.AreEqual("approved", (await HostFixture.JsonAsync(response)).GetProperty("status").GetString(), "the fault approves whatever the amount");
        }

        [TestMethod]
        public async Task Approve_while_rebooting_records_the_approval_and_never_answers()
        {
            await using HostFixture host = HostFixture.Start();

            await Assert.ThrowsExceptionAsync<HttpRequestException>(() => host.AuthorizeAsync("T1-1", fault: "approve-while-rebooting"));

            Assert.AreEqual(1, host.Server.Ledger.Charges("ORD-1").Charges);
            using HttpResponseMessage inquiry = await host.StatusAsync("T1-1");
            Assert.AreEqual("approved", (await HostFixture.JsonAsync(inquiry)).GetProperty("status").GetString());
        }

        [TestMethod]
        public async Task Approve_while_rebooting_on_a_qr_order_notifies_the_payment()
        {
            await using HostFixture host = HostFixture.Start();

            await Assert.ThrowsExceptionAsync<HttpRequestException>(() => host.AuthorizeAsync("T1-1", HostFixture.QrMerchantBody(), fault: "approve-while-rebooting"));

            using HttpResponseMessage poll = await host.SendAsync(HttpMethod.Get, "v1/notifications?after=0");
            JsonElement notices = (await HostFixture.JsonAsync(poll)).GetProperty("notifications");
            Assert.AreEqual(1, notices.GetArrayLength());
            Assert.AreEqual("approved", notices[0].GetProperty("status").GetString());
        }

        [TestMethod]
        public async Task Duplicate_notification_delivers_the_same_id_twice()
        {
            await using HostFixture host = HostFixture.Start();
            await host.AuthorizeJsonAsync("T1-1", HostFixture.QrMerchantBody());
            Assert.IsTrue(host.Server.Ledger.TryPayQrOrder("T1-1", out _));

            using HttpResponseMessage poll = await host.SendAsync(HttpMethod.Get, "v1/notifications?after=0", fault: "duplicate-notification");
            JsonElement notices = (await HostFixture.JsonAsync(poll)).GetProperty("notifications");

            Assert.AreEqual(2, notices.GetArrayLength());
            Assert.AreEqual(notices[0].GetProperty("id").GetString(), notices[1].GetProperty("id").GetString());
            Assert.AreEqual(1, host.Server.Ledger.Summary().Notifications);
        }

        [TestMethod]
        public async Task Refuse_key_reuse_answers_422_even_for_an_identical_replay()
        {
            await using HostFixture host = HostFixture.Start();
            await host.AuthorizeJsonAsync("T1-1");

            using HttpResponseMessage refused = await host.AuthorizeAsync("T1-1", fault: "refuse-key-reuse");
            using HttpResponseMessage replay = await host.AuthorizeAsync("T1-1");

            Assert.AreEqual(422, (int)refused.StatusCode);
            Assert.AreEqual("idempotency_key_reused", await HostFixture.ErrorAsync(refused));
            Assert.IsTrue(HostFixture.IsReplayed(replay), "the header acts on one request only");
            Assert.AreEqual(1, host.Server.Ledger.Charges("ORD-1").Charges);
        }

        [TestMethod]
        public async Task Armed_rule_acts_on_its_next_N_requests_of_its_operation_only()
        {
            await using HostFixture host = HostFixture.Start();
            host.Server.Faults.Arm(new FaultRule(FaultKind.Error5xx, count: 2, operation: HostOperation.Authorize));

            using HttpResponseMessage echo = await host.SendAsync(HttpMethod.Get, "v1/echo");
            using HttpResponseMessage first = await host.AuthorizeAsync("T1-1");
            using HttpResponseMessage second = await host.AuthorizeAsync("T1-1");
            using HttpResponseMessage third = await host.AuthorizeAsync("T1-1");

            Assert.AreEqual(200, (int)echo.StatusCode);
            Assert.AreEqual(503, (int)first.StatusCode);
            Assert.AreEqual(503, (int)second.StatusCode);
            Assert.AreEqual(200, (int)third.StatusCode);
            Assert.AreEqual(0, host.Server.Faults.Armed.Count);
        }

        [TestMethod]
        public async Task Unknown_fault_in_the_header_is_malformed()
        {
            await using HostFixture host = HostFixture.Start();

            using HttpResponseMessage unknown = await host.AuthorizeAsync("T1-1", fault: "set-fire");
            using HttpResponseMessage misplaced = await host.AuthorizeAsync("T1-1", fault: "duplicate-notification");

            Assert.AreEqual(400, (int)unknown.StatusCode);
            Assert.AreEqual("malformed", await HostFixture.ErrorAsync(unknown));
            Assert.AreEqual(400, (int)misplaced.StatusCode);
            Assert.IsNull(host.Server.Ledger.FindPayment("T1-1"));
        }
    }
}
