namespace Terminal.Core.Journal
{
    /// <summary>
    /// Finds the committed frames in the bytes of one segment file. It accepts a commit group only
    /// when every frame from the group start to the commit end is intact and their sequence numbers
    /// follow one another; a damaged frame drops its group, and scanning resumes at the next intact
    /// group start with a higher sequence. What follows the last accepted group is the tail: a torn
    /// write in the newest segment, damage anywhere else. Allocates only when a segment holds more
    /// frames than ever before.
    /// </summary>
    public sealed class SegmentScanner
    {
        private int[] _frameOffsets = new int[128];
        private bool _hasLastAccepted;
        private uint _lastAccepted;

        /// <summary>Gets the number of accepted frames (segment header excluded).</summary>
        public int FrameCount { get; private set; }

        /// <summary>Gets whether the segment starts with an intact header frame.</summary>
        public bool HeaderValid { get; private set; }

        /// <summary>Gets the sequence in the segment header: the sequence its first frame was given. Valid when <see cref="HeaderValid"/>.</summary>
        public uint HeaderSequence { get; private set; }

        /// <summary>Gets the offset one past the last accepted group (or the header): the segment's valid length.</summary>
        public int ValidEnd { get; private set; }

        /// <summary>Gets how many damaged regions were skipped before the tail.</summary>
        public int CorruptRegions { get; private set; }

        /// <summary>Gets how many bytes those regions held.</summary>
        public int SkippedBytes { get; private set; }

        /// <summary>Gets how many times accepted groups did not follow on from the previous sequence (lost or failed commits).</summary>
        public int SequenceGaps { get; private set; }

        /// <summary>Gets whether any frame was accepted in this or an earlier segment.</summary>
        public bool HasLastSequence
        {
            get { return _hasLastAccepted; }
        }

        /// <summary>Gets the sequence of the last accepted frame so far, across segments.</summary>
        public uint LastSequence
        {
            get { return _lastAccepted; }
        }

        /// <summary>Gets the offset of an accepted frame.</summary>
        /// <param name="index">0 .. <see cref="FrameCount"/> - 1.</param>
        /// <returns>The frame's offset in the scanned buffer.</returns>
        public int GetFrameOffset(int index)
        {
            return _frameOffsets[index];
        }

        /// <summary>Forgets the sequence carried between segments: call before scanning a journal's first segment.</summary>
        public void ResetSequence()
        {
            _hasLastAccepted = false;
            _lastAccepted = 0;
        }

        /// <summary>
        /// Scans one segment's bytes. Frames must carry sequences above every frame accepted from
        /// earlier segments since <see cref="ResetSequence"/>.
        /// </summary>
        /// <param name="buffer">The segment's bytes.</param>
        /// <param name="length">How many bytes of <paramref name="buffer"/> are the segment.</param>
        public void Scan(byte[] buffer, int length)
        {
            FrameCount = 0;
            HeaderValid = false;
            HeaderSequence = 0;
            ValidEnd = 0;
            CorruptRegions = 0;
            SkippedBytes = 0;
            SequenceGaps = 0;

            bool hasExpected = false;
            uint expected = 0;
            bool inGroup = false;
            int groupFirstIndex = 0;
            int position = 0;

            while (position < length)
            {
                int frameLength = FrameFormat.Validate(buffer, position, length);
                if (frameLength > 0)
                {
                    JournalRecordType type = FrameFormat.ReadType(buffer, position);
                    uint sequence = FrameFormat.ReadSequence(buffer, position);
                    bool groupStart = FrameFormat.ReadGroupStart(buffer, position);
                    bool commitEnd = FrameFormat.ReadCommitEnd(buffer, position);

                    if (type == JournalRecordType.SegmentHeader)
                    {
                        if (position == 0 && groupStart && commitEnd && IsAfterLastAccepted(sequence))
                        {
                            HeaderValid = true;
                            HeaderSequence = sequence;
                            ValidEnd = frameLength;
                            hasExpected = true;
                            expected = sequence;
                            position += frameLength;
                            continue;
                        }
                    }
                    else if (inGroup && !groupStart && sequence == expected)
                    {
                        AddFrame(position);
                        expected = sequence + 1;
                        position += frameLength;
                        if (commitEnd)
                        {
                            AcceptGroup(sequence, position);
                            inGroup = false;
                        }

                        continue;
                    }
                    else if (!inGroup && groupStart && IsAfterLastAccepted(sequence))
                    {
                        if (hasExpected && sequence != expected)
                        {
                            SequenceGaps++;
                        }

                        inGroup = true;
                        groupFirstIndex = FrameCount;
                        AddFrame(position);
                        hasExpected = true;
                        expected = sequence + 1;
                        position += frameLength;
                        if (commitEnd)
                        {
                            AcceptGroup(sequence, position);
                            inGroup = false;
                        }

                        continue;
                    }
                }

                // Damage, or a group that does not continue: drop the unfinished group and resync.
                bool droppedGroup = inGroup;
                if (inGroup)
                {
                    FrameCount = groupFirstIndex;
                    inGroup = false;
                }

                int next = FindNextGroupStart(buffer, position, length);
                if (next < 0)
                {
                    break;
                }

                if (next > position || droppedGroup)
                {
                    CorruptRegions++;
                    SkippedBytes += next - position;
                }

                position = next;
            }

            if (inGroup)
            {
                FrameCount = groupFirstIndex;
            }
        }

        private bool IsAfterLastAccepted(uint sequence)
        {
            return !_hasLastAccepted || sequence > _lastAccepted;
        }

        private void AcceptGroup(uint lastSequence, int endOffset)
        {
            _hasLastAccepted = true;
            _lastAccepted = lastSequence;
            ValidEnd = endOffset;
        }

        private int FindNextGroupStart(byte[] buffer, int from, int length)
        {
            for (int candidate = from; candidate < length; candidate++)
            {
                if (buffer[candidate] != FrameFormat.Magic)
                {
                    continue;
                }

                if (FrameFormat.Validate(buffer, candidate, length) == 0)
                {
                    continue;
                }

                if (FrameFormat.ReadType(buffer, candidate) != JournalRecordType.SegmentHeader
                    && FrameFormat.ReadGroupStart(buffer, candidate)
                    && IsAfterLastAccepted(FrameFormat.ReadSequence(buffer, candidate)))
                {
                    return candidate;
                }
            }

            return -1;
        }

        private void AddFrame(int offset)
        {
            if (FrameCount == _frameOffsets.Length)
            {
                int[] larger = new int[_frameOffsets.Length * 2];
                System.Array.Copy(_frameOffsets, larger, _frameOffsets.Length);
                _frameOffsets = larger;
            }

            _frameOffsets[FrameCount++] = offset;
        }
    }
}
