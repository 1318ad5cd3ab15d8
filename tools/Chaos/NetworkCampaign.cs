using System;
using System.Threading;

namespace Terminal.Tools.Chaos
{
    /// <summary>
    /// Card payments through a real payment host over loopback HTTP, under host faults (drops,
    /// delays past the timeout, 5xx, approvals the terminal never hears of) and terminal faults
    /// (reboots and power losses mid-flight, power cuts at a near flash mutation). Each seed has a
    /// host and a terminal of its own; the host's ledger is the truth the terminal is judged against:
    /// charged at most once, every charge shown as approved, never shown as failed, every result
    /// delivered to screen, printer and backend, every reversal acknowledged.
    /// </summary>
    public sealed class NetworkCampaign
    {
        private readonly object _gate = new();

        /// <summary>Creates a campaign.</summary>
        /// <param name="timeoutMilliseconds">The terminal's HTTP timeout; delay faults go past it.</param>
        /// <param name="parallelism">Seeds run at once (each mostly waits on loopback HTTP and timeouts).</param>
        public NetworkCampaign(int timeoutMilliseconds = 300, int parallelism = 8)
        {
            TimeoutMilliseconds = timeoutMilliseconds;
            Parallelism = parallelism;
        }

        /// <summary>The terminal's HTTP timeout.</summary>
        public int TimeoutMilliseconds { get; }

        /// <summary>Seeds run at once.</summary>
        public int Parallelism { get; }

        /// <summary>The counts, summed over seeds.</summary>
        public NetworkCounters Counters { get; } = new();

        /// <summary>Runs seeds <paramref name="firstSeed"/> to <paramref name="firstSeed"/> + <paramref name="seeds"/> - 1.</summary>
        public void Run(int firstSeed, int seeds, int transactions)
        {
            int next = firstSeed;
            int end = firstSeed + seeds;
            var workers = new Thread[Math.Min(Parallelism, seeds)];
            for (int w = 0; w < workers.Length; w++)
            {
                workers[w] = new Thread(() =>
                {
                    while (true)
                    {
                        int seed = Interlocked.Increment(ref next) - 1;
                        if (seed >= end)
                        {
                            return;
                        }

                        RunSeed(seed, transactions);
                    }
                });
                workers[w].IsBackground = true;
                workers[w].Start();
            }

            foreach (Thread worker in workers)
            {
                worker.Join();
            }
        }

        /// <summary>Runs one seed and adds its counts.</summary>
        public void RunSeed(int seed, int transactions)
        {
            var run = new NetworkSeedRun(seed, transactions, TimeoutMilliseconds);
            try
            {
                run.Run();
            }
            catch (Exception exception)
            {
                run.Counters.Crashes++;
                run.Counters.Note("seed " + seed + ": the campaign itself threw " + exception.GetType().Name + ": " + exception.Message);
            }

            lock (_gate)
            {
                Counters.Add(run.Counters);
            }
        }
    }
}
