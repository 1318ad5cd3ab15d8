namespace Terminal.Core.Maintenance
{
    /// <summary>One record of the event log, as read back from flash.</summary>
    public sealed class EventRecord
    {
        /// <summary>Gets or sets the record's sequence: 1 for the terminal's first event, one more for each after, never reused.</summary>
        public uint Sequence { get; set; }

        /// <summary>Gets or sets when it happened, UTC milliseconds since 1970 by the terminal's clock.</summary>
        public long UtcMilliseconds { get; set; }

        /// <summary>Gets or sets what it is about.</summary>
        public EventKind Kind { get; set; }

        /// <summary>Gets or sets who or what wrote it: a cause id (<c>HW-PRINTER</c>), <c>menu</c>, <c>console</c>, <c>boot</c>; 1..16 ASCII characters.</summary>
        public string Source { get; set; }

        /// <summary>Gets or sets the one-line description, printable ASCII, at most <see cref="EventLog.MaximumTextLength"/> characters.</summary>
        public string Text { get; set; }

        /// <summary>Formats the record as one export line: <c>sequence utc-ms kind source text</c>.</summary>
        /// <returns>The line, without a line break.</returns>
        public string ToLine()
        {
            return Sequence.ToString() + " " + UtcMilliseconds.ToString() + " " + EventLog.KindName(Kind) + " " + Source + " " + Text;
        }
    }
}
