using System;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;

namespace Terminal.Tests.Core.Protocol
{
    [TestClass]
    public sealed class PaymentMessageTests
    {
        [TestMethod]
        public void The_spec_authorization_example_decodes()
        {
            byte[] body = ProtocolSamples.Utf8(ProtocolSamples.AuthorizeExample);

            PaymentRequest request = PaymentRequest.Decode(body, 0, body.Length);

            Assert.AreEqual(TransactionKind.Sale, request.Kind);
            Assert.AreEqual(PaymentMethod.Card, request.Method);
            Assert.AreEqual(1250L, request.AmountMinorUnits);
            Assert.AreEqual(156, request.CurrencyNumericCode);
            Assert.AreEqual(1795392000000L, request.CreatedUtcMilliseconds);
            Assert.AreEqual("ORD-20261123-000123", request.Reference);
            Assert.AreEqual("4242", request.CardLast4);
            Assert.AreEqual("UnionPay", request.CardBrand);
            Assert.AreEqual(CardEntryMode.Contactless, request.CardEntryMode);
            Assert.AreEqual("BASE64...", request.CardPayload);
            Assert.IsNull(request.QrCode);
        }

        [TestMethod]
        public void The_spec_payment_example_decodes()
        {
            byte[] body = ProtocolSamples.Utf8(ProtocolSamples.PaymentExample);

            PaymentResult payment = PaymentResult.Decode(body, 0, body.Length);

            Assert.AreEqual("T0001234-42", payment.Key);
            Assert.AreEqual(PaymentStatus.Approved, payment.Status);
            Assert.AreEqual("00", payment.ResponseCode);
            Assert.AreEqual("A1B2C3", payment.AuthorizationCode);
            Assert.AreEqual("HR8F3K2M9Q1Z", payment.HostReference);
            Assert.AreEqual(1795392001500L, payment.HostTimeUtcMilliseconds);
            Assert.IsNull(payment.QrContent);
            Assert.IsFalse(payment.HasExpiresUtc);
        }

        [TestMethod]
        public void A_card_sale_encodes_as_the_spec_shows_it()
        {
            string json = Encode(ProtocolSamples.CardSale());

            Assert.AreEqual(
                "{\"kind\":\"sale\",\"method\":\"card\",\"amountMinor\":1250,\"currency\":156,\"createdUtc\":1795392000000,"
                + "\"reference\":\"ORD-20261123-000123\",\"card\":{\"last4\":\"4242\",\"brand\":\"UnionPay\",\"entryMode\":\"contactless\","
                + "\"payload\":\"QkFTRTY0\"},\"qr\":null}",
                json);
        }

        [TestMethod]
        public void A_customer_presented_qr_sale_carries_the_scanned_code_and_no_card()
        {
            var request = new PaymentRequest
            {
                Kind = TransactionKind.Sale,
                Method = PaymentMethod.QrCustomerPresented,
                AmountMinorUnits = 990,
                CurrencyNumericCode = 156,
                CreatedUtcMilliseconds = 1795392000000,
                Reference = "ORD-1",
                QrCode = "284713985123456789",
            };

            string json = Encode(request);
            PaymentRequest back = PaymentRequest.Decode(ProtocolSamples.Utf8(json), 0, Encoding.UTF8.GetByteCount(json));

            StringAssert.Contains(json, "\"card\":null,\"qr\":{\"code\":\"284713985123456789\"}");
            Assert.AreEqual("284713985123456789", back.QrCode);
            Assert.IsNull(back.CardLast4);
        }

        [TestMethod]
        public void A_pending_qr_order_round_trips_with_its_code_and_expiry()
        {
            var payment = new PaymentResult
            {
                Key = "T0001234-57",
                Status = PaymentStatus.Pending,
                HostTimeUtcMilliseconds = 1795392000000,
                QrContent = "https://qr.example/pay?o=57&t=支付",
                HasExpiresUtc = true,
                ExpiresUtcMilliseconds = 1795392300000,
            };

            byte[] body = EncodeBytes(payment);
            PaymentResult back = PaymentResult.Decode(body, 0, body.Length);

            Assert.AreEqual(PaymentStatus.Pending, back.Status);
            Assert.AreEqual(payment.QrContent, back.QrContent);
            Assert.IsTrue(back.HasExpiresUtc);
            Assert.AreEqual(1795392300000L, back.ExpiresUtcMilliseconds);
            Assert.IsNull(back.ResponseCode);
        }

        [TestMethod]
        [DataRow("key")]
        [DataRow("status")]
        [DataRow("hostTimeUtc")]
        public void A_payment_without_a_required_member_is_refused_naming_it(string member)
        {
            string json = RemoveMember(ProtocolSamples.PaymentExample, member);

            ProtocolException e = RefusePayment(json, ProtocolError.MissingMember);

            Assert.AreEqual(member, e.Member);
            StringAssert.Contains(e.Message, "'" + member + "'");
        }

        [TestMethod]
        [DataRow("responseCode")]
        [DataRow("authorizationCode")]
        [DataRow("hostReference")]
        [DataRow("qrContent")]
        [DataRow("expiresUtc")]
        public void A_payment_without_an_optional_member_reads_it_as_null(string member)
        {
            string json = RemoveMember(ProtocolSamples.PaymentExample, member);
            byte[] body = ProtocolSamples.Utf8(json);

            PaymentResult payment = PaymentResult.Decode(body, 0, body.Length);

            Assert.AreEqual("T0001234-42", payment.Key);
        }

        [TestMethod]
        [DataRow("refunded")]
        [DataRow("APPROVED")]
        [DataRow("")]
        public void A_payment_with_an_unknown_status_is_refused(string status)
        {
            string json = ProtocolSamples.PaymentJson("T0001234-42", status);

            ProtocolException e = RefusePayment(json, ProtocolError.UnexpectedValue);

            Assert.AreEqual("status", e.Member);
        }

        [TestMethod]
        public void Unknown_members_of_any_shape_are_ignored()
        {
            string json = ProtocolSamples.PaymentExample.Replace(
                "\"key\"",
                "\"extra\":{\"nested\":[1,\"two\",{\"three\":null}],\"n\":-5},\"flag\":true,\"key\"",
                StringComparison.Ordinal);
            byte[] body = ProtocolSamples.Utf8(json);

            Assert.AreEqual(PaymentStatus.Approved, PaymentResult.Decode(body, 0, body.Length).Status);
        }

        [TestMethod]
        public void A_member_that_appears_twice_is_refused()
        {
            string json = ProtocolSamples.PaymentExample.Replace("\"key\"", "\"status\":\"declined\",\"key\"", StringComparison.Ordinal);

            ProtocolException e = RefusePayment(json, ProtocolError.Malformed);

            Assert.AreEqual("status", e.Member);
        }

        [TestMethod]
        public void A_member_of_the_wrong_type_is_unexpected()
        {
            string json = ProtocolSamples.PaymentExample.Replace("1795392001500", "\"1795392001500\"", StringComparison.Ordinal);

            ProtocolException e = RefusePayment(json, ProtocolError.UnexpectedValue);

            Assert.AreEqual("hostTimeUtc", e.Member);
        }

        [TestMethod]
        public void An_identifier_longer_than_the_spec_allows_is_oversized()
        {
            string json = ProtocolSamples.PaymentExample.Replace("HR8F3K2M9Q1Z", new string('R', 33), StringComparison.Ordinal);

            ProtocolException e = RefusePayment(json, ProtocolError.Oversized);

            Assert.AreEqual("hostReference", e.Member);
        }

        [TestMethod]
        public void An_identifier_that_is_not_printable_ascii_is_unexpected()
        {
            string json = ProtocolSamples.PaymentExample.Replace("A1B2C3", "A1\\u0007", StringComparison.Ordinal);

            ProtocolException e = RefusePayment(json, ProtocolError.UnexpectedValue);

            Assert.AreEqual("authorizationCode", e.Member);
        }

        [TestMethod]
        public void A_body_over_4096_bytes_is_oversized_before_it_is_parsed()
        {
            string json = ProtocolSamples.PaymentExample.TrimEnd() + new string(' ', 4096);

            RefusePayment(json, ProtocolError.Oversized);
        }

        [TestMethod]
        public void Data_after_the_payment_object_is_malformed()
        {
            RefusePayment(ProtocolSamples.PaymentExample + " {}", ProtocolError.Malformed);
        }

        [TestMethod]
        public void A_payment_that_is_not_an_object_is_unexpected()
        {
            RefusePayment("[]", ProtocolError.UnexpectedValue);
            RefusePayment("\"approved\"", ProtocolError.UnexpectedValue);
        }

        [TestMethod]
        public void A_card_payment_without_its_card_is_refused()
        {
            string json = ProtocolSamples.AuthorizeExample.Replace(
                "{ \"last4\": \"4242\", \"brand\": \"UnionPay\", \"entryMode\": \"contactless\", \"payload\": \"BASE64...\" }",
                "null",
                StringComparison.Ordinal);

            ProtocolException e = RefuseRequest(json, ProtocolError.MissingMember);

            Assert.AreEqual("card", e.Member);
        }

        [TestMethod]
        public void A_qr_payment_with_a_card_is_refused()
        {
            string json = ProtocolSamples.AuthorizeExample.Replace("\"method\": \"card\"", "\"method\": \"qr-merchant\"", StringComparison.Ordinal);

            ProtocolException e = RefuseRequest(json, ProtocolError.UnexpectedValue);

            Assert.AreEqual("card", e.Member);
        }

        [TestMethod]
        [DataRow("\"entryMode\": \"contactless\"", "\"entryMode\": \"swipe\"", "entryMode")]
        [DataRow("\"kind\": \"sale\"", "\"kind\": \"void\"", "kind")]
        [DataRow("\"method\": \"card\"", "\"method\": \"cash\"", "method")]
        [DataRow("\"currency\": 156", "\"currency\": 1000", "currency")]
        [DataRow("\"amountMinor\": 1250", "\"amountMinor\": 0", "amountMinor")]
        [DataRow("\"last4\": \"4242\"", "\"last4\": \"42a2\"", "last4")]
        public void An_authorization_with_a_value_the_spec_does_not_define_is_unexpected(string from, string to, string member)
        {
            string json = ProtocolSamples.AuthorizeExample.Replace(from, to, StringComparison.Ordinal);

            ProtocolException e = RefuseRequest(json, ProtocolError.UnexpectedValue);

            Assert.AreEqual(member, e.Member);
        }

        [TestMethod]
        public void A_full_card_number_is_never_encoded_into_a_request()
        {
            PaymentRequest request = ProtocolSamples.CardSale();
            request.Reference = "6222021234567894";

            ArgumentException e = Assert.ThrowsException<ArgumentException>(() => Encode(request));

            StringAssert.Contains(e.Message, "card number");
        }

        [TestMethod]
        public void A_full_card_number_in_a_received_request_is_refused()
        {
            string json = ProtocolSamples.AuthorizeExample.Replace("ORD-20261123-000123", "6222021234567894", StringComparison.Ordinal);

            ProtocolException e = RefuseRequest(json, ProtocolError.UnexpectedValue);

            Assert.AreEqual("reference", e.Member);
        }

        [TestMethod]
        public void An_invalid_request_is_a_programming_error_when_encoding()
        {
            PaymentRequest noCard = ProtocolSamples.CardSale();
            noCard.CardLast4 = null;
            PaymentRequest freeSale = ProtocolSamples.CardSale();
            freeSale.AmountMinorUnits = 0;

            Assert.ThrowsException<ArgumentException>(() => Encode(noCard));
            Assert.ThrowsException<ArgumentException>(() => Encode(freeSale));
        }

        [TestMethod]
        public void Every_status_has_its_own_text_and_parses_back()
        {
            string[] texts = { "approved", "declined", "pending", "reversed", "closed" };
            PaymentStatus[] statuses = { PaymentStatus.Approved, PaymentStatus.Declined, PaymentStatus.Pending, PaymentStatus.Reversed, PaymentStatus.Closed };

            for (int i = 0; i < texts.Length; i++)
            {
                Assert.AreEqual(texts[i], ProtocolNames.StatusText(statuses[i]));
                Assert.IsTrue(ProtocolNames.TryParseStatus(texts[i], out PaymentStatus parsed));
                Assert.AreEqual(statuses[i], parsed);
            }

            Assert.IsFalse(ProtocolNames.TryParseStatus("Approved", out _));
            Assert.ThrowsException<ArgumentException>(() => ProtocolNames.StatusText((PaymentStatus)9));
        }

        internal static string RemoveMember(string json, string member)
        {
            int start = json.IndexOf("\"" + member + "\"", StringComparison.Ordinal);
            int end = json.IndexOf('\n', start);
            string line = json.Substring(start, end - start);
            string without = json.Remove(start, line.Length);
            return line.EndsWith(',') ? without : without.Remove(without.LastIndexOf(',', start), 1);
        }

        private static string Encode(PaymentRequest request) => Encoding.UTF8.GetString(EncodeBytes(request));

        private static byte[] EncodeBytes(PaymentRequest request)
        {
            byte[] buffer = new byte[4096];
            return buffer.AsSpan(0, request.Encode(buffer, 0, buffer.Length)).ToArray();
        }

        private static byte[] EncodeBytes(PaymentResult payment)
        {
            byte[] buffer = new byte[4096];
            return buffer.AsSpan(0, payment.Encode(buffer, 0, buffer.Length)).ToArray();
        }

        private static ProtocolException RefusePayment(string json, ProtocolError error)
        {
            byte[] body = ProtocolSamples.Utf8(json);
            ProtocolException e = Assert.ThrowsException<ProtocolException>(() => PaymentResult.Decode(body, 0, body.Length));
            Assert.AreEqual(error, e.Error, e.Message);
            return e;
        }

        private static ProtocolException RefuseRequest(string json, ProtocolError error)
        {
            byte[] body = ProtocolSamples.Utf8(json);
            ProtocolException e = Assert.ThrowsException<ProtocolException>(() => PaymentRequest.Decode(body, 0, body.Length));
            Assert.AreEqual(error, e.Error, e.Message);
            return e;
        }
    }
}
