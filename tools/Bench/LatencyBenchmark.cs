using System;
using System.IO;
using Terminal.App.Payments;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Hal.Simulated.Board;

namespace Terminal.Tools.Bench
{
    /// <summary>
    /// The <c>latency</c> benchmark: the real <see cref="PaymentFlow"/> with an
    /// <see cref="IResultDisplay"/> and the journal on the simulated flash, fed by an in-process host.
    /// For each payment it counts what happens between the HTTP link returning the answer and the
    /// screen being asked to show it (flash mutations, modelled erases, JSON bytes, managed bytes
    /// allocated), then turns the counts into modelled device milliseconds with
    /// <see cref="LatencyCostModel"/> (docs/latency-model.md). No wall-clock time enters any figure.
    /// </summary>
    internal sealed class LatencyBenchmark
    {
        /// <summary>Payments run before the measured ones (static initialisation, first segment).</summary>
        public const int WarmUpPayments = 20;

        /// <summary>Payments measured: one window each.</summary>
        public const int MeasuredPayments = 1200;

        private const int WorkloadSeed = 20261123;
        private const long SecondsBetweenSales = 45;
        private const double MaximumP95Milliseconds = 100;

        private readonly BenchOutput _output;
        private readonly TextWriter _error;
        private readonly bool _breakdownAll;

        /// <summary>Creates the benchmark.</summary>
        /// <param name="output">Where the figures go.</param>
        /// <param name="error">Where explanations go.</param>
        /// <param name="breakdownAll">Whether to explain every figure, not only the targets missed.</param>
        public LatencyBenchmark(BenchOutput output, TextWriter error, bool breakdownAll)
        {
            _output = output;
            _error = error;
            _breakdownAll = breakdownAll;
        }

        /// <summary>Runs the benchmark and prints its figures.</summary>
        /// <returns>The process exit code: 0, or 1 when the run itself is inconsistent.</returns>
        public int Run()
        {
            LatencyPlan[] plans = LatencyWorkload.Create(WarmUpPayments + MeasuredPayments, WorkloadSeed);

            SimulatedBoard board = SimulatedBoard.Create(WorkloadSeed);
            var probe = new LatencyFlashProbe(board.Storage);
            var recorder = new LatencyRecorder(board.Flash, probe, MeasuredPayments);
            var link = new LatencyHostLink(recorder, () => board.Clock.UtcNowMilliseconds);
            var journal = new TransactionJournal(probe, "T0001234.1795392000", JournalSettings.CreateDefault());
            journal.Open();
            var client = new HostClient(link, new HostClientSettings { TerminalId = "T0001234", MerchantId = "M1", FirmwareVersion = "1.0.0" });
            PaymentFlowSettings settings = PaymentFlowSettings.CreateDefault();
            var screen = new LatencyScreen(recorder);
            var flow = new PaymentFlow(journal, client, board.Clock, settings) { ResultDisplay = screen };

            int shownBefore = 0;
            for (int i = 0; i < plans.Length; i++)
            {
                LatencyPlan plan = plans[i];
                bool measured = i >= WarmUpPayments;
                link.Plan = plan;
                bool late = plan.Kind == LatencyPaymentKind.LateApproved || plan.Kind == LatencyPaymentKind.LateDeclined;
                link.AuthorizationTimesOut = late;
                if (measured)
                {
                    recorder.Measure(plan.Kind);
                }

                PaymentOutcome outcome = flow.Pay(plan.Sale);
                if (late)
                {
                    if (outcome.Kind != PaymentOutcomeKind.Unknown)
                    {
                        return Inconsistent("payment " + i + ": a timed-out authorization was not UNKNOWN but " + outcome.Kind);
                    }

                    board.ManualClock.Advance(settings.FirstInquiryDelayMilliseconds);
                    PaymentOutcome[] resolved = flow.ResolveUnknown();
                    if (resolved.Length != 1 || !resolved[0].IsLate)
                    {
                        return Inconsistent("payment " + i + ": the inquiry did not resolve it as late");
                    }
                }

                recorder.Pause();
                if (screen.Shown != shownBefore + 1)
                {
                    return Inconsistent("payment " + i + ": shown " + (screen.Shown - shownBefore) + " times, not once");
                }

                shownBefore = screen.Shown;
                DrainPrinter(journal);
                board.ManualClock.Advance(SecondsBetweenSales * 1000);
            }

            if (recorder.Count != MeasuredPayments || recorder.Unshown != 0)
            {
                return Inconsistent("recorded " + recorder.Count + " windows, " + recorder.Unshown + " answers not shown");
            }

            _error.WriteLine(FormattableString.Invariant($"latency: control, whole run (outside the windows too): {board.Flash.MutationCount} flash mutations, {probe.ModelledErases} modelled erases, {probe.PagesProgrammed} pages programmed; the counters do count."));
            Report(recorder.Samples);
            return 0;
        }

        private static void DrainPrinter(TransactionJournal journal)
        {
            // The printer prints after the screen: outside every window.
            JournalEntry item;
            bool any = false;
            while (journal.TryPeek(Destinations.Printer, out item))
            {
                journal.MarkDelivered(item, Destinations.Printer);
                any = true;
            }

            if (any)
            {
                journal.Commit();
            }
        }

        private void Report(LatencySample[] samples)
        {
            int count = samples.Length;
            long erases = 0;
            long mutations = 0;
            long answerBytes = 0;
            long allocated = 0;
            int collections = 0;
            var modelled = new double[count];
            var worst = new double[count];
            for (int i = 0; i < count; i++)
            {
                erases += samples[i].FlashErases;
                mutations += samples[i].FlashMutations;
                answerBytes += samples[i].AnswerBytes;
                allocated += samples[i].AllocatedBytes;
                collections += samples[i].CollectionInWindow ? 1 : 0;
                modelled[i] = LatencyCostModel.TotalMilliseconds(samples[i], false);
                worst[i] = LatencyCostModel.TotalMilliseconds(samples[i], true);
            }

            double[] sorted = (double[])modelled.Clone();
            Array.Sort(sorted);
            Array.Sort(worst);
            double p50 = Percentile(sorted, 50);
            double p95 = Percentile(sorted, 95);
            double p99 = Percentile(sorted, 99);

            _output.Write("latency.payments", count);
            _output.Write("latency.flash_erases_between_response_and_display", erases);
            _output.Write("latency.flash_writes_between_response_and_display", mutations);
            _output.Write("latency.answer_bytes_per_payment", (double)answerBytes / count, 1);
            _output.Write("latency.alloc_bytes_between_response_and_display_per_payment", (double)allocated / count, 1);
            _output.Write("latency.collections_between_response_and_display", collections);
            _output.Write("latency.response_to_display_p50_ms_modelled", p50, 1);
            _output.Write("latency.response_to_display_p95_ms_modelled", p95, 1);
            _output.Write("latency.response_to_display_p99_ms_modelled", p99, 1);
            _output.Write("latency.response_to_display_max_ms_modelled_worst_erase", worst[count - 1], 1);

            bool erasesMet = erases == 0;
            bool writesMet = mutations == 0;
            bool p95Met = p95 <= MaximumP95Milliseconds;
            if (_breakdownAll || !erasesMet || !writesMet || !p95Met)
            {
                Explain(samples, modelled);
            }

            _output.Write("latency.targets_met", erasesMet && writesMet && p95Met);
        }

        private void Explain(LatencySample[] samples, double[] modelled)
        {
            _error.WriteLine("latency: modelled ms by payment kind (mean: interpreter + flash + screen + collection = total; answer bytes; alloc bytes; flash mutations)");
            foreach (LatencyPaymentKind kind in new[] { LatencyPaymentKind.Approved, LatencyPaymentKind.Declined, LatencyPaymentKind.LateApproved, LatencyPaymentKind.LateDeclined })
            {
                int n = 0;
                double interpreter = 0, flash = 0, screen = 0, collection = 0, total = 0, bytes = 0, alloc = 0, writes = 0;
                for (int i = 0; i < samples.Length; i++)
                {
                    if (samples[i].Kind != kind)
                    {
                        continue;
                    }

                    n++;
                    interpreter += LatencyCostModel.InterpreterMilliseconds(samples[i]);
                    flash += LatencyCostModel.FlashMilliseconds(samples[i], false);
                    screen += LatencyCostModel.ScreenMilliseconds(samples[i]);
                    collection += samples[i].CollectionInWindow ? LatencyCostModel.CollectionMilliseconds : 0;
                    total += modelled[i];
                    bytes += samples[i].AnswerBytes;
                    alloc += samples[i].AllocatedBytes;
                    writes += samples[i].FlashMutations;
                }

                if (n == 0)
                {
                    continue;
                }

                _error.WriteLine(FormattableString.Invariant(
                    $"  {kind,-13} n={n,4}  {interpreter / n,5:F1} + {flash / n,5:F1} + {screen / n,5:F1} + {collection / n,4:F1} = {total / n,5:F1} ms;  {bytes / n,5:F1} B json;  {alloc / n,6:F1} B alloc;  {writes / n:F2} mutations"));
            }

            _error.WriteLine(FormattableString.Invariant(
                $"latency: screen region {LatencyCostModel.ResultRegionWidthPixels}x{LatencyCostModel.ResultRegionHeightPixels}x{LatencyCostModel.BitsPerPixel} bpp = {LatencyCostModel.RegionBytes} B at {LatencyCostModel.PanelSpiHertz / 1e6:F0} MHz; heap model: a collection every {LatencyHeapModel.BudgetBytes} B allocated."));
        }

        /// <summary>Nearest-rank percentile of sorted values.</summary>
        private static double Percentile(double[] sorted, int percent)
        {
            int rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
            return sorted[Math.Max(rank, 1) - 1];
        }

        private int Inconsistent(string message)
        {
            _error.WriteLine("latency: error: " + message + ".");
            return 1;
        }
    }
}
