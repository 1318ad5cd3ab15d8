using System;
using System.Collections;
using Terminal.Hal.Storage;

namespace Terminal.Core.Journal
{
    /// <summary>Compaction: copy the few live records of an old segment forward, then delete every segment no live transaction needs.</summary>
    public sealed partial class TransactionJournal
    {
        /// <summary>
        /// Copies the live records of the oldest segments forward while there are more segments
        /// than the target and the copy is small, then deletes every segment no live transaction
        /// needs. The newest segment is never deleted: it carries the sequence forward.
        /// </summary>
        private void Compact()
        {
            while (_segments.Count > _settings.TargetSegmentCount)
            {
                Segment oldest = (Segment)_segments[0];
                if (oldest == _active)
                {
                    break;
                }

                int liveBytes = 0;
                for (int i = 0; i < _transactions.Count; i++)
                {
                    JournalTransaction transaction = (JournalTransaction)_transactions[i];
                    if (transaction.OldestSegment <= oldest.Number)
                    {
                        liveBytes += transaction.StoredBytes;
                    }
                }

                liveBytes += ReportBytesUpTo(oldest.Number);

                if (liveBytes > _settings.SegmentSizeBytes / 2)
                {
                    // Mostly live: copying would not free space. The capacity limits bound the growth.
                    break;
                }

                for (int i = 0; i < _transactions.Count; i++)
                {
                    JournalTransaction transaction = (JournalTransaction)_transactions[i];
                    if (transaction.OldestSegment <= oldest.Number)
                    {
                        StageCarry(transaction);
                    }
                }

                StageReportCarries(oldest.Number);

                CommitGroup();
                if (!DeleteUnneededSegments())
                {
                    break;
                }
            }

            DeleteUnneededSegments();
        }

        private void StageCarry(JournalTransaction transaction)
        {
            int needed = transaction.StoredBytes;
            if (_groupLength + needed > _groupLimit)
            {
                CommitGroup();
            }

            for (int i = 0; i < transaction.EntryCount; i++)
            {
                JournalEntry entry = transaction.GetEntry(i);
                BeginFrame();
                _writer.WriteByte((int)entry.Type);
                _writer.WriteUInt32(entry.Sequence);
                _writer.WriteByte(entry.DurablyPending);
                _writer.WriteBytes(entry.Payload, 0, entry.Payload.Length);
                EndFrame(JournalRecordType.Carried);
                _statistics.RecordsCarried++;
            }

            _carriedInGroup.Add(transaction);
        }

        private bool DeleteUnneededSegments()
        {
            int lowestNeeded = LowestReportSegment();
            for (int i = 0; i < _transactions.Count; i++)
            {
                int segment = ((JournalTransaction)_transactions[i]).OldestSegment;
                if (segment < lowestNeeded)
                {
                    lowestNeeded = segment;
                }
            }

            bool deleted = false;
            while (_segments.Count > 1)
            {
                Segment oldest = (Segment)_segments[0];
                if (oldest == _active || oldest.Number >= lowestNeeded)
                {
                    break;
                }

                _storage.Delete(oldest.Name);
                _segments.RemoveAt(0);
                _statistics.SegmentsDeleted++;
                deleted = true;
            }

            return deleted;
        }
    }
}
