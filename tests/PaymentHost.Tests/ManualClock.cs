using System;
using System.Threading;

namespace Terminal.Tests.PaymentHost
{
    /// <summary>A clock that moves only when a test says so.</summary>
    internal sealed class ManualClock : TimeProvider
    {
        private long utcMilliseconds;

        public ManualClock(long startUtcMilliseconds)
        {
            utcMilliseconds = startUtcMilliseconds;
        }

        public long UtcMilliseconds => Interlocked.Read(ref utcMilliseconds);

        public void Advance(long milliseconds) => Interlocked.Add(ref utcMilliseconds, milliseconds);

        public override DateTimeOffset GetUtcNow() => DateTimeOffset.FromUnixTimeMilliseconds(UtcMilliseconds);
    }
}
