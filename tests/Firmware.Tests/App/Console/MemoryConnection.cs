using System;
using System.Collections.Generic;
using System.Text;
using Terminal.Hal.ConsoleTransport;

namespace Terminal.Tests.App.ConsoleTests
{
    /// <summary>An in-memory console connection: the test queues bytes in pieces and reads what the session sent.</summary>
    internal sealed class MemoryConnection : IConsoleConnection
    {
        private readonly Queue<byte[]> incoming = new();
        private readonly StringBuilder sent = new();
        private int taken;

        public string PeerName { get; set; } = "test-peer";

        public bool IsOpen { get; private set; } = true;

        public void Send(byte[] bytes) => incoming.Enqueue(bytes);

        public void Send(string text) => Send(Encoding.UTF8.GetBytes(text));

        public void PeerCloses() => IsOpen = false;

        /// <summary>Everything the session sent since the last call.</summary>
        public string TakeOutput()
        {
            string all = sent.ToString();
            string fresh = all.Substring(taken);
            taken = all.Length;
            return fresh;
        }

        public int Read(byte[] buffer, int offset, int count)
        {
            if (!IsOpen || incoming.Count == 0)
            {
                return 0;
            }

            byte[] next = incoming.Peek();
            int take = Math.Min(count, next.Length);
            Array.Copy(next, 0, buffer, offset, take);
            incoming.Dequeue();
            if (take < next.Length)
            {
                byte[] rest = new byte[next.Length - take];
                Array.Copy(next, take, rest, 0, rest.Length);
                Queue<byte[]> requeue = new();
                requeue.Enqueue(rest);
                while (incoming.Count > 0)
                {
                    requeue.Enqueue(incoming.Dequeue());
                }

                while (requeue.Count > 0)
                {
                    incoming.Enqueue(requeue.Dequeue());
                }
            }

            return take;
        }

        public bool Write(byte[] buffer, int offset, int count)
        {
            if (!IsOpen)
            {
                return false;
            }

            sent.Append(Encoding.UTF8.GetString(buffer, offset, count));
            return true;
        }

        public void Close() => IsOpen = false;

        public bool HasPendingInput => incoming.Count > 0;
    }
}
