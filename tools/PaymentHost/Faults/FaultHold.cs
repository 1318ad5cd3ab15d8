using System.Threading;
using System.Threading.Tasks;

namespace Terminal.Tools.PaymentHost
{
    /// <summary>
    /// A request held in flight by <see cref="FaultSwitchboard.Hold"/>: <see cref="Arrived"/> completes when
    /// the request reaches the hold, and the request goes on after <see cref="Release"/>. Server shutdown
    /// releases it too.
    /// </summary>
    public sealed class FaultHold
    {
        private readonly TaskCompletionSource arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        internal FaultHold(HostOperation operation)
        {
            Operation = operation;
        }

        /// <summary>The operation whose next request is held.</summary>
        public HostOperation Operation { get; }

        /// <summary>Completes when a request has reached the hold (accepted, not yet processed).</summary>
        public Task Arrived => arrived.Task;

        /// <summary>Lets the held request go on. Releasing twice, or before arrival, is harmless.</summary>
        public void Release() => released.TrySetResult();

        /// <summary>Signals the arrival, then waits for the release or the host's shutdown.</summary>
        /// <param name="stopping">Cancelled when the host stops.</param>
        /// <returns>A task that completes at the release.</returns>
        internal async Task WaitAsync(CancellationToken stopping)
        {
            arrived.TrySetResult();
            await released.Task.WaitAsync(stopping).ConfigureAwait(false);
        }
    }
}
