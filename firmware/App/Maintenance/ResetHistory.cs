using System;
using Terminal.Core.Checksums;
using Terminal.Core.Journal;
using Terminal.Core.Maintenance;
using Terminal.Hal.Storage;

namespace Terminal.App.Maintenance
{
    /// <summary>
    /// Counts boots and unclean restarts (power cuts, brownouts, crashes, watchdog resets) across reboots: the
    /// evidence for causes HW-POWER and SW-MEMORY. nanoFramework has no managed reset-reason API
    /// (nanoFramework.Runtime.Native offers <c>Power.RebootDevice</c> but no reset cause), so the terminal tells
    /// the cases apart itself: <see cref="MarkRunning"/> at boot writes "running" into a marker file, and
    /// <see cref="MarkCleanShutdown"/> writes "clean" just before an orderly restart. A boot that finds "running"
    /// follows a run that ended without saying goodbye: unclean. It cannot tell a power cut from a brownout or a
    /// crash; the supply monitor (HW-POWER) and the heap floor (SW-MEMORY) narrow that down.
    /// </summary>
    /// <remarks>
    /// <para>
    /// One 32-byte file, replaced whole like <c>SelfTestResultStore</c>: the new content goes to
    /// <see cref="NewFileName"/>, is closed (the only commit point on LittleFS), then swapped in by delete and rename.
    /// Load prefers <see cref="FileName"/> and falls back to <see cref="NewFileName"/>, so a cut at any point leaves
    /// the old or the new state, never a mix; a CRC-32 rejects a damaged file (counted as a first boot, reported by
    /// <see cref="HistoryLost"/>). Two writes per boot, 32 bytes each: negligible wear.
    /// </para>
    /// <para>Not thread-safe: the app calls it from its boot and restart paths only.</para>
    /// </remarks>
    public sealed class ResetHistory
    {
        /// <summary>The marker and counters file.</summary>
        public const string FileName = "resets.dat";

        /// <summary>The replacement written before the swap.</summary>
        public const string NewFileName = "resets.new";

        /// <summary>How many recent boots <see cref="UncleanInLastBoots"/> can look back over.</summary>
        public const int RecentBootCapacity = 32;

        private const uint Magic = 0x52535431; // "RST1"
        private const byte StateRunning = 1;
        private const byte StateClean = 2;
        private const int RecordBytes = 32;

        private readonly IFileStorage _storage;
        private readonly byte[] _record = new byte[RecordBytes];
        private uint _recentUncleanBits;

        /// <summary>Creates the history; nothing is read until <see cref="MarkRunning"/>.</summary>
        /// <param name="storage">The drive; the history owns <see cref="FileName"/> and <see cref="NewFileName"/> on it.</param>
        /// <exception cref="ArgumentNullException"><paramref name="storage"/> is <c>null</c>.</exception>
        public ResetHistory(IFileStorage storage)
        {
            if (storage == null)
            {
                throw new ArgumentNullException("storage");
            }

            _storage = storage;
        }

        /// <summary>Gets how many boots the terminal has recorded, this one included (1 on the first boot).</summary>
        public int BootCount { get; private set; }

        /// <summary>Gets how many boots followed a run that ended uncleanly (power cut, brownout, crash), since the counters began.</summary>
        public int UncleanRestarts { get; private set; }

        /// <summary>Gets how the run before this boot ended; <see cref="PreviousRunEnd.Unknown"/> before <see cref="MarkRunning"/>.</summary>
        public PreviousRunEnd LastRunEnd { get; private set; }

        /// <summary>Gets whether the counters file was damaged or unreadable and the counts started again from zero.</summary>
        public bool HistoryLost { get; private set; }

        /// <summary>Gets whether the last write reached the flash; <c>false</c> when the drive refused (the counts are then kept in memory only).</summary>
        public bool Persisted { get; private set; }

        /// <summary>Gets why the last load or write failed; empty when it did not.</summary>
        public string LastStorageProblem { get; private set; } = string.Empty;

        /// <summary>
        /// Records this boot: reads the marker, counts the previous run as clean or unclean, and writes "running".
        /// Call once at boot, before opening the journal (a crash during recovery then counts too). Never throws
        /// for a drive fault: the counts stay in memory and <see cref="Persisted"/> says so.
        /// </summary>
        /// <param name="log">The event log to write an <see cref="EventKind.Reset"/> record to; <c>null</c> for none (not open yet).</param>
        /// <returns>How the previous run ended.</returns>
        public PreviousRunEnd MarkRunning(EventLog log)
        {
            byte state;
            PreviousRunEnd end;
            if (!Load(out state))
            {
                end = PreviousRunEnd.FirstBoot;
            }
            else
            {
                end = state == StateRunning ? PreviousRunEnd.Unclean : PreviousRunEnd.Clean;
            }

            BootCount++;
            _recentUncleanBits <<= 1;
            if (end == PreviousRunEnd.Unclean)
            {
                UncleanRestarts++;
                _recentUncleanBits |= 1;
            }

            LastRunEnd = end;
            Save(StateRunning);
            if (log != null)
            {
                Log(log, end);
            }

            return end;
        }

        /// <summary>
        /// Records that this run ends in order (technician restart, firmware update): the next boot counts as clean.
        /// Call just before the restart, after the journal is committed. Never throws for a drive fault.
        /// </summary>
        /// <returns><c>true</c> when the marker reached the flash.</returns>
        public bool MarkCleanShutdown()
        {
            Save(StateClean);
            return Persisted;
        }

        /// <summary>Counts the unclean restarts among the most recent boots, this one included.</summary>
        /// <param name="boots">How many boots to look back over, 1 to <see cref="RecentBootCapacity"/> (larger is capped).</param>
        /// <returns>The count, 0 to <paramref name="boots"/>.</returns>
        public int UncleanInLastBoots(int boots)
        {
            if (boots <= 0)
            {
                return 0;
            }

            if (boots > RecentBootCapacity)
            {
                boots = RecentBootCapacity;
            }

            int count = 0;
            for (int i = 0; i < boots; i++)
            {
                if ((_recentUncleanBits & (1u << i)) != 0)
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>Gives a run end's name for logs and the console (<c>Enum.ToString()</c> gives numbers on the device).</summary>
        /// <param name="end">The run end.</param>
        /// <returns><c>first-boot</c>, <c>clean</c>, <c>unclean</c> or <c>unknown</c>.</returns>
        public static string RunEndName(PreviousRunEnd end)
        {
            switch (end)
            {
                case PreviousRunEnd.FirstBoot:
                    return "first-boot";
                case PreviousRunEnd.Clean:
                    return "clean";
                case PreviousRunEnd.Unclean:
                    return "unclean";
                default:
                    return "unknown";
            }
        }

        private void Log(EventLog log, PreviousRunEnd end)
        {
            string text = "boot " + BootCount.ToString() + " after " + RunEndName(end) + " end; unclean " + UncleanRestarts.ToString() + " of " + BootCount.ToString()
                + (end == PreviousRunEnd.Unclean ? " (power cut, brownout or crash)" : string.Empty)
                + (HistoryLost ? "; counters file was damaged" : string.Empty)
                + (Persisted ? string.Empty : "; not saved: " + LastStorageProblem);
            try
            {
                log.Append(EventKind.Reset, "boot", text);
            }
            catch (StorageException)
            {
                // The boot goes on: the log's own self-test (SW-LOG) finds a drive that refuses records.
            }
            catch (InvalidOperationException)
            {
                // Log not opened yet: the caller passed it too early; the counts are still kept.
            }
        }

        // Reads the newest intact record; false when there is none (first boot, or damage: HistoryLost).
        private bool Load(out byte state)
        {
            state = 0;
            bool anyFile = false;
            string[] names = new string[] { FileName, NewFileName };
            for (int i = 0; i < names.Length; i++)
            {
                try
                {
                    if (!_storage.Exists(names[i]))
                    {
                        continue;
                    }

                    anyFile = true;
                    if (TryRead(names[i], out state))
                    {
                        return true;
                    }
                }
                catch (StorageException exception)
                {
                    anyFile = true;
                    LastStorageProblem = exception.Message;
                }
            }

            HistoryLost = anyFile;
            BootCount = 0;
            UncleanRestarts = 0;
            _recentUncleanBits = 0;
            return false;
        }

        private bool TryRead(string name, out byte state)
        {
            state = 0;
            IStorageFile file = _storage.OpenRead(name);
            int read = 0;
            try
            {
                if (file.Length != RecordBytes)
                {
                    return false;
                }

                while (read < RecordBytes)
                {
                    int got = file.Read(_record, read, RecordBytes - read);
                    if (got <= 0)
                    {
                        break;
                    }

                    read += got;
                }
            }
            finally
            {
                file.Close();
            }

            if (read != RecordBytes
                || FrameFormat.ReadUInt32(_record, 0) != Magic
                || FrameFormat.ReadUInt32(_record, RecordBytes - 4) != Crc32.Compute(_record, 0, RecordBytes - 4))
            {
                return false;
            }

            state = _record[4];
            if (state != StateRunning && state != StateClean)
            {
                return false;
            }

            BootCount = (int)FrameFormat.ReadUInt32(_record, 8);
            UncleanRestarts = (int)FrameFormat.ReadUInt32(_record, 12);
            _recentUncleanBits = FrameFormat.ReadUInt32(_record, 16);
            return true;
        }

        // Layout: magic(4) state(1) reserved(3) boots(4) unclean(4) recent bits(4) reserved(8) crc(4), little-endian.
        private void Save(byte state)
        {
            Array.Clear(_record, 0, RecordBytes);
            FrameFormat.WriteUInt32(_record, 0, Magic);
            _record[4] = state;
            FrameFormat.WriteUInt32(_record, 8, (uint)BootCount);
            FrameFormat.WriteUInt32(_record, 12, (uint)UncleanRestarts);
            FrameFormat.WriteUInt32(_record, 16, _recentUncleanBits);
            FrameFormat.WriteUInt32(_record, RecordBytes - 4, Crc32.Compute(_record, 0, RecordBytes - 4));
            try
            {
                _storage.Delete(NewFileName);
                IStorageFile file = _storage.OpenAppend(NewFileName);
                try
                {
                    file.Append(_record, 0, RecordBytes);
                }
                finally
                {
                    file.Close();
                }

                // A cut between these two leaves only the new file, which Load falls back to.
                _storage.Delete(FileName);
                _storage.Rename(NewFileName, FileName);
                Persisted = true;
                LastStorageProblem = string.Empty;
            }
            catch (StorageException exception)
            {
                Persisted = false;
                LastStorageProblem = exception.Message;
            }
        }
    }
}
