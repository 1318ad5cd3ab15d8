using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Hal.CardReader;

namespace Terminal.Tests.Drivers.CardReader
{
    /// <summary>The reader self-test (Diagnose) as the technician menu shows it.</summary>
    [TestClass]
    public sealed class Pn532HealthTests
    {
        [TestMethod]
        public void A_healthy_reader_passes_the_line_ROM_and_RAM_tests_and_reports_its_firmware()
        {
            var rig = new ReaderRig();

            CardReaderHealth health = rig.Reader.CheckHealth();

            Assert.AreEqual(CardReaderVerdict.Pass, health.Verdict);
            Assert.AreEqual(string.Empty, health.CauseId);
            Assert.AreEqual("PN532 1.6", health.FirmwareVersion);
            StringAssert.Contains(health.Detail, "communication line test echoed 16 bytes; ROM test OK; RAM test OK");
            StringAssert.StartsWith(health.ToString(), "PASS PN532 1.6: ");

            // Diagnose NumTst 00h, 01h and 02h, after the start-up commands.
            CollectionAssert.AreEqual(new byte[] { 0x14, 0x02, 0x32, 0x00, 0x00, 0x00 }, rig.Chip.Commands.ToArray());
        }

        [TestMethod]
        public void The_ROM_test_waits_as_long_as_the_chip_takes()
        {
            var rig = new ReaderRig();
            rig.Chip.MemoryTestMilliseconds = 1500;

            Assert.AreEqual(CardReaderVerdict.Pass, rig.Reader.CheckHealth().Verdict);
            Assert.IsTrue(rig.Clock.MonotonicMilliseconds >= 3000);
        }

        [TestMethod]
        public void A_failed_ROM_test_is_a_reader_fault_with_cause_HW_CARD_and_its_result_byte()
        {
            var rig = new ReaderRig();
            rig.Chip.RomTestFails = true;

            CardReaderHealth health = rig.Reader.CheckHealth();

            Assert.AreEqual(CardReaderVerdict.ReaderFault, health.Verdict);
            Assert.AreEqual("HW-CARD", health.CauseId);
            StringAssert.Contains(health.Detail, "ROM test failed (result 0xFF)");
            StringAssert.StartsWith(health.ToString(), "FAIL HW-CARD PN532 1.6: ");
        }

        [TestMethod]
        public void A_failed_RAM_test_is_a_reader_fault()
        {
            var rig = new ReaderRig();
            rig.Chip.RamTestFails = true;

            CardReaderHealth health = rig.Reader.CheckHealth();

            Assert.AreEqual(CardReaderVerdict.ReaderFault, health.Verdict);
            StringAssert.Contains(health.Detail, "ROM test OK; RAM test failed (result 0xFF)");
        }

        [TestMethod]
        public void A_line_test_echo_that_differs_is_a_link_fault()
        {
            var rig = new ReaderRig();
            rig.Chip.CommunicationLineTestCorrupts = true;

            CardReaderHealth health = rig.Reader.CheckHealth();

            Assert.AreEqual(CardReaderVerdict.LinkFault, health.Verdict);
            Assert.AreEqual("HW-LINK", health.CauseId);
            StringAssert.Contains(health.Detail, "differ");
        }

        [TestMethod]
        public void Memory_tests_can_be_left_out_for_a_quick_check()
        {
            var rig = new ReaderRig(settings => settings.RunMemoryTests = false);

            Assert.AreEqual(CardReaderVerdict.Pass, rig.Reader.CheckHealth().Verdict);
            Assert.AreEqual(1, rig.Chip.Commands.Count(code => code == 0x00));
        }

        [TestMethod]
        public void An_unplugged_reader_fails_its_self_test_with_cause_HW_LINK_and_says_which_step()
        {
            var rig = new ReaderRig();
            rig.Chip.Unplugged = true;

            CardReaderHealth health = rig.Reader.CheckHealth();

            Assert.AreEqual(CardReaderVerdict.LinkFault, health.Verdict);
            Assert.AreEqual("HW-LINK", health.CauseId);
            Assert.AreEqual(string.Empty, health.FirmwareVersion);
            StringAssert.Contains(health.Detail, "SAMConfiguration: the reader did not acknowledge I2C address 0x24");
            StringAssert.Contains(health.Detail, "link since boot:");
        }

        [TestMethod]
        public void The_self_test_retries_a_lost_reader_at_once_without_waiting_for_the_reconnect_interval()
        {
            var rig = new ReaderRig();
            rig.Chip.Unplugged = true;
            Assert.AreEqual(CardReadOutcome.ReaderNotResponding, rig.Read(out _));
            rig.Chip.Replug();

            Assert.AreEqual(CardReaderVerdict.Pass, rig.Reader.CheckHealth().Verdict);
            Assert.AreEqual(1, rig.Reader.LinkCounters.Reconnects);
        }

        [TestMethod]
        public void A_silent_reader_fails_its_self_test_with_no_ACK_frame()
        {
            var rig = new ReaderRig();
            rig.Chip.Silent = true;

            CardReaderHealth health = rig.Reader.CheckHealth();

            Assert.AreEqual(CardReaderVerdict.LinkFault, health.Verdict);
            StringAssert.Contains(health.Detail, "no ACK frame within 30 ms");
        }

        [TestMethod]
        public void The_health_of_a_chip_of_another_kind_names_it()
        {
            var rig = new ReaderRig();
            rig.Chip.IntegratedCircuit = 0x33;

            CardReaderHealth health = rig.Reader.CheckHealth();

            Assert.AreEqual(CardReaderVerdict.ReaderFault, health.Verdict);
            StringAssert.Contains(health.Detail, "IC 0x33, not a PN532 (0x32)");
        }
    }
}
