using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Terminal.Core.Journal;

namespace Terminal.Tools.Bench
{
    /// <summary>
    /// Where a journal's flash bytes and commits went, read back from a <see cref="StorageTrace"/>:
    /// every append is parsed as journal frames (<see cref="FrameFormat"/>) and every commit (close
    /// of a handle that appended) is labelled with the record types its group held.
    /// </summary>
    internal sealed class FrameBreakdown
    {
        private const int TypeSlots = 8;

        private readonly long[] _frames = new long[TypeSlots];
        private readonly long[] _payload = new long[TypeSlots];
        private readonly SortedDictionary<string, long> _syncsByContent = new SortedDictionary<string, long>(System.StringComparer.Ordinal);

        /// <summary>Gets the bytes appended in the analysed calls.</summary>
        public long BytesAppended { get; private set; }

        /// <summary>Gets appended bytes that did not parse as frames (none expected from the journal).</summary>
        public long UnparsedBytes { get; private set; }

        /// <summary>Gets the commits in the analysed calls.</summary>
        public long Syncs { get; private set; }

        /// <summary>Gets the appends in the analysed calls.</summary>
        public long Appends { get; private set; }

        /// <summary>Parses the calls from <paramref name="from"/> to <paramref name="to"/>.</summary>
        /// <param name="trace">The recorded calls.</param>
        /// <param name="from">First call.</param>
        /// <param name="to">One past the last call.</param>
        /// <returns>The breakdown.</returns>
        public static FrameBreakdown Analyze(StorageTrace trace, int from, int to)
        {
            var breakdown = new FrameBreakdown();
            var groupTypes = new Dictionary<int, int>();
            for (int i = from; i < to; i++)
            {
                StorageOp op = trace[i];
                if (op.Kind == StorageOpKind.Append)
                {
                    breakdown.Appends++;
                    groupTypes.TryGetValue(op.Handle, out int mask);
                    groupTypes[op.Handle] = mask | breakdown.ParseFrames(trace.Data, op.DataOffset, (int)op.Count);
                }
                else if (op.Kind == StorageOpKind.Close && groupTypes.TryGetValue(op.Handle, out int types))
                {
                    breakdown.Syncs++;
                    string label = Label(types);
                    breakdown._syncsByContent.TryGetValue(label, out long count);
                    breakdown._syncsByContent[label] = count + 1;
                    groupTypes.Remove(op.Handle);
                }
            }

            return breakdown;
        }

        /// <summary>Writes the breakdown, per record type and per commit content.</summary>
        /// <param name="error">Where to write (standard error).</param>
        /// <param name="prefix">The line prefix.</param>
        /// <param name="recordPayloadBytes">The journal's own count of record payload bytes over the same calls, the denominator.</param>
        public void Write(TextWriter error, string prefix, long recordPayloadBytes)
        {
            CultureInfo c = CultureInfo.InvariantCulture;
            error.WriteLine(prefix + "flash bytes written " + BytesAppended.ToString(c) + " in " + Appends.ToString(c) + " appends; denominator RecordPayloadBytes " + recordPayloadBytes.ToString(c));
            long framing = 0;
            for (int type = 1; type < TypeSlots; type++)
            {
                if (_frames[type] == 0)
                {
                    continue;
                }

                long overhead = _frames[type] * FrameFormat.OverheadBytes;
                framing += overhead;
                error.WriteLine(
                    prefix + "  " + ((JournalRecordType)type).ToString().PadRight(18) + " frames " + _frames[type].ToString(c).PadLeft(6)
                    + "  payload " + _payload[type].ToString(c).PadLeft(8) + "  framing " + overhead.ToString(c).PadLeft(7)
                    + "  = " + Ratio(_payload[type] + overhead, recordPayloadBytes) + " of the ratio");
            }

            if (UnparsedBytes > 0)
            {
                error.WriteLine(prefix + "  unparsed bytes " + UnparsedBytes.ToString(c) + " = " + Ratio(UnparsedBytes, recordPayloadBytes));
            }

            error.WriteLine(prefix + "  framing (" + FrameFormat.OverheadBytes.ToString(c) + " B per frame) in all: " + framing.ToString(c) + " = " + Ratio(framing, recordPayloadBytes) + " of the ratio");
            error.WriteLine(prefix + "commits " + Syncs.ToString(c) + ", by the record types their group held:");
            foreach (KeyValuePair<string, long> pair in _syncsByContent)
            {
                error.WriteLine(prefix + "  " + pair.Key.PadRight(48) + " " + pair.Value.ToString(c));
            }
        }

        private static string Ratio(long part, long whole)
        {
            return whole == 0 ? "n/a" : ((double)part / whole).ToString("F3", CultureInfo.InvariantCulture);
        }

        private static string Label(int types)
        {
            var label = new System.Text.StringBuilder();
            for (int type = 1; type < TypeSlots; type++)
            {
                if ((types & (1 << type)) != 0)
                {
                    if (label.Length > 0)
                    {
                        label.Append('+');
                    }

                    label.Append(((JournalRecordType)type).ToString());
                }
            }

            return label.Length == 0 ? "(nothing parsed)" : label.ToString();
        }

        private int ParseFrames(byte[] data, int offset, int count)
        {
            BytesAppended += count;
            int types = 0;
            int position = offset;
            int end = offset + count;
            while (position < end)
            {
                int length = FrameFormat.Validate(data, position, end);
                if (length == 0)
                {
                    UnparsedBytes += end - position;
                    break;
                }

                int type = (int)FrameFormat.ReadType(data, position);
                _frames[type]++;
                _payload[type] += FrameFormat.ReadPayloadLength(data, position);
                types |= 1 << type;
                position += length;
            }

            return types;
        }
    }
}
