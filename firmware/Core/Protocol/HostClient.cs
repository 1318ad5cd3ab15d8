using System;
using Terminal.Hal.Network;

namespace Terminal.Core.Protocol
{
    /// <summary>
    /// The terminal's side of the host protocol (docs/host-protocol.md), one method per operation,
    /// over an <see cref="IHttpLink"/>. Each call sends one request and returns a
    /// <see cref="HostReply"/>: an answer, or no answer with the reason. It never throws for a field
    /// condition (no network, timeout, refused connection, an error status, a response that does not
    /// decode); only for programming errors (a null or invalid argument, a request that breaks the
    /// protocol's rules or does not fit its 4096 bytes), with <see cref="ArgumentException"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Every request carries <c>X-Terminal-Id</c>, <c>X-Merchant-Id</c>, <c>X-Firmware-Version</c> and
    /// <c>Accept: application/json</c>; every POST also <c>Content-Type: application/json</c> and
    /// <c>Idempotency-Key</c>. A retry must use the same key and an equal request, so that the host
    /// replays its stored answer instead of processing twice.
    /// </para>
    /// <para>
    /// An answer to a payment operation is checked to be about the payment asked for, and a
    /// settlement answer about the batch sent; anything else counts as undecodable (no answer).
    /// Close and reversal send the body <c>{}</c> (the spec defines no body for them).
    /// </para>
    /// <para>
    /// Buffers for one request and one response (4096 bytes each) are allocated once. The client is
    /// not thread-safe: one owner calls it, one call at a time. A reply's messages are new objects the
    /// caller may keep.
    /// </para>
    /// </remarks>
    public sealed class HostClient
    {
        private const string Payments = "/v1/payments";
        private const string JsonMediaType = "application/json";

        private readonly IHttpLink _link;
        private readonly int _timeoutMilliseconds;
        private readonly byte[] _requestBuffer = new byte[ProtocolLimits.MaximumBodyBytes];
        private readonly byte[] _responseBuffer = new byte[ProtocolLimits.MaximumBodyBytes];
        private readonly JsonWriter _writer = new JsonWriter();
        private readonly string[] _getHeaderNames;
        private readonly string[] _getHeaderValues;
        private readonly string[] _postHeaderNames;
        private readonly string[] _postHeaderValues;

        /// <summary>Creates a client.</summary>
        /// <param name="link">The HTTP link to the host; the client does not own or dispose it.</param>
        /// <param name="settings">The terminal's identity and the timeout; read once, here.</param>
        /// <exception cref="ArgumentException">The link is null or a setting is invalid.</exception>
        public HostClient(IHttpLink link, HostClientSettings settings)
        {
            if (link == null)
            {
                throw new ArgumentNullException("link");
            }

            if (settings == null)
            {
                throw new ArgumentNullException("settings");
            }

            ProtocolText.ThrowIfInvalid(ProtocolText.IdentifierProblem("terminal id", settings.TerminalId, ProtocolLimits.MaximumIdentifierLength, false, false));
            ProtocolText.ThrowIfInvalid(ProtocolText.IdentifierProblem("merchant id", settings.MerchantId, ProtocolLimits.MaximumIdentifierLength, false, false));
            if (!ProtocolText.IsVersion(settings.FirmwareVersion))
            {
                throw new ArgumentException("firmware version must be major.minor.patch");
            }

            if (settings.TimeoutMilliseconds < 1)
            {
                throw new ArgumentException("timeout must be at least 1 ms");
            }

            _link = link;
            _timeoutMilliseconds = settings.TimeoutMilliseconds;
            _getHeaderNames = new string[] { "X-Terminal-Id", "X-Merchant-Id", "X-Firmware-Version", "Accept" };
            _getHeaderValues = new string[] { settings.TerminalId, settings.MerchantId, settings.FirmwareVersion, JsonMediaType };
            _postHeaderNames = new string[] { "X-Terminal-Id", "X-Merchant-Id", "X-Firmware-Version", "Accept", "Content-Type", "Idempotency-Key" };
            _postHeaderValues = new string[] { settings.TerminalId, settings.MerchantId, settings.FirmwareVersion, JsonMediaType, JsonMediaType, string.Empty };
        }

        private enum Operation
        {
            Payment = 1,
            Inquiry = 2,
            Upload = 3,
            Notifications = 4,
            Settlement = 5,
            Echo = 6,
            Diagnostics = 7,
        }

        /// <summary>Asks the host to authorize a payment: <c>POST /v1/payments</c>.</summary>
        /// <param name="key">The payment's key (its intent's idempotency key), 1..64 printable ASCII; the Idempotency-Key.</param>
        /// <param name="request">The request.</param>
        /// <returns>On success, <see cref="HostReply.Payment"/>; otherwise the error or why there is no answer.</returns>
        /// <exception cref="ArgumentException">The key or the request is invalid.</exception>
        public HostReply Authorize(string key, PaymentRequest request)
        {
            CheckKey(key, "key");
            if (request == null)
            {
                throw new ArgumentNullException("request");
            }

            int length = request.Encode(_requestBuffer, 0, _requestBuffer.Length);
            return Post(Operation.Payment, Payments, key, length, key, 0);
        }

        /// <summary>Asks for a payment's status: <c>GET /v1/payments/{key}</c>.</summary>
        /// <param name="key">The payment's key.</param>
        /// <returns>On success, <see cref="HostReply.Payment"/>; <see cref="HostReplyAdvice.NotFound"/> for a 404 <c>not_found</c>.</returns>
        /// <exception cref="ArgumentException">The key is invalid.</exception>
        public HostReply Inquire(string key)
        {
            CheckKey(key, "key");
            return Get(Operation.Inquiry, Payments + "/" + Escape(key), key);
        }

        /// <summary>Asks the host to close a pending QR order: <c>POST /v1/payments/{key}/close</c>.</summary>
        /// <param name="paymentKey">The payment's key.</param>
        /// <param name="closeKey">The close record's own key (the Idempotency-Key), new per close record.</param>
        /// <returns>On success, <see cref="HostReply.Payment"/> as it stands after the close: closed, or approved if the customer paid first.</returns>
        /// <exception cref="ArgumentException">A key is invalid.</exception>
        public HostReply Close(string paymentKey, string closeKey)
        {
            CheckKey(paymentKey, "paymentKey");
            CheckKey(closeKey, "closeKey");
            return Post(Operation.Payment, Payments + "/" + Escape(paymentKey) + "/close", closeKey, EncodeEmptyObject(), paymentKey, 0);
        }

        /// <summary>Asks the host to undo an authorization: <c>POST /v1/payments/{key}/reversal</c>.</summary>
        /// <param name="paymentKey">The payment's key.</param>
        /// <param name="reversalKey">The reversal record's key (the Idempotency-Key).</param>
        /// <returns>On success, <see cref="HostReply.Payment"/>: reversed, declined or closed (a burned key).</returns>
        /// <exception cref="ArgumentException">A key is invalid.</exception>
        public HostReply Reverse(string paymentKey, string reversalKey)
        {
            CheckKey(paymentKey, "paymentKey");
            CheckKey(reversalKey, "reversalKey");
            return Post(Operation.Payment, Payments + "/" + Escape(paymentKey) + "/reversal", reversalKey, EncodeEmptyObject(), paymentKey, 0);
        }

        /// <summary>Sends a final result to the merchant's backend: <c>POST /v1/results</c>.</summary>
        /// <param name="key">The result record's key (the Idempotency-Key).</param>
        /// <param name="upload">The result.</param>
        /// <returns>On success, <see cref="HostReply.Acknowledgement"/>.</returns>
        /// <exception cref="ArgumentException">The key or the upload is invalid.</exception>
        public HostReply UploadResult(string key, ResultUpload upload)
        {
            CheckKey(key, "key");
            if (upload == null)
            {
                throw new ArgumentNullException("upload");
            }

            int length = upload.Encode(_requestBuffer, 0, _requestBuffer.Length);
            return Post(Operation.Upload, "/v1/results", key, length, null, 0);
        }

        /// <summary>
        /// Sends a diagnostic report (a self-test run, or one part of it): <c>POST /v1/diagnostics</c>. Not a
        /// financial message. The body is sent as given: the encoded <see cref="DiagnosticReport"/> the journal kept,
        /// the same bytes on every retry, so the host answers a replay from its stored response.
        /// </summary>
        /// <param name="key">The report record's key (the Idempotency-Key).</param>
        /// <param name="body">The encoded report.</param>
        /// <param name="offset">Where it starts in <paramref name="body"/>.</param>
        /// <param name="count">Its length in bytes, 1..4096.</param>
        /// <returns>On success, <see cref="HostReply.Acknowledgement"/>.</returns>
        /// <exception cref="ArgumentException">The key is invalid or the body range is outside its buffer or over 4096 bytes.</exception>
        public HostReply UploadDiagnostics(string key, byte[] body, int offset, int count)
        {
            CheckKey(key, "key");
            if (body == null || offset < 0 || count < 1 || count > _requestBuffer.Length || offset > body.Length - count)
            {
                throw new ArgumentException("the report body must be 1 to 4096 bytes inside its buffer");
            }

            Array.Copy(body, offset, _requestBuffer, 0, count);
            return Post(Operation.Diagnostics, "/v1/diagnostics", key, count, null, 0);
        }

        /// <summary>Polls for QR payment notices: <c>GET /v1/notifications?after={cursor}</c>.</summary>
        /// <param name="cursor">The cursor of the last batch; <c>null</c> or empty for the first poll (the query is then left out).</param>
        /// <returns>On success, <see cref="HostReply.Notifications"/>.</returns>
        /// <exception cref="ArgumentException">The cursor is not printable ASCII of at most 32 characters.</exception>
        public HostReply PollNotifications(string cursor)
        {
            string path = "/v1/notifications";
            if (cursor != null && cursor.Length > 0)
            {
                ProtocolText.ThrowIfInvalid(ProtocolText.IdentifierProblem("cursor", cursor, ProtocolLimits.MaximumIdentifierLength, false, false));
                path = path + "?after=" + Escape(cursor);
            }

            return Get(Operation.Notifications, path, null);
        }

        /// <summary>Closes the batch: <c>POST /v1/settlements</c>.</summary>
        /// <param name="key">The settlement record's key (the Idempotency-Key).</param>
        /// <param name="request">The totals.</param>
        /// <returns>On success, <see cref="HostReply.Settlement"/> (checked to be about the same batch).</returns>
        /// <exception cref="ArgumentException">The key or the request is invalid.</exception>
        public HostReply Settle(string key, SettlementRequest request)
        {
            CheckKey(key, "key");
            if (request == null)
            {
                throw new ArgumentNullException("request");
            }

            int length = request.Encode(_requestBuffer, 0, _requestBuffer.Length);
            return Post(Operation.Settlement, "/v1/settlements", key, length, null, request.Batch);
        }

        /// <summary>Checks the path to the host, its clock and the firmware versions: <c>GET /v1/echo</c>.</summary>
        /// <returns>On success, <see cref="HostReply.Echo"/>.</returns>
        public HostReply Echo()
        {
            return Get(Operation.Echo, "/v1/echo", null);
        }

        private static void CheckKey(string key, string name)
        {
            ProtocolText.ThrowIfInvalid(ProtocolText.IdentifierProblem(name, key, ProtocolLimits.MaximumKeyLength, false, false));
        }

        // Percent-encodes everything but RFC 3986's unreserved characters; keys and cursors are printable ASCII.
        private static string Escape(string text)
        {
            int length = 0;
            for (int i = 0; i < text.Length; i++)
            {
                length += IsUnreserved(text[i]) ? 1 : 3;
            }

            if (length == text.Length)
            {
                return text;
            }

            char[] chars = new char[length];
            int position = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (IsUnreserved(c))
                {
                    chars[position++] = c;
                }
                else
                {
                    chars[position++] = '%';
                    chars[position++] = HexDigit((c >> 4) & 0xF);
                    chars[position++] = HexDigit(c & 0xF);
                }
            }

            return new string(chars);
        }

        private static bool IsUnreserved(char c)
        {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
        }

        private static char HexDigit(int value)
        {
            return (char)(value < 10 ? '0' + value : 'A' + value - 10);
        }

        private int EncodeEmptyObject()
        {
            _writer.Reset(_requestBuffer, 0, _requestBuffer.Length);
            _writer.WriteStartObject();
            _writer.WriteEndObject();
            return _writer.Length;
        }

        private HostReply Get(Operation operation, string path, string expectedKey)
        {
            HttpExchange exchange = _link.Send(
                "GET", path, _getHeaderNames, _getHeaderValues, null, 0, 0, _responseBuffer, _timeoutMilliseconds);
            return Interpret(operation, exchange, expectedKey, 0);
        }

        private HostReply Post(Operation operation, string path, string idempotencyKey, int bodyLength, string expectedKey, long expectedBatch)
        {
            _postHeaderValues[_postHeaderValues.Length - 1] = idempotencyKey;
            HttpExchange exchange = _link.Send(
                "POST", path, _postHeaderNames, _postHeaderValues, _requestBuffer, 0, bodyLength, _responseBuffer, _timeoutMilliseconds);
            return Interpret(operation, exchange, expectedKey, expectedBatch);
        }

        private HostReply Interpret(Operation operation, HttpExchange exchange, string expectedKey, long expectedBatch)
        {
            if (exchange == null)
            {
                throw new InvalidOperationException("the HTTP link returned no exchange");
            }

            if (!exchange.IsAnswered)
            {
                return HostReply.NoAnswer(ReasonFor(exchange.Failure), 0, exchange.Detail, default(ProtocolError));
            }

            int status = exchange.StatusCode;
            int length = exchange.ResponseLength;
            if (length < 0 || length > _responseBuffer.Length)
            {
                throw new InvalidOperationException("the HTTP link reported more bytes than the response buffer holds");
            }

            try
            {
                if (status >= 200 && status <= 299)
                {
                    return DecodeSuccess(operation, status, length, expectedKey, expectedBatch);
                }

                ErrorBody error = ErrorBody.Decode(_responseBuffer, 0, length);
                return ClassifyError(operation, status, error);
            }
            catch (ProtocolException e)
            {
                return HostReply.NoAnswer(NoAnswerReason.Undecodable, status, "HTTP " + status.ToString() + ": " + e.Message, e.Error);
            }
        }

        private HostReply DecodeSuccess(Operation operation, int status, int length, string expectedKey, long expectedBatch)
        {
            switch (operation)
            {
                case Operation.Payment:
                case Operation.Inquiry:
                    PaymentResult payment = PaymentResult.Decode(_responseBuffer, 0, length);
                    if (payment.Key != expectedKey)
                    {
                        throw new ProtocolException(
                            ProtocolError.UnexpectedValue,
                            "key",
                            "payment: the answer is for key '" + payment.Key + "', not '" + expectedKey + "'");
                    }

                    return HostReply.Success(status).With(payment);

                case Operation.Upload:
                case Operation.Diagnostics:
                    return HostReply.Success(status).With(UploadAcknowledgement.Decode(_responseBuffer, 0, length));

                case Operation.Notifications:
                    return HostReply.Success(status).With(NotificationBatch.Decode(_responseBuffer, 0, length));

                case Operation.Settlement:
                    SettlementResult settlement = SettlementResult.Decode(_responseBuffer, 0, length);
                    if (settlement.Batch != expectedBatch)
                    {
                        throw new ProtocolException(
                            ProtocolError.UnexpectedValue,
                            "batch",
                            "settlement result: the answer is for batch " + settlement.Batch.ToString() + ", not " + expectedBatch.ToString());
                    }

                    return HostReply.Success(status).With(settlement);

                default:
                    return HostReply.Success(status).With(EchoResult.Decode(_responseBuffer, 0, length));
            }
        }

        private static HostReply ClassifyError(Operation operation, int status, ErrorBody error)
        {
            if (status == 400 || status == 422)
            {
                return HostReply.ErrorAnswer(status, error, HostReplyAdvice.Bug, null);
            }

            if (status == 401 || status == 403)
            {
                return HostReply.ErrorAnswer(status, error, HostReplyAdvice.ConfigurationError, ResponseCodeCatalog.UnknownTerminal.CauseId);
            }

            if (status == 404 && operation == Operation.Inquiry && error.Error == ErrorBody.NotFound)
            {
                return HostReply.ErrorAnswer(status, error, HostReplyAdvice.NotFound, null);
            }

            if ((status == 409 && error.Error == ErrorBody.RequestInProgress) || status == 429 || (status >= 500 && status <= 599))
            {
                return HostReply.ErrorAnswer(status, error, HostReplyAdvice.RetryLater, null);
            }

            return HostReply.ErrorAnswer(status, error, HostReplyAdvice.Unexpected, null);
        }

        private static NoAnswerReason ReasonFor(LinkFailure failure)
        {
            switch (failure)
            {
                case LinkFailure.Timeout:
                    return NoAnswerReason.Timeout;
                case LinkFailure.NoNetwork:
                    return NoAnswerReason.NoNetwork;
                case LinkFailure.ResponseTooLarge:
                    return NoAnswerReason.Oversized;
                default:
                    return NoAnswerReason.ConnectionFailed;
            }
        }
    }
}
