using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.PaymentHost
{
    /// <summary>"Was this customer charged, and how many times": the ledger queries, in-process and over /admin.</summary>
    [TestClass]
    public sealed class LedgerTests
    {
        [TestMethod]
        public async Task Two_approvals_under_one_reference_count_as_a_double_charge()
        {
            await using HostFixture host = HostFixture.Start();
            await host.AuthorizeJsonAsync("T1-1", HostFixture.CardBody(reference: "ORD-1"));
            await host.AuthorizeJsonAsync("T1-2", HostFixture.CardBody(reference: "ORD-1"));
            await host.AuthorizeJsonAsync("T1-3", HostFixture.CardBody(reference: "ORD-2"));

            ChargeReport charges = host.Server.Ledger.Charges("ORD-1");
            LedgerSummary summary = host.Server.Ledger.Summary();

            Assert.AreEqual(2, charges.Charges);
            CollectionAssert.AreEqual(new[] { "T1-1", "T1-2" }, new List<string>(charges.ApprovedKeys));
            Assert.AreEqual(2500, charges.NetChargedMinor);
            Assert.AreEqual(1, summary.DoubleCharges);
            CollectionAssert.AreEqual(new[] { "ORD-1" }, new List<string>(summary.DoubleChargedReferences));
            Assert.AreEqual(3, summary.ByStatus[PaymentStatuses.Approved]);
        }

        [TestMethod]
        public async Task Reversing_the_second_approval_clears_the_double_charge()
        {
            await using HostFixture host = HostFixture.Start();
            await host.AuthorizeJsonAsync("T1-1");
            await host.AuthorizeJsonAsync("T1-2");

            using HttpResponseMessage reversal = await host.SendAsync(HttpMethod.Post, "v1/payments/T1-2/reversal", "T1-3");

            Assert.AreEqual(1, host.Server.Ledger.Charges("ORD-1").Charges);
            Assert.AreEqual(0, host.Server.Ledger.Summary().DoubleCharges);
        }

        [TestMethod]
        public async Task Approved_refund_lowers_what_the_customer_is_out_of_pocket()
        {
            await using HostFixture host = HostFixture.Start();
            await host.AuthorizeJsonAsync("T1-1", HostFixture.CardBody(amount: 3000));
            await host.AuthorizeJsonAsync("T1-2", HostFixture.CardBody(amount: 1000, kind: "refund"));

            ChargeReport charges = host.Server.Ledger.Charges("ORD-1");

            Assert.AreEqual(1, charges.Charges);
            Assert.AreEqual(2000, charges.NetChargedMinor);
            CollectionAssert.AreEqual(new[] { "T1-2" }, new List<string>(charges.RefundKeys));
        }

        [TestMethod]
        public async Task Admin_charges_endpoint_answers_the_same_as_the_ledger()
        {
            await using HostFixture host = HostFixture.Start();
            await host.AuthorizeJsonAsync("T1-1");
            await host.AuthorizeJsonAsync("T1-2");
            await host.SendAsync(HttpMethod.Post, "v1/payments/T1-2/reversal", "T1-3");

            using HttpResponseMessage response = await host.SendAsync(HttpMethod.Get, "admin/ledger/charges?reference=ORD-1", terminal: null, merchant: null, firmware: null);
            JsonElement report = await HostFixture.JsonAsync(response);

            Assert.AreEqual("ORD-1", report.GetProperty("reference").GetString());
            Assert.AreEqual(1, report.GetProperty("charges").GetInt32());
            Assert.AreEqual("T1-1", report.GetProperty("approvedKeys")[0].GetString());
            Assert.AreEqual("T1-2", report.GetProperty("reversedKeys")[0].GetString());
            Assert.AreEqual(1250, report.GetProperty("netChargedMinor").GetInt64());
        }

        [TestMethod]
        public async Task Admin_summary_counts_payments_per_status_and_double_charges()
        {
            await using HostFixture host = HostFixture.Start();
            await host.AuthorizeJsonAsync("T1-1");
            await host.AuthorizeJsonAsync("T1-2");
            await host.AuthorizeJsonAsync("T1-3", HostFixture.CardBody(amount: 1251, reference: "ORD-3"));
            await host.AuthorizeJsonAsync("T1-4", HostFixture.QrMerchantBody(reference: "ORD-4"));
            await host.SendAsync(HttpMethod.Post, "v1/payments/T1-9/reversal", "T1-5");

            using HttpResponseMessage response = await host.SendAsync(HttpMethod.Get, "admin/ledger/summary", terminal: null, merchant: null, firmware: null);
            JsonElement summary = await HostFixture.JsonAsync(response);

            Assert.AreEqual(4, summary.GetProperty("payments").GetInt32());
            JsonElement byStatus = summary.GetProperty("byStatus");
            Assert.AreEqual(2, byStatus.GetProperty("approved").GetInt32());
            Assert.AreEqual(1, byStatus.GetProperty("declined").GetInt32());
            Assert.AreEqual(1, byStatus.GetProperty("pending").GetInt32());
            Assert.AreEqual(0, byStatus.GetProperty("reversed").GetInt32());
            Assert.AreEqual(1, summary.GetProperty("tombstones").GetInt32());
            Assert.AreEqual(1, summary.GetProperty("doubleCharges").GetInt32());
            Assert.AreEqual("ORD-1", summary.GetProperty("doubleChargedReferences")[0].GetString());
        }

        [TestMethod]
        public async Task Admin_payment_endpoint_shows_the_ledgers_record()
        {
            await using HostFixture host = HostFixture.Start();
            await host.AuthorizeJsonAsync("T1-1");

            using HttpResponseMessage response = await host.SendAsync(HttpMethod.Get, "admin/ledger/payments/T1-1", terminal: null, merchant: null, firmware: null);
            JsonElement record = await HostFixture.JsonAsync(response);

            Assert.AreEqual("ORD-1", record.GetProperty("reference").GetString());
            Assert.AreEqual("4242", record.GetProperty("cardLast4").GetString());
            Assert.AreEqual(1250, record.GetProperty("amountMinor").GetInt64());
        }
    }
}
