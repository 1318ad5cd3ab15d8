using System;
using Terminal.Hal.Storage;

namespace Terminal.Hal.Simulated.Storage
{
    /// <summary>
    /// A handle on a file of a <see cref="SimulatedFlash"/>, opened for reading or for appending. The
    /// work is done by the flash, under its lock; the handle holds what is particular to it.
    /// </summary>
    internal sealed class SimulatedStorageFile : IStorageFile
    {
        private readonly SimulatedFlash flash;

        internal SimulatedStorageFile(SimulatedFlash flash, FlashFile file, bool isForAppend, bool createdFile)
        {
            this.flash = flash;
            File = file;
            Name = file.Name;
            IsForAppend = isForAppend;
            CreatedFile = createdFile;
        }

        /// <inheritdoc/>
        /// <remarks>The name the file was opened under; it stays readable after the handle is closed or dead.</remarks>
        public string Name { get; }

        /// <inheritdoc/>
        public long Length => flash.LengthOf(this);

        /// <inheritdoc/>
        /// <remarks>On an append handle it is kept but unused: appends always go to the end.</remarks>
        public long Position
        {
            get => flash.PositionOf(this);
            set => flash.SetPosition(this, value);
        }

        internal FlashFile File { get; }

        internal bool IsForAppend { get; }

        internal bool CreatedFile { get; }

        internal bool AppendedAny { get; set; }

        internal long ReadPosition { get; set; }

        internal bool IsClosed { get; private set; }

        internal string? DeathReason { get; private set; }

        /// <inheritdoc/>
        public int Read(byte[] buffer, int offset, int count) => flash.Read(this, buffer, offset, count);

        /// <inheritdoc/>
        public void Append(byte[] buffer, int offset, int count) => flash.Append(this, buffer, offset, count);

        /// <inheritdoc/>
        public void Close() => flash.Close(this);

        internal void MarkClosed() => IsClosed = true;

        internal void Kill(string reason) => DeathReason = reason;

        /// <summary>Throws when the handle can no longer be used: killed by a power cut or a format, or closed.</summary>
        internal void ThrowIfUnusable()
        {
            if (DeathReason != null)
            {
                throw new InvalidOperationException(DeathReason);
            }

            if (IsClosed)
            {
                throw new ObjectDisposedException(Name, $"The handle on '{Name}' is closed.");
            }
        }
    }
}
