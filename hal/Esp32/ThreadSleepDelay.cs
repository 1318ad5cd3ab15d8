using System.Threading;
using Terminal.Hal.CardReader;

namespace Terminal.Hal.Esp32
{
    /// <summary>How the device waits through a datasheet delay: <see cref="Thread.Sleep(int)"/>, which lets other threads run.</summary>
    public sealed class ThreadSleepDelay : IPollingDelay
    {
        /// <inheritdoc/>
        public void Wait(int milliseconds)
        {
            Thread.Sleep(milliseconds);
        }
    }
}
