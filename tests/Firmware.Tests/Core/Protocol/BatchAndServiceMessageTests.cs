using System;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;

namespace Terminal.Tests.Core.Protocol
{
    [TestClass]
    public sealed class BatchAndServiceMessageTests
    {
        [TestMethod]
        public void The_spec_result_upload_example_decodes()
        {
            ResultUpload upload = Decode(ProtocolSamples.ResultUploadExample, ResultUpload.Decode);

            Assert.AreEqual("T0001234-42", upload.PaymentKey);
            Assert.AreEqual(PaymentStatus.Approved, upload.Status);
            Assert.AreEqual(1250L, upload.AmountMinorUnits);
            Assert.AreEqual(156, upload.CurrencyNumericCode);
            Assert.AreEqual(PaymentMethod.Card, upload.Method);
            Assert.AreEqual("4242", upload.Last4);
            Assert.AreEqual("HR8F3K2M9Q1Z", upload.HostReference);
            Assert.IsFalse(upload.IsLate);
            Assert.AreEqual(1795392002000L, upload.TerminalTimeUtcMilliseconds);
        }

        [TestMethod]
        public void A_late_qr_result_uploads_without_card_digits()
        {
            ResultUpload upload = ProtocolSamples.Upload();
            upload.Method = PaymentMethod.QrMerchantPresented;
            upload.Last4 = null;
            upload.IsLate = true;

            string json = Encode(upload.Encode);

            StringAssert.Contains(json, "\"method\":\"qr-merchant\",\"last4\":null");
            StringAssert.Contains(json, "\"late\":true");
            Assert.IsTrue(Decode(json, ResultUpload.Decode).IsLate);
        }

        [TestMethod]
        public void A_pending_result_is_never_uploaded()
        {
            ResultUpload upload = ProtocolSamples.Upload();
            upload.Status = PaymentStatus.Pending;

            Assert.ThrowsException<ArgumentException>(() => Encode(upload.Encode));
            Refuse(ProtocolSamples.ResultUploadExample.Replace("\"approved\"", "\"pending\"", StringComparison.Ordinal), ResultUpload.Decode, ProtocolError.UnexpectedValue, "status");
        }

        [TestMethod]
        [DataRow("paymentKey")]
        [DataRow("late")]
        [DataRow("terminalTimeUtc")]
        public void A_result_upload_without_a_required_member_is_refused(string member)
        {
            string json = "{" + string.Join(",", Members(ProtocolSamples.ResultUploadExample, member)) + "}";

            Refuse(json, ResultUpload.Decode, ProtocolError.MissingMember, member);
        }

        [TestMethod]
        public void The_spec_acknowledgement_decodes_and_requires_accepted()
        {
            Assert.IsTrue(Decode(ProtocolSamples.AcknowledgementExample, UploadAcknowledgement.Decode).Accepted);
            Refuse("{}", UploadAcknowledgement.Decode, ProtocolError.MissingMember, "accepted");
            Refuse("{\"accepted\":\"yes\"}", UploadAcknowledgement.Decode, ProtocolError.UnexpectedValue, "accepted");
        }

        [TestMethod]
        public void The_spec_notifications_example_decodes()
        {
            NotificationBatch batch = Decode(ProtocolSamples.NotificationsExample, NotificationBatch.Decode);

            Assert.AreEqual("1843", batch.Cursor);
            Assert.AreEqual(1, batch.Notifications.Length);
            Assert.AreEqual("N-1842", batch.Notifications[0].Id);
            Assert.AreEqual("T0001234-57", batch.Notifications[0].PaymentKey);
            Assert.AreEqual(PaymentStatus.Approved, batch.Notifications[0].Status);
            Assert.AreEqual("HR...", batch.Notifications[0].HostReference);
        }

        [TestMethod]
        public void An_empty_batch_decodes_to_no_notifications()
        {
            NotificationBatch batch = Decode("{\"cursor\":\"1\",\"notifications\":[]}", NotificationBatch.Decode);

            Assert.AreEqual(0, batch.Notifications.Length);
        }

        [TestMethod]
        public void A_notification_with_an_unknown_status_refuses_the_whole_batch()
        {
            string json = ProtocolSamples.NotificationsExample.Replace("\"approved\"", "\"settled\"", StringComparison.Ordinal);

            Refuse(json, NotificationBatch.Decode, ProtocolError.UnexpectedValue, "status");
        }

        [TestMethod]
        public void A_batch_without_its_cursor_or_list_is_refused()
        {
            Refuse("{\"notifications\":[]}", NotificationBatch.Decode, ProtocolError.MissingMember, "cursor");
            Refuse("{\"cursor\":\"7\"}", NotificationBatch.Decode, ProtocolError.MissingMember, "notifications");
            Refuse("{\"cursor\":\"7\",\"notifications\":[{\"id\":\"N-1\",\"status\":\"closed\"}]}", NotificationBatch.Decode, ProtocolError.MissingMember, "paymentKey");
        }

        [TestMethod]
        public void A_batch_too_large_for_the_body_limit_is_oversized()
        {
            // The smallest notification takes 45 bytes: more than the item limit cannot fit 4096 bytes.
            string item = "{\"id\":\"a\",\"paymentKey\":\"b\",\"status\":\"closed\"}";
            string json = "{\"cursor\":\"c\",\"notifications\":[" + string.Join(",", System.Linq.Enumerable.Repeat(item, ProtocolLimits.MaximumNotifications + 1)) + "]}";

            Assert.AreEqual(45, item.Length);
            Refuse(json, NotificationBatch.Decode, ProtocolError.Oversized, null);
        }

        [TestMethod]
        public void The_spec_settlement_example_decodes()
        {
            SettlementRequest request = Decode(ProtocolSamples.SettlementExample, SettlementRequest.Decode);

            Assert.AreEqual(17L, request.Batch);
            Assert.AreEqual(1795305600000L, request.FromUtcMilliseconds);
            Assert.AreEqual(1795392000000L, request.ToUtcMilliseconds);
            Assert.AreEqual(2, request.Totals.Length);
            Assert.AreEqual(PaymentMethod.QrMerchantPresented, request.Totals[1].Method);
            Assert.AreEqual(TransactionKind.Sale, request.Totals[1].Kind);
            Assert.AreEqual(12L, request.Totals[1].Count);
            Assert.AreEqual(95000L, request.Totals[1].AmountMinorUnits);
        }

        [TestMethod]
        public void More_totals_lines_than_the_limit_are_oversized()
        {
            string line = "{\"method\":\"card\",\"kind\":\"sale\",\"count\":1,\"amountMinor\":1}";
            string json = "{\"batch\":1,\"fromUtc\":0,\"toUtc\":0,\"totals\":[" + string.Join(",", System.Linq.Enumerable.Repeat(line, 17)) + "]}";

            Refuse(json, SettlementRequest.Decode, ProtocolError.Oversized, "totals");
        }

        [TestMethod]
        public void A_settlement_that_ends_before_it_starts_is_unexpected()
        {
            string json = ProtocolSamples.SettlementExample.Replace("\"toUtc\": 1795392000000", "\"toUtc\": 1795305599999", StringComparison.Ordinal);

            Refuse(json, SettlementRequest.Decode, ProtocolError.UnexpectedValue, "toUtc");
        }

        [TestMethod]
        public void The_spec_settled_and_mismatch_answers_decode()
        {
            SettlementResult settled = Decode(ProtocolSamples.SettledExample, SettlementResult.Decode);
            SettlementResult mismatch = Decode(ProtocolSamples.MismatchExample, SettlementResult.Decode);

            Assert.AreEqual(SettlementStatus.Settled, settled.Status);
            Assert.AreEqual(17L, settled.Batch);
            Assert.AreEqual(0, settled.HostTotals.Length);
            Assert.AreEqual(SettlementStatus.Mismatch, mismatch.Status);
            Assert.AreEqual(800000L, mismatch.HostTotals[0].AmountMinorUnits);
        }

        [TestMethod]
        public void A_mismatch_without_host_totals_is_refused()
        {
            Refuse("{\"status\":\"mismatch\",\"batch\":17}", SettlementResult.Decode, ProtocolError.MissingMember, "hostTotals");
            Refuse("{\"status\":\"partial\",\"batch\":17}", SettlementResult.Decode, ProtocolError.UnexpectedValue, "status");
        }

        [TestMethod]
        public void The_spec_echo_example_decodes()
        {
            EchoResult echo = Decode(ProtocolSamples.EchoExample, EchoResult.Decode);

            Assert.AreEqual(1795392000000L, echo.ServerTimeUtcMilliseconds);
            Assert.AreEqual("1.0.0", echo.MinimumFirmware);
            Assert.AreEqual("1.2.0", echo.LatestFirmware);
        }

        [TestMethod]
        [DataRow("\"status\": \"ok\"", "\"status\": \"degraded\"", "status")]
        [DataRow("\"1.2.0\"", "\"1.2\"", "latestFirmware")]
        [DataRow("\"1.0.0\"", "\"v1.0.0\"", "minimumFirmware")]
        public void An_echo_with_an_unexpected_value_is_refused(string from, string to, string member)
        {
            string json = ProtocolSamples.EchoExample.Replace(from, to, StringComparison.Ordinal);

            Refuse(json, EchoResult.Decode, ProtocolError.UnexpectedValue, member);
        }

        [TestMethod]
        public void Error_bodies_decode_with_or_without_a_message()
        {
            ErrorBody full = Decode(ProtocolSamples.ErrorExample, ErrorBody.Decode);
            ErrorBody bare = Decode("{\"error\":\"busy\"}", ErrorBody.Decode);

            Assert.AreEqual(ErrorBody.NotFound, full.Error);
            Assert.AreEqual("no authorization under this key", full.Message);
            Assert.AreEqual(ErrorBody.Busy, bare.Error);
            Assert.IsNull(bare.Message);
            Refuse("{\"message\":\"x\"}", ErrorBody.Decode, ProtocolError.MissingMember, "error");
        }

        [TestMethod]
        [DataRow("authorization", ProtocolSamples.AuthorizeExample)]
        [DataRow("payment", ProtocolSamples.PaymentExample)]
        [DataRow("result upload", ProtocolSamples.ResultUploadExample)]
        [DataRow("upload acknowledgement", ProtocolSamples.AcknowledgementExample)]
        [DataRow("notifications", ProtocolSamples.NotificationsExample)]
        [DataRow("settlement", ProtocolSamples.SettlementExample)]
        [DataRow("settlement result", ProtocolSamples.SettledExample)]
        [DataRow("settlement result", ProtocolSamples.MismatchExample)]
        [DataRow("echo", ProtocolSamples.EchoExample)]
        [DataRow("error", ProtocolSamples.ErrorExample)]
        public void Every_spec_example_reencodes_to_a_body_that_decodes_to_the_same_message(string codecName, string example)
        {
            MessageCodec codec = System.Linq.Enumerable.Single(ProtocolSamples.Codecs, c => c.Name == codecName);
            byte[] body = codec.Encode(codec.DecodeAll(ProtocolSamples.Utf8(example)));

            CollectionAssert.AreEqual(body, codec.Encode(codec.DecodeAll(body)));
        }

        internal static T Decode<T>(string json, Func<byte[], int, int, T> decode)
        {
            byte[] body = ProtocolSamples.Utf8(json);
            return decode(body, 0, body.Length);
        }

        internal static string Encode(Func<byte[], int, int, int> encode)
        {
            byte[] buffer = new byte[4096];
            int length = encode(buffer, 0, buffer.Length);
            return Encoding.UTF8.GetString(buffer, 0, length);
        }

        private static void Refuse<T>(string json, Func<byte[], int, int, T> decode, ProtocolError error, string? member)
        {
            byte[] body = ProtocolSamples.Utf8(json);
            ProtocolException e = Assert.ThrowsException<ProtocolException>(() => decode(body, 0, body.Length));
            Assert.AreEqual(error, e.Error, e.Message);
            Assert.AreEqual(member, e.Member, e.Message);
        }

        private static string[] Members(string json, string without)
        {
            // The upload example is flat and has no commas inside values.
            string inner = json.Trim().TrimStart('{').TrimEnd('}');
            return System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Where(
                System.Linq.Enumerable.Select(inner.Split(','), m => m.Trim()),
                m => !m.StartsWith("\"" + without + "\"", StringComparison.Ordinal)));
        }
    }
}
