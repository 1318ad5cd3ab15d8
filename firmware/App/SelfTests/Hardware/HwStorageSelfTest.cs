using Terminal.Core.Journal;
using Terminal.Hal.Storage;

namespace Terminal.App.SelfTests.Hardware
{
    /// <summary>
    /// HW-STORAGE: storage fault and data loss. Checks that the file system answers (size and free space), that free
    /// space is above its floors, that a sentinel file of its own can be written, read back identical and deleted,
    /// and that the journal's segments pass a read-only CRC scan (<see cref="TransactionJournal.VerifySegments"/>)
    /// besides what boot recovery found (<see cref="RecoveryReport.NeedsAttention"/>). Never touches a journal file.
    /// </summary>
    public sealed class HwStorageSelfTest : SelfTest
    {
        /// <summary>The sentinel file's name: not a journal, event log or results file name.</summary>
        public const string SentinelFileName = "hwstorage.chk";

        private const int SentinelBytes = 256;

        private static readonly Remedy DriveFull = new Remedy("存储空间不足，请联系维修。", "Storage nearly full: call service; do not power off with results queued.");

        /// <summary>Creates the test.</summary>
        public HwStorageSelfTest()
            : base("HW-STORAGE")
        {
        }

        /// <summary>Gets or sets the free space below which the verdict is WARN, in bytes (64 KB: eight 8 KB journal segments).</summary>
        public long WarnBelowFreeBytes { get; set; } = 64 * 1024;

        /// <summary>Gets or sets the free space below which the verdict is FAIL, in bytes (16 KB: two journal segments, the least compaction needs).</summary>
        public long FailBelowFreeBytes { get; set; } = 16 * 1024;

        /// <inheritdoc/>
        public override SelfTestResult Run(SelfTestContext context)
        {
            IFileStorage storage = context.Board == null ? null : context.Board.Storage;
            if (storage == null)
            {
                return Verdict(CheckVerdict.Fail, "no file system: the drive is not mounted").Measure("file_system", "missing", string.Empty);
            }

            long totalBytes;
            long freeBytes;
            string problem;
            if (!TryMeasure(storage, out totalBytes, out freeBytes, out problem))
            {
                return Verdict(CheckVerdict.Fail, "file system does not answer: " + problem).Measure("file_system", "no answer", string.Empty);
            }

            string sentinel = WriteReadVerifyDelete(storage, context.Clock == null ? 0 : context.Clock.MonotonicMilliseconds);

            JournalScanReport scan = null;
            string scanProblem = string.Empty;
            RecoveryReport boot = null;
            if (context.Journal != null)
            {
                boot = context.Journal.BootRecovery;
                try
                {
                    scan = context.Journal.VerifySegments();
                }
                catch (StorageException exception)
                {
                    scanProblem = exception.Message;
                }
            }

            CheckVerdict verdict = CheckVerdict.Pass;
            string summary;
            Remedy remedy = Remedy;
            if (sentinel.Length > 0)
            {
                verdict = CheckVerdict.Fail;
                summary = "sentinel file: " + sentinel;
            }
            else if (context.Journal == null)
            {
                verdict = CheckVerdict.Fail;
                summary = "the journal could not be opened at boot";
            }
            else if (scanProblem.Length > 0)
            {
                verdict = CheckVerdict.Fail;
                summary = "journal scan failed: " + scanProblem;
            }
            else if (!scan.IsClean)
            {
                verdict = CheckVerdict.Fail;
                summary = "journal damaged: " + scan.DamagedRegions.ToString() + " bad regions, " + (scan.DamagedBytes + scan.TornTailBytes).ToString() + " bytes";
            }
            else if (freeBytes < FailBelowFreeBytes)
            {
                verdict = CheckVerdict.Fail;
                remedy = DriveFull;
                summary = "drive full: " + freeBytes.ToString() + " bytes free";
            }
            else if (boot != null && boot.NeedsAttention)
            {
                verdict = CheckVerdict.Warn;
                summary = "boot recovery skipped damage: " + boot.CorruptRegions.ToString() + " regions, " + boot.CorruptBytes.ToString() + " bytes";
            }
            else if (freeBytes < WarnBelowFreeBytes)
            {
                verdict = CheckVerdict.Warn;
                remedy = DriveFull;
                summary = "drive nearly full: " + freeBytes.ToString() + " bytes free";
            }
            else
            {
                summary = "drive answers, " + (freeBytes / 1024).ToString() + " KB free, sentinel verified, journal intact";
            }

            SelfTestResult result = Verdict(verdict, summary, remedy)
                .Measure("total", totalBytes, "bytes")
                .Measure("free", freeBytes, "bytes")
                .Measure("sentinel", sentinel.Length == 0 ? "verified" : "failed", string.Empty);
            if (scan != null)
            {
                result.Measure("journal_segments", scan.SegmentsScanned, string.Empty)
                    .Measure("journal_frames_ok", scan.FramesValid, string.Empty)
                    .Measure("journal_crc_errors", scan.DamagedRegions, string.Empty)
                    .Measure("journal_damaged", scan.DamagedBytes, "bytes")
                    .Measure("journal_torn_tail", scan.TornTailBytes, "bytes");
            }
            else
            {
                result.Measure("journal", context.Journal == null ? "not open" : "unreadable", string.Empty);
            }

            if (boot != null)
            {
                result.Measure("boot_recovery", boot.NeedsAttention ? "needs attention" : "clean", string.Empty);
            }

            return result;
        }

        // A drive that refuses a size query does not answer. Only StorageException is a field condition: anything else
        // (a simulated power loss included) goes to the runner, which reports FAIL with its message.
        private static bool TryMeasure(IFileStorage storage, out long totalBytes, out long freeBytes, out string problem)
        {
            totalBytes = 0;
            freeBytes = 0;
            problem = string.Empty;
            try
            {
                totalBytes = storage.TotalBytes;
                freeBytes = storage.FreeBytes;
            }
            catch (StorageException exception)
            {
                problem = exception.Message;
                return false;
            }

            if (totalBytes <= 0)
            {
                problem = "size 0";
                return false;
            }

            return true;
        }

        // Returns what went wrong, empty when the sentinel was written, read back identical and deleted.
        private static string WriteReadVerifyDelete(IFileStorage storage, long seed)
        {
            byte[] written = new byte[SentinelBytes];
            uint state = (uint)seed | 1u;
            for (int i = 0; i < written.Length; i++)
            {
                // xorshift32: a pattern that differs per run, so a stale file from an earlier run cannot pass.
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                written[i] = (byte)state;
            }

            string step = "delete leftover";
            try
            {
                storage.Delete(SentinelFileName);
                step = "write";
                IStorageFile file = storage.OpenAppend(SentinelFileName);
                try
                {
                    file.Append(written, 0, written.Length);
                }
                finally
                {
                    file.Close();
                }

                step = "read back";
                byte[] read = new byte[SentinelBytes];
                int total = 0;
                file = storage.OpenRead(SentinelFileName);
                try
                {
                    if (file.Length != SentinelBytes)
                    {
                        return "read back " + file.Length.ToString() + " bytes of " + SentinelBytes.ToString();
                    }

                    while (total < SentinelBytes)
                    {
                        int got = file.Read(read, total, SentinelBytes - total);
                        if (got <= 0)
                        {
                            break;
                        }

                        total += got;
                    }
                }
                finally
                {
                    file.Close();
                }

                int differences = 0;
                for (int i = 0; i < SentinelBytes; i++)
                {
                    if (read[i] != written[i])
                    {
                        differences++;
                    }
                }

                step = "delete";
                storage.Delete(SentinelFileName);
                if (storage.Exists(SentinelFileName))
                {
                    return "still there after delete";
                }

                if (total != SentinelBytes || differences > 0)
                {
                    return differences.ToString() + " of " + SentinelBytes.ToString() + " bytes read back wrong";
                }

                return string.Empty;
            }
            catch (StorageException exception)
            {
                return step + " failed: " + exception.Message;
            }
        }
    }
}
