using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Hal.CardReader;
using Terminal.Hal.Simulated.CardReader;

namespace Terminal.Tests.Drivers.CardReader
{
    /// <summary>The real PN532 driver over the emulator with a card in the field: what the terminal gets.</summary>
    [TestClass]
    public sealed class Pn532ReaderTests
    {
        [TestMethod]
        public void A_tapped_Visa_card_gives_its_last_four_digits_brand_and_contactless_entry()
        {
            var rig = new ReaderRig();
            rig.Chip.PresentCard(EmvTestCard.Visa("4761739001010119"));

            CardRead read = rig.ReadCard();

            Assert.AreEqual("0119", read.Last4);
            Assert.AreEqual("************0119", read.MaskedNumber);
            Assert.AreEqual(CardBrand.Visa, read.Brand);
            Assert.AreEqual("Visa", read.BrandName);
            Assert.AreEqual(ReaderEntryMode.Contactless, read.EntryMode);
            Assert.AreEqual("Visa ************0119 contactless, payload " + read.PayloadLength + " bytes", read.ToString());
            Assert.AreEqual(0, rig.Reader.LinkCounters.Faults);
            Assert.AreEqual("PN532 1.6", rig.Reader.FirmwareVersion);
        }

        [TestMethod]
        public void The_payload_holds_the_selected_application_and_the_cards_raw_answers_for_the_host()
        {
            var rig = new ReaderRig();
            EmvTestCard card = EmvTestCard.Visa();
            rig.Chip.PresentCard(card);

            byte[] payload = ReaderRig.Payload(rig.ReadCard());

            // 4F 07 A0000000031010, then the GPO answer (77 template), then the two records (70 templates).
            CollectionAssert.AreEqual(new byte[] { 0x4F, 0x07, 0xA0, 0x00, 0x00, 0x00, 0x03, 0x10, 0x10 }, payload.Take(9).ToArray());
            Assert.AreEqual(0x77, payload[9]);
            Assert.AreEqual(2, CountTopLevelTemplates(payload, 0x70));
        }

        [TestMethod]
        public void A_Mastercard_answering_in_format_1_is_read_from_its_records()
        {
            var rig = new ReaderRig();
            rig.Chip.PresentCard(EmvTestCard.Mastercard("5413330089020011"));

            CardRead read = rig.ReadCard();

            Assert.AreEqual("0011", read.Last4);
            Assert.AreEqual("Mastercard", read.BrandName);
            Assert.AreEqual(0x80, ReaderRig.Payload(read)[9]);
        }

        [TestMethod]
        public void A_UnionPay_card_is_named_UnionPay()
        {
            var rig = new ReaderRig();
            rig.Chip.PresentCard(EmvTestCard.UnionPay("6250941006528599"));

            CardRead read = rig.ReadCard();

            Assert.AreEqual("UnionPay", read.BrandName);
            Assert.AreEqual("8599", read.Last4);
        }

        [TestMethod]
        public void A_card_without_tag_5A_is_read_from_its_track_2_equivalent_data()
        {
            var rig = new ReaderRig();
            var card = new EmvTestCard("5413330089020011", new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x04, 0x10, 0x10 }, "MASTERCARD", GetProcessingOptionsFormat.Format1, withPanTag: false);
            rig.Chip.PresentCard(card);

            CardRead read = rig.ReadCard();

            Assert.AreEqual("0011", read.Last4);
            Assert.AreEqual(16, read.NumberLength);
        }

        [TestMethod]
        public void A_19_digit_card_number_is_masked_to_its_length()
        {
            var rig = new ReaderRig();
            rig.Chip.PresentCard(EmvTestCard.UnionPay("6212345678901234565"));

            CardRead read = rig.ReadCard();

            Assert.AreEqual("***************4565", read.MaskedNumber);
        }

        [TestMethod]
        public void The_terminal_data_asked_for_by_the_card_is_filled_in_get_processing_options()
        {
            var rig = new ReaderRig();
            EmvTestCard card = EmvTestCard.Visa();
            rig.Chip.PresentCard(card);

            rig.ReadCard();

            // 80 A8 00 00 16 83 14 | TTQ 22804000 | amount 000000000000 | UN 00000000 | currency 0156 | date 000000 | type 00
            byte[] command = card.LastProcessingOptionsCommand!;
            CollectionAssert.AreEqual(new byte[] { 0x80, 0xA8, 0x00, 0x00, 0x16, 0x83, 0x14, 0x22, 0x80, 0x40, 0x00 }, command.Take(11).ToArray());
            CollectionAssert.AreEqual(new byte[] { 0x01, 0x56 }, command.Skip(7 + 4 + 6 + 4).Take(2).ToArray());
        }

        [TestMethod]
        public void With_no_card_in_the_field_each_poll_answers_no_card_at_once()
        {
            var rig = new ReaderRig();

            for (int i = 0; i < 5; i++)
            {
                Assert.AreEqual(CardReadOutcome.NoCard, rig.Read(out CardRead? read));
                Assert.IsNull(read);
            }

            // One detection per poll, bounded by MxRtyPassiveActivation: two field polls of 5 ms each, not a wait for a card.
            Assert.AreEqual(5, rig.Chip.Commands.Count(code => code == 0x4A));
            Assert.IsTrue(rig.Clock.MonotonicMilliseconds < 5 * 20 + 100, "elapsed " + rig.Clock.MonotonicMilliseconds);
            Assert.AreEqual(0, rig.Reader.LinkCounters.Faults);
        }

        [TestMethod]
        public void A_card_left_on_the_reader_is_not_read_twice_until_it_is_tapped_again()
        {
            var rig = new ReaderRig();
            EmvTestCard card = EmvTestCard.Visa();
            rig.Chip.PresentCard(card);
            rig.ReadCard();

            Assert.AreEqual(CardReadOutcome.CardStillPresent, rig.Read(out CardRead? again));
            Assert.IsNull(again);
            Assert.AreEqual(CardReadOutcome.CardStillPresent, rig.Read(out _));

            rig.Chip.RemoveCard();
            Assert.AreEqual(CardReadOutcome.NoCard, rig.Read(out _));
            rig.Chip.PresentCard(card);
            Assert.AreEqual("0119", rig.ReadCard().Last4);
        }

        [TestMethod]
        public void A_card_is_released_after_its_read()
        {
            var rig = new ReaderRig();
            rig.Chip.PresentCard(EmvTestCard.Visa());

            rig.ReadCard();

            Assert.AreEqual(0x52, rig.Chip.Commands[^1]);
        }

        [TestMethod]
        public void A_MIFARE_Classic_transit_card_is_refused_and_must_leave_before_another_read()
        {
            var rig = new ReaderRig();
            EmvTestCard card = EmvTestCard.Visa();
            card.Sak = 0x08;
            rig.Chip.PresentCard(card);

            Assert.AreEqual(CardReadOutcome.CardNotSupported, rig.Read(out CardRead? read));
            Assert.IsNull(read);
            Assert.AreEqual(0, card.ApdusAnswered, "a card without ISO/IEC 14443-4 gets no APDU");
            Assert.AreEqual(CardReadOutcome.CardStillPresent, rig.Read(out _));
            Assert.AreEqual(string.Empty, CardReaderCauses.ForOutcome(CardReadOutcome.CardNotSupported));
        }

        [TestMethod]
        public void A_contactless_card_without_a_payment_application_is_refused()
        {
            var rig = new ReaderRig();
            EmvTestCard card = EmvTestCard.Visa();
            card.WithoutPaymentApplication = true;
            rig.Chip.PresentCard(card);

            Assert.AreEqual(CardReadOutcome.CardNotSupported, rig.Read(out CardRead? read));
            Assert.IsNull(read);
            Assert.AreEqual(1, card.ApdusAnswered);
        }

        [TestMethod]
        public void A_card_pulled_away_mid_read_asks_for_another_tap_and_keeps_nothing()
        {
            var rig = new ReaderRig();
            rig.Chip.PresentCard(EmvTestCard.Visa());
            rig.Chip.RemoveCardAfterApdus = 3;

            Assert.AreEqual(CardReadOutcome.CardReadFailed, rig.Read(out CardRead? read));
            Assert.IsNull(read);
            Assert.AreEqual(0, rig.Reader.LinkCounters.Faults, "a card leaving is not a link fault");
            Assert.AreEqual(CardReadOutcome.NoCard, rig.Read(out _));
        }

        [TestMethod]
        public void A_card_that_left_for_an_instant_is_read_on_the_next_poll_if_it_is_back()
        {
            var rig = new ReaderRig();
            EmvTestCard card = EmvTestCard.Visa();
            rig.Chip.PresentCard(card);
            rig.Chip.RemoveCardAfterApdus = 2;
            Assert.AreEqual(CardReadOutcome.CardReadFailed, rig.Read(out _));

            rig.Chip.PresentCard(card);

            Assert.AreEqual("0119", rig.ReadCard().Last4);
        }

        [TestMethod]
        public void A_card_with_malformed_records_is_refused_as_a_failed_read()
        {
            var rig = new ReaderRig();
            EmvTestCard card = EmvTestCard.Mastercard();
            card.CorruptRecords = true;
            rig.Chip.PresentCard(card);

            Assert.AreEqual(CardReadOutcome.CardReadFailed, rig.Read(out CardRead? read));
            Assert.IsNull(read);
            Assert.AreEqual(CardReadOutcome.CardStillPresent, rig.Read(out _));
        }

        [TestMethod]
        public void A_record_too_long_for_a_normal_frame_arrives_in_an_extended_frame_fetched_whole_after_a_NACK()
        {
            var rig = new ReaderRig();
            var card = new EmvTestCard("5413330089020011", new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x04, 0x10, 0x10 }, "MASTERCARD", GetProcessingOptionsFormat.Format1, largeRecordBytes: 245);
            rig.Chip.PresentCard(card);

            CardRead read = rig.ReadCard();

            // Sent twice: the first read takes its first 64 bytes, the resend after the NACK is read whole.
            var small = new ReaderRig();
            small.Chip.PresentCard(EmvTestCard.Mastercard());
            small.ReadCard();
            Assert.AreEqual(2, rig.Chip.ExtendedFramesSent);
            Assert.AreEqual(small.Chip.NegativeAcknowledgesReceived + 1, rig.Chip.NegativeAcknowledgesReceived);
            Assert.AreEqual(0, rig.Reader.LinkCounters.Faults, "a long response is not a fault");
            Assert.AreEqual(3, CountTopLevelTemplates(ReaderRig.Payload(read), 0x70));
        }

        [TestMethod]
        public void Records_that_do_not_fit_the_payload_are_left_out_but_the_card_is_still_read()
        {
            var rig = new ReaderRig(settings => settings.MaximumPayloadBytes = 128);
            var card = new EmvTestCard("5413330089020011", new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x04, 0x10, 0x10 }, "MASTERCARD", GetProcessingOptionsFormat.Format1, largeRecordBytes: 200);
            rig.Chip.PresentCard(card);

            CardRead read = rig.ReadCard();

            Assert.IsTrue(read.PayloadLength <= 128);
            Assert.AreEqual(2, CountTopLevelTemplates(ReaderRig.Payload(read), 0x70));
            Assert.AreEqual("0011", read.Last4);
        }

        [TestMethod]
        public void Without_the_IRQ_line_the_driver_polls_the_status_byte_and_reads_the_same()
        {
            var rig = new ReaderRig(withInterruptLine: false);
            rig.Chip.PresentCard(EmvTestCard.Visa());

            Assert.AreEqual("0119", rig.ReadCard().Last4);
            Assert.AreEqual(0, rig.Chip.InterruptLine.Reads);
        }

        [TestMethod]
        public void With_the_IRQ_line_the_bus_is_not_polled_while_the_chip_is_busy()
        {
            var withLine = new ReaderRig();
            var withoutLine = new ReaderRig(withInterruptLine: false);
            withLine.Chip.PresentCard(EmvTestCard.Visa());
            withoutLine.Chip.PresentCard(EmvTestCard.Visa());

            withLine.ReadCard();
            withoutLine.ReadCard();

            Assert.IsTrue(withLine.Chip.InterruptLine.Reads > 0);
            Assert.IsTrue(withLine.Chip.Transactions < withoutLine.Chip.Transactions / 2, withLine.Chip.Transactions + " vs " + withoutLine.Chip.Transactions);
        }

        [TestMethod]
        public void Start_up_resets_the_chip_then_configures_it_in_the_datasheet_order()
        {
            var rig = new ReaderRig();

            rig.Read(out _);

            Assert.AreEqual(1, rig.Chip.ResetPulses);
            Assert.AreEqual(rig.Settings.ResetPulseMilliseconds, rig.Chip.LastResetPulseMilliseconds);
            CollectionAssert.AreEqual(new byte[] { 0x14, 0x02, 0x32, 0x4A }, rig.Chip.Commands.ToArray());
            Assert.IsTrue(rig.Chip.SamConfigured);
        }

        [TestMethod]
        public void A_chip_that_misses_its_first_transfer_while_waking_is_started_anyway()
        {
            var rig = new ReaderRig();
            rig.Chip.MissedTransfersAfterPowerUp = 1;
            rig.Chip.PresentCard(EmvTestCard.Visa());

            Assert.AreEqual("0119", rig.ReadCard().Last4);
        }

        [TestMethod]
        public void The_mapping_to_the_app_keeps_what_the_host_request_needs()
        {
            // The mapping the README proposes for CardSale: last4, brand name, entry mode, base64 payload.
            var rig = new ReaderRig();
            rig.Chip.PresentCard(EmvTestCard.Visa());
            CardRead read = rig.ReadCard();

            string payload = Convert.ToBase64String(ReaderRig.Payload(read));
            read.Clear();

            Assert.IsTrue(payload.Length <= 1024, "ProtocolLimits.MaximumCardPayloadLength");
            Assert.IsTrue(Terminal.Core.Security.CardDataGuard.IsLastFourDigits(read.Last4));
            Assert.AreEqual(0, read.PayloadLength);
            Assert.ThrowsException<InvalidOperationException>(() => read.CopyPayloadTo(new byte[768], 0));
        }

        private static int CountTopLevelTemplates(byte[] payload, int tag)
        {
            var reader = new Terminal.Drivers.CardReader.Pn532.Emv.BerTlvReader();
            reader.Reset(payload, 0, payload.Length);
            int count = 0;
            while (reader.MoveNext())
            {
                if (reader.Tag == tag)
                {
                    count++;
                }
            }

            Assert.AreEqual(Terminal.Drivers.CardReader.Pn532.Emv.TlvError.None, reader.Error);
            return count;
        }
    }
}
