using System;
using System.Globalization;
using System.IO;
using Terminal.Core.Journal;

namespace Terminal.Tools.Bench
{
    /// <summary>
    /// The <c>journal</c> benchmark: the transaction journal and the naive baseline over the same
    /// deterministic workload on the simulated flash. Figures go to standard output; for every
    /// target missed (or all with <c>--breakdown</c>) a breakdown of where the bytes, commits or
    /// allocations went goes to standard error. See README.md.
    /// </summary>
    internal sealed class JournalBenchmark
    {
        /// <summary>Transactions run before the measured window.</summary>
        public const int WarmUpTransactions = 100;

        /// <summary>Transactions in the measured window.</summary>
        public const int MeasuredTransactions = 1000;

        /// <summary>Delivered transactions before the pending set in the 1x history case.</summary>
        public const int HistoryBase = 1000;

        /// <summary>How much more history, or pending, the 10x cases hold.</summary>
        public const int GrowthFactor = 10;

        /// <summary>History lengths each history case is averaged over, spread across <see cref="PhaseSpan"/>.</summary>
        public const int HistoryPhases = 8;

        /// <summary>About one default segment's worth of standard transactions (8 KB at ~100 bytes each).</summary>
        public const int PhaseSpan = 80;

        /// <summary>Transactions left waiting for the host in the history cases.</summary>
        public const int PendingWithHistory = 20;

        /// <summary>Transactions left waiting for the host in the 1x pending case.</summary>
        public const int PendingBase = 15;

        private const int WorkloadSeed = 20261123;
        private const int PendingSeed = 20261201;

        private const double MaximumWriteAmplification = 1.5;
        private const double MaximumSyncsPerTransaction = 3.0;
        private const double MaximumHistoryGrowth = 1.2;
        private const double MaximumPendingGrowth = 10.0;
        private const double MaximumAllocatedPerTransaction = 2048;

        private readonly BenchOutput _output;
        private readonly TextWriter _error;
        private readonly bool _breakdownAll;

        /// <summary>Creates the benchmark.</summary>
        /// <param name="output">Where the figures go.</param>
        /// <param name="error">Where breakdowns go.</param>
        /// <param name="breakdownAll">Whether to explain every figure, not only the targets missed.</param>
        public JournalBenchmark(BenchOutput output, TextWriter error, bool breakdownAll)
        {
            _output = output;
            _error = error;
            _breakdownAll = breakdownAll;
        }

        /// <summary>Gets the settings of the pending-growth cases: the defaults with the live-transaction and amount limits raised so 150 sales fit.</summary>
        /// <returns>New settings.</returns>
        public static JournalSettings CreatePendingSettings()
        {
            JournalSettings settings = JournalSettings.CreateDefault();
            settings.MaximumLiveTransactions = 1000;
            settings.MaximumPendingAmountMinorUnits = 100000000; // 1,000,000.00 CNY
            return settings;
        }

        /// <summary>Runs the benchmark and prints its figures.</summary>
        /// <returns>The process exit code: 0.</returns>
        public int Run()
        {
            BenchWorkload history = BenchWorkload.Create((HistoryBase * GrowthFactor) + PhaseSpan, WorkloadSeed, BenchWorkload.HistoryStartUtcMilliseconds);
            BenchWorkload pending = BenchWorkload.Create(PendingBase * GrowthFactor, PendingSeed, BenchWorkload.PendingStartUtcMilliseconds);

            var journalBench = new StoreBench((storage, settings) => new JournalOutbox(storage, settings));
            StoreFigures journal = Measure(journalBench, history, pending);
            StoreFigures baseline = Measure(new StoreBench((storage, settings) => new NaiveQueueStore(storage)), history, pending);

            // The same logical records in both: the journal's count of them is the denominator of both ratios.
            long payload = journal.Workload.RecordPayloadBytes;
            Print("journal.", journal, payload);
            Print("journal.baseline.", baseline, payload);

            bool writeMet = journal.WriteAmplification(payload) <= MaximumWriteAmplification;
            bool syncsMet = journal.SyncsPerTransaction <= MaximumSyncsPerTransaction;
            bool historyMet = journal.HistoryGrowth <= MaximumHistoryGrowth;
            bool pendingMet = journal.PendingGrowth <= MaximumPendingGrowth;
            bool allocMet = journal.AllocatedPerTransaction <= MaximumAllocatedPerTransaction;
            _output.Write("journal.targets_met", writeMet && syncsMet && historyMet && pendingMet && allocMet);

            if (_breakdownAll)
            {
                WriteWorkloadNote(history, pending);
            }

            if (_breakdownAll || !writeMet || !syncsMet)
            {
                WriteStorageBreakdown(journal, payload, writeMet, syncsMet);
            }

            if (_breakdownAll || !historyMet)
            {
                WriteRecoveryBreakdown("journal.recovery_growth_history_10x", journal.HistoryGrowth, MaximumHistoryGrowth, journal.History1x, journal.History10x);
                WritePhaseSensitivity(journalBench, history, pending);
            }

            if (_breakdownAll || !pendingMet)
            {
                WriteRecoveryBreakdown("journal.recovery_growth_pending_10x", journal.PendingGrowth, MaximumPendingGrowth, journal.Pending1x, journal.Pending10x);
            }

            if (_breakdownAll || !allocMet)
            {
                WriteAllocationBreakdown("journal", journal, " (target <= " + Text(MaximumAllocatedPerTransaction, 0) + (allocMet ? ", met)" : ", NOT met)"));
                if (_breakdownAll)
                {
                    WriteAllocationBreakdown("journal.baseline", baseline, string.Empty);
                }
            }

            return 0;
        }

        private static StoreFigures Measure(StoreBench bench, BenchWorkload history, BenchWorkload pending)
        {
            JournalSettings defaults = JournalSettings.CreateDefault();
            JournalSettings pendingSettings = CreatePendingSettings();
            return new StoreFigures
            {
                Workload = bench.MeasureWorkload(history, defaults, WarmUpTransactions, MeasuredTransactions),
                History1x = bench.MeasureRecoveryOverPhases(history, HistoryBase, HistoryPhases, PhaseSpan, pending, PendingWithHistory, defaults),
                History10x = bench.MeasureRecoveryOverPhases(history, HistoryBase * GrowthFactor, HistoryPhases, PhaseSpan, pending, PendingWithHistory, defaults),
                Pending1x = bench.MeasureRecovery(history, HistoryBase, pending, PendingBase, pendingSettings),
                Pending10x = bench.MeasureRecovery(history, HistoryBase, pending, PendingBase * GrowthFactor, pendingSettings),
            };
        }

        private static string Text(long value)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        private static string Text(double value, int decimals)
        {
            return value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        private void Print(string prefix, StoreFigures figures, long recordPayloadBytes)
        {
            _output.Write(prefix + "write_amplification", figures.WriteAmplification(recordPayloadBytes), 3);
            _output.Write(prefix + "syncs_per_transaction", figures.SyncsPerTransaction, 3);
            _output.Write(prefix + "recovery_growth_history_10x", figures.HistoryGrowth, 3);
            _output.Write(prefix + "recovery_growth_pending_10x", figures.PendingGrowth, 3);
            _output.Write(prefix + "alloc_bytes_per_transaction", figures.AllocatedPerTransaction, 1);
            _output.Write(prefix + "alloc_bytes_per_transaction_storage_excluded", figures.AllocatedPerTransactionStorageExcluded, 1);
            _output.Write(prefix + "storage_bytes_per_transaction", figures.StorageBytesPerTransaction, 1);
            _output.Write(prefix + "recovery_bytes_read_1x", figures.History1x.BytesRead);
            _output.Write(prefix + "recovery_bytes_read_history_10x", figures.History10x.BytesRead);
            _output.Write(prefix + "recovery_bytes_read_pending_1x", figures.Pending1x.BytesRead);
            _output.Write(prefix + "recovery_bytes_read_pending_10x", figures.Pending10x.BytesRead);
            _output.Write(prefix + "segments_after_workload", figures.Workload.FilesAfter);
            _output.Write(prefix + "commits", figures.Workload.Commits);
        }

        private void WriteWorkloadNote(BenchWorkload history, BenchWorkload pending)
        {
            int skipped = history.SkippedReferences + pending.SkippedReferences;
            int generated = history.GeneratedReferences + pending.GeneratedReferences;
            _error.WriteLine(
                "workload: " + Text(skipped) + " of " + Text(generated)
                + " generated merchant references (ORD-yyyyMMdd-nnnnnn) were skipped because CardDataGuard.ContainsPanLikeNumber"
                + " took them for card numbers (TransactionIntent.Validate would refuse them).");
        }

        private void WriteStorageBreakdown(StoreFigures journal, long payload, bool writeMet, bool syncsMet)
        {
            WorkloadResult w = journal.Workload;
            _error.WriteLine(
                "breakdown journal.write_amplification " + Text(journal.WriteAmplification(payload), 3) + " (target <= " + Text(MaximumWriteAmplification, 1) + (writeMet ? ", met" : ", NOT met")
                + "), journal.syncs_per_transaction " + Text(journal.SyncsPerTransaction, 3) + " (target <= " + Text(MaximumSyncsPerTransaction, 1) + (syncsMet ? ", met" : ", NOT met") + "), over "
                + Text(w.Transactions) + " transactions:");
            FrameBreakdown.Analyze(w.Trace, w.TraceFrom, w.TraceTo).Write(_error, "  ", payload);
            _error.WriteLine(
                "  flash: syncs " + Text(w.Flash.Syncs) + ", files created " + Text(w.Flash.FilesCreated) + ", deletes " + Text(w.Flash.Deletes)
                + ", renames " + Text(w.Flash.Renames) + ", opens " + Text(w.Flash.Opens) + "; records carried by compaction " + Text(w.RecordsCarried)
                + "; the journal's own StorageBytesWritten " + Text(w.JournalStorageBytesWritten) + " (flash counted " + Text(w.Flash.BytesWritten) + ")");
        }

        private void WriteRecoveryBreakdown(string figure, double value, double target, RecoveryResult small, RecoveryResult large)
        {
            _error.WriteLine(
                "breakdown " + figure + " " + Text(value, 3) + " (target <= " + Text(target, 1) + (value <= target ? ", met" : ", NOT met") + "): "
                + Text(large.BytesRead) + " / " + Text(small.BytesRead) + " bytes read at boot");
            WriteRecovery(small);
            WriteRecovery(large);
        }

        private void WriteRecovery(RecoveryResult r)
        {
            _error.WriteLine("  history " + Text(r.History) + ", pending " + Text(r.Pending) + ": read " + Text(r.BytesRead) + " bytes; files at reboot: " + r.FilesAtReboot);
            if (r.HistoryBytesAtReboot >= 0)
            {
                _error.WriteLine(
                    "    of which delivered history written before the pending set began (dead bytes in still-needed segments): "
                    + Text(r.HistoryBytesAtReboot) + "; written for the pending set: " + Text(r.BytesRead - r.HistoryBytesAtReboot));
            }

            if (r.Report != null)
            {
                _error.WriteLine(
                    "    recovery report: segments read " + Text(r.Report.SegmentsRead) + ", frames accepted " + Text(r.Report.FramesAccepted)
                    + ", live transactions " + Text(r.Report.LiveTransactions) + "; host items offered again " + Text(r.Redelivered));
            }
        }

        /// <summary>
        /// Boot work for one segment's worth of consecutive history lengths: the journal reads whole
        /// segments, so the dead history in the segment the pending set starts in (0 .. one segment)
        /// is read too, whatever the history's length. This bounds the 10x ratio for any phase.
        /// </summary>
        private void WritePhaseSensitivity(StoreBench bench, BenchWorkload history, BenchWorkload pending)
        {
            int span = (JournalSettings.CreateDefault().SegmentSizeBytes / 100) - 1;
            long[] bytesRead = bench.MeasureRecoveryRange(history, HistoryBase, HistoryBase + span, pending, PendingWithHistory, JournalSettings.CreateDefault());
            int lowest = 0;
            int highest = 0;
            for (int i = 1; i < bytesRead.Length; i++)
            {
                lowest = bytesRead[i] < bytesRead[lowest] ? i : lowest;
                highest = bytesRead[i] > bytesRead[highest] ? i : highest;
            }

            _error.WriteLine(
                "  phase sensitivity: history " + Text(HistoryBase) + ".." + Text(HistoryBase + span) + " with the same " + Text(PendingWithHistory)
                + " pending: boot reads " + Text(bytesRead[lowest]) + " (history " + Text(HistoryBase + lowest) + ") .. " + Text(bytesRead[highest])
                + " (history " + Text(HistoryBase + highest) + "); any history-10x/1x ratio lies within " + Text((double)bytesRead[lowest] / bytesRead[highest], 3)
                + " .. " + Text((double)bytesRead[highest] / bytesRead[lowest], 3) + " depending only on where the pending set starts in a segment");
        }

        private void WriteAllocationBreakdown(string name, StoreFigures figures, string verdict)
        {
            WorkloadResult w = figures.Workload;
            double n = w.Transactions;
            _error.WriteLine(
                "breakdown " + name + ".alloc_bytes_per_transaction " + Text(figures.AllocatedPerTransaction, 1) + verdict
                + ", storage excluded " + Text(figures.AllocatedPerTransactionStorageExcluded, 1) + ", per transaction:");
            for (int i = 0; i < StoreBench.PhaseNames.Length; i++)
            {
                _error.WriteLine("  phase " + StoreBench.PhaseNames[i].PadRight(36) + Text(w.AllocatedByPhase[i] / n, 1).PadLeft(9) + " (storage included)");
            }

            _error.WriteLine("  storage calls replayed alone: " + Text(w.StorageAllocated / n, 1) + " per transaction");
            for (int kind = 0; kind < StoreBench.StorageOpKindCount; kind++)
            {
                if (w.StorageCallsByKind[kind] == 0)
                {
                    continue;
                }

                _error.WriteLine(
                    "    " + ((StorageOpKind)kind).ToString().PadRight(12) + " calls " + Text(w.StorageCallsByKind[kind] / n, 2).PadLeft(7) + " per tx, "
                    + Text(w.StorageAllocatedByKind[kind] / n, 1).PadLeft(8) + " B per tx");
            }

            _error.WriteLine("  the store's own code (total minus storage): " + Text((w.Allocated - w.StorageAllocated) / n, 1) + " per transaction");
        }
    }
}
