using System;
using Terminal.App.Payments;
using Terminal.Hal.Simulated.Storage;

namespace Terminal.Tools.Bench
{
    /// <summary>
    /// Opens a window when the fake HTTP link hands back a payment answer and closes it when the
    /// screen is asked to show the outcome; records the window's counts as a <see cref="LatencySample"/>.
    /// The samples array is allocated up front so recording allocates nothing.
    /// </summary>
    internal sealed class LatencyRecorder
    {
        private readonly SimulatedFlash _flash;
        private readonly LatencyFlashProbe _probe;
        private readonly LatencySample[] _samples;
        private bool _open;
        private bool _measuring;
        private LatencyPaymentKind _kind;
        private int _answerBytes;
        private long _mutationsAtOpen;
        private long _erasesAtOpen;
        private long _pagesAtOpen;
        private long _metadataAtOpen;
        private long _allocatedAtOpen;

        /// <summary>Creates a recorder.</summary>
        /// <param name="flash">The simulated flash under the journal.</param>
        /// <param name="probe">The counting drive between the journal and the flash.</param>
        /// <param name="capacity">The most windows recorded.</param>
        public LatencyRecorder(SimulatedFlash flash, LatencyFlashProbe probe, int capacity)
        {
            _flash = flash;
            _probe = probe;
            _samples = new LatencySample[capacity];
        }

        /// <summary>Gets the windows recorded.</summary>
        public int Count { get; private set; }

        /// <summary>Gets the windows opened that were never closed by a screen (an answer the flow did not show).</summary>
        public int Unshown { get; private set; }

        /// <summary>Gets the managed bytes the benchmark's own fake host allocated (encoding answers): not the device's.</summary>
        public long BenchAllocatedBytes { get; private set; }

        /// <summary>Gets the recorded samples; only the first <see cref="Count"/> are meaningful.</summary>
        public LatencySample[] Samples
        {
            get { return _samples; }
        }

        /// <summary>Starts recording windows, for a payment of the given kind.</summary>
        /// <param name="kind">The payment being run.</param>
        public void Measure(LatencyPaymentKind kind)
        {
            _measuring = true;
            _kind = kind;
        }

        /// <summary>Stops recording windows (warm-up, printer drain).</summary>
        public void Pause()
        {
            _measuring = false;
        }

        /// <summary>Adds allocations the fake host made, so the heap model can leave them out.</summary>
        /// <param name="bytes">Bytes allocated by the benchmark's own code.</param>
        public void AddBenchAllocation(long bytes)
        {
            BenchAllocatedBytes += bytes;
        }

        /// <summary>Called by the fake link as the very last thing before it returns a payment answer.</summary>
        /// <param name="answerBytes">The answer's length.</param>
        public void OpenWindow(int answerBytes)
        {
            if (_open)
            {
                Unshown++;
            }

            _open = _measuring;
            if (!_open)
            {
                return;
            }

            _answerBytes = answerBytes;
            _mutationsAtOpen = _flash.MutationCount;
            _erasesAtOpen = _probe.ModelledErases;
            _pagesAtOpen = _probe.PagesProgrammed;
            _metadataAtOpen = _flash.Counters.Syncs + _probe.MetadataChanges;
            _allocatedAtOpen = GC.GetAllocatedBytesForCurrentThread();
        }

        /// <summary>Called by the screen as the very first thing when the flow shows an outcome.</summary>
        /// <param name="outcome">The outcome shown.</param>
        public void CloseWindow(PaymentOutcome outcome)
        {
            long allocatedAtClose = GC.GetAllocatedBytesForCurrentThread();
            if (!_open)
            {
                return;
            }

            _open = false;
            if (Count == _samples.Length)
            {
                throw new InvalidOperationException("more windows than the recorder holds");
            }

            ref LatencySample sample = ref _samples[Count];
            sample.Kind = _kind;
            sample.AnswerBytes = _answerBytes;
            sample.AllocatedBytes = allocatedAtClose - _allocatedAtOpen;
            sample.FlashMutations = _flash.MutationCount - _mutationsAtOpen;
            sample.FlashErases = _probe.ModelledErases - _erasesAtOpen;
            sample.FlashPagesProgrammed = _probe.PagesProgrammed - _pagesAtOpen;
            sample.FlashMetadataCommits = _flash.Counters.Syncs + _probe.MetadataChanges - _metadataAtOpen;
            sample.ScreenCharacters = outcome.Message.Length + outcome.NextStep.Length;
            sample.CollectionInWindow = LatencyHeapModel.CollectionBetween(_allocatedAtOpen - BenchAllocatedBytes, allocatedAtClose - BenchAllocatedBytes);
            Count++;
        }
    }
}
