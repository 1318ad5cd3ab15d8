namespace Terminal.Core.Journal
{
    /// <summary>What a message queued for the host asks it to do.</summary>
    public enum HostMessageKind
    {
        /// <summary>Undo an authorization the terminal will not complete (cancel during authorization, late approval refused).</summary>
        Reversal = 1,

        /// <summary>Tell the host about something it did not authorize online (an offline-approved transaction).</summary>
        Advice = 2,
    }

    /// <summary>
    /// A reversal or an advice, written to the journal before it is sent and retried from the host
    /// queue until the host acknowledges it.
    /// </summary>
    public sealed class HostMessage
    {
        /// <summary>Gets or sets the transaction the message is about.</summary>
        public uint TransactionSequence { get; set; }

        /// <summary>Gets or sets what the message asks.</summary>
        public HostMessageKind Kind { get; set; }

        /// <summary>Gets or sets a reason code for the host (e.g. "CANCEL", "TIMEOUT").</summary>
        public string Reason { get; set; }

        /// <summary>Encodes the message as a journal payload.</summary>
        /// <param name="writer">The payload writer.</param>
        public void Encode(PayloadWriter writer)
        {
            writer.WriteUInt32(TransactionSequence);
            writer.WriteByte((int)Kind);
            writer.WriteAscii(Reason, 16);
        }

        /// <summary>Decodes a message payload.</summary>
        /// <param name="reader">The payload reader.</param>
        /// <returns>The message.</returns>
        /// <exception cref="JournalFormatException">The payload is malformed.</exception>
        public static HostMessage Decode(PayloadReader reader)
        {
            HostMessage message = new HostMessage();
            message.TransactionSequence = reader.ReadUInt32();
            message.Kind = (HostMessageKind)reader.ReadByteInRange(1, 2, "message kind");
            message.Reason = reader.ReadAscii(16, "reason");
            reader.ExpectEnd("host message");
            return message;
        }
    }
}
