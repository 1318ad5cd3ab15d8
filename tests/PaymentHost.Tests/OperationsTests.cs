using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.PaymentHost
{
    /// <summary>Every operation of docs/host-protocol.md over loopback HTTP.</summary>
    [TestClass]
    public sealed class OperationsTests
    {
        [TestMethod]
        public async Task Echo_answers_the_host_time_and_the_configured_firmware_versions()
        {
            await using HostFixture host = HostFixture.Start(options =>
            {
                options.MinimumFirmware = "1.0.0";
                options.LatestFirmware = "1.2.0";
            });
            host.Clock.Advance(1500);

            using HttpResponseMessage response = await host.SendAsync(HttpMethod.Get, "v1/echo");
            JsonElement echo = await HostFixture.JsonAsync(response);

            Assert.AreEqual(200, (int)response.StatusCode);
            Assert.AreEqual("ok", echo.GetProperty("status").GetString());
            Assert.AreEqual(HostFixture.StartUtc + 1500, echo.GetProperty("serverTimeUtc").GetInt64());
            Assert.AreEqual("1.0.0", echo.GetProperty("minimumFirmware").GetString());
            Assert.AreEqual("1.2.0", echo.GetProperty("latestFirmware").GetString());
        }

        [TestMethod]
        public async Task Card_sale_is_approved_with_an_authorization_code_and_a_host_reference()
        {
            await using HostFixture host = HostFixture.Start();

            JsonElement payment = await host.AuthorizeJsonAsync("T1-1");

            Assert.AreEqual("T1-1", payment.GetProperty("key").GetString());
            Assert.AreEqual("approved", payment.GetProperty("status").GetString());
            Assert.AreEqual("00", payment.GetProperty("responseCode").GetString());
            Assert.AreEqual(6, payment.GetProperty("authorizationCode").GetString()!.Length);
            StringAssert.StartsWith(payment.GetProperty("hostReference").GetString(), "HR");
            Assert.AreEqual(HostFixture.StartUtc, payment.GetProperty("hostTimeUtc").GetInt64());
            Assert.AreEqual(JsonValueKind.Null, payment.GetProperty("qrContent").ValueKind);
            Assert.AreEqual(JsonValueKind.Null, payment.GetProperty("expiresUtc").ValueKind);
            Assert.AreEqual(1, host.Server.Ledger.Charges("ORD-1").Charges);
        }

        [TestMethod]
        public async Task Status_inquiry_returns_the_payment_object_or_not_found()
        {
            await using HostFixture host = HostFixture.Start();
            JsonElement authorized = await host.AuthorizeJsonAsync("T1-1");

            using HttpResponseMessage known = await host.StatusAsync("T1-1");
            using HttpResponseMessage unknown = await host.StatusAsync("T1-2");

            Assert.AreEqual(200, (int)known.StatusCode);
            Assert.AreEqual(authorized.GetRawText(), (await HostFixture.JsonAsync(known)).GetRawText());
            Assert.AreEqual(404, (int)unknown.StatusCode);
            Assert.AreEqual("not_found", await HostFixture.ErrorAsync(unknown));
        }

        [TestMethod]
        public async Task Qr_customer_code_is_authorized_at_once_like_a_card()
        {
            await using HostFixture host = HostFixture.Start();

            JsonElement payment = await host.AuthorizeJsonAsync("T1-1", HostFixture.QrCustomerBody());

            Assert.AreEqual("approved", payment.GetProperty("status").GetString());
            Assert.AreEqual("00", payment.GetProperty("responseCode").GetString());
        }

        [TestMethod]
        public async Task Qr_merchant_order_is_pending_with_a_code_to_show_until_the_customer_pays()
        {
            await using HostFixture host = HostFixture.Start(options => options.QrExpiryMilliseconds = 120_000);

            JsonElement order = await host.AuthorizeJsonAsync("T1-1", HostFixture.QrMerchantBody());

            Assert.AreEqual("pending", order.GetProperty("status").GetString());
            Assert.AreEqual("pay://host/T1-1", order.GetProperty("qrContent").GetString());
            Assert.AreEqual(HostFixture.StartUtc + 120_000, order.GetProperty("expiresUtc").GetInt64());
            Assert.AreEqual(0, host.Server.Ledger.Charges("ORD-1").Charges);

            using HttpResponseMessage paid = await host.SendAsync(HttpMethod.Post, "admin/qr/T1-1/pay", terminal: null, merchant: null, firmware: null);
            Assert.AreEqual(200, (int)paid.StatusCode);
            using HttpResponseMessage status = await host.StatusAsync("T1-1");
            JsonElement after = await HostFixture.JsonAsync(status);
            Assert.AreEqual("approved", after.GetProperty("status").GetString());
            Assert.AreEqual(JsonValueKind.Null, after.GetProperty("qrContent").ValueKind);
            Assert.AreEqual(1, host.Server.Ledger.Charges("ORD-1").Charges);
        }

        [TestMethod]
        public async Task Paying_an_order_that_is_not_pending_is_refused()
        {
            await using HostFixture host = HostFixture.Start();
            await host.AuthorizeJsonAsync("T1-1");

            using HttpResponseMessage paid = await host.SendAsync(HttpMethod.Post, "admin/qr/T1-1/pay", terminal: null, merchant: null, firmware: null);
            using HttpResponseMessage unknown = await host.SendAsync(HttpMethod.Post, "admin/qr/T1-9/pay", terminal: null, merchant: null, firmware: null);

            Assert.AreEqual(409, (int)paid.StatusCode);
            Assert.AreEqual("not_pending", await HostFixture.ErrorAsync(paid));
            Assert.AreEqual(404, (int)unknown.StatusCode);
        }

        [TestMethod]
        public async Task Qr_merchant_order_is_paid_by_itself_after_the_configured_delay()
        {
            await using HostFixture host = HostFixture.Start(options => options.QrAutoPayMilliseconds = 5000);
            await host.AuthorizeJsonAsync("T1-1", HostFixture.QrMerchantBody());

            host.Clock.Advance(4999);
            using HttpResponseMessage before = await host.StatusAsync("T1-1");
            Assert.AreEqual("pending", (await HostFixture.JsonAsync(before)).GetProperty("status").GetString());

            host.Clock.Advance(1);
            using HttpResponseMessage after = await host.StatusAsync("T1-1");
            JsonElement payment = await HostFixture.JsonAsync(after);
            Assert.AreEqual("approved", payment.GetProperty("status").GetString());
            Assert.AreEqual(HostFixture.StartUtc + 5000, payment.GetProperty("hostTimeUtc").GetInt64());
        }

        [TestMethod]
        public async Task Qr_merchant_order_closes_at_its_expiry_and_nobody_is_charged()
        {
            await using HostFixture host = HostFixture.Start(options => options.QrExpiryMilliseconds = 60_000);
            await host.AuthorizeJsonAsync("T1-1", HostFixture.QrMerchantBody());

            host.Clock.Advance(60_000);
            using HttpResponseMessage status = await host.StatusAsync("T1-1");

            Assert.AreEqual("closed", (await HostFixture.JsonAsync(status)).GetProperty("status").GetString());
            Assert.AreEqual(0, host.Server.Ledger.Charges("ORD-1").Charges);
        }

        [TestMethod]
        public async Task Closing_a_pending_order_closes_it_uncharged()
        {
            await using HostFixture host = HostFixture.Start();
            await host.AuthorizeJsonAsync("T1-1", HostFixture.QrMerchantBody());

            using HttpResponseMessage close = await host.SendAsync(HttpMethod.Post, "v1/payments/T1-1/close", "T1-2");

            Assert.AreEqual(200, (int)close.StatusCode);
            Assert.AreEqual("closed", (await HostFixture.JsonAsync(close)).GetProperty("status").GetString());
            Assert.AreEqual(0, host.Server.Ledger.Charges("ORD-1").Charges);
        }

        [TestMethod]
        public async Task Closing_an_order_the_customer_just_paid_answers_approved()
        {
            await using HostFixture host = HostFixture.Start();
            await host.AuthorizeJsonAsync("T1-1", HostFixture.QrMerchantBody());
            Assert.IsTrue(host.Server.Ledger.TryPayQrOrder("T1-1", out _));

            using HttpResponseMessage close = await host.SendAsync(HttpMethod.Post, "v1/payments/T1-1/close", "T1-2", "{}");

            Assert.AreEqual("approved", (await HostFixture.JsonAsync(close)).GetProperty("status").GetString());
            Assert.AreEqual(1, host.Server.Ledger.Charges("ORD-1").Charges);
        }

        [TestMethod]
        public async Task Closing_an_unknown_key_burns_it()
        {
            await using HostFixture host = HostFixture.Start();

            using HttpResponseMessage close = await host.SendAsync(HttpMethod.Post, "v1/payments/T1-1/close", "T1-2");
            JsonElement late = await host.AuthorizeJsonAsync("T1-1", HostFixture.QrMerchantBody());

            Assert.AreEqual("closed", (await HostFixture.JsonAsync(close)).GetProperty("status").GetString());
            Assert.AreEqual("closed", late.GetProperty("status").GetString());
            Assert.IsTrue(host.Server.Ledger.FindPayment("T1-1")!.IsTombstone);
        }

        [TestMethod]
        public async Task Reversal_undoes_an_approval_and_the_customer_is_no_longer_charged()
        {
            await using HostFixture host = HostFixture.Start();
            await host.AuthorizeJsonAsync("T1-1");

            using HttpResponseMessage reversal = await host.SendAsync(HttpMethod.Post, "v1/payments/T1-1/reversal", "T1-2");
            ChargeReport charges = host.Server.Ledger.Charges("ORD-1");

            Assert.AreEqual("reversed", (await HostFixture.JsonAsync(reversal)).GetProperty("status").GetString());
            Assert.AreEqual(0, charges.Charges);
            CollectionAssert.AreEqual(new[] { "T1-1" }, new System.Collections.Generic.List<string>(charges.ReversedKeys));
            Assert.AreEqual(0, charges.NetChargedMinor);
        }

        [TestMethod]
        public async Task Reversal_of_a_decline_changes_nothing()
        {
            await using HostFixture host = HostFixture.Start();
            await host.AuthorizeJsonAsync("T1-1", HostFixture.CardBody(amount: 1251));

            using HttpResponseMessage reversal = await host.SendAsync(HttpMethod.Post, "v1/payments/T1-1/reversal", "T1-2");

            JsonElement payment = await HostFixture.JsonAsync(reversal);
            Assert.AreEqual("declined", payment.GetProperty("status").GetString());
            Assert.AreEqual("51", payment.GetProperty("responseCode").GetString());
        }

        [TestMethod]
        public async Task Reversal_of_an_unknown_key_burns_it_so_a_late_authorization_is_closed_and_not_charged()
        {
            await using HostFixture host = HostFixture.Start();

            using HttpResponseMessage reversal = await host.SendAsync(HttpMethod.Post, "v1/payments/T1-1/reversal", "T1-2");
            JsonElement late = await host.AuthorizeJsonAsync("T1-1");
            using HttpResponseMessage status = await host.StatusAsync("T1-1");

            Assert.AreEqual("closed", (await HostFixture.JsonAsync(reversal)).GetProperty("status").GetString());
            Assert.AreEqual("closed", late.GetProperty("status").GetString());
            Assert.AreEqual("closed", (await HostFixture.JsonAsync(status)).GetProperty("status").GetString());
            Assert.AreEqual(0, host.Server.Ledger.Charges("ORD-1").Charges);
            Assert.AreEqual(1, host.Server.Ledger.Summary().Tombstones);
        }

        [TestMethod]
        public async Task Reversal_while_the_authorization_is_still_in_flight_wins_and_nobody_is_charged()
        {
            await using HostFixture host = HostFixture.Start();
            FaultHold hold = host.Server.Faults.Hold(HostOperation.Authorize);
            Task<HttpResponseMessage> authorization = host.AuthorizeAsync("T1-1");
            await hold.Arrived.WaitAsync(System.TimeSpan.FromSeconds(10));

            using HttpResponseMessage notFound = await host.StatusAsync("T1-1");
            using HttpResponseMessage reversal = await host.SendAsync(HttpMethod.Post, "v1/payments/T1-1/reversal", "T1-2");
            hold.Release();
            using HttpResponseMessage late = await authorization;

            Assert.AreEqual(404, (int)notFound.StatusCode);
            Assert.AreEqual("closed", (await HostFixture.JsonAsync(reversal)).GetProperty("status").GetString());
            Assert.AreEqual("closed", (await HostFixture.JsonAsync(late)).GetProperty("status").GetString());
            Assert.AreEqual(0, host.Server.Ledger.Charges("ORD-1").Charges);
        }

        [TestMethod]
        public async Task Result_upload_is_accepted_and_its_replay_gets_the_stored_answer()
        {
            await using HostFixture host = HostFixture.Start();
            await host.AuthorizeJsonAsync("T1-1");
            const string Result = "{\"paymentKey\":\"T1-1\",\"status\":\"approved\",\"amountMinor\":1250,\"currency\":156,\"method\":\"card\",\"last4\":\"4242\",\"hostReference\":\"HR0000000001\",\"late\":false,\"terminalTimeUtc\":1795392002000}";

            using HttpResponseMessage first = await host.SendAsync(HttpMethod.Post, "v1/results", "T1-2", Result);
            using HttpResponseMessage replay = await host.SendAsync(HttpMethod.Post, "v1/results", "T1-2", Result);

            Assert.AreEqual(200, (int)first.StatusCode);
            Assert.IsTrue((await HostFixture.JsonAsync(first)).GetProperty("accepted").GetBoolean());
            Assert.IsFalse(HostFixture.IsReplayed(first));
            Assert.IsTrue(HostFixture.IsReplayed(replay));
            LedgerSummary summary = host.Server.Ledger.Summary();
            Assert.AreEqual(1, summary.Results);
            Assert.AreEqual(0, summary.ResultsDisagreeingWithLedger);
        }

        [TestMethod]
        public async Task Notifications_tell_the_terminal_its_paid_qr_orders_after_a_cursor()
        {
            await using HostFixture host = HostFixture.Start();
            await host.AuthorizeJsonAsync("T1-1", HostFixture.QrMerchantBody());
            await host.AuthorizeJsonAsync("T1-2", HostFixture.CardBody(reference: "ORD-2"));
            Assert.IsTrue(host.Server.Ledger.TryPayQrOrder("T1-1", out _));

            using HttpResponseMessage first = await host.SendAsync(HttpMethod.Get, "v1/notifications?after=0");
            JsonElement page = await HostFixture.JsonAsync(first);
            string cursor = page.GetProperty("cursor").GetString()!;
            using HttpResponseMessage next = await host.SendAsync(HttpMethod.Get, "v1/notifications?after=" + cursor);
            using HttpResponseMessage otherTerminal = await host.SendAsync(HttpMethod.Get, "v1/notifications", terminal: "T2");

            JsonElement notices = page.GetProperty("notifications");
            Assert.AreEqual(1, notices.GetArrayLength());
            Assert.AreEqual("T1-1", notices[0].GetProperty("paymentKey").GetString());
            Assert.AreEqual("approved", notices[0].GetProperty("status").GetString());
            StringAssert.StartsWith(notices[0].GetProperty("id").GetString(), "N-");
            StringAssert.StartsWith(notices[0].GetProperty("hostReference").GetString(), "HR");
            JsonElement nextPage = await HostFixture.JsonAsync(next);
            Assert.AreEqual(0, nextPage.GetProperty("notifications").GetArrayLength());
            Assert.AreEqual(cursor, nextPage.GetProperty("cursor").GetString());
            Assert.AreEqual(0, (await HostFixture.JsonAsync(otherTerminal)).GetProperty("notifications").GetArrayLength());
        }

        [TestMethod]
        public async Task Notifications_page_stays_within_4096_bytes_and_the_cursor_resumes_it()
        {
            await using HostFixture host = HostFixture.Start();
            for (int index = 1; index <= 60; index++)
            {
                string key = "T1-" + index;
                await host.AuthorizeJsonAsync(key, HostFixture.QrMerchantBody(reference: "ORD-" + index));
                Assert.IsTrue(host.Server.Ledger.TryPayQrOrder(key, out _));
            }

            int seen = 0;
            string cursor = "0";
            for (int poll = 0; poll < 10 && seen < 60; poll++)
            {
                using HttpResponseMessage response = await host.SendAsync(HttpMethod.Get, "v1/notifications?after=" + cursor);
                byte[] body = await response.Content.ReadAsByteArrayAsync();
                Assert.IsTrue(body.Length <= 4096, "page of " + body.Length + " bytes");
                using JsonDocument page = JsonDocument.Parse(body);
                seen += page.RootElement.GetProperty("notifications").GetArrayLength();
                cursor = page.RootElement.GetProperty("cursor").GetString()!;
            }

            Assert.AreEqual(60, seen);
        }

        [TestMethod]
        public async Task Settlement_with_the_hosts_totals_is_settled()
        {
            await using HostFixture host = HostFixture.Start();
            await host.AuthorizeJsonAsync("T1-1", HostFixture.CardBody(amount: 1250, reference: "ORD-1"));
            await host.AuthorizeJsonAsync("T1-2", HostFixture.CardBody(amount: 3000, reference: "ORD-2"));
            await host.AuthorizeJsonAsync("T1-3", HostFixture.QrCustomerBody(amount: 500, reference: "ORD-3"));
            await host.AuthorizeJsonAsync("T1-4", HostFixture.CardBody(amount: 1251, reference: "ORD-4"));
            string body = "{\"batch\":17,\"fromUtc\":1795305600000,\"toUtc\":1795392000000,\"totals\":["
                + "{\"method\":\"card\",\"kind\":\"sale\",\"count\":2,\"amountMinor\":4250},"
                + "{\"method\":\"qr-customer\",\"kind\":\"sale\",\"count\":1,\"amountMinor\":500},"
                + "{\"method\":\"qr-merchant\",\"kind\":\"sale\",\"count\":0,\"amountMinor\":0}]}";

            using HttpResponseMessage response = await host.SendAsync(HttpMethod.Post, "v1/settlements", "T1-5", body);
            JsonElement answer = await HostFixture.JsonAsync(response);

            Assert.AreEqual("settled", answer.GetProperty("status").GetString());
            Assert.AreEqual(17, answer.GetProperty("batch").GetInt64());
            Assert.AreEqual(17L, host.Server.Ledger.FindPayment("T1-1")!.SettledBatch);
        }

        [TestMethod]
        public async Task Settlement_with_other_totals_is_a_mismatch_that_shows_the_hosts_totals()
        {
            await using HostFixture host = HostFixture.Start();
            await host.AuthorizeJsonAsync("T1-1", HostFixture.CardBody(amount: 1250, reference: "ORD-1"));
            await host.AuthorizeJsonAsync("T1-2", HostFixture.CardBody(amount: 3000, reference: "ORD-2"));
            string body = "{\"batch\":17,\"fromUtc\":1795305600000,\"toUtc\":1795392000000,\"totals\":["
                + "{\"method\":\"card\",\"kind\":\"sale\",\"count\":1,\"amountMinor\":1250}]}";

            using HttpResponseMessage response = await host.SendAsync(HttpMethod.Post, "v1/settlements", "T1-3", body);
            JsonElement answer = await HostFixture.JsonAsync(response);

            Assert.AreEqual("mismatch", answer.GetProperty("status").GetString());
            Assert.AreEqual(17, answer.GetProperty("batch").GetInt64());
            JsonElement totals = answer.GetProperty("hostTotals");
            Assert.AreEqual(1, totals.GetArrayLength());
            Assert.AreEqual("card", totals[0].GetProperty("method").GetString());
            Assert.AreEqual("sale", totals[0].GetProperty("kind").GetString());
            Assert.AreEqual(2, totals[0].GetProperty("count").GetInt64());
            Assert.AreEqual(4250, totals[0].GetProperty("amountMinor").GetInt64());
            Assert.IsNull(host.Server.Ledger.FindPayment("T1-1")!.SettledBatch, "the batch stays open");
        }
    }
}
