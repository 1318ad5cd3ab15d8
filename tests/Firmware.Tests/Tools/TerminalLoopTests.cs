using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Tools.Simulator.Panels;
using Terminal.Tools.Simulator.Rig;
using Terminal.Tools.Simulator.Web;

namespace Terminal.Tests.Tools
{
    /// <summary>The interactive loop's action queue and the page's API, over a real-time loop (waits are bounded, never asserted).</summary>
    [TestClass]
    public sealed class TerminalLoopTests
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

        [TestMethod]
        public void Work_from_many_threads_runs_on_the_loop_thread_one_at_a_time_in_each_callers_order()
        {
            using SimulatedTerminal terminal = SimulatedTerminalTests.Started();
            using var loop = new TerminalLoop(terminal, TextWriter.Null);
            loop.Start();
            var ran = new ConcurrentQueue<(int Caller, int Index, int Thread)>();
            int inside = 0;
            int overlapped = 0;

            Task[] callers = Enumerable.Range(0, 4).Select(caller => Task.Run(async () =>
            {
                for (int index = 0; index < 25; index++)
                {
                    await loop.Invoke(t =>
                    {
                        if (Interlocked.Increment(ref inside) > 1)
                        {
                            Interlocked.Increment(ref overlapped);
                        }

                        ran.Enqueue((caller, index, Environment.CurrentManagedThreadId));
                        Interlocked.Decrement(ref inside);
                        return true;
                    });
                }
            })).ToArray();
            Assert.IsTrue(Task.WaitAll(callers, Patience));

            Assert.AreEqual(100, ran.Count);
            Assert.AreEqual(0, overlapped, "never two at once");
            Assert.AreEqual(1, ran.Select(entry => entry.Thread).Distinct().Count(), "all on the loop's one thread");
            Assert.IsFalse(ran.Any(entry => entry.Thread == Environment.CurrentManagedThreadId));
            foreach (IGrouping<int, (int Caller, int Index, int Thread)> caller in ran.GroupBy(entry => entry.Caller))
            {
                CollectionAssert.AreEqual(Enumerable.Range(0, 25).ToArray(), caller.Select(entry => entry.Index).ToArray());
            }
        }

        [TestMethod]
        public void A_failing_action_faults_its_own_task_and_the_loop_goes_on()
        {
            using SimulatedTerminal terminal = SimulatedTerminalTests.Started();
            using var loop = new TerminalLoop(terminal, TextWriter.Null);
            loop.Start();

            Task<bool> failing = loop.Invoke<bool>(t => throw new InvalidOperationException("boom"));
            Task<string> next = loop.Invoke(t => t.SaleState());

            Assert.ThrowsException<AggregateException>(() => failing.Wait(Patience));
            Assert.IsTrue(next.Wait(Patience));
            Assert.AreEqual("Idle", next.Result);
        }

        [TestMethod]
        public void The_page_api_takes_keys_serves_the_screen_and_refuses_what_it_does_not_know()
        {
            using SimulatedTerminal terminal = SimulatedTerminalTests.Started();
            using var loop = new TerminalLoop(terminal, TextWriter.Null);
            loop.Start();
            SimulatorWebServer server = SimulatorWebServer.Start(loop, terminal, 0);
            try
            {
                using var http = new HttpClient { BaseAddress = server.Address, Timeout = Patience };

                HttpResponseMessage keys = Post(http, "/api/keys", "{\"keys\":[\"3\",\"00\",\"ok\"]}");
                HttpResponseMessage badKey = Post(http, "/api/keys", "{\"keys\":[\"x\"]}");
                HttpResponseMessage badSwitch = Post(http, "/api/switch", "{\"name\":\"coffee\",\"on\":true}");
                HttpResponseMessage network = Post(http, "/api/switch", "{\"name\":\"network-down\",\"on\":true}");
                string console = Post(http, "/api/console", "{\"line\":\"help\"}").Content.ReadAsStringAsync().Result;
                string state = WaitForState(http, "\"saleState\":\"Confirm\"");
                byte[] png = http.GetByteArrayAsync("/api/screen.png").Result;
                string page = http.GetStringAsync("/").Result;

                Assert.IsTrue(keys.IsSuccessStatusCode);
                Assert.AreEqual(400, (int)badKey.StatusCode);
                Assert.AreEqual(400, (int)badSwitch.StatusCode);
                Assert.IsTrue(network.IsSuccessStatusCode);
                Assert.IsTrue(terminal.Network.IsDown, "the network switch acts at once");
                StringAssert.Contains(console, "selftest run S1..S5", "the page's console is the app's real console");
                StringAssert.Contains(state, "\"network-down\":true");
                StringAssert.Contains(state, "3.00");
                Assert.AreEqual((byte)'P', png[1]);
                StringAssert.Contains(page, "data-testid=\"screen-text\"");
            }
            finally
            {
                server.DisposeAsync().AsTask().Wait(Patience);
            }
        }

        private static HttpResponseMessage Post(HttpClient http, string path, string json) =>
            http.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json")).Result;

        private static string WaitForState(HttpClient http, string part)
        {
            DateTime giveUp = DateTime.UtcNow + Patience;
            string state;
            do
            {
                state = http.GetStringAsync("/api/state").Result;
                if (state.Contains(part, StringComparison.Ordinal))
                {
                    return state;
                }

                Thread.Sleep(50);
            }
            while (DateTime.UtcNow < giveUp);
            Assert.Fail("the state never showed " + part + ": " + state);
            return state;
        }
    }
}
