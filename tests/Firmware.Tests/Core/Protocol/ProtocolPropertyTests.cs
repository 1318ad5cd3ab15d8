using System;
using System.Linq;
using System.Text;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Core.Protocol;

namespace Terminal.Tests.Core.Protocol
{
    /// <summary>
    /// Property tests of every decoder (CsCheck, fixed seeds): whatever arrives, a decoder either returns a
    /// message the encoders accept or throws <see cref="ProtocolException"/>; nothing else ever escapes.
    /// </summary>
    [TestClass]
    public sealed class ProtocolPropertyTests
    {
        private const int Cases = 10_000;

        private static readonly string[] KnownMembers =
        {
            "key", "status", "responseCode", "authorizationCode", "hostReference", "hostTimeUtc", "qrContent", "expiresUtc",
            "kind", "method", "amountMinor", "currency", "createdUtc", "reference", "card", "qr", "last4", "brand", "entryMode",
            "payload", "code", "paymentKey", "late", "terminalTimeUtc", "accepted", "cursor", "notifications", "id", "batch",
            "fromUtc", "toUtc", "totals", "count", "hostTotals", "serverTimeUtc", "minimumFirmware", "latestFirmware", "error",
            "message",
        };

        private static readonly string[] KnownTexts =
        {
            "approved", "declined", "pending", "reversed", "closed", "sale", "refund", "card", "qr-merchant", "qr-customer",
            "contactless", "chip", "magstripe", "settled", "mismatch", "ok", "1.0.0", "4242", "T1-1", "", "x",
        };

        // ---- (a) arbitrary input into every decoder ----

        [TestMethod]
        public void Random_bytes_into_any_decoder_give_a_message_or_a_protocol_exception_only()
        {
            Gen.Byte.Array[0, 600].SampleSeeded(bytes =>
            {
                foreach (MessageCodec codec in ProtocolSamples.Codecs)
                {
                    DecodeOrRefuse(codec, bytes);
                }
            }, iter: Cases, seed: "0N0XIzNsQ0O4");
        }

        [TestMethod]
        public void Random_text_in_the_json_alphabet_into_any_decoder_gives_a_message_or_a_protocol_exception_only()
        {
            Gen.String[Gen.Char["{}[]\":,0123456789-.eE truefalsn\\u/\t\r\nabcé中😀"], 0, 300].SampleSeeded(text =>
            {
                byte[] bytes = Encoding.UTF8.GetBytes(text);
                foreach (MessageCodec codec in ProtocolSamples.Codecs)
                {
                    DecodeOrRefuse(codec, bytes);
                }
            }, iter: Cases, seed: "0N0XIzNsQ0O5");
        }

        [TestMethod]
        public void Random_json_built_from_protocol_member_names_into_any_decoder_gives_a_message_or_a_protocol_exception_only()
        {
            Gen.Int.SampleSeeded(seed =>
            {
                byte[] bytes = Encoding.UTF8.GetBytes(RandomJson(new Random(seed)));
                foreach (MessageCodec codec in ProtocolSamples.Codecs)
                {
                    DecodeOrRefuse(codec, bytes);
                }
            }, iter: Cases, seed: "0N0XIzNsQ0O6");
        }

        [TestMethod]
        public void The_host_client_never_throws_whatever_status_and_body_come_back()
        {
            Gen.Select(Gen.Int[100, 999], Gen.Int[0, 3], Gen.Byte.Array[0, 300], Gen.Int).SampleSeeded((status, shape, noise, seed) =>
            {
                byte[] body = shape switch
                {
                    0 => noise,
                    1 => Encoding.UTF8.GetBytes(RandomJson(new Random(seed))),
                    2 => Encoding.UTF8.GetBytes(ProtocolSamples.PaymentJson("T1-1", "approved")),
                    _ => Encoding.UTF8.GetBytes("{\"error\":\"request_in_progress\"}"),
                };
                var link = new FakeHttpLink();
                var client = new HostClient(link, HostClientTests.Settings());
                for (int i = 0; i < 8; i++)
                {
                    link.Answer(status, body);
                }

                HostReply[] replies =
                {
                    client.Authorize("T1-1", ProtocolSamples.CardSale()), client.Inquire("T1-1"), client.Close("T1-1", "T1-2"),
                    client.Reverse("T1-1", "T1-3"), client.UploadResult("T1-4", ProtocolSamples.Upload()), client.PollNotifications("c"),
                    client.Settle("T1-5", ProtocolSamples.Settlement()), client.Echo(),
                };
                foreach (HostReply reply in replies)
                {
                    Assert.AreEqual(status, reply.StatusCode);
                    Assert.AreEqual(reply.IsAnswered, reply.NoAnswerReason == NoAnswerReason.None);
                    if (reply.Advice == HostReplyAdvice.Success)
                    {
                        Assert.IsTrue(status >= 200 && status <= 299);
                    }
                }
            }, iter: Cases, seed: "0N0XIzNsQ0O7");
        }

        // ---- (b) valid messages, mutated ----

        [TestMethod]
        public void Every_strict_prefix_of_a_valid_message_is_refused()
        {
            // 2,000 messages cut at every length: several hundred thousand truncated cases.
            ProtocolSamples.AnyEncodedMessage.SampleSeeded(sample =>
            {
                for (int length = 0; length < sample.Body.Length; length++)
                {
                    byte[] prefix = sample.Body.AsSpan(0, length).ToArray();
                    Assert.ThrowsException<ProtocolException>(() => sample.Codec.DecodeAll(prefix), sample.Codec.Name + " cut at " + length);
                }
            }, iter: 2_000, seed: "0N0XIzNsQ0O8");
        }

        [TestMethod]
        public void A_valid_message_with_one_byte_changed_decodes_to_a_valid_message_or_is_refused()
        {
            Gen.Select(ProtocolSamples.AnyEncodedMessage, Gen.Int[0, int.MaxValue], Gen.Byte).SampleSeeded((sample, where, value) =>
            {
                byte[] mutated = (byte[])sample.Body.Clone();
                mutated[where % mutated.Length] = value;
                DecodeOrRefuse(sample.Codec, mutated);
            }, iter: Cases, seed: "0N0XIzNsQ0O9");
        }

        [TestMethod]
        public void A_valid_message_with_one_bit_flipped_decodes_to_a_valid_message_or_is_refused()
        {
            Gen.Select(ProtocolSamples.AnyEncodedMessage, Gen.Int[0, int.MaxValue], Gen.Int[0, 7]).SampleSeeded((sample, where, bit) =>
            {
                byte[] mutated = (byte[])sample.Body.Clone();
                mutated[where % mutated.Length] ^= (byte)(1 << bit);
                DecodeOrRefuse(sample.Codec, mutated);
            }, iter: Cases, seed: "0N0XIzNsQ0OA");
        }

        [TestMethod]
        public void A_valid_message_with_garbage_inserted_decodes_to_a_valid_message_or_is_refused()
        {
            Gen.Select(ProtocolSamples.AnyEncodedMessage, Gen.Int[0, int.MaxValue], Gen.Byte.Array[1, 16]).SampleSeeded((sample, where, garbage) =>
            {
                int at = where % (sample.Body.Length + 1);
                byte[] mutated = sample.Body.Take(at).Concat(garbage).Concat(sample.Body.Skip(at)).ToArray();
                DecodeOrRefuse(sample.Codec, mutated);
            }, iter: Cases, seed: "0N0XIzNsQ0OB");
        }

        [TestMethod]
        public void A_nested_member_decodes_unchanged_within_the_depth_limit_and_is_oversized_beyond_it()
        {
            Gen.Select(ProtocolSamples.AnyEncodedMessage, Gen.Int[1, 40], Gen.Bool).SampleSeeded((sample, depth, objects) =>
            {
                string open = objects ? "{\"d\":" : "[";
                string close = objects ? "}" : "]";
                string nested = string.Concat(Enumerable.Repeat(open, depth)) + "0" + string.Concat(Enumerable.Repeat(close, depth));
                byte[] mutated = InsertMember(sample.Body, "bomb", nested);

                // The message itself is one level deep.
                if (depth + 1 > ProtocolLimits.MaximumDepth || mutated.Length > ProtocolLimits.MaximumBodyBytes)
                {
                    ProtocolException e = Assert.ThrowsException<ProtocolException>(() => sample.Codec.DecodeAll(mutated));
                    Assert.AreEqual(ProtocolError.Oversized, e.Error, e.Message);
                }
                else
                {
                    AssertDecodesTo(sample.Codec, mutated, sample.Body);
                }
            }, iter: Cases, seed: "0N0XIzNsQ0OC");
        }

        [TestMethod]
        public void A_number_past_the_long_range_is_oversized_even_in_an_ignored_member()
        {
            Gen.Select(ProtocolSamples.AnyEncodedMessage, Gen.String[Gen.Char['0', '9'], 20, 60], Gen.Bool).SampleSeeded((sample, digits, negative) =>
            {
                string huge = (negative ? "-9" : "9") + digits;
                byte[] mutated = InsertMember(sample.Body, "huge", huge);

                ProtocolException e = Assert.ThrowsException<ProtocolException>(() => sample.Codec.DecodeAll(mutated));
                Assert.AreEqual(ProtocolError.Oversized, e.Error, e.Message);
            }, iter: Cases, seed: "0N0XIzNsQ0OD");
        }

        [TestMethod]
        public void An_overlong_string_is_oversized_and_a_long_one_within_limits_is_ignored()
        {
            Gen.Select(ProtocolSamples.AnyEncodedMessage, Gen.Int[1, 3000]).SampleSeeded((sample, length) =>
            {
                byte[] mutated = InsertMember(sample.Body, "long", "\"" + new string('s', length) + "\"");

                if (length > ProtocolLimits.MaximumCardPayloadLength || mutated.Length > ProtocolLimits.MaximumBodyBytes)
                {
                    ProtocolException e = Assert.ThrowsException<ProtocolException>(() => sample.Codec.DecodeAll(mutated));
                    Assert.AreEqual(ProtocolError.Oversized, e.Error, e.Message);
                }
                else
                {
                    AssertDecodesTo(sample.Codec, mutated, sample.Body);
                }
            }, iter: Cases, seed: "0N0XIzNsQ0OE");
        }

        // ---- (c) round trips ----

        [TestMethod]
        public void Every_encoded_message_decodes_and_reencodes_to_the_same_bytes()
        {
            ProtocolSamples.AnyEncodedMessage.SampleSeeded(sample =>
            {
                AssertDecodesTo(sample.Codec, sample.Body, sample.Body);
            }, iter: Cases, seed: "0N0XIzNsQ0OF");
        }

        [TestMethod]
        public void Payment_objects_round_trip_member_by_member()
        {
            ProtocolSamples.PaymentResults().SampleSeeded(payment =>
            {
                byte[] buffer = new byte[ProtocolLimits.MaximumBodyBytes];
                int length = payment.Encode(buffer, 0, buffer.Length);
                PaymentResult back = PaymentResult.Decode(buffer, 0, length);

                Assert.AreEqual(payment.Key, back.Key);
                Assert.AreEqual(payment.Status, back.Status);
                Assert.AreEqual(payment.ResponseCode, back.ResponseCode);
                Assert.AreEqual(payment.AuthorizationCode, back.AuthorizationCode);
                Assert.AreEqual(payment.HostReference, back.HostReference);
                Assert.AreEqual(payment.HostTimeUtcMilliseconds, back.HostTimeUtcMilliseconds);
                Assert.AreEqual(payment.QrContent, back.QrContent);
                Assert.AreEqual(payment.HasExpiresUtc, back.HasExpiresUtc);
                Assert.AreEqual(payment.ExpiresUtcMilliseconds, back.ExpiresUtcMilliseconds);
            }, iter: Cases, seed: "0N0XIzNsQ0OG");
        }

        [TestMethod]
        public void Authorization_requests_round_trip_member_by_member()
        {
            ProtocolSamples.PaymentRequests().SampleSeeded(request =>
            {
                byte[] buffer = new byte[ProtocolLimits.MaximumBodyBytes];
                int length = request.Encode(buffer, 0, buffer.Length);
                PaymentRequest back = PaymentRequest.Decode(buffer, 0, length);

                Assert.AreEqual(request.Kind, back.Kind);
                Assert.AreEqual(request.Method, back.Method);
                Assert.AreEqual(request.AmountMinorUnits, back.AmountMinorUnits);
                Assert.AreEqual(request.CurrencyNumericCode, back.CurrencyNumericCode);
                Assert.AreEqual(request.CreatedUtcMilliseconds, back.CreatedUtcMilliseconds);
                Assert.AreEqual(request.Reference, back.Reference);
                Assert.AreEqual(request.CardLast4, back.CardLast4);
                Assert.AreEqual(request.CardBrand, back.CardBrand);
                Assert.AreEqual(request.CardPayload, back.CardPayload);
                Assert.AreEqual(request.QrCode, back.QrCode);
            }, iter: Cases, seed: "0N0XIzNsQ0OH");
        }

        private static void DecodeOrRefuse(MessageCodec codec, byte[] bytes)
        {
            object message;
            try
            {
                message = codec.DecodeAll(bytes);
            }
            catch (ProtocolException)
            {
                return;
            }

            // Whatever a decoder accepts, the encoder accepts too, and it is stable through another round.
            byte[] again = codec.Encode(message);
            CollectionAssert.AreEqual(again, codec.Encode(codec.DecodeAll(again)), codec.Name);
        }

        private static void AssertDecodesTo(MessageCodec codec, byte[] body, byte[] expectedEncoding)
        {
            CollectionAssert.AreEqual(expectedEncoding, codec.Encode(codec.DecodeAll(body)), codec.Name);
        }

        // Inserts "name":value as the first member of the body's root object.
        private static byte[] InsertMember(byte[] body, string name, string value)
        {
            byte[] member = Encoding.UTF8.GetBytes("\"" + name + "\":" + value + ",");
            return body.Take(1).Concat(member).Concat(body.Skip(1)).ToArray();
        }

        private static string RandomJson(Random random)
        {
            var sb = new StringBuilder();
            WriteObject(sb, random, 0);
            return sb.ToString();
        }

        private static void WriteObject(StringBuilder sb, Random random, int depth)
        {
            sb.Append('{');
            int members = random.Next(0, 10);
            for (int i = 0; i < members; i++)
            {
                if (i > 0)
                {
                    sb.Append(',');
                }

                string name = random.Next(8) == 0 ? "x" + random.Next(100) : KnownMembers[random.Next(KnownMembers.Length)];
                sb.Append('"').Append(name).Append("\":");
                WriteValue(sb, random, depth + 1);
            }

            sb.Append('}');
        }

        private static void WriteValue(StringBuilder sb, Random random, int depth)
        {
            switch (random.Next(depth < 4 ? 9 : 7))
            {
                case 0:
                    sb.Append("null");
                    break;
                case 1:
                    sb.Append(random.Next(2) == 0 ? "true" : "false");
                    break;
                case 2:
                    long[] numbers = { 0, 1, -1, 17, 156, 1250, 1795392000000, long.MaxValue, long.MinValue, random.NextInt64() };
                    sb.Append(numbers[random.Next(numbers.Length)]);
                    break;
                case 3:
                case 4:
                case 5:
                    sb.Append('"').Append(KnownTexts[random.Next(KnownTexts.Length)]).Append('"');
                    break;
                case 6:
                    sb.Append('"').Append(new string('k', random.Next(0, 70))).Append('"');
                    break;
                case 7:
                    WriteObject(sb, random, depth);
                    break;
                default:
                    sb.Append('[');
                    int items = random.Next(0, 4);
                    for (int i = 0; i < items; i++)
                    {
                        if (i > 0)
                        {
                            sb.Append(',');
                        }

                        if (random.Next(2) == 0)
                        {
                            WriteObject(sb, random, depth + 1);
                        }
                        else
                        {
                            WriteValue(sb, random, depth + 1);
                        }
                    }

                    sb.Append(']');
                    break;
            }
        }
    }
}
