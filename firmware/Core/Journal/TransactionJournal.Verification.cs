using Terminal.Hal.Storage;

namespace Terminal.Core.Journal
{
    /// <summary>The journal's read-only integrity scan, for the HW-STORAGE self-test and the console.</summary>
    public sealed partial class TransactionJournal
    {
        private RecoveryReport _bootRecovery;

        /// <summary>Gets what <see cref="Open"/> found and repaired at boot; <c>null</c> before it ran. Kept for the self-tests and the console.</summary>
        public RecoveryReport BootRecovery
        {
            get { return _bootRecovery; }
        }

        /// <summary>
        /// Reads every segment file and checks every frame's CRC-32 and commit grouping, as recovery does at boot,
        /// without changing anything: no file is written, cut, renamed or deleted, and the journal's state (queues,
        /// sequences, the active segment) is untouched. Damage found here appeared after boot (bit rot, a failing
        /// flash); recovery will skip it at the next boot, and the technician should not power off with results queued.
        /// </summary>
        /// <returns>What was found.</returns>
        /// <remarks>Reads up to a segment's size into a buffer of its own (allocates once per call: a maintenance path, not a hot one).</remarks>
        /// <exception cref="StorageException">The drive failed while reading.</exception>
        /// <exception cref="System.InvalidOperationException">The journal is not open.</exception>
        public JournalScanReport VerifySegments()
        {
            EnsureOpen();
            JournalScanReport report = new JournalScanReport();

            // A scanner and buffer of its own: the journal's are part of its state (the scanner's last accepted
            // sequence, the read buffer a compaction may be using).
            SegmentScanner scanner = new SegmentScanner();
            byte[] buffer = new byte[0];
            int[] numbers = ListSegmentNumbers();
            for (int i = 0; i < numbers.Length; i++)
            {
                string name = SegmentName(numbers[i]);
                long fileLength;
                int length = ReadSegmentInto(name, ref buffer, out fileLength);
                report.SegmentsScanned++;
                report.BytesScanned += length;
                if (fileLength > length)
                {
                    // Longer than any segment the journal writes: damaged or foreign beyond what was read.
                    report.DamagedRegions++;
                    report.DamagedBytes += (int)(fileLength - length);
                }

                scanner.Scan(buffer, length);
                report.DamagedRegions += scanner.CorruptRegions;
                report.DamagedBytes += scanner.SkippedBytes;
                report.SequenceGaps += scanner.SequenceGaps;
                if (!scanner.HeaderValid && scanner.FrameCount == 0)
                {
                    report.UnreadableSegments++;
                    continue;
                }

                if (scanner.HeaderValid && !IsOwnHeader(buffer, numbers[i]))
                {
                    report.ForeignSegments++;
                    continue;
                }

                report.FramesValid += scanner.FrameCount;
                report.TornTailBytes += length - scanner.ValidEnd;
            }

            return report;
        }

        // Shared with recovery (ReadSegment): at most MaximumSegmentReadBytes, growing the given buffer when needed.
        private int ReadSegmentInto(string name, ref byte[] buffer, out long fileLength)
        {
            IStorageFile file = _storage.OpenRead(name);
            try
            {
                fileLength = file.Length;
                int length = fileLength > MaximumSegmentReadBytes ? MaximumSegmentReadBytes : (int)fileLength;
                if (buffer.Length < length)
                {
                    buffer = new byte[length];
                }

                int read = 0;
                while (read < length)
                {
                    int got = file.Read(buffer, read, length - read);
                    if (got <= 0)
                    {
                        break;
                    }

                    read += got;
                }

                return read;
            }
            finally
            {
                file.Close();
            }
        }
    }
}
