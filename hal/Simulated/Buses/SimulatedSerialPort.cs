using System;
using System.Collections.Generic;
using Terminal.Hal.Buses;
using Terminal.Hal.Simulated.Time;

namespace Terminal.Hal.Simulated.Buses
{
    /// <summary>
    /// A UART and its cable, with a peripheral emulator (<see cref="ISerialPeer"/>) on the far end. The
    /// real driver runs over it unchanged. Fault switches: <see cref="Unplugged"/> (nothing crosses) and a
    /// speed mismatch (<see cref="PeerBaudRate"/> differing from <see cref="BaudRate"/>: every byte arrives
    /// garbled in both directions, as when a scanner's factory reset puts it back at its default speed).
    /// </summary>
    /// <remarks>
    /// No real time passes: a <see cref="Read"/> that finds nothing moves the optional
    /// <see cref="ManualClock"/> by its timeout and returns 0, so timeouts are deterministic and instant.
    /// </remarks>
    public sealed class SimulatedSerialPort : ISerialPort, ISerialConfiguration
    {
        private readonly object gate = new object();
        private readonly Queue<byte> toTerminal = new Queue<byte>();
        private readonly ManualClock? clock;
        private int baudRate;
        private int peerBaudRate;

        /// <summary>Creates the port at <paramref name="baudRate"/>, the peripheral at the same speed.</summary>
        /// <param name="baudRate">Bits per second of both ends.</param>
        /// <param name="clock">Moved by each read timeout; <c>null</c> when time does not matter.</param>
        public SimulatedSerialPort(int baudRate, ManualClock? clock = null)
        {
            this.baudRate = baudRate;
            peerBaudRate = baudRate;
            this.clock = clock;
        }

        /// <summary>Gets or sets the emulator on the far end; <c>null</c> is a cable to nothing.</summary>
        public ISerialPeer? Peer { get; set; }

        /// <summary>Gets or sets whether the cable is pulled: bytes in either direction are lost.</summary>
        public bool Unplugged { get; set; }

        /// <summary>Gets or sets the speed the peripheral listens and talks at. When it differs from <see cref="BaudRate"/>, bytes arrive garbled.</summary>
        public int PeerBaudRate
        {
            get
            {
                lock (gate)
                {
                    return peerBaudRate;
                }
            }

            set
            {
                lock (gate)
                {
                    peerBaudRate = value;
                }
            }
        }

        /// <inheritdoc/>
        public int BaudRate
        {
            get
            {
                lock (gate)
                {
                    return baudRate;
                }
            }
        }

        /// <summary>Gets how many bytes the terminal has written, delivered or not.</summary>
        public long BytesFromTerminal { get; private set; }

        /// <summary>Gets how many bytes the peripheral has sent, delivered or not.</summary>
        public long BytesToTerminal { get; private set; }

        /// <summary>Gets how many bytes wait to be read by the terminal.</summary>
        public int BytesToRead
        {
            get
            {
                lock (gate)
                {
                    return toTerminal.Count;
                }
            }
        }

        /// <inheritdoc/>
        public void ChangeBaudRate(int baudRate)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(baudRate, 1200);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(baudRate, 921600);
            lock (gate)
            {
                this.baudRate = baudRate;
                toTerminal.Clear();
            }
        }

        /// <inheritdoc/>
        public void Write(byte[] buffer, int offset, int count)
        {
            CheckRange(buffer, offset, count);
            byte[] sent;
            lock (gate)
            {
                BytesFromTerminal += count;
                if (Unplugged || Peer == null || count == 0)
                {
                    return;
                }

                sent = Cross(buffer, offset, count);
            }

            // Outside the lock: the peer answers through SendToTerminal, maybe from inside this call.
            Peer.Receive(sent, 0, sent.Length);
        }

        /// <inheritdoc/>
        public int Read(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            CheckRange(buffer, offset, count);
            ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
            ArgumentOutOfRangeException.ThrowIfNegative(timeoutMilliseconds);
            lock (gate)
            {
                int read = 0;
                while (read < count && toTerminal.Count > 0)
                {
                    buffer[offset + read] = toTerminal.Dequeue();
                    read++;
                }

                if (read > 0)
                {
                    return read;
                }
            }

            clock?.Advance(timeoutMilliseconds);
            return 0;
        }

        /// <inheritdoc/>
        public void DiscardInput()
        {
            lock (gate)
            {
                toTerminal.Clear();
            }
        }

        /// <summary>
        /// Called by the emulator: puts bytes on the line towards the terminal. They are lost while
        /// <see cref="Unplugged"/>, and garbled when the two speeds differ.
        /// </summary>
        /// <param name="data">The bytes.</param>
        /// <param name="offset">Index of the first byte.</param>
        /// <param name="count">Number of bytes.</param>
        public void SendToTerminal(byte[] data, int offset, int count)
        {
            CheckRange(data, offset, count);
            lock (gate)
            {
                BytesToTerminal += count;
                if (Unplugged || count == 0)
                {
                    return;
                }

                foreach (byte value in Cross(data, offset, count))
                {
                    toTerminal.Enqueue(value);
                }
            }
        }

        /// <summary>Called by the emulator: <see cref="SendToTerminal(byte[], int, int)"/> for a whole array.</summary>
        /// <param name="data">The bytes.</param>
        public void SendToTerminal(byte[] data)
        {
            ArgumentNullException.ThrowIfNull(data);
            SendToTerminal(data, 0, data.Length);
        }

        // At the wrong speed a receiver samples the wrong bits and frames the wrong number of bytes. The
        // model is deterministic (tests repeat) and never yields the bytes sent: each byte is scrambled and
        // every third one is lost in a framing error.
        private byte[] Cross(byte[] data, int offset, int count)
        {
            if (baudRate == peerBaudRate)
            {
                byte[] copy = new byte[count];
                Array.Copy(data, offset, copy, 0, count);
                return copy;
            }

            var garbled = new List<byte>(count);
            for (int index = 0; index < count; index++)
            {
                if (index % 3 == 2)
                {
                    continue;
                }

                byte value = data[offset + index];
                garbled.Add((byte)(((value << 3) | (value >> 5)) ^ 0xA5));
            }

            return garbled.ToArray();
        }

        private static void CheckRange(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count), "the range lies outside the buffer");
            }
        }
    }
}
