using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Terminal.Tests.PaymentHost
{
    /// <summary>The fault switches over /admin/faults, as a chaos campaign or a lab technician sets them.</summary>
    [TestClass]
    public sealed class AdminFaultsTests
    {
        [TestMethod]
        public async Task Faults_armed_over_http_are_listed_act_and_run_out()
        {
            await using HostFixture host = HostFixture.Start();

            using HttpResponseMessage armed = await Admin(host, HttpMethod.Post, "{\"name\":\"drop-response\",\"count\":1,\"operation\":\"authorize\"}");
            JsonElement listed = (await HostFixture.JsonAsync(armed)).GetProperty("faults");
            await Assert.ThrowsExceptionAsync<HttpRequestException>(() => host.AuthorizeAsync("T1-1"));
            using HttpResponseMessage retry = await host.AuthorizeAsync("T1-1");
            using HttpResponseMessage after = await Admin(host, HttpMethod.Get, null);

            Assert.AreEqual(1, listed.GetArrayLength());
            Assert.AreEqual("drop-response", listed[0].GetProperty("name").GetString());
            Assert.AreEqual(1, listed[0].GetProperty("count").GetInt32());
            Assert.AreEqual("authorize", listed[0].GetProperty("operation").GetString());
            Assert.IsTrue(HostFixture.IsReplayed(retry));
            Assert.AreEqual(0, (await HostFixture.JsonAsync(after)).GetProperty("faults").GetArrayLength());
        }

        [TestMethod]
        public async Task Delete_clears_every_armed_fault()
        {
            await using HostFixture host = HostFixture.Start();
            using HttpResponseMessage armed = await Admin(host, HttpMethod.Post, "[{\"name\":\"error-5xx\"},{\"name\":\"delay\",\"value\":10}]");
            using HttpResponseMessage blocked = await host.SendAsync(HttpMethod.Get, "v1/echo");

            using HttpResponseMessage cleared = await Admin(host, HttpMethod.Delete, null);
            using HttpResponseMessage open = await host.SendAsync(HttpMethod.Get, "v1/echo");

            Assert.AreEqual(2, (await HostFixture.JsonAsync(armed)).GetProperty("faults").GetArrayLength());
            Assert.AreEqual(503, (int)blocked.StatusCode);
            Assert.AreEqual(0, (await HostFixture.JsonAsync(cleared)).GetProperty("faults").GetArrayLength());
            Assert.AreEqual(200, (int)open.StatusCode);
        }

        [TestMethod]
        [DataRow("{\"name\":\"set-fire\"}")]
        [DataRow("{\"name\":\"delay\"}")]
        [DataRow("{\"name\":\"error-5xx\",\"count\":0}")]
        [DataRow("{\"name\":\"duplicate-notification\",\"operation\":\"authorize\"}")]
        [DataRow("{\"name\":\"drop-request\",\"operation\":\"pay\"}")]
        [DataRow("[{\"name\":\"drop-request\"},{\"name\":\"nope\"}]")]
        public async Task Fault_that_cannot_act_is_refused_and_nothing_is_armed(string body)
        {
            await using HostFixture host = HostFixture.Start();

            using HttpResponseMessage response = await Admin(host, HttpMethod.Post, body);

            Assert.AreEqual(400, (int)response.StatusCode);
            Assert.AreEqual("malformed", await HostFixture.ErrorAsync(response));
            Assert.AreEqual(0, host.Server.Faults.Armed.Count);
        }

        private static Task<HttpResponseMessage> Admin(HostFixture host, HttpMethod method, string? body) =>
            host.SendAsync(method, "admin/faults", body: body, terminal: null, merchant: null, firmware: null);
    }
}
