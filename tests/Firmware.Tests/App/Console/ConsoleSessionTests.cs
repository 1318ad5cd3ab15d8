using System;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Console;
using Terminal.App.Technician;
using Terminal.Core.Journal;
using Terminal.Core.Maintenance;

namespace Terminal.Tests.App.ConsoleTests
{
    [TestClass]
    public sealed class ConsoleSessionTests
    {
        [TestMethod]
        public void The_banner_ends_with_ok_and_commands_need_a_sign_in_first()
        {
            ConsoleRig rig = new();
            MemoryConnection connection = new();
            ConsoleSession session = new(connection, rig.Services, ConsoleCommandSet.CreateDefault(), "test");
            string banner = connection.TakeOutput();
            StringAssert.StartsWith(banner, "payment terminal debug console");
            StringAssert.EndsWith(banner, "@ok\n");
            StringAssert.StartsWith(ConsoleRig.Ask(session, connection, "status"), "@error sign-in-required");
            StringAssert.EndsWith(ConsoleRig.Ask(session, connection, "help"), "@ok\n");
        }

        [TestMethod]
        public void Login_with_the_credential_opens_every_command_and_the_credential_is_never_logged()
        {
            ConsoleRig rig = new();
            var (session, connection) = rig.Open();
            Assert.AreEqual("signed in\n@ok\n", ConsoleRig.Ask(session, connection, "login " + ConsoleRig.Credential));
            string status = ConsoleRig.Ask(session, connection, "status");
            StringAssert.Contains(status, "terminal   T0001");
            StringAssert.EndsWith(status, "@ok\n");
            for (int i = 0; i < rig.Log.Count; i++)
            {
                Assert.IsFalse(rig.Log.Read(i).Text.Contains(ConsoleRig.Credential), rig.Log.Read(i).Text);
            }
        }

        [TestMethod]
        public void Ten_wrong_logins_lock_the_console_and_the_menu_for_30_minutes()
        {
            ConsoleRig rig = new();
            var (session, connection) = rig.Open();
            for (int i = 1; i < 10; i++)
            {
                StringAssert.StartsWith(ConsoleRig.Ask(session, connection, "login 11111111"), $"@error refused credential refused ({i} of 10");
            }

            StringAssert.StartsWith(ConsoleRig.Ask(session, connection, "login 11111111"), "@error locked-out");
            StringAssert.StartsWith(ConsoleRig.Ask(session, connection, "login " + ConsoleRig.Credential), "@error locked-out");
            Assert.AreEqual(AccessResult.LockedOut, rig.Access.TrySignIn("menu", ConsoleRig.Credential));
            StringAssert.StartsWith(ConsoleRig.Ask(session, connection, "queue"), "@error sign-in-required");
        }

        [TestMethod]
        public void Selftest_run_prints_every_verdict_with_its_remedy_and_json_gives_stable_fields()
        {
            ConsoleRig rig = new();
            var (session, connection) = rig.Open();
            ConsoleRig.Ask(session, connection, "login " + ConsoleRig.Credential);
            string human = ConsoleRig.Ask(session, connection, "selftest run all");
            StringAssert.Contains(human, "ALL: FAIL (2 checks)");
            StringAssert.Contains(human, "PASS     TX-PENDING");
            StringAssert.Contains(human, "FAIL     HW-PRINTER");
            StringAssert.Contains(human, "remedy: ");
            string json = ConsoleRig.Ask(session, connection, "selftest run HW-PRINTER --json");
            StringAssert.StartsWith(json, "{\"plan\":\"HW-PRINTER\",\"overall\":\"FAIL\",\"results\":[{\"cause\":\"HW-PRINTER\",\"verdict\":\"FAIL\"");
            StringAssert.EndsWith(json, "}\n@ok\n");
            StringAssert.Contains(ConsoleRig.Ask(session, connection, "selftest show HW-PRINTER"), "FAIL     HW-PRINTER");
        }

        [TestMethod]
        public void An_unknown_selftest_plan_is_rejected_and_runs_nothing()
        {
            ConsoleRig rig = new();
            var (session, connection) = rig.Open();
            ConsoleRig.Ask(session, connection, "login " + ConsoleRig.Credential);
            long runs = rig.Log.CountOf(EventKind.SelfTest);
            StringAssert.StartsWith(ConsoleRig.Ask(session, connection, "selftest run S9"), "@error bad-arguments");
            Assert.AreEqual(runs, rig.Log.CountOf(EventKind.SelfTest));
        }

        [TestMethod]
        public void Config_set_validates_persists_and_logs_old_and_new_and_a_bad_value_changes_nothing()
        {
            ConsoleRig rig = new();
            var (session, connection) = rig.Open();
            ConsoleRig.Ask(session, connection, "login " + ConsoleRig.Credential);
            Assert.AreEqual("host.timeout_ms: 30000 -> 45000\n@ok\n", ConsoleRig.Ask(session, connection, "config set host.timeout_ms 45000"));
            Assert.AreEqual(45000, rig.Settings.HostTimeoutMilliseconds);
            StringAssert.Contains(rig.Log.Read(rig.Log.Count - 2).Text, "host.timeout_ms 30000 -> 45000 by console");

            string before = rig.Configuration.Snapshot();
            StringAssert.StartsWith(ConsoleRig.Ask(session, connection, "config set host.timeout_ms 999999999"), "@error bad-arguments host.timeout_ms must be 5000..120000 ms");
            StringAssert.StartsWith(ConsoleRig.Ask(session, connection, "config set flash.erase yes"), "@error bad-arguments");
            Assert.AreEqual(before, rig.Configuration.Snapshot());

            TerminalConfigurationStore reloaded = new(rig.Board.Storage, null);
            reloaded.Load();
            Assert.AreEqual("45000", reloaded.Get(TerminalConfigurationStore.HostTimeout));
        }

        [TestMethod]
        public void Reboot_is_refused_while_a_payment_is_authorizing_and_restarts_after_answering_otherwise()
        {
            ConsoleRig rig = new();
            var (session, connection) = rig.Open();
            ConsoleRig.Ask(session, connection, "login " + ConsoleRig.Credential);
            TransactionIntent intent = new() { Kind = TransactionKind.Sale, Method = PaymentMethod.Card, AmountMinorUnits = 1200, CurrencyNumericCode = 156, CreatedUtcMilliseconds = rig.Board.Clock.UtcNowMilliseconds, CardLast4 = "1234", CardBrand = "UP", MerchantReference = "R1" };
            rig.Journal.BeginTransaction(intent, rig.Board.Clock.UtcNowMilliseconds, out uint sequence);
            StringAssert.StartsWith(ConsoleRig.Ask(session, connection, "reboot"), "@error busy a payment is authorizing");
            Assert.AreEqual(0, rig.Board.PlatformServices.RestartRequests);
            StringAssert.Contains(ConsoleRig.Ask(session, connection, "tx"), "authorizing ****1234");

            rig.Journal.RecordOutcomeUnknown(sequence);
            StringAssert.EndsWith(ConsoleRig.Ask(session, connection, "reboot"), "@ok\n");
            Assert.AreEqual(1, rig.Board.PlatformServices.RestartRequests);
            Assert.IsFalse(session.IsOpen);
        }

        [TestMethod]
        public void Bad_lines_get_clear_errors_and_the_next_line_still_works()
        {
            ConsoleRig rig = new();
            var (session, connection) = rig.Open();
            StringAssert.StartsWith(ConsoleRig.Ask(session, connection, new string('a', 201)), "@error line-too-long");
            Assert.AreEqual("@ok\n", ConsoleRig.Ask(session, connection, "help quit").Substring(ConsoleRig.Ask(session, connection, "help quit").Length - 4));
            connection.Send(new byte[] { 0x00, 0xFF, 0x1B, (byte)'\n' });
            session.Poll();
            StringAssert.StartsWith(connection.TakeOutput(), "@error binary-input control byte 0x00");
            connection.Send(new byte[] { (byte)'h', 0xC3, 0x28, (byte)'\n' });
            session.Poll();
            StringAssert.StartsWith(connection.TakeOutput(), "@error bad-encoding");
            StringAssert.StartsWith(ConsoleRig.Ask(session, connection, "frobnicate"), "@error unknown-command no command 'frobnicate'");
            StringAssert.StartsWith(ConsoleRig.Ask(session, connection, "help \"unclosed"), "@error bad-syntax unclosed quote");
            StringAssert.EndsWith(ConsoleRig.Ask(session, connection, "HELP"), "@ok\n");
        }

        [TestMethod]
        public void A_half_sent_line_waits_for_its_newline_and_is_dropped_at_the_idle_timeout()
        {
            ConsoleRig rig = new();
            var (session, connection) = rig.Open();
            connection.Send("he");
            session.Poll();
            Assert.AreEqual(string.Empty, connection.TakeOutput());
            connection.Send("lp\r\n");
            session.Poll();
            StringAssert.EndsWith(connection.TakeOutput(), "@ok\n");

            connection.Send("stat");
            session.Poll();
            rig.Board.ManualClock.Advance(300_000);
            session.Poll();
            Assert.AreEqual("@error idle-timeout no complete line for 300 s; session closed, half-sent line discarded\n", connection.TakeOutput());
            Assert.IsFalse(session.IsOpen);
            Assert.IsFalse(connection.IsOpen);
        }

        [TestMethod]
        public void Output_lines_starting_with_at_are_escaped_and_card_numbers_never_leave_the_terminal()
        {
            ConsoleRig rig = new();
            var (session, connection) = rig.Open();
            ConsoleRig.Ask(session, connection, "login " + ConsoleRig.Credential);
            rig.Log.Append(EventKind.Fault, "@x", "pan 6222021234567894 seen");
            string output = ConsoleRig.Ask(session, connection, "log show 1");
            StringAssert.Contains(output, "fault @x pan ************7894 seen");
            StringAssert.Contains(ConsoleText.MaskCardNumbers("6222 0212 3456 7894"), "**** **** **** 7894");
            ConsoleResponse response = new();
            response.Line("@ok looks like a status");
            Assert.AreEqual("@ok looks like a status", response.GetLine(0));
        }

        [TestMethod]
        public void Every_session_and_command_is_audited_with_the_peer()
        {
            ConsoleRig rig = new();
            long before = rig.Log.CountOf(EventKind.Console);
            var (session, connection) = rig.Open();
            ConsoleRig.Ask(session, connection, "login " + ConsoleRig.Credential);
            ConsoleRig.Ask(session, connection, "queue --json");
            ConsoleRig.Ask(session, connection, "quit");
            Assert.AreEqual(before + 5, rig.Log.CountOf(EventKind.Console));
            string[] texts = new string[5];
            int found = 0;
            for (int i = 0; i < rig.Log.Count && found < 5; i++)
            {
                EventRecord record = rig.Log.Read(i);
                if (record.Kind == EventKind.Console)
                {
                    texts[found++] = record.Text;
                }
            }

            Assert.AreEqual("open test-peer via test", texts[0]);
            Assert.AreEqual("test-peer login *** -> ok", texts[1]);
            Assert.AreEqual("test-peer queue --json -> ok", texts[2]);
            Assert.AreEqual("test-peer quit -> ok", texts[3]);
            Assert.AreEqual("close test-peer: quit, 3 commands, 0 rejected", texts[4]);
        }

        [TestMethod]
        public void Time_set_refuses_a_time_before_the_build_date_or_far_from_the_time_source()
        {
            ConsoleRig rig = new();
            var (session, connection) = rig.Open();
            ConsoleRig.Ask(session, connection, "login " + ConsoleRig.Credential);
            long before = rig.Board.Clock.UtcNowMilliseconds;
            StringAssert.StartsWith(ConsoleRig.Ask(session, connection, "time set 2020-01-01T00:00:00Z"), "@error bad-arguments the time must lie between");
            StringAssert.StartsWith(ConsoleRig.Ask(session, connection, "time set 2027-01-01T00:00:00Z"), "@error bad-arguments the time source says");
            StringAssert.StartsWith(ConsoleRig.Ask(session, connection, "time set 2026-02-30T00:00:00Z"), "@error bad-arguments");
            Assert.AreEqual(before, rig.Board.Clock.UtcNowMilliseconds);
            StringAssert.Contains(ConsoleRig.Ask(session, connection, "time set 2026-11-23T00:02:00Z"), "clock 2026-11-23T00:00:00Z -> 2026-11-23T00:02:00Z");
        }

        [TestMethod]
        public void Print_test_prints_a_slip_marked_not_a_receipt()
        {
            ConsoleRig rig = new();
            var (session, connection) = rig.Open();
            ConsoleRig.Ask(session, connection, "login " + ConsoleRig.Credential);
            StringAssert.StartsWith(ConsoleRig.Ask(session, connection, "print-test"), "test slip printed");
            StringAssert.Contains(string.Join("\n", Terminal.Hal.Simulated.Printer.EscPosPrinterEmulator.TextOf(rig.Board.PrinterEmulator.Lines)), "NOT A RECEIPT");
        }

        [TestMethod]
        public void Iso_times_round_trip_and_invalid_dates_do_not_parse()
        {
            Assert.IsTrue(ConsoleText.TryParseUtc("2028-02-29T23:59:59Z", out long leap));
            Assert.AreEqual("2028-02-29T23:59:59Z", ConsoleText.FormatUtc(leap));
            Assert.AreEqual(new DateTimeOffset(2028, 2, 29, 23, 59, 59, TimeSpan.Zero).ToUnixTimeMilliseconds(), leap);
            Assert.IsFalse(ConsoleText.TryParseUtc("2027-02-29T00:00:00Z", out _));
            Assert.IsFalse(ConsoleText.TryParseUtc("2027-13-01T00:00:00Z", out _));
            Assert.AreEqual("1970-01-01T00:00:00Z", ConsoleText.FormatUtc(0));
        }

        [TestMethod]
        public void Strict_utf8_rejects_overlong_forms_surrogates_and_cut_sequences()
        {
            Assert.IsTrue(LineAssembler.IsValidUtf8(Encoding.UTF8.GetBytes("处理 ok"), Encoding.UTF8.GetByteCount("处理 ok")));
            Assert.IsFalse(LineAssembler.IsValidUtf8(new byte[] { 0xC0, 0xAF }, 2));
            Assert.IsFalse(LineAssembler.IsValidUtf8(new byte[] { 0xED, 0xA0, 0x80 }, 3));
            Assert.IsFalse(LineAssembler.IsValidUtf8(new byte[] { 0xE4, 0xB8 }, 2));
            Assert.IsFalse(LineAssembler.IsValidUtf8(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, 4));
        }
    }
}
