using System;
using System.Diagnostics.CodeAnalysis;
using Terminal.Hal.Storage;

namespace Terminal.Hal.Simulated.Storage
{
    /// <summary>
    /// An in-memory identity witness: on the device a separate non-volatile part (an I2C EEPROM
    /// outside <c>I:</c>, see hal/Esp32), so <see cref="SimulatedFlash.SilentFormat"/> does not touch it. Writes are
    /// atomic. Test switches: <see cref="Erase"/> and <see cref="Fails"/>.
    /// </summary>
    public sealed class SimulatedIdentityWitness : IIdentityWitness
    {
        private readonly object gate = new object();
        private byte[]? record;

        /// <inheritdoc/>
        /// <remarks>112 bytes, as the ESP32 witness (one 128-byte EEPROM slot less its header): an identity record is at most 80.</remarks>
        public int CapacityBytes => 112;

        /// <summary>Gets or sets whether the part is faulty: <see cref="Write"/> and <see cref="TryRead"/> then throw <see cref="StorageException"/> with <see cref="StorageError.MediaFault"/>.</summary>
        public bool Fails { get; set; }

        /// <inheritdoc/>
        /// <exception cref="StorageException"><see cref="StorageError.MediaFault"/> when <see cref="Fails"/> is set.</exception>
        public bool TryRead([MaybeNullWhen(false)] out byte[] record)
        {
            lock (gate)
            {
                ThrowIfFailing("read");
                if (this.record == null)
                {
                    record = null;
                    return false;
                }

                record = (byte[])this.record.Clone();
                return true;
            }
        }

        /// <inheritdoc/>
        /// <exception cref="ArgumentException">The record is longer than <see cref="CapacityBytes"/>.</exception>
        /// <exception cref="StorageException"><see cref="StorageError.MediaFault"/> when <see cref="Fails"/> is set; the old record stays.</exception>
        public void Write(byte[] record)
        {
            ArgumentNullException.ThrowIfNull(record);
            if (record.Length > CapacityBytes)
            {
                throw new ArgumentException($"The witness holds at most {CapacityBytes} bytes, not {record.Length}.", nameof(record));
            }

            lock (gate)
            {
                ThrowIfFailing("write");
                this.record = (byte[])record.Clone();
            }
        }

        /// <summary>Forgets the record, as a blank part: <see cref="TryRead"/> then returns <c>false</c>.</summary>
        public void Erase()
        {
            lock (gate)
            {
                record = null;
            }
        }

        private void ThrowIfFailing(string operation)
        {
            if (Fails)
            {
                throw new StorageException(StorageError.MediaFault, $"The simulated identity witness failed to {operation}.");
            }
        }
    }
}
