using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Core.Protocol;
using Terminal.Hal.Network;

namespace Terminal.Tests.Core.Protocol
{
    [TestClass]
    public sealed class HostClientTests
    {
        private const string Key = "T0001234-42";

        private FakeHttpLink _link = null!;
        private HostClient _client = null!;

        [TestInitialize]
        public void Start()
        {
            _link = new FakeHttpLink();
            _client = new HostClient(_link, Settings());
        }

        [TestMethod]
        public void An_authorization_is_posted_with_the_identity_headers_and_the_payment_key()
        {
            _link.Answer(200, ProtocolSamples.PaymentJson(Key, "approved"));

            HostReply reply = _client.Authorize(Key, ProtocolSamples.CardSale());

            FakeHttpLink.SentRequest sent = _link.Last;
            Assert.AreEqual("POST", sent.Method);
            Assert.AreEqual("/v1/payments", sent.Path);
            Assert.AreEqual("T0001234", sent.Headers["X-Terminal-Id"]);
            Assert.AreEqual("M000987", sent.Headers["X-Merchant-Id"]);
            Assert.AreEqual("1.4.2", sent.Headers["X-Firmware-Version"]);
            Assert.AreEqual(Key, sent.Headers["Idempotency-Key"]);
            Assert.AreEqual("application/json", sent.Headers["Content-Type"]);
            Assert.AreEqual(15000, sent.TimeoutMilliseconds);
            StringAssert.StartsWith(sent.BodyText, "{\"kind\":\"sale\",\"method\":\"card\",\"amountMinor\":1250");
            Assert.IsTrue(reply.IsAnswered);
            Assert.AreEqual(HostReplyAdvice.Success, reply.Advice);
            Assert.AreEqual(200, reply.StatusCode);
            Assert.AreEqual(PaymentStatus.Approved, reply.Payment!.Status);
            Assert.IsNull(reply.Error);
        }

        [TestMethod]
        public void A_retried_authorization_sends_the_same_bytes_under_the_same_key()
        {
            _link.Fail(LinkFailure.Timeout).Answer(200, ProtocolSamples.PaymentJson(Key, "approved"));

            _client.Authorize(Key, ProtocolSamples.CardSale());
            _client.Authorize(Key, ProtocolSamples.CardSale());

            CollectionAssert.AreEqual(_link.Sent[0].Body, _link.Sent[1].Body);
            Assert.AreEqual(_link.Sent[0].Headers["Idempotency-Key"], _link.Sent[1].Headers["Idempotency-Key"]);
        }

        [TestMethod]
        public void An_inquiry_is_a_get_without_a_body_or_idempotency_key()
        {
            _link.Answer(200, ProtocolSamples.PaymentJson(Key, "declined"));

            HostReply reply = _client.Inquire(Key);

            Assert.AreEqual("GET", _link.Last.Method);
            Assert.AreEqual("/v1/payments/T0001234-42", _link.Last.Path);
            Assert.IsNull(_link.Last.Body);
            Assert.IsFalse(_link.Last.Headers.ContainsKey("Idempotency-Key"));
            Assert.AreEqual("T0001234", _link.Last.Headers["X-Terminal-Id"]);
            Assert.AreEqual(PaymentStatus.Declined, reply.Payment!.Status);
        }

        [TestMethod]
        public void Not_found_to_an_inquiry_is_not_found()
        {
            _link.Answer(404, "{\"error\":\"not_found\"}");

            HostReply reply = _client.Inquire(Key);

            Assert.IsTrue(reply.IsAnswered);
            Assert.AreEqual(HostReplyAdvice.NotFound, reply.Advice);
            Assert.AreEqual(ErrorBody.NotFound, reply.Error!.Error);
            Assert.IsNull(reply.Payment);
        }

        [TestMethod]
        public void Not_found_to_a_reversal_is_unexpected()
        {
            _link.Answer(404, "{\"error\":\"not_found\"}");

            Assert.AreEqual(HostReplyAdvice.Unexpected, _client.Reverse(Key, "T0001234-43").Advice);
        }

        [TestMethod]
        public void A_close_posts_an_empty_object_under_the_close_records_key()
        {
            _link.Answer(200, ProtocolSamples.PaymentJson(Key, "closed"));

            HostReply reply = _client.Close(Key, "T0001234-50");

            Assert.AreEqual("/v1/payments/T0001234-42/close", _link.Last.Path);
            Assert.AreEqual("{}", _link.Last.BodyText);
            Assert.AreEqual("T0001234-50", _link.Last.Headers["Idempotency-Key"]);
            Assert.AreEqual(PaymentStatus.Closed, reply.Payment!.Status);
        }

        [TestMethod]
        public void A_close_answered_approved_keeps_the_approval()
        {
            _link.Answer(200, ProtocolSamples.PaymentJson(Key, "approved"));

            HostReply reply = _client.Close(Key, "T0001234-50");

            Assert.AreEqual(HostReplyAdvice.Success, reply.Advice);
            Assert.AreEqual(PaymentStatus.Approved, reply.Payment!.Status);
        }

        [TestMethod]
        public void A_reversal_posts_to_the_payments_reversal_path()
        {
            _link.Answer(200, ProtocolSamples.PaymentJson(Key, "reversed"));

            HostReply reply = _client.Reverse(Key, "T0001234-43");

            Assert.AreEqual("POST", _link.Last.Method);
            Assert.AreEqual("/v1/payments/T0001234-42/reversal", _link.Last.Path);
            Assert.AreEqual("T0001234-43", _link.Last.Headers["Idempotency-Key"]);
            Assert.AreEqual(PaymentStatus.Reversed, reply.Payment!.Status);
        }

        [TestMethod]
        public void Keys_are_percent_encoded_in_paths()
        {
            _link.Answer(200, ProtocolSamples.PaymentJson("T 1/2", "approved"));

            _client.Inquire("T 1/2");

            Assert.AreEqual("/v1/payments/T%201%2F2", _link.Last.Path);
        }

        [TestMethod]
        public void An_answer_about_another_payment_counts_as_no_answer()
        {
            _link.Answer(200, ProtocolSamples.PaymentJson("T0001234-41", "approved"));

            HostReply reply = _client.Inquire(Key);

            Assert.IsFalse(reply.IsAnswered);
            Assert.AreEqual(NoAnswerReason.Undecodable, reply.NoAnswerReason);
            Assert.IsNull(reply.Payment);
            StringAssert.Contains(reply.Detail, "T0001234-41");
        }

        [TestMethod]
        public void A_result_upload_is_acknowledged()
        {
            _link.Answer(200, ProtocolSamples.AcknowledgementExample);

            HostReply reply = _client.UploadResult("T0001234-44", ProtocolSamples.Upload());

            Assert.AreEqual("/v1/results", _link.Last.Path);
            Assert.AreEqual("T0001234-44", _link.Last.Headers["Idempotency-Key"]);
            StringAssert.StartsWith(_link.Last.BodyText, "{\"paymentKey\":\"T0001234-42\"");
            Assert.IsTrue(reply.Acknowledgement!.Accepted);
        }

        [TestMethod]
        public void Notifications_are_polled_after_the_cursor()
        {
            _link.Answer(200, ProtocolSamples.NotificationsExample).Answer(200, ProtocolSamples.NotificationsExample);

            HostReply first = _client.PollNotifications(null!);
            HostReply next = _client.PollNotifications(first.Notifications!.Cursor);

            Assert.AreEqual("/v1/notifications", _link.Sent[0].Path);
            Assert.AreEqual("/v1/notifications?after=1843", _link.Sent[1].Path);
            Assert.AreEqual("GET", _link.Sent[1].Method);
            Assert.AreEqual("N-1842", next.Notifications!.Notifications[0].Id);
        }

        [TestMethod]
        public void A_settlement_answer_for_another_batch_counts_as_no_answer()
        {
            _link.Answer(200, ProtocolSamples.SettledExample).Answer(200, "{\"status\":\"settled\",\"batch\":16}");

            HostReply settled = _client.Settle("T0001234-60", ProtocolSamples.Settlement());
            HostReply other = _client.Settle("T0001234-60", ProtocolSamples.Settlement());

            Assert.AreEqual("/v1/settlements", _link.Sent[0].Path);
            Assert.AreEqual(SettlementStatus.Settled, settled.Settlement!.Status);
            Assert.AreEqual(NoAnswerReason.Undecodable, other.NoAnswerReason);
        }

        [TestMethod]
        public void The_echo_reports_the_host_clock_and_firmware()
        {
            _link.Answer(200, ProtocolSamples.EchoExample);

            HostReply reply = _client.Echo();

            Assert.AreEqual("GET", _link.Last.Method);
            Assert.AreEqual("/v1/echo", _link.Last.Path);
            Assert.AreEqual(1795392000000L, reply.Echo!.ServerTimeUtcMilliseconds);
            Assert.AreEqual("1.2.0", reply.Echo.LatestFirmware);
        }

        [TestMethod]
        [DataRow(409, "request_in_progress")]
        [DataRow(429, "busy")]
        [DataRow(500, "unavailable")]
        [DataRow(502, "unavailable")]
        [DataRow(503, "unavailable")]
        public void In_progress_busy_and_unavailable_mean_retry_later(int status, string error)
        {
            _link.Answer(status, "{\"error\":\"" + error + "\",\"message\":\"later\"}");

            HostReply reply = _client.Authorize(Key, ProtocolSamples.CardSale());

            Assert.IsTrue(reply.IsAnswered);
            Assert.AreEqual(HostReplyAdvice.RetryLater, reply.Advice);
            Assert.IsTrue(reply.ShouldRetryLater);
            Assert.AreEqual(status, reply.StatusCode);
            Assert.AreEqual(error, reply.Error!.Error);
            Assert.AreEqual(error + ": later", reply.Detail);
        }

        [TestMethod]
        public void A_409_with_another_error_is_unexpected()
        {
            _link.Answer(409, "{\"error\":\"conflict\"}");

            Assert.AreEqual(HostReplyAdvice.Unexpected, _client.Authorize(Key, ProtocolSamples.CardSale()).Advice);
        }

        [TestMethod]
        [DataRow(400, "malformed")]
        [DataRow(422, "idempotency_key_reused")]
        public void Malformed_and_reused_keys_are_terminal_bugs_never_retried(int status, string error)
        {
            _link.Answer(status, "{\"error\":\"" + error + "\"}");

            HostReply reply = _client.Authorize(Key, ProtocolSamples.CardSale());

            Assert.AreEqual(HostReplyAdvice.Bug, reply.Advice);
            Assert.IsFalse(reply.ShouldRetryLater);
        }

        [TestMethod]
        [DataRow(401)]
        [DataRow(403)]
        public void An_unknown_terminal_is_a_configuration_error(int status)
        {
            _link.Answer(status, "{\"error\":\"unknown_terminal\"}");

            HostReply reply = _client.Echo();

            Assert.AreEqual(HostReplyAdvice.ConfigurationError, reply.Advice);
            Assert.AreEqual("SW-CONFIG", reply.CauseId);
        }

        [TestMethod]
        [DataRow(LinkFailure.Timeout, NoAnswerReason.Timeout)]
        [DataRow(LinkFailure.ConnectionFailed, NoAnswerReason.ConnectionFailed)]
        [DataRow(LinkFailure.NoNetwork, NoAnswerReason.NoNetwork)]
        [DataRow(LinkFailure.ResponseTooLarge, NoAnswerReason.Oversized)]
        public void Link_failures_are_no_answer_to_retry_later(LinkFailure failure, NoAnswerReason reason)
        {
            _link.Fail(failure, "what the link saw");

            HostReply reply = _client.Authorize(Key, ProtocolSamples.CardSale());

            Assert.IsFalse(reply.IsAnswered);
            Assert.AreEqual(reason, reply.NoAnswerReason);
            Assert.AreEqual(HostReplyAdvice.RetryLater, reply.Advice);
            Assert.AreEqual(0, reply.StatusCode);
            Assert.AreEqual("what the link saw", reply.Detail);
            Assert.IsNull(reply.Payment);
        }

        [TestMethod]
        public void A_response_over_4096_bytes_is_refused_not_truncated()
        {
            _link.Answer(200, new byte[4097]);

            Assert.AreEqual(NoAnswerReason.Oversized, _client.Inquire(Key).NoAnswerReason);
        }

        [TestMethod]
        public void An_unknown_status_is_no_answer_rather_than_a_decline()
        {
            _link.Answer(200, ProtocolSamples.PaymentJson(Key, "refunded"));

            HostReply reply = _client.Authorize(Key, ProtocolSamples.CardSale());

            Assert.IsFalse(reply.IsAnswered);
            Assert.AreEqual(NoAnswerReason.Undecodable, reply.NoAnswerReason);
            Assert.AreEqual(ProtocolError.UnexpectedValue, reply.DecodeError);
            Assert.AreEqual(200, reply.StatusCode);
            StringAssert.Contains(reply.Detail, "'status' has unknown value 'refunded'");
            Assert.IsTrue(reply.ShouldRetryLater);
        }

        [TestMethod]
        [DataRow(200, "{\"key\":\"T0001234-42\",\"status\":\"appr")]
        [DataRow(200, "<html>ok</html>")]
        [DataRow(200, "")]
        [DataRow(200, "{\"status\":\"approved\",\"hostTimeUtc\":1}")]
        [DataRow(502, "<html>Bad Gateway</html>")]
        [DataRow(404, "")]
        public void A_response_that_does_not_decode_is_no_answer_with_the_reason(int status, string body)
        {
            _link.Answer(status, body);

            HostReply reply = _client.Inquire(Key);

            Assert.IsFalse(reply.IsAnswered);
            Assert.AreEqual(NoAnswerReason.Undecodable, reply.NoAnswerReason);
            Assert.AreEqual(status, reply.StatusCode);
            StringAssert.StartsWith(reply.Detail, "HTTP " + status + ": ");
        }

        [TestMethod]
        public void Programming_errors_throw_and_field_conditions_do_not()
        {
            Assert.ThrowsException<ArgumentException>(() => _client.Authorize(null!, ProtocolSamples.CardSale()));
            Assert.ThrowsException<ArgumentNullException>(() => _client.Authorize(Key, null!));
            Assert.ThrowsException<ArgumentException>(() => _client.Inquire(new string('k', 65)));
            Assert.ThrowsException<ArgumentException>(() => _client.PollNotifications(new string('c', 33)));
            PaymentRequest free = ProtocolSamples.CardSale();
            free.AmountMinorUnits = 0;
            Assert.ThrowsException<ArgumentException>(() => _client.Authorize(Key, free));
            Assert.AreEqual(0, _link.Sent.Count, "nothing invalid reaches the wire");

            _link.ReturnsNull = true;
            Assert.ThrowsException<InvalidOperationException>(() => _client.Echo());
        }

        [TestMethod]
        public void Invalid_settings_are_refused_at_construction()
        {
            HostClientSettings noTerminal = Settings();
            noTerminal.TerminalId = string.Empty;
            HostClientSettings badVersion = Settings();
            badVersion.FirmwareVersion = "1.4";
            HostClientSettings noTimeout = Settings();
            noTimeout.TimeoutMilliseconds = 0;

            Assert.ThrowsException<ArgumentException>(() => new HostClient(_link, noTerminal));
            Assert.ThrowsException<ArgumentException>(() => new HostClient(_link, badVersion));
            Assert.ThrowsException<ArgumentException>(() => new HostClient(_link, noTimeout));
            Assert.ThrowsException<ArgumentNullException>(() => new HostClient(null!, Settings()));
        }

        internal static HostClientSettings Settings() => new HostClientSettings
        {
            TerminalId = "T0001234",
            MerchantId = "M000987",
            FirmwareVersion = "1.4.2",
            TimeoutMilliseconds = 15000,
        };
    }
}
