namespace Terminal.Hal.Network
{
    /// <summary>
    /// The result of one <see cref="IHttpLink.Send"/>: either a response (a status code and the number
    /// of body bytes written to the caller's buffer) or a <see cref="LinkFailure"/>. Immutable.
    /// </summary>
    public sealed class HttpExchange
    {
        private HttpExchange(LinkFailure failure, int statusCode, int responseLength, string detail)
        {
            Failure = failure;
            StatusCode = statusCode;
            ResponseLength = responseLength;
            Detail = detail;
        }

        /// <summary>Gets why there is no response; <see cref="LinkFailure.None"/> when there is one.</summary>
        public LinkFailure Failure { get; }

        /// <summary>Gets whether a complete response arrived (<see cref="Failure"/> is <see cref="LinkFailure.None"/>).</summary>
        public bool IsAnswered
        {
            get { return Failure == LinkFailure.None; }
        }

        /// <summary>Gets the HTTP status code, 100..999; 0 when there is no response.</summary>
        public int StatusCode { get; }

        /// <summary>
        /// Gets how many body bytes were written to the start of the caller's response buffer,
        /// 0..buffer length; 0 when there is no response.
        /// </summary>
        public int ResponseLength { get; }

        /// <summary>
        /// Gets a short text for logs saying what happened (e.g. "connection refused"); empty when
        /// there is nothing to add. Never holds body bytes.
        /// </summary>
        public string Detail { get; }

        /// <summary>Creates the result of an exchange that received a complete response.</summary>
        /// <param name="statusCode">The HTTP status code, 100..999.</param>
        /// <param name="responseLength">The body bytes written to the caller's buffer, 0 or more.</param>
        /// <returns>The exchange.</returns>
        /// <exception cref="System.ArgumentOutOfRangeException">A value is out of its range.</exception>
        public static HttpExchange Answered(int statusCode, int responseLength)
        {
            if (statusCode < 100 || statusCode > 999)
            {
                throw new System.ArgumentOutOfRangeException("statusCode");
            }

            if (responseLength < 0)
            {
                throw new System.ArgumentOutOfRangeException("responseLength");
            }

            return new HttpExchange(LinkFailure.None, statusCode, responseLength, string.Empty);
        }

        /// <summary>Creates the result of an exchange that produced no usable response.</summary>
        /// <param name="failure">Why; never <see cref="LinkFailure.None"/>.</param>
        /// <param name="detail">A short text for logs; <c>null</c> is kept as empty.</param>
        /// <returns>The exchange.</returns>
        /// <exception cref="System.ArgumentException"><paramref name="failure"/> is <see cref="LinkFailure.None"/>.</exception>
        public static HttpExchange Failed(LinkFailure failure, string detail)
        {
            if (failure == LinkFailure.None)
            {
                throw new System.ArgumentException("a failed exchange needs a failure");
            }

            return new HttpExchange(failure, 0, 0, detail == null ? string.Empty : detail);
        }
    }
}
