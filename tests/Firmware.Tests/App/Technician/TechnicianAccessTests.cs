using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Technician;
using Terminal.Core.Maintenance;
using Terminal.Hal.Simulated.Board;
using Terminal.Hal.Simulated.Storage;

namespace Terminal.Tests.App.Technician
{
    [TestClass]
    public sealed class TechnicianAccessTests
    {
        private const string Pin = "24681357";

        [TestMethod]
        public void The_right_pin_is_granted_and_nothing_but_its_salted_hash_reaches_flash()
        {
            SimulatedBoard board = SimulatedBoard.Create(1);
            TechnicianAccess access = Open(board, out _);
            Assert.IsTrue(access.SetCredential("provisioning", Pin));
            Assert.AreEqual(AccessResult.Granted, access.TrySignIn("menu", Pin));
            byte[] stored = board.Flash.ReadDurableBytes(TechnicianAccess.CredentialFileName);
            Assert.AreEqual(-1, System.Text.Encoding.ASCII.GetString(stored).IndexOf(Pin, StringComparison.Ordinal), "the PIN is on flash in clear");
            Assert.AreEqual(4 + 4 + 16 + 32 + 4, stored.Length);
        }

        [TestMethod]
        public void Two_terminals_with_the_same_pin_store_different_hashes()
        {
            SimulatedBoard first = SimulatedBoard.Create(1);
            SimulatedBoard second = SimulatedBoard.Create(2);
            Open(first, out _, seed: 1).SetCredential("provisioning", Pin);
            Open(second, out _, seed: 2).SetCredential("provisioning", Pin);
            CollectionAssert.AreNotEqual(
                first.Flash.ReadDurableBytes(TechnicianAccess.CredentialFileName),
                second.Flash.ReadDurableBytes(TechnicianAccess.CredentialFileName));
        }

        [TestMethod]
        public void A_pin_shorter_than_8_digits_or_with_letters_is_not_accepted_as_a_credential()
        {
            TechnicianAccess access = Open(SimulatedBoard.Create(1), out _);
            Assert.IsFalse(access.SetCredential("provisioning", "1234567"));
            Assert.IsFalse(access.SetCredential("provisioning", "1234567a"));
            Assert.IsFalse(access.IsConfigured);
            Assert.AreEqual(AccessResult.NotConfigured, access.TrySignIn("menu", "1234567"));
        }

        [TestMethod]
        public void Ten_failures_lock_sign_in_for_30_minutes_even_against_the_right_pin()
        {
            SimulatedBoard board = SimulatedBoard.Create(1);
            TechnicianAccess access = Open(board, out _);
            access.SetCredential("provisioning", Pin);
            for (int i = 1; i < TechnicianAccess.MaximumFailures; i++)
            {
                Assert.AreEqual(AccessResult.Refused, access.TrySignIn("menu", "00000000"));
                Assert.AreEqual(i, access.ConsecutiveFailures);
            }

            Assert.AreEqual(AccessResult.LockedOut, access.TrySignIn("menu", "00000000"));
            Assert.IsTrue(access.IsLockedOut);
            Assert.AreEqual(board.Clock.UtcNowMilliseconds + TechnicianAccess.LockoutMilliseconds, access.LockedUntilUtcMilliseconds);
            Assert.AreEqual(AccessResult.LockedOut, access.TrySignIn("menu", Pin));

            board.ManualClock.Advance(TechnicianAccess.LockoutMilliseconds - 1);
            Assert.AreEqual(AccessResult.LockedOut, access.TrySignIn("console 127.0.0.1", Pin));
            board.ManualClock.Advance(1);
            Assert.AreEqual(AccessResult.Granted, access.TrySignIn("menu", Pin));
            Assert.AreEqual(0, access.ConsecutiveFailures);
        }

        [TestMethod]
        public void A_success_resets_the_count_so_only_consecutive_failures_lock()
        {
            TechnicianAccess access = Open(SimulatedBoard.Create(1), out _);
            access.SetCredential("provisioning", Pin);
            for (int i = 0; i < 9; i++)
            {
                access.TrySignIn("menu", "11111111");
            }

            Assert.AreEqual(AccessResult.Granted, access.TrySignIn("menu", Pin));
            Assert.AreEqual(AccessResult.Refused, access.TrySignIn("menu", "11111111"));
            Assert.IsFalse(access.IsLockedOut);
        }

        [TestMethod]
        public void The_lockout_survives_a_reboot_and_ends_when_its_time_is_up()
        {
            SimulatedBoard board = SimulatedBoard.Create(1);
            TechnicianAccess access = Open(board, out _);
            access.SetCredential("provisioning", Pin);
            for (int i = 0; i < TechnicianAccess.MaximumFailures; i++)
            {
                access.TrySignIn("menu", "99999999");
            }

            board.ManualClock.Advance(10 * 60 * 1000);
            TechnicianAccess rebooted = Open(board, out _);
            Assert.IsTrue(rebooted.IsLockedOut);
            Assert.AreEqual(AccessResult.LockedOut, rebooted.TrySignIn("menu", Pin));
            board.ManualClock.Advance(20 * 60 * 1000);
            Assert.AreEqual(AccessResult.Granted, rebooted.TrySignIn("menu", Pin));
        }

        [TestMethod]
        public void A_clock_that_went_back_across_a_reboot_keeps_the_full_lockout()
        {
            SimulatedBoard board = SimulatedBoard.Create(1);
            TechnicianAccess access = Open(board, out _);
            access.SetCredential("provisioning", Pin);
            for (int i = 0; i < TechnicianAccess.MaximumFailures; i++)
            {
                access.TrySignIn("menu", "99999999");
            }

            board.ManualClock.SetWallClock(0);
            TechnicianAccess rebooted = Open(board, out _);
            board.ManualClock.Advance(TechnicianAccess.LockoutMilliseconds - 1);
            Assert.AreEqual(AccessResult.LockedOut, rebooted.TrySignIn("menu", Pin));
        }

        [TestMethod]
        public void Setting_the_wall_clock_forward_does_not_end_a_lockout_early()
        {
            SimulatedBoard board = SimulatedBoard.Create(1);
            TechnicianAccess access = Open(board, out _);
            access.SetCredential("provisioning", Pin);
            for (int i = 0; i < TechnicianAccess.MaximumFailures; i++)
            {
                access.TrySignIn("menu", "99999999");
            }

            board.ManualClock.SetWallClock(board.Clock.UtcNowMilliseconds + (2 * TechnicianAccess.LockoutMilliseconds));
            Assert.AreEqual(AccessResult.LockedOut, access.TrySignIn("menu", Pin));
        }

        [TestMethod]
        public void The_failure_count_survives_a_reboot_so_power_cycling_gives_no_free_guesses()
        {
            SimulatedBoard board = SimulatedBoard.Create(1);
            TechnicianAccess access = Open(board, out _);
            access.SetCredential("provisioning", Pin);
            for (int i = 0; i < 9; i++)
            {
                Assert.AreEqual(AccessResult.Refused, access.TrySignIn("menu", "12121212"));
                board.Flash.CutPowerNow();
                board.Flash.PowerOn();
                access = Open(board, out _);
                Assert.AreEqual(i + 1, access.ConsecutiveFailures);
            }

            Assert.AreEqual(AccessResult.LockedOut, access.TrySignIn("menu", "12121212"));
        }

        [TestMethod]
        public void A_power_cut_at_any_write_of_a_failed_attempt_never_loses_a_failure_that_was_answered()
        {
            // Cut the power at each mutation a refused attempt makes; an attempt that answered must be counted.
            SimulatedBoard probe = SimulatedBoard.Create(1);
            TechnicianAccess probeAccess = Open(probe, out _);
            probeAccess.SetCredential("provisioning", Pin);
            long before = probe.Flash.MutationCount;
            probeAccess.TrySignIn("menu", "55555555");
            long mutations = probe.Flash.MutationCount - before;
            Assert.IsTrue(mutations >= 3);

            for (long cut = 1; cut <= mutations; cut++)
            {
                SimulatedBoard board = SimulatedBoard.Create(1);
                TechnicianAccess access = Open(board, out _);
                access.SetCredential("provisioning", Pin);
                board.Flash.CutPowerAtMutation(board.Flash.MutationCount + cut);
                bool answered;
                try
                {
                    access.TrySignIn("menu", "55555555");
                    answered = true;
                }
                catch (PowerCutException)
                {
                    answered = false;
                }

                board.Flash.PowerOn();
                TechnicianAccess rebooted = Open(board, out _);
                if (answered)
                {
                    Assert.AreEqual(1, rebooted.ConsecutiveFailures, $"cut at write {cut}: an answered failure was lost");
                }
                else
                {
                    Assert.IsTrue(rebooted.ConsecutiveFailures <= 1, $"cut at write {cut}");
                }

                Assert.IsTrue(rebooted.IsConfigured);
            }
        }

        [TestMethod]
        public void Every_attempt_is_logged_with_its_channel_and_answer_and_never_the_secret()
        {
            SimulatedBoard board = SimulatedBoard.Create(1);
            TechnicianAccess access = Open(board, out EventLog log);
            access.SetCredential("provisioning", Pin);
            long accessBefore = log.CountOf(EventKind.Access);
            access.TrySignIn("menu", "31415926");
            access.TrySignIn("console 127.0.0.1", Pin);
            Assert.AreEqual(accessBefore + 2, log.CountOf(EventKind.Access));
            string refused = log.Read(log.Count - 2).Text;
            string granted = log.Read(log.Count - 1).Text;
            StringAssert.Contains(refused, "menu refused 1/10");
            StringAssert.Contains(granted, "console 127.0.0.1 granted");
            for (int i = 0; i < log.Count; i++)
            {
                string text = log.Read(i).Text;
                Assert.IsFalse(text.Contains("31415926") || text.Contains(Pin), text);
            }
        }

        [TestMethod]
        public void A_damaged_lock_file_locks_sign_in_rather_than_forgetting_the_count()
        {
            SimulatedBoard board = SimulatedBoard.Create(1);
            TechnicianAccess access = Open(board, out _);
            access.SetCredential("provisioning", Pin);
            access.TrySignIn("menu", "00000000");
            board.Flash.FlipBits(TechnicianAccess.LockFileName, 3, new Random(4));
            TechnicianAccess rebooted = Open(board, out EventLog log);
            Assert.IsTrue(rebooted.LoadFoundDamage);
            Assert.AreEqual(AccessResult.LockedOut, rebooted.TrySignIn("menu", Pin));
            Assert.IsTrue(log.CountOf(EventKind.Fault) >= 1);
        }

        private static TechnicianAccess Open(SimulatedBoard board, out EventLog log, int seed = 7)
        {
            log = new EventLog(board.Storage, board.Clock, 64);
            log.Open();
            // Few iterations keep the tests fast; the count is stored per credential.
            TechnicianAccess access = new TechnicianAccess(board.Storage, board.Clock, log, new Random(seed), 4);
            access.Load();
            return access;
        }
    }
}
