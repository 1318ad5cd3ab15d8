using Terminal.App.Payments;

namespace Terminal.Tools.Bench
{
    /// <summary>The result screen as the <c>latency</c> benchmark sees it: it closes the recorder's window and draws nothing.</summary>
    internal sealed class LatencyScreen : IResultDisplay
    {
        private readonly LatencyRecorder _recorder;

        /// <summary>Creates the screen.</summary>
        /// <param name="recorder">Whose window each <see cref="Show"/> closes.</param>
        public LatencyScreen(LatencyRecorder recorder)
        {
            _recorder = recorder;
        }

        /// <summary>Gets the outcomes shown so far.</summary>
        public int Shown { get; private set; }

        /// <inheritdoc/>
        public void Show(PaymentOutcome outcome)
        {
            _recorder.CloseWindow(outcome);
            Shown++;
        }
    }
}
