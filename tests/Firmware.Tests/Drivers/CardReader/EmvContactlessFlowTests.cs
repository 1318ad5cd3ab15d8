using System;
using System.Linq;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Drivers.CardReader.Pn532.Emv;
using Terminal.Hal.CardReader;
using Terminal.Hal.Simulated.CardReader;

namespace Terminal.Tests.Drivers.CardReader
{
    /// <summary>The EMV flow alone, over an APDU channel without a reader: what it does with hostile or broken card answers.</summary>
    [TestClass]
    public sealed class EmvContactlessFlowTests
    {
        private const int Cases = 10_000;

        [TestMethod]
        public void A_test_card_answered_directly_is_read()
        {
            EmvContactlessFlow flow = NewFlow();
            EmvTestCard card = EmvTestCard.Visa();

            Assert.AreEqual(EmvReadResult.Success, flow.Read(new CardChannel(card)));
            Assert.AreEqual("0119", flow.Last4);
            Assert.AreEqual(CardBrand.Visa, flow.Brand);
            Assert.AreEqual(5, card.ApdusAnswered, "SELECT PPSE, SELECT AID, GET PROCESSING OPTIONS, two READ RECORD");
        }

        [TestMethod]
        public void A_card_whose_AFL_names_too_many_records_is_refused_before_it_keeps_the_reader_busy()
        {
            // SELECT PPSE, SELECT AID, then a format 1 GPO answer whose AFL names 31 records of SFI 1.
            int commands = 0;
            var channel = new ScriptedChannel(command =>
            {
                commands++;
                if (command[1] == 0xA4 && command[5] == 0x32)
                {
                    return Ok(EmvTestCard.Tlv(0x6F, EmvTestCard.Tlv(0xA5, EmvTestCard.Tlv(0xBF0C, EmvTestCard.Tlv(0x61, EmvTestCard.Tlv(0x4F, new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x03, 0x10, 0x10 }))))));
                }

                if (command[1] == 0xA4)
                {
                    return Ok(EmvTestCard.Tlv(0x6F, EmvTestCard.Tlv(0x84, new byte[] { 0xA0, 0x00, 0x00, 0x00, 0x03, 0x10, 0x10 })));
                }

                if (command[1] == 0xA8)
                {
                    return Ok(EmvTestCard.Tlv(0x80, new byte[] { 0x00, 0x00, 0x08, 0x01, 0x1F, 0x00 }));
                }

                return Ok(EmvTestCard.Tlv(0x70, EmvTestCard.Tlv(0x5F20, new byte[] { 0x41 })));
            });

            Assert.AreEqual(EmvReadResult.CardDataInvalid, NewFlow().Read(channel));
            Assert.AreEqual(3 + EmvContactlessFlow.MaximumRecords, commands);
        }

        [TestMethod]
        public void The_flow_never_throws_on_random_card_answers_and_succeeds_only_with_a_card_number()
        {
            Gen.Select(Gen.Byte.Array[0, 262].Array[1, 8], Gen.Int[0, 9]).SampleSeeded((answers, lostAt) =>
            {
                int next = 0;
                var channel = new ScriptedChannel(_ =>
                {
                    int index = next++;
                    if (index == lostAt)
                    {
                        return (ApduExchangeResult.CardLost, Array.Empty<byte>());
                    }

                    return (ApduExchangeResult.Ok, answers[index % answers.Length]);
                });

                EmvContactlessFlow flow = NewFlow();
                EmvReadResult result = flow.Read(channel);
                Assert.IsTrue(Enum.IsDefined(result));
                if (result == EmvReadResult.Success)
                {
                    Assert.AreEqual(4, flow.Last4.Length);
                    Assert.IsTrue(flow.NumberLength >= 12 && flow.NumberLength <= 19);
                }
            }, iter: Cases, seed: "0N0XIzNsQ1E1");
        }

        [TestMethod]
        public void The_flow_never_throws_when_one_byte_of_a_real_cards_answers_is_damaged()
        {
            Gen.Select(Gen.Int[0, 5], Gen.Int[0, int.MaxValue], Gen.Byte[1, 255], Gen.Bool).SampleSeeded((which, where, flip, visa) =>
            {
                EmvTestCard card = visa ? EmvTestCard.Visa() : EmvTestCard.Mastercard();
                int index = 0;
                var channel = new ScriptedChannel(command =>
                {
                    byte[] answer = card.Respond(command);
                    if (index++ == which && answer.Length > 0)
                    {
                        answer[where % answer.Length] ^= flip;
                    }

                    return (ApduExchangeResult.Ok, answer);
                });

                EmvContactlessFlow flow = NewFlow();
                EmvReadResult result = flow.Read(channel);
                if (result == EmvReadResult.Success)
                {
                    Assert.IsTrue(flow.NumberLength >= 12 && flow.NumberLength <= 19);
                }
            }, iter: Cases, seed: "0N0XIzNsQ1E2");
        }

        [TestMethod]
        public void The_flow_keeps_no_digit_of_the_card_number_after_a_read()
        {
            EmvContactlessFlow flow = NewFlow();
            flow.Read(new CardChannel(EmvTestCard.Visa()));

            byte[] digits = (byte[])typeof(EmvContactlessFlow).GetField("_digits", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(flow)!;
            Assert.IsTrue(digits.All(d => d == 0));
        }

        private static EmvContactlessFlow NewFlow() => new EmvContactlessFlow(new byte[] { 0x22, 0x80, 0x40, 0x00 }, 156, 156, CardRead.MaximumPayloadBytes);

        private static (ApduExchangeResult, byte[]) Ok(byte[] data) => (ApduExchangeResult.Ok, data.Concat(new byte[] { 0x90, 0x00 }).ToArray());

        private sealed class CardChannel : IApduChannel
        {
            private readonly EmvTestCard card;

            public CardChannel(EmvTestCard card) => this.card = card;

            public ApduExchangeResult Transmit(byte[] command, int offset, int count, byte[] response, out int responseLength)
            {
                byte[] answer = card.Respond(command.Skip(offset).Take(count).ToArray());
                answer.CopyTo(response, 0);
                responseLength = answer.Length;
                return ApduExchangeResult.Ok;
            }
        }

        private sealed class ScriptedChannel : IApduChannel
        {
            private readonly Func<byte[], (ApduExchangeResult, byte[])> answer;

            public ScriptedChannel(Func<byte[], (ApduExchangeResult, byte[])> answer) => this.answer = answer;

            public ApduExchangeResult Transmit(byte[] command, int offset, int count, byte[] response, out int responseLength)
            {
                (ApduExchangeResult result, byte[] data) = answer(command.Skip(offset).Take(count).ToArray());
                int length = Math.Min(data.Length, response.Length);
                Array.Copy(data, response, length);
                responseLength = length;
                return result;
            }
        }
    }
}
