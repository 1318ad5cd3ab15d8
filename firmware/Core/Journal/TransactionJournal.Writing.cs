using System;
using System.Collections;
using Terminal.Hal.Storage;

namespace Terminal.Core.Journal
{
    /// <summary>Staging records into a commit group and committing it: one append and one close per group.</summary>
    public sealed partial class TransactionJournal
    {
        private void BeginFrame()
        {
            if (_groupLength + FrameFormat.MaximumFrameBytes > _groupLimit)
            {
                CommitGroup();
            }

            _writer.Reset(_group, _groupLength + FrameFormat.HeaderBytes, FrameFormat.MaximumPayloadBytes);
        }

        private uint EndFrame(JournalRecordType type)
        {
            uint sequence = _nextSequence++;
            int payloadLength = _writer.Length;
            _lastFrameOffset = _groupLength;
            _groupLength += FrameFormat.Seal(_group, _groupLength, type, false, false, sequence, payloadLength);
            _groupFrameCount++;
            if (type != JournalRecordType.Carried)
            {
                _groupRecordPayloadBytes += payloadLength;
            }

            return sequence;
        }

        private void StageStateTransition(uint transactionSequence, TransactionState state)
        {
            BeginFrame();
            _writer.WriteUInt32(transactionSequence);
            _writer.WriteByte((int)state);
            EndFrame(JournalRecordType.StateTransition);
        }

        private uint StageHostMessage(HostMessage message)
        {
            BeginFrame();
            _writer.WriteByte(Destinations.Host);
            message.Encode(_writer);
            return EndFrame(JournalRecordType.HostMessage);
        }

        private void StageAcknowledgements()
        {
            // The group limit keeps room for this record.
            _writer.Reset(_group, _groupLength + FrameFormat.HeaderBytes, FrameFormat.MaximumPayloadBytes);
            _writer.WriteByte(_ackCount);
            for (int i = 0; i < _ackCount; i++)
            {
                _writer.WriteUInt32(_ackSequences[i]);
                _writer.WriteByte(_ackDestinations[i]);
            }

            EndFrame(JournalRecordType.Delivered);
        }

        /// <summary>Writes the staged group (plus pending acknowledgements) and closes the file: one commit.</summary>
        private void CommitGroup()
        {
            int acknowledgements = _ackCount;
            if (acknowledgements > 0)
            {
                StageAcknowledgements();
            }

            if (_groupFrameCount == 0)
            {
                return;
            }

            FrameFormat.SetGroupBits(_group, 0, true, _groupFrameCount == 1);
            if (_groupFrameCount > 1)
            {
                FrameFormat.SetGroupBits(_group, _lastFrameOffset, false, true);
            }

            uint firstSequence = FrameFormat.ReadSequence(_group, 0);
            bool roll = _active == null || _active.Length + _groupLength > _settings.SegmentSizeBytes;
            int written = 0;
            try
            {
                if (roll)
                {
                    int number = _nextSegmentNumber++;
                    int headerLength = BuildHeader(number, firstSequence);
                    Segment created = new Segment(number, _settings.SegmentSizeBytes);
                    _segments.Add(created);
                    _active = null;
                    IStorageFile file = _storage.OpenAppend(SegmentName(number));
                    _statistics.SegmentsCreated++;
                    try
                    {
                        file.Append(_header, 0, headerLength);
                        written += headerLength;
                        file.Append(_group, 0, _groupLength);
                        written += _groupLength;
                    }
                    finally
                    {
                        file.Close();
                    }

                    created.Length = headerLength + _groupLength;
                    _active = created;
                }
                else
                {
                    IStorageFile file = _storage.OpenAppend(_active.Name);
                    try
                    {
                        file.Append(_group, 0, _groupLength);
                        written += _groupLength;
                    }
                    finally
                    {
                        file.Close();
                    }

                    _active.Length += _groupLength;
                }
            }
            catch (StorageException)
            {
                // The file's tail is now unknown: never append after it. The staged sequences stay
                // used (a later boot may find the group whole), so the next group leaves a gap.
                _statistics.FailedCommits++;
                _statistics.StorageBytesWritten += written;
                _active = null;
                _groupLength = 0;
                _groupFrameCount = 0;
                _groupRecordPayloadBytes = 0;
                _carriedInGroup.Clear();
                throw;
            }

            _statistics.Commits++;
            _statistics.StorageBytesWritten += written;
            _statistics.RecordPayloadBytes += _groupRecordPayloadBytes;

            int offset = 0;
            while (offset < _groupLength)
            {
                ApplyFrame(_group, offset, _active.Number, null);
                offset += FrameFormat.ReadPayloadLength(_group, offset) + FrameFormat.OverheadBytes;
            }

            for (int i = 0; i < _carriedInGroup.Count; i++)
            {
                JournalTransaction transaction = _carriedInGroup[i] as JournalTransaction;
                if (transaction != null)
                {
                    transaction.OldestSegment = _active.Number;
                }
                else
                {
                    ((ReportTracker)_carriedInGroup[i]).OldestSegment = _active.Number;
                }
            }

            // Acknowledgements made after the group was staged stay pending; those written are done.
            for (int i = acknowledgements; i < _ackCount; i++)
            {
                _ackSequences[i - acknowledgements] = _ackSequences[i];
                _ackDestinations[i - acknowledgements] = _ackDestinations[i];
            }

            _ackCount -= acknowledgements;
            _carriedInGroup.Clear();
            _groupLength = 0;
            _groupFrameCount = 0;
            _groupRecordPayloadBytes = 0;
        }

        private int BuildHeader(int number, uint firstSequence)
        {
            _writer.Reset(_header, FrameFormat.HeaderBytes, _header.Length - FrameFormat.OverheadBytes);
            _writer.WriteByte(FormatVersion);
            _writer.WriteUInt32((uint)number);
            _writer.WriteAscii(_keyNamespace, MaximumKeyNamespaceLength);
            return FrameFormat.Seal(_header, 0, JournalRecordType.SegmentHeader, true, true, firstSequence, _writer.Length);
        }
    }
}
