using System;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Hal.Simulated.ConsoleTransport;
using Terminal.Tests.App.ConsoleTests;
using Terminal.Tools.DebugConsole;

namespace Terminal.Tests.Tools
{
    [TestClass]
    public sealed class DebugConsoleClientTests
    {
        [TestMethod]
        public void One_shot_selftest_run_S1_prints_the_verdicts_over_loopback_TCP_and_exits_0()
        {
            using LoopbackTerminal terminal = new();
            (int code, string output, string error) = terminal.Client("--credential", ConsoleRig.Credential, "selftest", "run", "S1");
            Assert.AreEqual(0, code, error);
            StringAssert.StartsWith(output, "S1: FAIL (7 checks)");
            StringAssert.Contains(output, "PASS     TX-PENDING");
            StringAssert.Contains(output, "FAIL     TX-UNKNOWN   this firmware has no self-test for TX-UNKNOWN");
            Assert.IsFalse(output.Contains("@ok", StringComparison.Ordinal), "the status line is the client's, not the technician's");
        }

        [TestMethod]
        public void An_error_status_exits_1_and_prints_the_code()
        {
            using LoopbackTerminal terminal = new();
            (int code, _, string error) = terminal.Client("--credential", ConsoleRig.Credential, "selftest", "run", "S9");
            Assert.AreEqual(1, code);
            StringAssert.StartsWith(error, "error bad-arguments:");
        }

        [TestMethod]
        public void A_refused_credential_exits_2_before_running_the_command()
        {
            using LoopbackTerminal terminal = new();
            (int code, string output, string error) = terminal.Client("--credential", "00000000", "reboot");
            Assert.AreEqual(2, code);
            StringAssert.Contains(error, "sign-in failed: error refused");
            Assert.AreEqual(string.Empty, output);
        }

        [TestMethod]
        public void Json_passes_through_as_one_line()
        {
            using LoopbackTerminal terminal = new();
            (int code, string output, _) = terminal.Client("--credential", ConsoleRig.Credential, "--json", "queue");
            Assert.AreEqual(0, code);
            Assert.AreEqual("{\"queues\":[{\"destination\":\"display\",\"pending\":0,\"oldest_age_s\":0},{\"destination\":\"printer\",\"pending\":0,\"oldest_age_s\":0},{\"destination\":\"host\",\"pending\":0,\"oldest_age_s\":0}]}" + Environment.NewLine, output);
        }

        [TestMethod]
        public void The_client_strips_the_escape_of_output_lines_that_start_with_at_and_stops_at_the_status()
        {
            MemoryStream stream = new(Encoding.UTF8.GetBytes("@@ok is data\nplain\n@error failed printer: paper out\nnext\n"));
            ConsoleClient client = new(stream);
            StringBuilder lines = new();
            ConsoleAnswer answer = client.ReadBanner(line => lines.Append(line).Append('|'));
            Assert.AreEqual("@ok is data|plain|", lines.ToString());
            Assert.AreEqual(new ConsoleAnswer(false, "failed", "printer: paper out"), answer);
        }

        [TestMethod]
        public void Nothing_listening_exits_2()
        {
            using LoopbackTerminal terminal = new();
            int port = terminal.Port;
            terminal.Dispose();
            StringWriter output = new();
            StringWriter error = new();
            Assert.AreEqual(2, Program.Run(new[] { "--port", port.ToString(), "status" }, output, error));
            StringAssert.Contains(error.ToString(), "cannot connect");
        }

        /// <summary>A console rig served on a loopback port by a background loop, as the app's loop would.</summary>
        private sealed class LoopbackTerminal : IDisposable
        {
            private readonly TcpConsoleListener listener = new(0);
            private readonly Thread loop;
            private volatile bool stop;

            public LoopbackTerminal()
            {
                ConsoleRig rig = new();
                rig.Host.AddListener(listener);
                loop = new Thread(() =>
                {
                    while (!stop)
                    {
                        rig.Host.Poll();
                        Thread.Sleep(1);
                    }

                    rig.Host.Stop();
                }) { IsBackground = true };
                loop.Start();
            }

            public int Port => listener.Port;

            public (int Code, string Output, string Error) Client(params string[] arguments)
            {
                StringWriter output = new();
                StringWriter error = new();
                string[] all = new[] { "--host", "127.0.0.1", "--port", Port.ToString() };
                int code = Program.Run([.. all, .. arguments], output, error);
                return (code, output.ToString(), error.ToString());
            }

            public void Dispose()
            {
                if (!stop)
                {
                    stop = true;
                    loop.Join();
                    listener.Stop();
                }
            }
        }
    }
}
