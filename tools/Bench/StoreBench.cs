using System;
using System.Globalization;
using System.Text;
using Terminal.Core.Journal;
using Terminal.Hal.Simulated.Storage;
using Terminal.Hal.Storage;

namespace Terminal.Tools.Bench
{
    /// <summary>
    /// Runs the benchmark's scenarios against one store (the journal or the baseline), each on a
    /// fresh simulated flash: the standard workload (three times: plain for the allocations,
    /// recorded for the breakdowns, its storage calls replayed alone for the storage's own
    /// allocations) and the recovery scenarios.
    /// </summary>
    internal sealed class StoreBench
    {
        /// <summary>The phases of a transaction whose allocations are reported apart.</summary>
        public static readonly string[] PhaseNames = { "BeginTransaction", "RecordResponse", "deliver x3 (TryPeek+MarkDelivered)", "Commit" };

        /// <summary>The number of <see cref="StorageOpKind"/> values.</summary>
        public static readonly int StorageOpKindCount = Enum.GetValues<StorageOpKind>().Length;

        private const long FlashCapacityBytes = 2 * 1024 * 1024;
        private const int FlashSeed = 7;

        private readonly Func<IFileStorage, JournalSettings, IOutbox> _open;

        /// <summary>Creates a bench for one store.</summary>
        /// <param name="open">Opens the store over a drive (its boot).</param>
        public StoreBench(Func<IFileStorage, JournalSettings, IOutbox> open)
        {
            _open = open;
        }

        /// <summary>
        /// Runs <paramref name="warmUp"/> transactions, then measures <paramref name="measured"/> more:
        /// flash counters, commits, managed allocations (storage included, and the storage calls
        /// replayed alone).
        /// </summary>
        /// <param name="workload">The transactions; at least warm-up + measured.</param>
        /// <param name="settings">The journal settings.</param>
        /// <param name="warmUp">Transactions before the window.</param>
        /// <param name="measured">Transactions in the window.</param>
        /// <returns>The window's figures.</returns>
        public WorkloadResult MeasureWorkload(BenchWorkload workload, JournalSettings settings, int warmUp, int measured)
        {
            var result = new WorkloadResult { Transactions = measured };

            // 1. Plain: the allocation figure, and the flash counters.
            var flash = new SimulatedFlash(FlashCapacityBytes, FlashSeed);
            IOutbox store = _open(flash.Storage, settings);
            for (int i = 0; i < warmUp; i++)
            {
                RunTransaction(store, workload, i, null);
            }

            JournalStatistics? statistics = (store as JournalOutbox)?.Journal.Statistics;
            long payloadBefore = statistics?.RecordPayloadBytes ?? 0;
            long carriedBefore = statistics?.RecordsCarried ?? 0;
            long storageBytesBefore = statistics?.StorageBytesWritten ?? 0;
            long commitsBefore = store.Commits;
            flash.Counters.Reset();
            long[] phases = result.AllocatedByPhase;
            Settle();
            long start = GC.GetAllocatedBytesForCurrentThread();
            for (int i = warmUp; i < warmUp + measured; i++)
            {
                RunTransaction(store, workload, i, phases);
            }

            result.Allocated = GC.GetAllocatedBytesForCurrentThread() - start;
            result.Flash = flash.Counters.Clone();
            result.Commits = store.Commits - commitsBefore;
            result.RecordPayloadBytes = (statistics?.RecordPayloadBytes ?? 0) - payloadBefore;
            result.RecordsCarried = (statistics?.RecordsCarried ?? 0) - carriedBefore;
            result.JournalStorageBytesWritten = (statistics?.StorageBytesWritten ?? 0) - storageBytesBefore;
            result.FilesAfter = store.FileCount;

            // 2. Recorded: the same workload through a recording drive, for the replay and the breakdowns.
            var recordedFlash = new SimulatedFlash(FlashCapacityBytes, FlashSeed);
            var trace = new StorageTrace();
            IOutbox recorded = _open(new RecordingFileStorage(recordedFlash.Storage, trace), settings);
            for (int i = 0; i < warmUp; i++)
            {
                RunTransaction(recorded, workload, i, null);
            }

            result.TraceFrom = trace.Count;
            recordedFlash.Counters.Reset();
            for (int i = warmUp; i < warmUp + measured; i++)
            {
                RunTransaction(recorded, workload, i, null);
            }

            result.TraceTo = trace.Count;
            result.Trace = trace;
            RequireSameTraffic(result.Flash, recordedFlash.Counters, "the recording drive changed the store's storage calls");

            // 3. Replayed: the window's storage calls alone, on a flash brought to the same state.
            var replayFlash = new SimulatedFlash(FlashCapacityBytes, FlashSeed);
            var handles = new IStorageFile?[trace.HandleCount];
            byte[] readBuffer = new byte[Math.Max(1, trace.LargestRead())];
            trace.Replay(replayFlash.Storage, handles, readBuffer, 0, result.TraceFrom, new long[StorageOpKindCount]);
            replayFlash.Counters.Reset();
            Settle();
            long replayStart = GC.GetAllocatedBytesForCurrentThread();
            trace.Replay(replayFlash.Storage, handles, readBuffer, result.TraceFrom, result.TraceTo, result.StorageAllocatedByKind);
            result.StorageAllocated = GC.GetAllocatedBytesForCurrentThread() - replayStart;
            RequireSameTraffic(result.Flash, replayFlash.Counters, "the replay did not repeat the window's storage calls");
            for (int i = result.TraceFrom; i < result.TraceTo; i++)
            {
                result.StorageCallsByKind[(int)trace[i].Kind]++;
            }

            return result;
        }

        /// <summary>
        /// Runs a delivered history, then a pending set (approved, shown and printed, not yet sent
        /// to the host), then reopens the store and counts the flash bytes the boot read.
        /// </summary>
        /// <param name="history">The history's transactions.</param>
        /// <param name="historyCount">Delivered transactions to run.</param>
        /// <param name="pending">The pending set's transactions.</param>
        /// <param name="pendingCount">Transactions to leave waiting for the host.</param>
        /// <param name="settings">The journal settings.</param>
        /// <returns>What the boot read.</returns>
        public RecoveryResult MeasureRecovery(BenchWorkload history, int historyCount, BenchWorkload pending, int pendingCount, JournalSettings settings)
        {
            var flash = new SimulatedFlash(FlashCapacityBytes, FlashSeed);
            IOutbox store = _open(flash.Storage, settings);
            for (int i = 0; i < historyCount; i++)
            {
                RunTransaction(store, history, i, null);
            }

            string[] historyFiles = flash.FileNames;
            int[] historyLengths = new int[historyFiles.Length];
            for (int i = 0; i < historyFiles.Length; i++)
            {
                historyLengths[i] = flash.ReadDurableBytes(historyFiles[i]).Length;
            }

            for (int i = 0; i < pendingCount; i++)
            {
                uint sequence = store.Begin(pending.Intents[i], pending.Intents[i].CreatedUtcMilliseconds);
                store.RecordResponse(sequence, pending.Responses[i]);
                Expect(store.Deliver(Destinations.Display), 1, "display");
                Expect(store.Deliver(Destinations.Printer), 1, "printer");
                store.Commit();
            }

            var result = new RecoveryResult { History = historyCount, Pending = pendingCount };
            var files = new StringBuilder();
            long historyBytes = 0;
            foreach (string name in flash.FileNames)
            {
                int length = flash.ReadDurableBytes(name).Length;
                files.Append(name).Append(':').Append(length.ToString(CultureInfo.InvariantCulture)).Append(' ');
                int before = Array.IndexOf(historyFiles, name);
                if (before >= 0)
                {
                    historyBytes += Math.Min(length, historyLengths[before]);
                }
            }

            result.FilesAtReboot = files.ToString().TrimEnd();
            flash.Counters.Reset();
            IOutbox reopened = _open(flash.Storage, settings);
            result.BytesRead = flash.Counters.BytesRead;
            if (reopened is JournalOutbox journal)
            {
                result.Report = journal.Recovery;
                result.HistoryBytesAtReboot = historyBytes;
            }

            result.Redelivered = reopened.Deliver(Destinations.Host);
            Expect(result.Redelivered, pendingCount, "host after the reboot");
            return result;
        }

        /// <summary>
        /// Recovery work averaged over <paramref name="phases"/> history lengths spread evenly over
        /// <paramref name="phaseSpan"/> transactions from <paramref name="historyCount"/>. The journal
        /// reads whole segments, so the delivered history that shares a segment with the first pending
        /// item (0 to one segment) is read too; where that item falls in its segment is chance, and one
        /// history length alone would measure the chance, not the growth.
        /// </summary>
        public RecoveryResult MeasureRecoveryOverPhases(BenchWorkload history, int historyCount, int phases, int phaseSpan, BenchWorkload pending, int pendingCount, JournalSettings settings)
        {
            long total = 0;
            RecoveryResult result = new RecoveryResult();
            for (int phase = 0; phase < phases; phase++)
            {
                result = MeasureRecovery(history, historyCount + (phase * phaseSpan / phases), pending, pendingCount, settings);
                total += result.BytesRead;
            }

            result.History = historyCount;
            result.BytesRead = total / phases;
            return result;
        }

        /// <summary>
        /// Runs <see cref="MeasureRecovery"/> for every history length from <paramref name="fromCount"/>
        /// to <paramref name="toCount"/> with the same pending set: how much the boot's work depends on
        /// where in a segment the pending set happens to start.
        /// </summary>
        /// <param name="history">The history's transactions.</param>
        /// <param name="fromCount">The shortest history.</param>
        /// <param name="toCount">The longest history.</param>
        /// <param name="pending">The pending set's transactions.</param>
        /// <param name="pendingCount">Transactions to leave waiting for the host.</param>
        /// <param name="settings">The journal settings.</param>
        /// <returns>The bytes read at boot, per history length from <paramref name="fromCount"/>.</returns>
        public long[] MeasureRecoveryRange(BenchWorkload history, int fromCount, int toCount, BenchWorkload pending, int pendingCount, JournalSettings settings)
        {
            long[] bytesRead = new long[toCount - fromCount + 1];
            for (int count = fromCount; count <= toCount; count++)
            {
                bytesRead[count - fromCount] = MeasureRecovery(history, count, pending, pendingCount, settings).BytesRead;
            }

            return bytesRead;
        }

        /// <summary>Starts a measured window from a collected heap, so that where collections fall inside it does not vary between runs.</summary>
        private static void Settle()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }

        private static void RunTransaction(IOutbox store, BenchWorkload workload, int index, long[]? phases)
        {
            TransactionIntent intent = workload.Intents[index];
            long t0 = GC.GetAllocatedBytesForCurrentThread();
            uint sequence = store.Begin(intent, intent.CreatedUtcMilliseconds);
            long t1 = GC.GetAllocatedBytesForCurrentThread();
            store.RecordResponse(sequence, workload.Responses[index]);
            long t2 = GC.GetAllocatedBytesForCurrentThread();
            int delivered = store.Deliver(Destinations.Display) + store.Deliver(Destinations.Printer) + store.Deliver(Destinations.Host);
            long t3 = GC.GetAllocatedBytesForCurrentThread();
            store.Commit();
            long t4 = GC.GetAllocatedBytesForCurrentThread();
            Expect(delivered, 3, "display, printer and host");
            if (phases != null)
            {
                phases[0] += t1 - t0;
                phases[1] += t2 - t1;
                phases[2] += t3 - t2;
                phases[3] += t4 - t3;
            }
        }

        private static void Expect(int actual, int expected, string what)
        {
            if (actual != expected)
            {
                throw new InvalidOperationException(
                    "benchmark workload went wrong: " + actual.ToString(CultureInfo.InvariantCulture) + " deliveries to "
                    + what + ", expected " + expected.ToString(CultureInfo.InvariantCulture));
            }
        }

        private static void RequireSameTraffic(StorageCounters expected, StorageCounters actual, string message)
        {
            if (expected.BytesWritten != actual.BytesWritten || expected.BytesRead != actual.BytesRead
                || expected.Syncs != actual.Syncs || expected.FilesCreated != actual.FilesCreated
                || expected.Deletes != actual.Deletes || expected.Renames != actual.Renames
                || expected.Opens != actual.Opens || expected.Mutations != actual.Mutations)
            {
                throw new InvalidOperationException(message);
            }
        }
    }
}
