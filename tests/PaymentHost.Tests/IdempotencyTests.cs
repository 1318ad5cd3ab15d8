using System;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.PaymentHost
{
    /// <summary>The spec's idempotency table, row by row.</summary>
    [TestClass]
    public sealed class IdempotencyTests
    {
        [TestMethod]
        public async Task Same_key_and_payload_gets_the_stored_response_marked_replayed_and_charges_once()
        {
            await using HostFixture host = HostFixture.Start();
            using HttpResponseMessage first = await host.AuthorizeAsync("T1-1");
            string firstBody = await first.Content.ReadAsStringAsync();
            host.Clock.Advance(60_000);

            using HttpResponseMessage replay = await host.AuthorizeAsync("T1-1");

            Assert.IsFalse(HostFixture.IsReplayed(first));
            Assert.IsTrue(HostFixture.IsReplayed(replay));
            Assert.AreEqual(200, (int)replay.StatusCode);
            Assert.AreEqual(firstBody, await replay.Content.ReadAsStringAsync(), "the stored bytes, not a new answer");
            Assert.AreEqual(1, host.Server.Ledger.Charges("ORD-1").Charges);
        }

        [TestMethod]
        public async Task Same_key_with_another_payload_is_refused_422()
        {
            await using HostFixture host = HostFixture.Start();
            await host.AuthorizeJsonAsync("T1-1");

            using HttpResponseMessage reused = await host.AuthorizeAsync("T1-1", HostFixture.CardBody(amount: 9900));

            Assert.AreEqual(422, (int)reused.StatusCode);
            Assert.AreEqual("idempotency_key_reused", await HostFixture.ErrorAsync(reused));
            Assert.AreEqual(1250, host.Server.Ledger.FindPayment("T1-1")!.AmountMinor);
        }

        [TestMethod]
        public async Task Same_key_on_another_operation_is_refused_422()
        {
            await using HostFixture host = HostFixture.Start();
            await host.AuthorizeJsonAsync("T1-1");
            await host.AuthorizeJsonAsync("T1-2", HostFixture.CardBody(reference: "ORD-2"));
            using HttpResponseMessage first = await host.SendAsync(HttpMethod.Post, "v1/payments/T1-1/reversal", "T1-3");

            using HttpResponseMessage other = await host.SendAsync(HttpMethod.Post, "v1/payments/T1-2/reversal", "T1-3");

            Assert.AreEqual(200, (int)first.StatusCode);
            Assert.AreEqual(422, (int)other.StatusCode);
            Assert.AreEqual(1, host.Server.Ledger.Charges("ORD-2").Charges);
        }

        [TestMethod]
        public async Task Same_key_while_the_first_request_is_processed_gets_409_then_the_stored_response()
        {
            await using HostFixture host = HostFixture.Start();
            FaultHold hold = host.Server.Faults.Hold(HostOperation.Authorize);
            Task<HttpResponseMessage> first = host.AuthorizeAsync("T1-1");
            await hold.Arrived.WaitAsync(TimeSpan.FromSeconds(10));

            using HttpResponseMessage during = await host.AuthorizeAsync("T1-1");
            Assert.IsTrue(host.Server.Ledger.IsInFlight("T1-1"));
            hold.Release();
            using HttpResponseMessage firstResponse = await first;
            using HttpResponseMessage after = await host.AuthorizeAsync("T1-1");

            Assert.AreEqual(409, (int)during.StatusCode);
            Assert.AreEqual("request_in_progress", await HostFixture.ErrorAsync(during));
            Assert.AreEqual(200, (int)firstResponse.StatusCode);
            Assert.IsTrue(HostFixture.IsReplayed(after));
            Assert.AreEqual(1, host.Server.Ledger.Charges("ORD-1").Charges);
        }

        [TestMethod]
        public async Task Refused_malformed_request_does_not_use_up_its_key()
        {
            await using HostFixture host = HostFixture.Start();

            using HttpResponseMessage malformed = await host.AuthorizeAsync("T1-1", "{\"kind\":\"sale\"}");
            using HttpResponseMessage good = await host.AuthorizeAsync("T1-1");

            Assert.AreEqual(400, (int)malformed.StatusCode);
            Assert.AreEqual(200, (int)good.StatusCode);
            Assert.IsFalse(HostFixture.IsReplayed(good));
        }

        [TestMethod]
        public async Task Stored_responses_survive_a_host_restart_on_a_ledger_file()
        {
            string folder = Path.Combine(Path.GetTempPath(), "payment-host-tests-" + Guid.NewGuid().ToString("N"));
            string database = Path.Combine(folder, "ledger.db");
            try
            {
                string firstBody;
                await using (HostFixture host = HostFixture.Start(options => options.DatabasePath = database))
                {
                    using HttpResponseMessage first = await host.AuthorizeAsync("T1-1");
                    firstBody = await first.Content.ReadAsStringAsync();
                }

                await using (HostFixture restarted = HostFixture.Start(options => options.DatabasePath = database))
                {
                    using HttpResponseMessage replay = await restarted.AuthorizeAsync("T1-1");

                    Assert.IsTrue(HostFixture.IsReplayed(replay));
                    Assert.AreEqual(firstBody, await replay.Content.ReadAsStringAsync());
                    Assert.AreEqual(1, restarted.Server.Ledger.Charges("ORD-1").Charges);
                }
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }
    }
}
