using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Terminal.Tools.Simulator.Rig
{
    /// <summary>
    /// Runs a <see cref="SimulatedTerminal"/> in real time on a thread of its own: the device's main loop, one pass
    /// every <see cref="PassMilliseconds"/>, with the time that really passed. Other threads (the page's requests,
    /// the console's reader) never call the terminal: they queue work with <see cref="Invoke{T}"/>, which runs between
    /// two passes, and read the last <see cref="Snapshot"/>.
    /// </summary>
    public sealed class TerminalLoop : IDisposable
    {
        /// <summary>The pause between two passes, in milliseconds: the device's cashier poll period.</summary>
        public const int PassMilliseconds = 5;

        /// <summary>How often a snapshot is captured when nothing was asked, in milliseconds.</summary>
        public const int CaptureMilliseconds = 50;

        private readonly SimulatedTerminal terminal;
        private readonly Action<SimulatedTerminal>? afterPass;
        private readonly TextWriter errors;
        private readonly ConcurrentQueue<Action> work = new ConcurrentQueue<Action>();
        private readonly Thread thread;
        private readonly CancellationTokenSource stop = new CancellationTokenSource();
        private TerminalSnapshot snapshot;

        /// <summary>Creates the loop; captures the first snapshot on the calling thread. Call <see cref="Start"/> next.</summary>
        /// <param name="terminal">The terminal, started; from now on only the loop's thread touches it.</param>
        /// <param name="errors">Where an unexpected exception of a pass is written (the loop goes on).</param>
        /// <param name="afterPass">Called on the loop's thread after every pass (the headless transcript), or <c>null</c>.</param>
        public TerminalLoop(SimulatedTerminal terminal, TextWriter errors, Action<SimulatedTerminal>? afterPass = null)
        {
            ArgumentNullException.ThrowIfNull(terminal);
            ArgumentNullException.ThrowIfNull(errors);
            this.terminal = terminal;
            this.errors = errors;
            this.afterPass = afterPass;
            snapshot = terminal.Capture();
            thread = new Thread(Run) { IsBackground = true, Name = "terminal loop" };
        }

        /// <summary>Gets the last snapshot (thread-safe).</summary>
        public TerminalSnapshot Snapshot => Volatile.Read(ref snapshot);

        /// <summary>Starts the loop's thread.</summary>
        public void Start() => thread.Start();

        /// <summary>Queues work for the loop's thread; it runs between two passes, and a snapshot is captured after it.</summary>
        /// <typeparam name="T">The result's type.</typeparam>
        /// <param name="action">What to do with the terminal.</param>
        /// <returns>The result, once done; faulted with the action's exception.</returns>
        public Task<T> Invoke<T>(Func<SimulatedTerminal, T> action)
        {
            ArgumentNullException.ThrowIfNull(action);
            var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            work.Enqueue(() =>
            {
                try
                {
                    done.SetResult(action(terminal));
                }
                catch (Exception exception)
                {
                    done.SetException(exception);
                }
            });
            return done.Task;
        }

        /// <summary>Stops the loop and waits for its thread.</summary>
        public void Dispose()
        {
            stop.Cancel();
            if (thread.IsAlive)
            {
                thread.Join();
            }

            stop.Dispose();
        }

        private void Run()
        {
            var watch = Stopwatch.StartNew();
            long last = 0;
            long lastCapture = 0;
            while (!stop.IsCancellationRequested)
            {
                bool worked = false;
                while (work.TryDequeue(out Action? action))
                {
                    action();
                    worked = true;
                }

                long now = watch.ElapsedMilliseconds;
                try
                {
                    terminal.Step(now - last);
                    afterPass?.Invoke(terminal);
                }
                catch (Exception exception)
                {
                    errors.WriteLine("simulator: a pass of the terminal loop failed: " + exception);
                }

                last = now;
                if (worked || now - lastCapture >= CaptureMilliseconds)
                {
                    Volatile.Write(ref snapshot, terminal.Capture());
                    lastCapture = now;
                }

                stop.Token.WaitHandle.WaitOne(PassMilliseconds);
            }
        }
    }
}
