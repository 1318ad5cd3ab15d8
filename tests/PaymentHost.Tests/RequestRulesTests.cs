using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Terminal.Tests.PaymentHost
{
    /// <summary>Headers, sizes and members: what the host refuses, and how.</summary>
    [TestClass]
    public sealed class RequestRulesTests
    {
        [TestMethod]
        [DataRow(null, "M1")]
        [DataRow("T1", null)]
        [DataRow("", "M1")]
        [DataRow("T123456789012345678901234567890123", "M1")]
        public async Task Missing_or_ill_formed_identity_is_an_unknown_terminal(string? terminal, string? merchant)
        {
            await using HostFixture host = HostFixture.Start();

            using HttpResponseMessage response = await host.SendAsync(HttpMethod.Get, "v1/echo", terminal: terminal, merchant: merchant);

            Assert.AreEqual(401, (int)response.StatusCode);
            Assert.AreEqual("unknown_terminal", await HostFixture.ErrorAsync(response));
        }

        [TestMethod]
        public async Task Terminal_outside_the_configured_list_is_refused()
        {
            await using HostFixture host = HostFixture.Start(options => options.TerminalIds.Add("T1"));

            using HttpResponseMessage known = await host.SendAsync(HttpMethod.Get, "v1/echo", terminal: "T1");
            using HttpResponseMessage stranger = await host.AuthorizeAsync("T9-1", terminal: "T9");

            Assert.AreEqual(200, (int)known.StatusCode);
            Assert.AreEqual(401, (int)stranger.StatusCode);
            Assert.AreEqual("unknown_terminal", await HostFixture.ErrorAsync(stranger));
            Assert.IsNull(host.Server.Ledger.FindPayment("T9-1"));
        }

        [TestMethod]
        [DataRow(null)]
        [DataRow("1.0")]
        [DataRow("v1.0.0")]
        public async Task Missing_or_ill_formed_firmware_version_is_malformed(string? firmware)
        {
            await using HostFixture host = HostFixture.Start();

            using HttpResponseMessage response = await host.SendAsync(HttpMethod.Get, "v1/echo", firmware: firmware);

            Assert.AreEqual(400, (int)response.StatusCode);
            Assert.AreEqual("malformed", await HostFixture.ErrorAsync(response));
        }

        [TestMethod]
        public async Task Body_of_4096_bytes_is_read_and_one_byte_more_is_malformed()
        {
            await using HostFixture host = HostFixture.Start();
            string body = HostFixture.CardBody();
            string padded = body.Insert(1, "\"padding\":\"" + new string('x', 4096 - body.Length - 13) + "\",");
            Assert.AreEqual(4096, Encoding.UTF8.GetByteCount(padded));

            using HttpResponseMessage fits = await host.AuthorizeAsync("T1-1", padded);
            using HttpResponseMessage over = await host.AuthorizeAsync("T1-2", padded.Insert(1, " "));

            Assert.AreEqual(200, (int)fits.StatusCode, "unknown members are ignored");
            Assert.AreEqual(400, (int)over.StatusCode);
            Assert.AreEqual("malformed", await HostFixture.ErrorAsync(over));
            Assert.IsNull(host.Server.Ledger.FindPayment("T1-2"));
        }

        [TestMethod]
        [DataRow("not json")]
        [DataRow("[1,2]")]
        [DataRow("{\"kind\":\"sale\",\"method\":\"card\",\"amountMinor\":12.5,\"currency\":156,\"createdUtc\":1795392000000,\"reference\":\"R\",\"card\":{\"last4\":\"4242\",\"brand\":\"B\",\"entryMode\":\"chip\",\"payload\":\"\"}}")]
        [DataRow("{\"kind\":\"sale\",\"method\":\"card\",\"amountMinor\":1250,\"currency\":156,\"createdUtc\":1795392000000,\"card\":{\"last4\":\"4242\",\"brand\":\"B\",\"entryMode\":\"chip\",\"payload\":\"\"}}")]
        [DataRow("{\"kind\":\"sale\",\"method\":\"card\",\"amountMinor\":1250,\"currency\":156,\"createdUtc\":1795392000000,\"reference\":\"R\",\"card\":null}")]
        [DataRow("{\"kind\":\"sale\",\"method\":\"card\",\"amountMinor\":1250,\"currency\":156,\"createdUtc\":1795392000000,\"reference\":\"R\",\"card\":{\"last4\":\"4242424242424242\",\"brand\":\"B\",\"entryMode\":\"chip\",\"payload\":\"\"}}")]
        [DataRow("{\"kind\":\"sale\",\"method\":\"qr-customer\",\"amountMinor\":1250,\"currency\":156,\"createdUtc\":1795392000000,\"reference\":\"R\",\"qr\":null}")]
        [DataRow("{\"kind\":\"gift\",\"method\":\"card\",\"amountMinor\":1250,\"currency\":156,\"createdUtc\":1795392000000,\"reference\":\"R\",\"card\":{\"last4\":\"4242\",\"brand\":\"B\",\"entryMode\":\"chip\",\"payload\":\"\"}}")]
        public async Task Authorization_that_breaks_the_spec_is_malformed(string body)
        {
            await using HostFixture host = HostFixture.Start();

            using HttpResponseMessage response = await host.AuthorizeAsync("T1-1", body);

            Assert.AreEqual(400, (int)response.StatusCode);
            Assert.AreEqual("malformed", await HostFixture.ErrorAsync(response));
            Assert.IsNull(host.Server.Ledger.FindPayment("T1-1"));
        }

        [TestMethod]
        public async Task Keys_with_the_terminal_key_namespace_up_to_64_characters_are_accepted_and_longer_ones_refused()
        {
            await using HostFixture host = HostFixture.Start();
            string namespaced = "T0001234567890123456789012345678.4294967295-" + new string('9', 20); // 64 characters

            using HttpResponseMessage accepted = await host.SendAsync(HttpMethod.Post, "v1/payments", idempotencyKey: namespaced, body: HostFixture.CardBody());
            using HttpResponseMessage status = await host.StatusAsync(namespaced);
            using HttpResponseMessage refused = await host.SendAsync(HttpMethod.Post, "v1/payments", idempotencyKey: namespaced + "9", body: HostFixture.CardBody(reference: "ORD-2"));

            Assert.AreEqual(64, namespaced.Length);
            Assert.AreEqual(200, (int)accepted.StatusCode);
            Assert.AreEqual(200, (int)status.StatusCode);
            Assert.AreEqual(400, (int)refused.StatusCode);
        }

        [TestMethod]
        public async Task Post_without_an_idempotency_key_is_malformed()
        {
            await using HostFixture host = HostFixture.Start();

            using HttpResponseMessage response = await host.SendAsync(HttpMethod.Post, "v1/payments", body: HostFixture.CardBody());

            Assert.AreEqual(400, (int)response.StatusCode);
            Assert.AreEqual("malformed", await HostFixture.ErrorAsync(response));
        }

        [TestMethod]
        public async Task Unknown_path_is_a_json_not_found()
        {
            await using HostFixture host = HostFixture.Start();

            using HttpResponseMessage response = await host.SendAsync(HttpMethod.Get, "v1/nothing");

            Assert.AreEqual(404, (int)response.StatusCode);
            Assert.AreEqual("not_found", await HostFixture.ErrorAsync(response));
        }
    }
}
