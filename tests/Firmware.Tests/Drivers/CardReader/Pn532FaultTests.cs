using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Hal.CardReader;
using Terminal.Hal.Simulated.CardReader;

namespace Terminal.Tests.Drivers.CardReader
{
    /// <summary>The emulator's faults against the real driver: what the terminal is told, what it counts, how it recovers.</summary>
    [TestClass]
    public sealed class Pn532FaultTests
    {
        [TestMethod]
        public void A_silent_reader_is_reported_not_responding_with_cause_HW_LINK()
        {
            var rig = new ReaderRig();
            rig.Chip.Silent = true;
            rig.Chip.PresentCard(EmvTestCard.Visa());

            CardReadOutcome outcome = rig.Read(out CardRead? read);

            Assert.AreEqual(CardReadOutcome.ReaderNotResponding, outcome);
            Assert.IsNull(read);
            Assert.AreEqual("HW-LINK", CardReaderCauses.ForOutcome(outcome));
            Assert.IsTrue(rig.Reader.LinkCounters.Timeouts >= 1);
            Assert.AreEqual(0, rig.Chip.Card!.ApdusAnswered);
        }

        [TestMethod]
        public void A_silent_reader_costs_its_timeouts_only_once_per_reconnect_interval()
        {
            var rig = new ReaderRig();
            rig.Chip.Silent = true;
            rig.Read(out _);
            int transactions = rig.Chip.Transactions;
            int timeouts = rig.Reader.LinkCounters.Timeouts;

            for (int i = 0; i < 10; i++)
            {
                Assert.AreEqual(CardReadOutcome.ReaderNotResponding, rig.Read(out _));
            }

            Assert.AreEqual(transactions, rig.Chip.Transactions, "no bus traffic between attempts");
            Assert.AreEqual(timeouts, rig.Reader.LinkCounters.Timeouts);

            rig.WaitForReconnect();
            rig.Read(out _);
            Assert.IsTrue(rig.Chip.Transactions > transactions);
            Assert.AreEqual(1, rig.Reader.LinkCounters.Resyncs);
        }

        [TestMethod]
        public void A_reader_that_answers_again_is_restarted_and_counted_as_reconnected()
        {
            var rig = new ReaderRig();
            rig.Chip.Silent = true;
            rig.Chip.PresentCard(EmvTestCard.Visa());
            Assert.AreEqual(CardReadOutcome.ReaderNotResponding, rig.Read(out _));

            rig.Chip.Silent = false;
            rig.WaitForReconnect();

            Assert.AreEqual("0119", rig.ReadCard().Last4);
            Assert.AreEqual(1, rig.Reader.LinkCounters.Reconnects);
            Assert.AreEqual(1, rig.Reader.LinkCounters.Resyncs);
        }

        [TestMethod]
        public void A_garbled_response_is_asked_for_again_and_the_card_is_still_read()
        {
            var rig = new ReaderRig();
            rig.Read(out _);
            rig.Chip.PresentCard(EmvTestCard.Visa());
            rig.Chip.GarbleNextResponses = 1;

            Assert.AreEqual("0119", rig.ReadCard().Last4);
            Assert.AreEqual(1, rig.Reader.LinkCounters.MalformedFrames);
            Assert.AreEqual(CleanReadNegativeAcknowledges(EmvTestCard.Visa()) + 1, rig.Chip.NegativeAcknowledgesReceived);
            Assert.AreEqual(0, rig.Reader.LinkCounters.Resyncs);
        }

        [TestMethod]
        public void Responses_that_stay_garbled_are_a_link_fault_with_cause_HW_LINK_and_the_link_is_restarted()
        {
            var rig = new ReaderRig();
            rig.Read(out _);
            rig.Chip.PresentCard(EmvTestCard.Visa());
            rig.Chip.GarbleNextResponses = 3;

            CardReadOutcome outcome = rig.Read(out CardRead? read);

            Assert.AreEqual(CardReadOutcome.LinkFault, outcome);
            Assert.IsNull(read);
            Assert.AreEqual("HW-LINK", CardReaderCauses.ForOutcome(outcome));
            Assert.AreEqual(1 + rig.Settings.NegativeAcknowledgeRetries, rig.Reader.LinkCounters.MalformedFrames);

            // The next poll restarts the chip at once and reads the card.
            Assert.AreEqual("0119", rig.ReadCard().Last4);
            Assert.AreEqual(1, rig.Reader.LinkCounters.Resyncs);
            Assert.AreEqual(1, rig.Reader.LinkCounters.Reconnects);
        }

        [TestMethod]
        public void A_garbled_ACK_makes_the_driver_abort_and_send_the_command_again()
        {
            var rig = new ReaderRig();
            rig.Read(out _);
            rig.Chip.PresentCard(EmvTestCard.Visa());
            rig.Chip.GarbleNextAcknowledges = 1;

            Assert.AreEqual("0119", rig.ReadCard().Last4);
            Assert.AreEqual(1, rig.Chip.AbortsReceived);
            Assert.AreEqual(1, rig.Reader.LinkCounters.MalformedFrames);
        }

        [TestMethod]
        public void A_wrong_length_checksum_is_counted_and_the_response_resent()
        {
            var rig = new ReaderRig();
            rig.Read(out _);
            rig.Chip.PresentCard(EmvTestCard.Visa());
            rig.Chip.CorruptLengthChecksumNextFrames = 1;

            Assert.AreEqual("0119", rig.ReadCard().Last4);
            Assert.AreEqual(1, rig.Reader.LinkCounters.ChecksumErrors);
            Assert.AreEqual(CleanReadNegativeAcknowledges(EmvTestCard.Visa()) + 1, rig.Chip.NegativeAcknowledgesReceived);
        }

        [TestMethod]
        public void A_wrong_data_checksum_is_counted_and_the_response_resent()
        {
            var rig = new ReaderRig();
            rig.Read(out _);
            rig.Chip.PresentCard(EmvTestCard.Mastercard());
            rig.Chip.CorruptDataChecksumNextFrames = 2;

            Assert.AreEqual("0011", rig.ReadCard().Last4);
            Assert.AreEqual(2, rig.Reader.LinkCounters.ChecksumErrors);
            Assert.AreEqual(0, rig.Reader.LinkCounters.MalformedFrames);
        }

        [TestMethod]
        public void A_checksum_that_stays_wrong_is_a_link_fault_and_no_card_is_handed_out()
        {
            var rig = new ReaderRig();
            rig.Read(out _);
            rig.Chip.PresentCard(EmvTestCard.Visa());
            rig.Chip.CorruptDataChecksumNextFrames = 100;

            Assert.AreEqual(CardReadOutcome.LinkFault, rig.Read(out CardRead? read));
            Assert.IsNull(read);
            Assert.AreEqual(1 + rig.Settings.NegativeAcknowledgeRetries, rig.Reader.LinkCounters.ChecksumErrors);
        }

        [TestMethod]
        public void A_cable_pulled_mid_read_and_plugged_back_gives_the_card_on_a_later_poll()
        {
            var rig = new ReaderRig();
            rig.Read(out _);
            EmvTestCard card = EmvTestCard.Visa();
            rig.Chip.PresentCard(card);
            rig.Chip.PullCableAfterTransactions(12);

            Assert.AreEqual(CardReadOutcome.ReaderNotResponding, rig.Read(out CardRead? lost));
            Assert.IsNull(lost);
            Assert.IsTrue(card.ApdusAnswered >= 1, "the cable went mid-read");
            Assert.IsTrue(rig.Chip.Unplugged);

            rig.Chip.Replug();
            int powerUps = rig.Chip.PowerUps;
            CardRead read = rig.ReadCard();

            Assert.AreEqual("0119", read.Last4);
            Assert.IsTrue(rig.Chip.SamConfigured, "the re-plugged chip was configured again");
            Assert.AreEqual(powerUps + 1, rig.Chip.PowerUps, "hard reset on resynchronisation");
            Assert.AreEqual(1, rig.Reader.LinkCounters.Reconnects);
            Assert.IsTrue(rig.Reader.LinkCounters.Timeouts >= 1);
        }

        [TestMethod]
        public void A_cable_plugged_back_while_the_reader_waits_is_found_after_the_reconnect_interval()
        {
            var rig = new ReaderRig();
            rig.Read(out _);
            rig.Chip.Unplugged = true;
            Assert.AreEqual(CardReadOutcome.ReaderNotResponding, rig.Read(out _));
            Assert.AreEqual(CardReadOutcome.ReaderNotResponding, rig.Read(out _), "first resync attempt fails");

            rig.Chip.Unplugged = false;
            Assert.AreEqual(CardReadOutcome.ReaderNotResponding, rig.Read(out _), "not retried before the interval");
            rig.WaitForReconnect();

            Assert.AreEqual(CardReadOutcome.NoCard, rig.Read(out _));
            Assert.AreEqual(1, rig.Reader.LinkCounters.Reconnects);
        }

        [TestMethod]
        public void A_re_plugged_reader_without_a_reset_line_is_configured_again_before_it_is_used()
        {
            var rig = new ReaderRig(withResetLine: false);
            rig.Read(out _);
            rig.Chip.Unplugged = true;
            Assert.AreEqual(CardReadOutcome.ReaderNotResponding, rig.Read(out _));
            rig.Chip.Replug();
            rig.WaitForReconnect();
            rig.Chip.PresentCard(EmvTestCard.Visa());

            Assert.AreEqual("0119", rig.ReadCard().Last4);
            Assert.AreEqual(0, rig.Chip.ResetPulses);
            Assert.AreEqual(2, rig.Chip.Commands.Count(code => code == 0x14), "SAMConfiguration at start and after the re-plug");
        }

        [TestMethod]
        public void A_card_read_just_before_the_link_dropped_is_not_read_again_after_the_reconnect()
        {
            var rig = new ReaderRig();
            rig.Read(out _);
            rig.Chip.PresentCard(EmvTestCard.Visa());
            rig.ReadCard();
            rig.Chip.Unplugged = true;
            Assert.AreEqual(CardReadOutcome.ReaderNotResponding, rig.Read(out _));

            rig.Chip.Replug();
            rig.WaitForReconnect();

            Assert.AreEqual(CardReadOutcome.CardStillPresent, rig.Read(out CardRead? again));
            Assert.IsNull(again);
        }

        [TestMethod]
        public void An_error_frame_is_a_reader_fault_with_cause_HW_CARD_and_the_chip_is_restarted()
        {
            var rig = new ReaderRig();
            rig.Read(out _);
            rig.Chip.PresentCard(EmvTestCard.Visa());
            rig.Chip.ErrorFrameForNextCommands = 1;

            CardReadOutcome outcome = rig.Read(out CardRead? read);

            Assert.AreEqual(CardReadOutcome.ReaderFault, outcome);
            Assert.IsNull(read);
            Assert.AreEqual("HW-CARD", CardReaderCauses.ForOutcome(outcome));
            Assert.AreEqual("0119", rig.ReadCard().Last4);
            Assert.AreEqual(1, rig.Reader.LinkCounters.Resyncs);
        }

        [TestMethod]
        public void A_chip_that_is_not_a_PN532_is_refused_as_a_reader_fault()
        {
            var rig = new ReaderRig();
            rig.Chip.IntegratedCircuit = 0x33;
            rig.Chip.PresentCard(EmvTestCard.Visa());

            Assert.AreEqual(CardReadOutcome.ReaderFault, rig.Read(out _));
            Assert.AreEqual(0, rig.Chip.Card!.ApdusAnswered);
            Assert.AreEqual("IC 0x33 1.6", rig.Reader.FirmwareVersion);
        }

        /// <summary>How many NACKs a clean read of the card takes: responses longer than the first read are fetched again whole.</summary>
        private static int CleanReadNegativeAcknowledges(EmvTestCard card)
        {
            var rig = new ReaderRig();
            rig.Read(out _);
            rig.Chip.PresentCard(card);
            rig.ReadCard();
            Assert.AreEqual(0, rig.Reader.LinkCounters.Faults);
            return rig.Chip.NegativeAcknowledgesReceived;
        }
    }
}
