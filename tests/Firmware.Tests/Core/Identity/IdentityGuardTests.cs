using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Core.Identity;
using Terminal.Core.Journal;
using Terminal.Hal.Simulated.Storage;
using Terminal.Hal.Storage;

namespace Terminal.Tests.Core.Identity
{
    [TestClass]
    public sealed class IdentityGuardTests
    {
        private static readonly TerminalIdentity Terminal = new TerminalIdentity("T0001234", "M88990001", 20261123);

        private static (SimulatedFlash Flash, SimulatedIdentityWitness Witness, IdentityGuard Guard) NewTerminal()
        {
            var flash = new SimulatedFlash(2 * 1024 * 1024, 7);
            var witness = new SimulatedIdentityWitness();
            return (flash, witness, new IdentityGuard(flash.Storage, witness));
        }

        private static void WriteJournal(IFileStorage storage)
        {
            var journal = new TransactionJournal(storage, Terminal.TerminalId, JournalSettings.CreateDefault());
            journal.Open();
            journal.BeginTransaction(Journal.JournalHarness.Sale(100), Journal.JournalHarness.StartUtcMilliseconds, out _);
        }

        [TestMethod]
        public void A_new_terminal_is_reported_as_not_provisioned()
        {
            var (_, _, guard) = NewTerminal();

            Assert.AreEqual(IdentityVerdict.NotProvisioned, guard.Check());
            Assert.IsNull(guard.Identity);
        }

        [TestMethod]
        public void A_provisioned_terminal_is_intact_after_a_reboot()
        {
            var (flash, witness, guard) = NewTerminal();
            Assert.IsTrue(guard.Provision(Terminal));
            flash.CutPowerNow();
            flash.PowerOn();

            var afterReboot = new IdentityGuard(flash.Storage, witness);
            Assert.AreEqual(IdentityVerdict.Intact, afterReboot.Check());
            Assert.IsTrue(Terminal.SameAs(afterReboot.Identity));
        }

        [TestMethod]
        public void A_silently_formatted_drive_raises_an_alarm_instead_of_starting_blank()
        {
            var (flash, witness, guard) = NewTerminal();
            guard.Provision(Terminal);
            WriteJournal(flash.Storage);
            flash.SilentFormat();

            var afterFormat = new IdentityGuard(flash.Storage, witness);
            Assert.AreEqual(IdentityVerdict.SilentlyFormatted, afterFormat.Check());
            Assert.IsNull(afterFormat.Identity, "the terminal must not carry on as if nothing happened");
        }

        [TestMethod]
        public void A_lost_marker_is_rewritten_from_the_witness_when_the_journal_is_there()
        {
            var (flash, witness, guard) = NewTerminal();
            guard.Provision(Terminal);
            WriteJournal(flash.Storage);
            flash.Storage.Delete(IdentityGuard.MarkerFileName);

            Assert.AreEqual(IdentityVerdict.MarkerRepaired, new IdentityGuard(flash.Storage, witness).Check());
            Assert.AreEqual(IdentityVerdict.Intact, new IdentityGuard(flash.Storage, witness).Check());
        }

        [TestMethod]
        public void An_erased_witness_is_rewritten_from_the_marker()
        {
            var (flash, witness, guard) = NewTerminal();
            guard.Provision(Terminal);
            witness.Erase();

            Assert.AreEqual(IdentityVerdict.WitnessRepaired, new IdentityGuard(flash.Storage, witness).Check());
            Assert.AreEqual(IdentityVerdict.Intact, new IdentityGuard(flash.Storage, witness).Check());
        }

        [TestMethod]
        public void A_drive_from_another_terminal_is_a_mismatch()
        {
            var (flash, witness, guard) = NewTerminal();
            guard.Provision(Terminal);
            witness.Write(new TerminalIdentity("T0009999", "M88990001", 1).Encode());

            Assert.AreEqual(IdentityVerdict.IdentityMismatch, new IdentityGuard(flash.Storage, witness).Check());
        }

        [TestMethod]
        public void A_provisioned_terminal_cannot_be_provisioned_again_without_a_decommission()
        {
            var (_, _, guard) = NewTerminal();
            guard.Provision(Terminal);

            Assert.IsFalse(guard.Provision(new TerminalIdentity("T0005555", "M1", 2)));
            guard.Decommission();
            Assert.IsTrue(guard.Provision(new TerminalIdentity("T0005555", "M1", 2)));
        }

        [TestMethod]
        public void An_unreadable_witness_on_a_blank_drive_is_an_alarm_not_a_new_terminal()
        {
            var (_, witness, guard) = NewTerminal();
            witness.Fails = true;

            Assert.AreEqual(IdentityVerdict.Unverifiable, guard.Check());
            Assert.IsFalse(guard.Provision(Terminal), "no provisioning while a format cannot be told from a new terminal");
        }

        [TestMethod]
        public void An_unreadable_witness_next_to_an_intact_marker_is_a_warning()
        {
            var (flash, witness, guard) = NewTerminal();
            guard.Provision(Terminal);
            witness.Fails = true;

            var again = new IdentityGuard(flash.Storage, witness);
            Assert.AreEqual(IdentityVerdict.WitnessUnavailable, again.Check());
            Assert.IsTrue(Terminal.SameAs(again.Identity));
        }

        [TestMethod]
        public void The_key_namespace_changes_with_each_provisioning()
        {
            var first = new TerminalIdentity("T0001234", "M1", 1795392000);
            var second = new TerminalIdentity("T0001234", "M1", 1795478400);

            Assert.AreEqual("T0001234.1795392000", first.KeyNamespace);
            Assert.AreNotEqual(first.KeyNamespace, second.KeyNamespace);
        }

        [TestMethod]
        public void A_damaged_identity_record_does_not_decode()
        {
            byte[] record = Terminal.Encode();
            for (int i = 0; i < record.Length; i++)
            {
                byte[] damaged = (byte[])record.Clone();
                damaged[i] ^= 0x10;
                Assert.IsFalse(TerminalIdentity.TryDecode(damaged, out _), $"byte {i}");
            }

            Assert.IsTrue(TerminalIdentity.TryDecode(record, out TerminalIdentity? decoded));
            Assert.IsTrue(Terminal.SameAs(decoded));
        }
    }
}
