namespace Terminal.Core.Protocol
{
    /// <summary>
    /// The outcome of one <see cref="HostClient"/> call: either an answer (an HTTP status with the
    /// decoded message, or the decoded <see cref="ErrorBody"/> of a 4xx/5xx) or no answer, with the
    /// reason. <see cref="Advice"/> says what to do with it. Immutable.
    /// </summary>
    /// <remarks>
    /// Exactly one message property is set on an answer: the one the operation returns for a 2xx
    /// (<see cref="Payment"/>, <see cref="Acknowledgement"/>, <see cref="Notifications"/>,
    /// <see cref="Settlement"/>, <see cref="Echo"/>) or <see cref="Error"/> otherwise. None is set
    /// when there is no answer.
    /// </remarks>
    public sealed class HostReply
    {
        private HostReply()
        {
            Detail = string.Empty;
        }

        /// <summary>Gets whether the host answered with a response that decoded.</summary>
        public bool IsAnswered { get; private set; }

        /// <summary>Gets the HTTP status code received; 0 when no response arrived (it is set when a response arrived but did not decode).</summary>
        public int StatusCode { get; private set; }

        /// <summary>Gets what the caller should do.</summary>
        public HostReplyAdvice Advice { get; private set; }

        /// <summary>Gets why there is no answer; <see cref="NoAnswerReason.None"/> when there is one.</summary>
        public NoAnswerReason NoAnswerReason { get; private set; }

        /// <summary>
        /// Gets a sentence for logs: the <see cref="ProtocolException"/>'s message for an undecodable
        /// response, the link's detail for a failure, the error code and message for an error; empty otherwise.
        /// </summary>
        public string Detail { get; private set; }

        /// <summary>Gets the failure cause id to report (SW-CONFIG for 401/403), or <c>null</c>.</summary>
        public string CauseId { get; private set; }

        /// <summary>Gets the kind of decoding problem when <see cref="NoAnswerReason"/> is <see cref="Protocol.NoAnswerReason.Undecodable"/>.</summary>
        public ProtocolError DecodeError { get; private set; }

        /// <summary>Gets the payment object (authorize, inquiry, close, reversal), or <c>null</c>.</summary>
        public PaymentResult Payment { get; private set; }

        /// <summary>Gets the result upload's acknowledgement, or <c>null</c>.</summary>
        public UploadAcknowledgement Acknowledgement { get; private set; }

        /// <summary>Gets the notification batch, or <c>null</c>.</summary>
        public NotificationBatch Notifications { get; private set; }

        /// <summary>Gets the settlement result, or <c>null</c>.</summary>
        public SettlementResult Settlement { get; private set; }

        /// <summary>Gets the echo answer, or <c>null</c>.</summary>
        public EchoResult Echo { get; private set; }

        /// <summary>Gets the error body of a non-2xx answer, or <c>null</c>.</summary>
        public ErrorBody Error { get; private set; }

        /// <summary>Gets whether the caller should ask again later (<see cref="Advice"/> is <see cref="HostReplyAdvice.RetryLater"/>).</summary>
        public bool ShouldRetryLater
        {
            get { return Advice == HostReplyAdvice.RetryLater; }
        }

        /// <summary>Creates a reply with no answer.</summary>
        /// <param name="reason">Why.</param>
        /// <param name="statusCode">The HTTP status received, or 0.</param>
        /// <param name="detail">A sentence for logs.</param>
        /// <param name="decodeError">The decoding problem when the reason is Undecodable.</param>
        /// <returns>The reply; its advice is <see cref="HostReplyAdvice.RetryLater"/>.</returns>
        internal static HostReply NoAnswer(NoAnswerReason reason, int statusCode, string detail, ProtocolError decodeError)
        {
            HostReply reply = new HostReply();
            reply.NoAnswerReason = reason;
            reply.StatusCode = statusCode;
            reply.Advice = HostReplyAdvice.RetryLater;
            reply.Detail = detail == null ? string.Empty : detail;
            reply.DecodeError = decodeError;
            return reply;
        }

        /// <summary>Creates the reply for a 2xx answer; the caller sets the one message.</summary>
        /// <param name="statusCode">The HTTP status.</param>
        /// <returns>The reply.</returns>
        internal static HostReply Success(int statusCode)
        {
            HostReply reply = new HostReply();
            reply.IsAnswered = true;
            reply.StatusCode = statusCode;
            reply.Advice = HostReplyAdvice.Success;
            return reply;
        }

        /// <summary>Creates the reply for an error answer.</summary>
        /// <param name="statusCode">The HTTP status.</param>
        /// <param name="error">The decoded error body.</param>
        /// <param name="advice">What to do.</param>
        /// <param name="causeId">The cause id, or <c>null</c>.</param>
        /// <returns>The reply.</returns>
        internal static HostReply ErrorAnswer(int statusCode, ErrorBody error, HostReplyAdvice advice, string causeId)
        {
            HostReply reply = new HostReply();
            reply.IsAnswered = true;
            reply.StatusCode = statusCode;
            reply.Advice = advice;
            reply.Error = error;
            reply.CauseId = causeId;
            reply.Detail = error.Message == null ? error.Error : error.Error + ": " + error.Message;
            return reply;
        }

        /// <summary>Attaches the payment object of a 2xx answer.</summary>
        /// <param name="payment">The payment.</param>
        /// <returns>This reply.</returns>
        internal HostReply With(PaymentResult payment)
        {
            Payment = payment;
            return this;
        }

        /// <summary>Attaches the acknowledgement of a 2xx answer.</summary>
        /// <param name="acknowledgement">The acknowledgement.</param>
        /// <returns>This reply.</returns>
        internal HostReply With(UploadAcknowledgement acknowledgement)
        {
            Acknowledgement = acknowledgement;
            return this;
        }

        /// <summary>Attaches the notification batch of a 2xx answer.</summary>
        /// <param name="notifications">The batch.</param>
        /// <returns>This reply.</returns>
        internal HostReply With(NotificationBatch notifications)
        {
            Notifications = notifications;
            return this;
        }

        /// <summary>Attaches the settlement result of a 2xx answer.</summary>
        /// <param name="settlement">The result.</param>
        /// <returns>This reply.</returns>
        internal HostReply With(SettlementResult settlement)
        {
            Settlement = settlement;
            return this;
        }

        /// <summary>Attaches the echo answer of a 2xx answer.</summary>
        /// <param name="echo">The echo answer.</param>
        /// <returns>This reply.</returns>
        internal HostReply With(EchoResult echo)
        {
            Echo = echo;
            return this;
        }
    }
}
