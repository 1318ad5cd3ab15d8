using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.PaymentHost
{
    /// <summary>The scripted issuer's rules, through the authorize operation.</summary>
    [TestClass]
    public sealed class IssuerTests
    {
        [TestMethod]
        [DataRow(1205L, "05")]
        [DataRow(1251L, "51")]
        [DataRow(1254L, "54")]
        [DataRow(1255L, "55")]
        [DataRow(1257L, "57")]
        [DataRow(1258L, "58")]
        [DataRow(1261L, "61")]
        [DataRow(1265L, "65")]
        [DataRow(1275L, "75")]
        [DataRow(1291L, "91")]
        [DataRow(1294L, "94")]
        [DataRow(1296L, "96")]
        public async Task Amount_ending_in_a_response_code_is_declined_with_that_code(long amount, string code)
        {
            await using HostFixture host = HostFixture.Start();

            JsonElement payment = await host.AuthorizeJsonAsync("T1-1", HostFixture.CardBody(amount: amount));

            Assert.AreEqual("declined", payment.GetProperty("status").GetString());
            Assert.AreEqual(code, payment.GetProperty("responseCode").GetString());
            Assert.AreEqual(JsonValueKind.Null, payment.GetProperty("authorizationCode").ValueKind);
            Assert.AreEqual(0, host.Server.Ledger.Charges("ORD-1").Charges);
        }

        [TestMethod]
        [DataRow(-ScriptedIssuer.PlausibleSkewMilliseconds - 1, "C1")]
        [DataRow(ScriptedIssuer.PlausibleSkewMilliseconds + 1, "C1")]
        [DataRow(-ScriptedIssuer.PlausibleSkewMilliseconds, "00")]
        [DataRow(ScriptedIssuer.PlausibleSkewMilliseconds, "00")]
        public async Task Terminal_time_more_than_24_hours_from_the_host_is_declined_C1(long skew, string code)
        {
            await using HostFixture host = HostFixture.Start();

            JsonElement payment = await host.AuthorizeJsonAsync("T1-1", HostFixture.CardBody(createdUtc: HostFixture.StartUtc + skew));

            Assert.AreEqual(code, payment.GetProperty("responseCode").GetString());
        }

        [TestMethod]
        public void Implausible_time_wins_over_an_amount_rule()
        {
            Assert.AreEqual("C1", ScriptedIssuer.Decide(1251, 0, HostFixture.StartUtc));
            Assert.AreEqual("00", ScriptedIssuer.Decide(1250, HostFixture.StartUtc, HostFixture.StartUtc));
        }

        [TestMethod]
        public async Task Qr_merchant_order_of_a_declined_amount_is_declined_at_once_without_a_code_to_show()
        {
            await using HostFixture host = HostFixture.Start();

            JsonElement payment = await host.AuthorizeJsonAsync("T1-1", HostFixture.QrMerchantBody(amount: 1261));

            Assert.AreEqual("declined", payment.GetProperty("status").GetString());
            Assert.AreEqual("61", payment.GetProperty("responseCode").GetString());
            Assert.AreEqual(JsonValueKind.Null, payment.GetProperty("qrContent").ValueKind);
        }
    }
}
