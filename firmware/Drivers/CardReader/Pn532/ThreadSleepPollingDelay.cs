using System;
using System.Threading;
using Terminal.Hal.CardReader;

namespace Terminal.Drivers.CardReader.Pn532
{
    /// <summary>
    /// The device's <see cref="IPollingDelay"/>: <c>Thread.Sleep</c> (mscorlib on nanoFramework), which gives the
    /// CPU to the other threads while the reader works. Portable: the same class serves on the device and on a
    /// PC with real hardware; the simulated HAL uses a delay that moves its manual clock instead.
    /// </summary>
    public sealed class ThreadSleepPollingDelay : IPollingDelay
    {
        /// <inheritdoc/>
        public void Wait(int milliseconds)
        {
            if (milliseconds < 0)
            {
                throw new ArgumentOutOfRangeException("milliseconds");
            }

            Thread.Sleep(milliseconds);
        }
    }
}
