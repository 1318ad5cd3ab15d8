namespace Terminal.Core.Journal
{
    /// <summary>The final outcome the host gave a transaction.</summary>
    public enum TransactionOutcome
    {
        /// <summary>The customer was charged (or credited, for a refund).</summary>
        Approved = 1,

        /// <summary>The host refused; the customer was not charged.</summary>
        Declined = 2,
    }

    /// <summary>
    /// The host's answer to a transaction, as the journal keeps it: the outbox item that carries a
    /// result to the display, the printer and the merchant's backend.
    /// </summary>
    public sealed class HostResponse
    {
        /// <summary>Longest response code.</summary>
        public const int MaximumResponseCodeLength = 4;

        /// <summary>Longest authorization code.</summary>
        public const int MaximumAuthorizationCodeLength = 8;

        /// <summary>Longest host reference.</summary>
        public const int MaximumHostReferenceLength = 32;

        private const int LateFlag = 1;

        /// <summary>Gets or sets the transaction's id (its intent's journal sequence).</summary>
        public uint TransactionSequence { get; set; }

        /// <summary>Gets or sets the outcome.</summary>
        public TransactionOutcome Outcome { get; set; }

        /// <summary>Gets or sets the host's response code ("00" approved, "51" insufficient funds, ...).</summary>
        public string ResponseCode { get; set; }

        /// <summary>Gets or sets the authorization code of an approval; empty otherwise.</summary>
        public string AuthorizationCode { get; set; }

        /// <summary>Gets or sets the host's reference for the transaction.</summary>
        public string HostReference { get; set; }

        /// <summary>Gets or sets the host's clock when it answered, UTC milliseconds since 1970.</summary>
        public long HostTimeUtcMilliseconds { get; set; }

        /// <summary>
        /// Gets or sets whether the result arrived after the terminal had shown the outcome as
        /// unknown (timeout, network loss, reboot): the display shows it as a late confirmation.
        /// Set by the journal, which knows the transaction's state.
        /// </summary>
        public bool IsLate { get; set; }

        /// <summary>Encodes the response as a journal payload.</summary>
        /// <param name="writer">The payload writer.</param>
        public void Encode(PayloadWriter writer)
        {
            writer.WriteUInt32(TransactionSequence);
            writer.WriteByte((int)Outcome);
            writer.WriteByte(IsLate ? LateFlag : 0);
            writer.WriteAscii(ResponseCode, MaximumResponseCodeLength);
            writer.WriteAscii(AuthorizationCode, MaximumAuthorizationCodeLength);
            writer.WriteAscii(HostReference, MaximumHostReferenceLength);
            writer.WriteInt64(HostTimeUtcMilliseconds);
        }

        /// <summary>Decodes a response payload.</summary>
        /// <param name="reader">The payload reader.</param>
        /// <returns>The response.</returns>
        /// <exception cref="JournalFormatException">The payload is malformed.</exception>
        public static HostResponse Decode(PayloadReader reader)
        {
            HostResponse response = new HostResponse();
            response.TransactionSequence = reader.ReadUInt32();
            response.Outcome = (TransactionOutcome)reader.ReadByteInRange(1, 2, "outcome");
            response.IsLate = (reader.ReadByteInRange(0, LateFlag, "flags") & LateFlag) != 0;
            response.ResponseCode = reader.ReadAscii(MaximumResponseCodeLength, "response code");
            response.AuthorizationCode = reader.ReadAscii(MaximumAuthorizationCodeLength, "authorization code");
            response.HostReference = reader.ReadAscii(MaximumHostReferenceLength, "host reference");
            response.HostTimeUtcMilliseconds = reader.ReadInt64();
            reader.ExpectEnd("host response");
            return response;
        }
    }
}
