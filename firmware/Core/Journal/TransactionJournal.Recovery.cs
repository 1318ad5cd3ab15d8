using System;
using System.Collections;
using Terminal.Hal.Storage;

namespace Terminal.Core.Journal
{
    /// <summary>Recovery at boot: finish interrupted rewrites, scan and apply every segment, cut a torn tail, mark in-flight transactions for a status inquiry. Applying a frame is one code path for recovery and for fresh commits.</summary>
    public sealed partial class TransactionJournal
    {
        private void RepairInterruptedRewrites(RecoveryReport report)
        {
            string[] files = _storage.ListFiles();
            for (int i = 0; i < files.Length; i++)
            {
                int number = ParseNumber(files[i], RewriteSuffix);
                if (number <= 0)
                {
                    continue;
                }

                // The rewrite's copy is closed (durable) before the original is deleted. With the
                // original still there the copy may be partial: drop it. Without it, finish the rename.
                if (_storage.Exists(SegmentName(number)))
                {
                    _storage.Delete(files[i]);
                }
                else
                {
                    _storage.Rename(files[i], SegmentName(number));
                }

                report.InterruptedRewritesRepaired++;
            }
        }

        private int[] ListSegmentNumbers()
        {
            string[] files = _storage.ListFiles();
            int count = 0;
            int[] numbers = new int[files.Length];
            for (int i = 0; i < files.Length; i++)
            {
                int number = ParseNumber(files[i], SegmentSuffix);
                if (number > 0)
                {
                    // Insertion sort: a handful of segments.
                    int position = count;
                    while (position > 0 && numbers[position - 1] > number)
                    {
                        numbers[position] = numbers[position - 1];
                        position--;
                    }

                    numbers[position] = number;
                    count++;
                }
            }

            int[] result = new int[count];
            Array.Copy(numbers, result, count);
            return result;
        }

        /// <summary>
        /// Reads a segment into the read buffer, at most <see cref="MaximumSegmentReadBytes"/>: the
        /// journal never writes a segment longer than its segment size, so a longer file is damaged
        /// or foreign, and reading it whole could exhaust the heap at boot.
        /// </summary>
        /// <param name="name">The segment's file name.</param>
        /// <param name="fileLength">The file's full length.</param>
        /// <returns>The bytes read into the buffer.</returns>
        private int ReadSegment(string name, out long fileLength)
        {
            return ReadSegmentInto(name, ref _readBuffer, out fileLength);
        }

        private bool IsOwnHeader(byte[] buffer, int number)
        {
            try
            {
                PayloadReader reader = new PayloadReader(buffer, FrameFormat.HeaderBytes, FrameFormat.ReadPayloadLength(buffer, 0));
                int version = reader.ReadByte();
                uint headerNumber = reader.ReadUInt32();
                string keyNamespace = reader.ReadAscii(MaximumKeyNamespaceLength, "key namespace");
                reader.ExpectEnd("segment header");
                return version == FormatVersion && headerNumber == (uint)number && keyNamespace == _keyNamespace;
            }
            catch (JournalFormatException)
            {
                return false;
            }
        }

        /// <summary>Cuts a segment to its valid length: copy, commit the copy, delete, rename. Safe at every cut.</summary>
        private void RewriteSegment(int number, int validLength)
        {
            string copy = RewriteName(number);
            IStorageFile file = _storage.OpenAppend(copy);
            try
            {
                file.Append(_readBuffer, 0, validLength);
            }
            finally
            {
                file.Close();
            }

            _statistics.StorageBytesWritten += validLength;
            _storage.Delete(SegmentName(number));
            _storage.Rename(copy, SegmentName(number));
        }

        private void MarkInFlightForInquiry(RecoveryReport report)
        {
            for (int i = 0; i < _transactions.Count; i++)
            {
                JournalTransaction transaction = (JournalTransaction)_transactions[i];
                if (transaction.State == TransactionState.Authorizing)
                {
                    if (_groupLength > _groupLimit - FrameFormat.MaximumFrameBytes)
                    {
                        CommitGroup();
                    }

                    StageStateTransition(transaction.Sequence, TransactionState.OutcomeUnknown);
                    report.MarkedForInquiry++;
                }
            }

            CommitGroup();
        }

        /// <summary>Applies one accepted frame to the in-memory state: the single code path for recovery and for fresh commits.</summary>
        private void ApplyFrame(byte[] buffer, int frameOffset, int segmentNumber, RecoveryReport report)
        {
            JournalRecordType type = FrameFormat.ReadType(buffer, frameOffset);
            if (type == JournalRecordType.SegmentHeader)
            {
                return;
            }

            uint sequence = FrameFormat.ReadSequence(buffer, frameOffset);
            int payloadOffset = frameOffset + FrameFormat.HeaderBytes;
            int payloadLength = FrameFormat.ReadPayloadLength(buffer, frameOffset);
            int stillPending = -1;

            try
            {
                if (type == JournalRecordType.Carried)
                {
                    PayloadReader prefix = new PayloadReader(buffer, payloadOffset, payloadLength);
                    type = (JournalRecordType)prefix.ReadByteInRange((int)JournalRecordType.TransactionIntent, (int)JournalRecordType.DiagnosticReport, "carried type");
                    if (type == JournalRecordType.Delivered || type == JournalRecordType.Carried)
                    {
                        throw new JournalFormatException("carried type out of range");
                    }

                    sequence = prefix.ReadUInt32();
                    stillPending = prefix.ReadByteInRange(0, Destinations.All, "carried pending");
                    payloadOffset += JournalTransaction.CarriedPrefixBytes;
                    payloadLength -= JournalTransaction.CarriedPrefixBytes;
                }

                switch (type)
                {
                    case JournalRecordType.TransactionIntent:
                        ApplyIntent(buffer, payloadOffset, payloadLength, sequence, segmentNumber);
                        break;
                    case JournalRecordType.HostResponse:
                    case JournalRecordType.HostMessage:
                        ApplyItem(buffer, payloadOffset, payloadLength, sequence, type, stillPending, segmentNumber, report);
                        break;
                    case JournalRecordType.StateTransition:
                        ApplyStateTransition(buffer, payloadOffset, payloadLength, sequence, segmentNumber, report);
                        break;
                    case JournalRecordType.Delivered:
                        ApplyDelivered(buffer, payloadOffset, payloadLength);
                        break;
                    case JournalRecordType.DiagnosticReport:
                        ApplyReport(buffer, payloadOffset, payloadLength, sequence, stillPending, segmentNumber);
                        break;
                    default:
                        throw new JournalFormatException("record type not allowed here");
                }
            }
            catch (JournalFormatException)
            {
                if (report != null)
                {
                    report.RejectedRecords++;
                }
            }
        }

        private void ApplyIntent(byte[] buffer, int offset, int length, uint sequence, int segmentNumber)
        {
            JournalTransaction existing = FindTransaction(sequence);
            if (existing != null)
            {
                // A compaction copy of a transaction whose original is still on flash.
                NoteSegment(existing, segmentNumber);
                return;
            }

            TransactionIntent.Decode(new PayloadReader(buffer, offset, length));
            JournalEntry intent = new JournalEntry(sequence, JournalRecordType.TransactionIntent, sequence, Destinations.None, CopyPayload(buffer, offset, length));
            InsertTransaction(new JournalTransaction(intent, segmentNumber));
        }

        private void ApplyItem(byte[] buffer, int offset, int length, uint sequence, JournalRecordType type, int stillPending, int segmentNumber, RecoveryReport report)
        {
            PayloadReader reader = new PayloadReader(buffer, offset, length);
            int destinations = reader.ReadByteInRange(1, Destinations.All, "destinations");
            uint transactionSequence;
            TransactionState resolvedState = TransactionState.Authorizing;
            if (type == JournalRecordType.HostResponse)
            {
                HostResponse response = HostResponse.Decode(reader);
                transactionSequence = response.TransactionSequence;
                resolvedState = response.Outcome == TransactionOutcome.Approved ? TransactionState.Approved : TransactionState.Declined;
            }
            else
            {
                transactionSequence = HostMessage.Decode(reader).TransactionSequence;
            }

            JournalTransaction transaction = FindTransaction(transactionSequence);
            if (transaction == null)
            {
                if (report != null)
                {
                    report.OrphanRecords++;
                }

                return;
            }

            JournalEntry entry = FindItem(sequence);
            if (entry == null)
            {
                entry = new JournalEntry(sequence, type, transactionSequence, destinations, CopyPayload(buffer, offset, length));
                transaction.AddEntry(entry);
                InsertItem(entry);
                if (type == JournalRecordType.HostResponse)
                {
                    transaction.State = resolvedState;
                }
            }

            if (stillPending >= 0)
            {
                entry.MarkDeliveredDurable(entry.Destinations & ~stillPending);
            }

            NoteSegment(transaction, segmentNumber);
        }

        private void ApplyStateTransition(byte[] buffer, int offset, int length, uint sequence, int segmentNumber, RecoveryReport report)
        {
            PayloadReader reader = new PayloadReader(buffer, offset, length);
            uint transactionSequence = reader.ReadUInt32();
            TransactionState state = (TransactionState)reader.ReadByteInRange((int)TransactionState.Authorizing, (int)TransactionState.Cancelled, "state");
            reader.ExpectEnd("state transition");
            JournalTransaction transaction = FindTransaction(transactionSequence);
            if (transaction == null)
            {
                if (report != null)
                {
                    report.OrphanRecords++;
                }

                return;
            }

            NoteSegment(transaction, segmentNumber);
            for (int i = 0; i < transaction.EntryCount; i++)
            {
                if (transaction.GetEntry(i).Sequence == sequence)
                {
                    return;
                }
            }

            transaction.AddEntry(new JournalEntry(sequence, JournalRecordType.StateTransition, transactionSequence, Destinations.None, CopyPayload(buffer, offset, length)));

            // A resolved transaction never goes back to unresolved.
            if (!transaction.IsResolved)
            {
                transaction.State = state;
            }
        }

        private void ApplyDelivered(byte[] buffer, int offset, int length)
        {
            PayloadReader reader = new PayloadReader(buffer, offset, length);
            int count = reader.ReadByte();
            if (length != 1 + (count * AcknowledgementBytes))
            {
                throw new JournalFormatException("delivery record length does not match its count");
            }

            for (int i = 0; i < count; i++)
            {
                uint sequence = reader.ReadUInt32();
                int destination = reader.ReadByteInRange(1, Destinations.All, "destination");
                JournalEntry item = FindItem(sequence);
                if (item == null)
                {
                    // Delivered earlier and already forgotten, or its segment was reclaimed.
                    continue;
                }

                item.MarkDeliveredDurable(destination);
                if (item.IsStandalone)
                {
                    ForgetReportIfDelivered(item);
                    continue;
                }

                ForgetIfDelivered(FindTransaction(item.TransactionSequence));
            }
        }

        private void NoteSegment(JournalTransaction transaction, int segmentNumber)
        {
            if (segmentNumber < transaction.OldestSegment)
            {
                transaction.OldestSegment = segmentNumber;
            }
        }

        /// <summary>
        /// Forgets a transaction whose outcome is settled and whose items all reached every
        /// destination. Only a delivery record calls it: within one commit group a state change
        /// (cancelled) comes before the item it queues (the reversal), and must not end the
        /// transaction on its own.
        /// </summary>
        private void ForgetIfDelivered(JournalTransaction transaction)
        {
            if (transaction == null || transaction.IsLive)
            {
                return;
            }

            _transactions.RemoveAt(IndexOfTransaction(transaction.Sequence));
            for (int i = 0; i < transaction.EntryCount; i++)
            {
                JournalEntry entry = transaction.GetEntry(i);
                if (entry.Destinations != Destinations.None)
                {
                    int index = IndexOfItem(entry.Sequence);
                    if (index >= 0)
                    {
                        _items.RemoveAt(index);
                    }
                }
            }
        }

        private static byte[] CopyPayload(byte[] buffer, int offset, int length)
        {
            byte[] copy = new byte[length];
            Array.Copy(buffer, offset, copy, 0, length);
            return copy;
        }
    }
}
