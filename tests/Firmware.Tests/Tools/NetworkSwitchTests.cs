using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Hal.Network;
using Terminal.Tools.Simulator.Rig;

namespace Terminal.Tests.Tools
{
    [TestClass]
    public sealed class NetworkSwitchTests
    {
        private static readonly string[] NoHeaders = [];

        [TestMethod]
        public void A_request_while_the_network_is_down_fails_with_no_network_and_never_reaches_the_host()
        {
            var host = new ScriptedLink();
            var network = new NetworkSwitch(host);
            network.SetDown(true);

            HttpExchange exchange = Send(network, new byte[16]);

            Assert.AreEqual(LinkFailure.NoNetwork, exchange.Failure);
            Assert.AreEqual(0, host.Calls);
            Assert.AreEqual(1, network.RequestsRefused);
        }

        [TestMethod]
        public void Pulling_the_network_while_the_answer_is_on_its_way_loses_it_and_the_late_bytes_never_reach_the_callers_buffer()
        {
            var host = new ScriptedLink { Hold = new ManualResetEventSlim(false) };
            var network = new NetworkSwitch(host);
            byte[] buffer = new byte[16];

            Task<HttpExchange> sending = Task.Run(() => Send(network, buffer));
            Assert.IsTrue(host.Arrived.Wait(10_000), "the request reached the host");
            string inFlight = network.InFlightPath!;
            network.SetDown(true);
            HttpExchange exchange = sending.GetAwaiter().GetResult();
            host.Hold.Set();
            network.SetDown(false);
            HttpExchange next = Send(network, new byte[16]);

            Assert.AreEqual("/v1/payments", inFlight);
            Assert.AreEqual(LinkFailure.NoNetwork, exchange.Failure);
            Assert.AreEqual(1, network.AnswersLost);
            Assert.AreEqual(0, buffer[0], "the answer that came after the cut was not written where the caller reads");
            Assert.IsTrue(next.IsAnswered, "the next request goes through once the network is back");
            Assert.AreEqual(2, host.Calls);
            Assert.IsNull(network.InFlightPath);
        }

        [TestMethod]
        public void A_cut_armed_for_the_next_answer_lets_the_request_reach_the_host_loses_the_answer_and_leaves_the_network_down()
        {
            var host = new ScriptedLink();
            var network = new NetworkSwitch(host);
            network.CutDuringNextAnswer();

            HttpExchange cut = Send(network, new byte[16]);
            HttpExchange after = Send(network, new byte[16]);

            Assert.AreEqual(1, host.Calls, "the host processed the request");
            Assert.AreEqual(LinkFailure.NoNetwork, cut.Failure);
            Assert.IsTrue(network.IsDown);
            Assert.AreEqual(LinkFailure.NoNetwork, after.Failure);
        }

        [TestMethod]
        public void Restored_is_raised_only_when_the_network_comes_back()
        {
            var network = new NetworkSwitch(new ScriptedLink());
            int restored = 0;
            network.Restored += () => restored++;

            network.SetDown(false);
            network.SetDown(true);
            network.SetDown(true);
            network.SetDown(false);

            Assert.AreEqual(1, restored);
        }

        [TestMethod]
        public void An_answer_through_an_up_network_is_copied_whole_into_the_callers_buffer()
        {
            var network = new NetworkSwitch(new ScriptedLink());
            byte[] buffer = new byte[16];

            HttpExchange exchange = Send(network, buffer);

            Assert.IsTrue(exchange.IsAnswered);
            Assert.AreEqual(200, exchange.StatusCode);
            CollectionAssert.AreEqual(ScriptedLink.Body, buffer[..exchange.ResponseLength]);
        }

        private static HttpExchange Send(NetworkSwitch network, byte[] buffer) =>
            network.Send("POST", "/v1/payments", NoHeaders, NoHeaders, new byte[] { 1 }, 0, 1, buffer, 5000);

        /// <summary>A host that answers "ok" (optionally only once released) and counts its calls.</summary>
        private sealed class ScriptedLink : IHttpLink
        {
            public static readonly byte[] Body = "{\"ok\":1}"u8.ToArray();

            private int calls;

            public ManualResetEventSlim? Hold { get; init; }

            public ManualResetEventSlim Arrived { get; } = new ManualResetEventSlim(false);

            public int Calls => Volatile.Read(ref calls);

            public HttpExchange Send(string method, string path, string[] headerNames, string[] headerValues, byte[] body, int bodyOffset, int bodyCount, byte[] responseBuffer, int timeoutMilliseconds)
            {
                Interlocked.Increment(ref calls);
                Arrived.Set();
                Hold?.Wait();
                Body.CopyTo(responseBuffer, 0);
                return HttpExchange.Answered(200, Body.Length);
            }
        }
    }
}
