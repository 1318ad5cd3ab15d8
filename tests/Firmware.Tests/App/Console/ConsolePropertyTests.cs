using System;
using System.Linq;
using System.Text;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Console;
using Terminal.Core.Journal;
using Terminal.Core.Maintenance;

namespace Terminal.Tests.App.ConsoleTests
{
    [TestClass]
    public sealed class ConsolePropertyTests
    {
        private static readonly string[] Vocabulary =
        {
            "help", "login", "quit", "status", "selftest", "run", "list", "show", "S1", "s3", "S9", "all", "HW-PRINTER", "TX-PENDING",
            "queue", "tx", "5", "0", "99", "log", "export", "counters", "config", "get", "set", "host.timeout_ms", "language", "en", "zh",
            "fr", "45000", "1", "time", "2026-11-23T00:01:00Z", "2020-01-01T00:00:00Z", "print-test", "reboot", "--json", "\"quoted word\"",
            "\"unclosed", "6222021234567894", "HELP", "frob", "11111111", "@ok", "\t", "console.idle_timeout_s", "600", "-1",
        };

        private static readonly Gen<string> Words =
            Gen.Frequency(
                (6, Gen.OneOf(Vocabulary)),
                (1, Gen.Const(ConsoleRig.Credential)),
                (1, Gen.String[0, 12]));

        private static readonly string[] CommandNames = { "help", "status", "selftest", "queue", "tx", "log", "config", "time", "print-test", "reboot", "quit", "frob" };

        private static readonly Gen<string> TokenLine = Gen.Frequency(
            (2, Gen.Const("login " + ConsoleRig.Credential)),
            (1, Gen.Const("login 11111111")),
            (8, Gen.OneOf(CommandNames).SelectMany(name => Words.Array[0, 4].Select(words => string.Join(" ", words.Prepend(name))))),
            (2, Words.Array[0, 6].Select(words => string.Join(" ", words))));

        [TestMethod]
        public void Ten_thousand_generated_lines_parse_or_are_rejected_with_a_reason_and_never_throw()
        {
            Gen<string> lines = Gen.Frequency((3, TokenLine), (1, Gen.String[0, 220]), (1, Gen.Char.Array[0, 40].Select(c => new string(c))));
            int parsed = 0;
            int rejected = 0;
            lines.SampleSeeded(
                line =>
                {
                    bool ok = CommandLineParser.TryParse(line, out ConsoleRequest request, out string error);
                    if (ok)
                    {
                        parsed++;
                        Assert.IsTrue(request.Name.Length > 0);
                        Assert.AreEqual(request.Name, CommandLineParser.LowerAscii(request.Name));
                        Assert.IsFalse(request.Arguments.Contains(CommandLineParser.JsonFlag));
                        Assert.AreEqual(line.Split(' ').Contains("--json"), request.Json && line.Contains("--json"));
                        Assert.IsTrue(request.Count < CommandLineParser.MaximumWords);
                    }
                    else if (error.Length > 0)
                    {
                        rejected++;
                        Assert.IsNull(request);
                    }
                    else
                    {
                        Assert.AreEqual(string.Empty, line.Replace(" ", string.Empty, StringComparison.Ordinal), "only a blank line parses to nothing without a reason");
                    }
                },
                10_000,
                "0N0XIzNsQ5C3");
            Assert.IsTrue(parsed > 1000 && rejected > 100, $"parsed {parsed}, rejected {rejected}");
        }

        [TestMethod]
        public void Ten_thousand_generated_inputs_through_a_session_answer_once_change_nothing_when_rejected_and_audit_every_command()
        {
            // A line is command words, or random bytes (no newline inside), sent in random pieces.
            Gen<byte[]> tokenBytes = TokenLine.Select(line => Encoding.UTF8.GetBytes(line));
            Gen<byte[]> randomBytes = Gen.Byte.Array[0, 260].Select(bytes => bytes.Select(b => b == (byte)'\n' ? (byte)'x' : b).ToArray());
            Gen<(byte[], int[])> cases = Gen.Frequency((3, tokenBytes), (1, randomBytes))
                .SelectMany(bytes => Gen.Int[0, Math.Max(0, bytes.Length)].Array[0, 4].Select(cuts => (bytes, cuts)));

            ConsoleRig rig = new();
            var (session, connection) = rig.Open();
            int rejections = 0;
            int audited = 0;
            int lockouts = 0;
            cases.SampleSeeded(
                (bytes, cuts) =>
                {
                    if (!session.IsOpen || rig.Access.IsLockedOut)
                    {
                        if (rig.Access.IsLockedOut)
                        {
                            lockouts++;
                            rig.Board.ManualClock.Advance(31 * 60 * 1000);
                            session.Poll();
                        }

                        (session, connection) = rig.Open();
                    }

                    Snapshot before = Snapshot.Take(rig);
                    bool signedIn = session.IsSignedIn;
                    byte[] line = bytes.Concat(new[] { (byte)'\n' }).ToArray();
                    int[] points = cuts.Append(0).Append(line.Length).Distinct().OrderBy(p => p).ToArray();
                    for (int i = 0; i + 1 < points.Length; i++)
                    {
                        connection.Send(line[points[i]..points[i + 1]]);
                        while (connection.HasPendingInput && session.Poll())
                        {
                        }
                    }

                    string[] output = connection.TakeOutput().Split('\n', StringSplitOptions.RemoveEmptyEntries);
                    string[] statuses = output.Where(l => l == "@ok" || l.StartsWith("@error ", StringComparison.Ordinal)).ToArray();
                    Assert.AreEqual(1, statuses.Length, "exactly one status line per request: " + string.Join(" | ", output));
                    Assert.AreEqual(statuses[0], output[^1], "the status line comes last");
                    Snapshot after = Snapshot.Take(rig);
                    string code = statuses[0] == "@ok" ? string.Empty : statuses[0].Split(' ')[1];
                    if (code.Length > 0 && ConsoleErrors.IsRejection(code))
                    {
                        rejections++;
                        Assert.AreEqual(before.WithoutAudit(), after.WithoutAudit(), "rejected input changed state: " + statuses[0]);
                        Assert.IsTrue(after.AuditRecords - before.AuditRecords <= 1);
                    }
                    else if (signedIn && Encoding.UTF8.GetString(bytes).Trim(' ', '\t', '\r').Length > 0)
                    {
                        audited++;
                        Assert.IsTrue(after.AuditRecords - before.AuditRecords >= 1, "a command was not audited: " + Encoding.UTF8.GetString(bytes));
                    }
                },
                10_000,
                "0N0XIzNsQ5C4");
            Assert.IsTrue(rejections > 2000 && audited > 500, $"rejections {rejections}, audited {audited}, lockouts {lockouts}");

            // After all that, the gate still counts: 10 consecutive failures lock it, even against the right credential.
            if (rig.Access.IsLockedOut)
            {
                rig.Board.ManualClock.Advance(31 * 60 * 1000);
            }

            (session, connection) = rig.Open();
            ConsoleRig.Ask(session, connection, "login " + ConsoleRig.Credential);
            (session, connection) = rig.Open();
            for (int i = 0; i < 10; i++)
            {
                ConsoleRig.Ask(session, connection, "login 99999999");
            }

            StringAssert.StartsWith(ConsoleRig.Ask(session, connection, "login " + ConsoleRig.Credential), "@error locked-out");
            Assert.IsTrue(rig.Access.IsLockedOut);
        }

        private sealed record Snapshot(string Configuration, string Counts, int Live, string Pending, int Failures, bool Locked, int Restarts, long Utc, long AuditRecords)
        {
            public static Snapshot Take(ConsoleRig rig) => new(
                rig.Configuration.Snapshot(),
                string.Join(",", new[] { EventKind.Maintenance, EventKind.SelfTest, EventKind.Fault, EventKind.Reset, EventKind.Alarm, EventKind.Access }.Select(k => rig.Log.CountOf(k))),
                rig.Journal.LiveTransactionCount,
                $"{rig.Journal.PendingCount(Destinations.Display)},{rig.Journal.PendingCount(Destinations.Printer)},{rig.Journal.PendingCount(Destinations.Host)}",
                rig.Access.ConsecutiveFailures,
                rig.Access.IsLockedOut,
                rig.Board.PlatformServices.RestartRequests,
                rig.Board.Clock.UtcNowMilliseconds,
                rig.Log.CountOf(EventKind.Console));

            public Snapshot WithoutAudit() => this with { AuditRecords = 0 };
        }
    }
}
