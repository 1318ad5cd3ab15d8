using System;
using System.Collections;
using Terminal.Hal.Storage;

namespace Terminal.Core.Journal
{
    /// <summary>
    /// Diagnostic reports in the host queue: items of their own (<see cref="JournalRecordType.DiagnosticReport"/>),
    /// in no transaction. They ride the same machinery as a payment's items (idempotency key, acknowledgement,
    /// compaction copy, recovery) but never count against a payment: not in the live-transaction limit, not in the
    /// offline amount, not in the age limit, and they may only take storage well above the payments' reserve.
    /// Once delivered they are forgotten and compaction reclaims their bytes.
    /// </summary>
    public sealed partial class TransactionJournal
    {
        private readonly ArrayList _reports = new ArrayList();

        /// <summary>Gets the diagnostic reports still to be delivered to the host.</summary>
        public int QueuedReportCount
        {
            get
            {
                int count = 0;
                for (int i = 0; i < _reports.Count; i++)
                {
                    if (((ReportTracker)_reports[i]).Entry.IsPendingFor(Destinations.Host))
                    {
                        count++;
                    }
                }

                return count;
            }
        }

        /// <summary>
        /// Queues a diagnostic report for the host in one commit: one host item per part, each sent under its own
        /// idempotency key. Refused, with nothing written, when the reports already queued and these would exceed
        /// <see cref="JournalSettings.MaximumQueuedReports"/>, or when the drive's free space is under twice the
        /// payments' reserve: a report never takes room a payment needs. Parts that together exceed one commit
        /// group are committed in more than one (a power cut between them queues the first parts only).
        /// </summary>
        /// <param name="parts">The bodies to send, each 1..<see cref="QueuedReport.MaximumBodyBytes"/> bytes from index 0.</param>
        /// <param name="partLengths">The length of each part, parallel to <paramref name="parts"/>.</param>
        /// <param name="nowUtcMilliseconds">When it is queued, UTC milliseconds since 1970.</param>
        /// <returns><c>true</c> when queued; <c>false</c> when refused.</returns>
        /// <exception cref="ArgumentException">No parts, mismatched arrays, or a part of the wrong length.</exception>
        /// <exception cref="StorageException">The commit failed.</exception>
        public bool EnqueueReport(byte[][] parts, int[] partLengths, long nowUtcMilliseconds)
        {
            EnsureOpen();
            if (parts == null || partLengths == null || parts.Length == 0 || parts.Length != partLengths.Length)
            {
                throw new ArgumentException("a report needs one or more parts, each with its length");
            }

            for (int i = 0; i < parts.Length; i++)
            {
                if (parts[i] == null || partLengths[i] < 1 || partLengths[i] > QueuedReport.MaximumBodyBytes || partLengths[i] > parts[i].Length)
                {
                    throw new ArgumentException("a report part must be 1 to " + QueuedReport.MaximumBodyBytes.ToString() + " bytes");
                }
            }

            if (QueuedReportCount + parts.Length > _settings.MaximumQueuedReports || _storage.FreeBytes < 2 * _settings.ReserveFreeBytes)
            {
                return false;
            }

            for (int i = 0; i < parts.Length; i++)
            {
                BeginFrame();
                _writer.WriteByte(Destinations.Host);
                _writer.WriteInt64(nowUtcMilliseconds);
                _writer.WriteBytes(parts[i], 0, partLengths[i]);
                EndFrame(JournalRecordType.DiagnosticReport);
            }

            CommitGroup();
            return true;
        }

        private void ApplyReport(byte[] buffer, int offset, int length, uint sequence, int stillPending, int segmentNumber)
        {
            QueuedReport.Decode(buffer, offset, length);
            int index = IndexOf(_reports, sequence);
            ReportTracker tracker;
            if (index >= 0)
            {
                // A compaction copy of a report whose original is still on flash.
                tracker = (ReportTracker)_reports[index];
                if (segmentNumber < tracker.OldestSegment)
                {
                    tracker.OldestSegment = segmentNumber;
                }
            }
            else
            {
                JournalEntry entry = new JournalEntry(sequence, JournalRecordType.DiagnosticReport, 0, Destinations.Host, CopyPayload(buffer, offset, length));
                tracker = new ReportTracker(entry, segmentNumber);
                _reports.Insert(-(index + 1), tracker);
                InsertItem(entry);
            }

            if (stillPending >= 0)
            {
                tracker.Entry.MarkDeliveredDurable(Destinations.Host & ~stillPending);
            }

            ForgetReportIfDelivered(tracker.Entry);
        }

        /// <summary>Forgets a report whose delivery is durable: it leaves the host queue and stops pinning its segment.</summary>
        private void ForgetReportIfDelivered(JournalEntry entry)
        {
            if (!entry.IsFullyDelivered)
            {
                return;
            }

            int index = IndexOf(_reports, entry.Sequence);
            if (index >= 0)
            {
                _reports.RemoveAt(index);
            }

            index = IndexOfItem(entry.Sequence);
            if (index >= 0)
            {
                _items.RemoveAt(index);
            }
        }

        /// <summary>Adds the bytes of the reports stored in a segment or older: what copying them forward costs.</summary>
        private int ReportBytesUpTo(int segmentNumber)
        {
            int total = 0;
            for (int i = 0; i < _reports.Count; i++)
            {
                ReportTracker tracker = (ReportTracker)_reports[i];
                if (tracker.OldestSegment <= segmentNumber)
                {
                    total += tracker.StoredBytes;
                }
            }

            return total;
        }

        /// <summary>Stages a copy of every report stored in a segment or older, keeping its sequence.</summary>
        private void StageReportCarries(int segmentNumber)
        {
            for (int i = 0; i < _reports.Count; i++)
            {
                ReportTracker tracker = (ReportTracker)_reports[i];
                if (tracker.OldestSegment > segmentNumber)
                {
                    continue;
                }

                JournalEntry entry = tracker.Entry;
                BeginFrame();
                _writer.WriteByte((int)entry.Type);
                _writer.WriteUInt32(entry.Sequence);
                _writer.WriteByte(entry.DurablyPending);
                _writer.WriteBytes(entry.Payload, 0, entry.Payload.Length);
                EndFrame(JournalRecordType.Carried);
                _statistics.RecordsCarried++;
                _carriedInGroup.Add(tracker);
            }
        }

        /// <summary>Gets the lowest segment a queued report is stored in; <see cref="int.MaxValue"/> when none.</summary>
        private int LowestReportSegment()
        {
            int lowest = int.MaxValue;
            for (int i = 0; i < _reports.Count; i++)
            {
                int segment = ((ReportTracker)_reports[i]).OldestSegment;
                if (segment < lowest)
                {
                    lowest = segment;
                }
            }

            return lowest;
        }

        /// <summary>A queued report and the oldest segment holding it.</summary>
        private sealed class ReportTracker : ISequenced
        {
            public ReportTracker(JournalEntry entry, int segmentNumber)
            {
                Entry = entry;
                OldestSegment = segmentNumber;
            }

            public uint Sequence
            {
                get { return Entry.Sequence; }
            }

            public JournalEntry Entry { get; }

            public int OldestSegment { get; set; }

            public int StoredBytes
            {
                get { return Entry.Payload.Length + FrameFormat.OverheadBytes + JournalTransaction.CarriedPrefixBytes; }
            }
        }
    }
}
