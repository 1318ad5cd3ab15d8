using System;

namespace Terminal.Core.Journal
{
    /// <summary>
    /// A diagnostic report as the journal keeps it for the host queue: when it was queued and its body, sent as is
    /// (the host protocol's JSON, made by the caller). The payload on flash is
    /// <code>
    /// offset size field
    ///  0      1   destinations: always the host (4)
    ///  1      8   queued at, UTC milliseconds since 1970
    ///  9      n   body, 1..MaximumBodyBytes
    /// </code>
    /// </summary>
    public sealed class QueuedReport
    {
        /// <summary>The bytes before the body.</summary>
        internal const int PrefixBytes = 9;

        /// <summary>The longest body: a frame's payload less this prefix and a compaction copy's prefix, so every report can be carried forward.</summary>
        public const int MaximumBodyBytes = FrameFormat.MaximumPayloadBytes - PrefixBytes - JournalTransaction.CarriedPrefixBytes;

        private QueuedReport(long createdUtcMilliseconds, byte[] body)
        {
            CreatedUtcMilliseconds = createdUtcMilliseconds;
            Body = body;
        }

        /// <summary>Gets when the report was queued, UTC milliseconds since 1970.</summary>
        public long CreatedUtcMilliseconds { get; }

        /// <summary>Gets the body to send; a new array.</summary>
        public byte[] Body { get; }

        /// <summary>Reads when a report's payload was queued, without copying its body.</summary>
        /// <param name="payload">A <see cref="JournalRecordType.DiagnosticReport"/> payload.</param>
        /// <returns>UTC milliseconds since 1970.</returns>
        internal static long PeekCreatedUtcMilliseconds(byte[] payload)
        {
            PayloadReader reader = new PayloadReader(payload, 1, payload.Length - 1);
            return reader.ReadInt64();
        }

        /// <summary>Decodes a report's payload.</summary>
        /// <param name="payload">A <see cref="JournalRecordType.DiagnosticReport"/> payload.</param>
        /// <returns>The report.</returns>
        /// <exception cref="JournalFormatException">The payload is not a report.</exception>
        internal static QueuedReport Decode(byte[] payload)
        {
            return Decode(payload, 0, payload.Length);
        }

        /// <summary>Checks and decodes a report's payload.</summary>
        /// <param name="buffer">The buffer holding the payload.</param>
        /// <param name="offset">Where it starts.</param>
        /// <param name="length">Its length.</param>
        /// <returns>The report.</returns>
        /// <exception cref="JournalFormatException">The payload is not a report.</exception>
        internal static QueuedReport Decode(byte[] buffer, int offset, int length)
        {
            PayloadReader reader = new PayloadReader(buffer, offset, length);
            reader.ReadByteInRange(Destinations.Host, Destinations.Host, "report destinations");
            long created = reader.ReadInt64();
            int bodyLength = length - PrefixBytes;
            if (bodyLength < 1 || bodyLength > MaximumBodyBytes)
            {
                throw new JournalFormatException("report body length out of range");
            }

            byte[] body = new byte[bodyLength];
            Array.Copy(buffer, offset + PrefixBytes, body, 0, bodyLength);
            return new QueuedReport(created, body);
        }
    }
}
