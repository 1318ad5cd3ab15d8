using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Drivers.Scanner.Gm65;
using Terminal.Hal.Scanner;
using Terminal.Hal.Simulated.Scanner;

namespace Terminal.Tests.Drivers.Scanner
{
    /// <summary>
    /// Property tests of the GM65 frame encoder and stream parser (CsCheck, fixed seeds, 10,000 cases each). The other
    /// side of each round trip is the emulator's own implementation, written apart from the driver's.
    /// </summary>
    [TestClass]
    public sealed class Gm65PropertyTests
    {
        private const int Cases = 10_000;
        private const int MaximumCode = 64;

        [TestMethod]
        public void Random_bytes_never_throw_and_everything_the_parser_accepts_is_well_formed_or_rejected_with_a_reason()
        {
            Gen.Byte.Array[0, 600].SampleSeeded(bytes =>
            {
                var parser = new Gm65StreamParser(MaximumCode);
                for (int index = 0; index < bytes.Length; index++)
                {
                    Gm65ParseResult result = parser.Feed(bytes[index]);
                    switch (result)
                    {
                        case Gm65ParseResult.Rejected:
                            Assert.AreNotEqual(ScanRejection.None, parser.Rejection);
                            break;
                        case Gm65ParseResult.Reply:
                            // Only a real frame with a good CRC: 02 00 00 Lens Datas CRC ending at this byte.
                            int length = parser.ReplyLength;
                            int start = index - (length + 5);
                            Assert.IsTrue(start >= 0);
                            Assert.AreEqual(0x02, bytes[start]);
                            Assert.AreEqual(0x00, bytes[start + 1]);
                            Assert.AreEqual(0x00, bytes[start + 2]);
                            Assert.AreEqual(length & 0xFF, bytes[start + 3]);
                            int crc = Gm65Emulator.Crc(bytes, start + 2, length + 2);
                            Assert.AreEqual(crc, (bytes[index - 1] << 8) | bytes[index]);
                            for (int data = 0; data < length; data++)
                            {
                                Assert.AreEqual(bytes[start + 4 + data], parser.ReplyByte(data));
                            }

                            break;
                        case Gm65ParseResult.Code:
                            // Only printable ASCII within the limit, ended by CR, and exactly the bytes before the CR.
                            string code = parser.CodeText();
                            Assert.AreEqual(0x0D, bytes[index]);
                            Assert.IsTrue(code.Length >= 1 && code.Length <= MaximumCode);
                            Assert.AreEqual(code, Encoding.ASCII.GetString(bytes, index - code.Length, code.Length));
                            Assert.IsTrue(code.All(c => c >= 0x20 && c <= 0x7E));
                            break;
                    }
                }
            }, iter: Cases, seed: "0N0XIzNsQ0Q1");
        }

        [TestMethod]
        public void Any_command_the_driver_encodes_is_decoded_identically_by_the_emulator()
        {
            Gen.Select(Gen.Int[0x07, 0x09], Gen.Int[0, 0xFFFF], Gen.Byte.Array[1, 256]).SampleSeeded((type, address, data) =>
            {
                var frame = new byte[data.Length + Gm65Codec.CommandOverhead + 3];
                int length = Gm65Codec.EncodeCommand((Gm65CommandType)type, address, data, 0, data.Length, frame, 3);
                Assert.AreEqual(data.Length + Gm65Codec.CommandOverhead, length);

                Assert.IsTrue(Gm65Emulator.TryDecodeCommand(frame.AsSpan(3, length).ToArray(), out int decodedType, out int decodedAddress, out byte[] decodedData));
                Assert.AreEqual(type, decodedType);
                Assert.AreEqual(address, decodedAddress);
                CollectionAssert.AreEqual(data, decodedData);
            }, iter: Cases, seed: "0N0XIzNsQ0Q2");
        }

        [TestMethod]
        public void Any_mix_of_replies_and_codes_on_one_line_comes_out_item_for_item_in_order()
        {
            Gen<Item> reply = Gen.Byte.Array[1, 256].Select(data => new Item(true, data, string.Empty));
            Gen<Item> code = Gen.String[Gen.Char[' ', '~'], 1, MaximumCode].Select(text => new Item(false, Array.Empty<byte>(), text));
            Gen.OneOf(reply, code).Array[1, 12].SampleSeeded(items =>
            {
                var line = new List<byte>();
                foreach (Item item in items)
                {
                    line.AddRange(item.IsReply ? Gm65Emulator.EncodeReply(item.Data) : Encoding.ASCII.GetBytes(item.Text + "\r"));
                }

                var parser = new Gm65StreamParser(MaximumCode);
                var seen = new List<Item>();
                foreach (byte value in line)
                {
                    Gm65ParseResult result = parser.Feed(value);
                    Assert.AreNotEqual(Gm65ParseResult.Rejected, result, "a well-formed line has nothing to reject");
                    if (result == Gm65ParseResult.Reply)
                    {
                        seen.Add(new Item(true, Enumerable.Range(0, parser.ReplyLength).Select(parser.ReplyByte).ToArray(), string.Empty));
                    }
                    else if (result == Gm65ParseResult.Code)
                    {
                        seen.Add(new Item(false, Array.Empty<byte>(), parser.CodeText()));
                    }
                }

                Assert.AreEqual(items.Length, seen.Count);
                for (int index = 0; index < items.Length; index++)
                {
                    Assert.AreEqual(items[index].IsReply, seen[index].IsReply);
                    Assert.AreEqual(items[index].Text, seen[index].Text);
                    CollectionAssert.AreEqual(items[index].Data, seen[index].Data);
                }
            }, iter: Cases, seed: "0N0XIzNsQ0Q3");
        }

        [TestMethod]
        public void A_reply_with_any_one_byte_of_its_type_data_or_crc_changed_is_rejected_never_accepted()
        {
            Gen.Select(Gen.Byte.Array[1, 256], Gen.Int, Gen.Byte[1, 255]).SampleSeeded((data, where, flip) =>
            {
                byte[] frame = Gm65Emulator.EncodeReply(data);

                // Type (2), data (4..) and CRC: a CRC-16 catches every error burst up to 16 bits long.
                int[] protectedPositions = new[] { 2 }.Concat(Enumerable.Range(4, frame.Length - 4)).ToArray();
                int position = protectedPositions[(int)((uint)where % protectedPositions.Length)];
                frame[position] ^= flip;

                var parser = new Gm65StreamParser(MaximumCode);
                bool rejected = false;
                foreach (byte value in frame)
                {
                    Gm65ParseResult result = parser.Feed(value);
                    Assert.AreNotEqual(Gm65ParseResult.Reply, result, "a corrupted reply must never be taken");
                    rejected |= result == Gm65ParseResult.Rejected;
                }

                Assert.IsTrue(rejected, "the corrupted reply is rejected with a reason, not silently swallowed");
            }, iter: Cases, seed: "0N0XIzNsQ0Q4");
        }

        [TestMethod]
        public void Random_noise_on_the_line_never_throws_in_the_driver_and_the_next_real_code_is_read_exactly()
        {
            Gen.Select(Gen.Byte.Array[0, 300], Gen.String[Gen.Char['0', '9'], 1, 30]).SampleSeeded((noise, code) =>
            {
                var rig = new ScannerRig(ScannerRig.Mode(Gm65ReadMode.Continuous));
                Assert.AreEqual(ScannerStatus.Ok, rig.Scanner.Start());
                Assert.AreEqual(ScannerStatus.Ok, rig.Scanner.Arm());

                rig.Port.SendToTerminal(noise);
                while (rig.Read() != null)
                {
                    // Noise that happens to be printable text ended by CR is a code to this layer; the host refuses it.
                }

                rig.Clock.Advance(rig.Settings.CodeGapMilliseconds + 1);
                Assert.AreEqual(ScannerStatus.Ok, rig.Scanner.Arm(), "the line still works after the noise");
                Assert.IsTrue(rig.Module.Scan(code));
                Assert.AreEqual(code, rig.Read());
            }, iter: Cases, seed: "0N0XIzNsQ0Q5");
        }

        private sealed record Item(bool IsReply, byte[] Data, string Text);
    }
}
