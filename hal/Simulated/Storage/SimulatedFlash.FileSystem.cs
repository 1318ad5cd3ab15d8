using System;
using Terminal.Hal.Storage;

namespace Terminal.Hal.Simulated.Storage
{
    /// <summary>The file-system operations behind <see cref="SimulatedFileStorage"/> and <see cref="SimulatedStorageFile"/>.</summary>
    public sealed partial class SimulatedFlash
    {
        /// <summary>The longest file name: short enough for the <c>I:\</c> prefix, within LittleFS's LFS_NAME_MAX.</summary>
        private const int MaximumNameLength = 31;

        internal long ViewTotalBytes()
        {
            lock (gate)
            {
                EnterView();
                return capacityBytes;
            }
        }

        internal long ViewFreeBytes()
        {
            lock (gate)
            {
                EnterView();
                return Math.Max(0, TotalBlocks - ReservedBlocks - usedFileBlocks) * BlockSizeBytes;
            }
        }

        internal bool ViewExists(string name)
        {
            lock (gate)
            {
                EnterView();
                ValidateName(name, nameof(name));
                return files.ContainsKey(name);
            }
        }

        internal string[] ViewListFiles()
        {
            lock (gate)
            {
                EnterView();
                return SortedNames();
            }
        }

        internal IStorageFile OpenRead(string name)
        {
            lock (gate)
            {
                EnterView();
                ValidateName(name, nameof(name));
                var handle = new SimulatedStorageFile(this, ExistingFile(name), isForAppend: false, createdFile: false);
                openHandles.Add(handle);
                Counters.CountOpen();
                return handle;
            }
        }

        internal IStorageFile OpenAppend(string name)
        {
            lock (gate)
            {
                EnterView();
                ValidateName(name, nameof(name));
                bool creating = !files.TryGetValue(name, out FlashFile? file);
                if (file != null && file.Appender != null)
                {
                    throw new InvalidOperationException($"'{name}' is already open for appending; one append handle per file.");
                }

                if (creating)
                {
                    if (ReservedBlocks + usedFileBlocks + 1 > TotalBlocks)
                    {
                        throw new StorageException(StorageError.Full, $"No free block to create '{name}'.");
                    }

                    if (BeginMutation(MutationKind.Create, name, out long mutationIndex))
                    {
                        throw CutPowerAt(MutationKind.Create, name, mutationIndex);
                    }

                    file = new FlashFile(name, isCreationDurable: false);
                    files.Add(name, file);
                    usedFileBlocks += BlocksFor(0);
                    CompleteMutation(MutationKind.Create);
                }

                var handle = new SimulatedStorageFile(this, file!, isForAppend: true, createdFile: creating);
                file!.Appender = handle;
                openHandles.Add(handle);
                Counters.CountOpen();
                return handle;
            }
        }

        internal void Delete(string name)
        {
            lock (gate)
            {
                EnterView();
                ValidateName(name, nameof(name));
                if (!files.TryGetValue(name, out FlashFile? file))
                {
                    return;
                }

                if (file.Appender != null)
                {
                    throw new InvalidOperationException($"'{name}' is open for appending: close it before deleting it.");
                }

                if (BeginMutation(MutationKind.Delete, name, out long mutationIndex))
                {
                    throw CutPowerAt(MutationKind.Delete, name, mutationIndex);
                }

                files.Remove(name);
                usedFileBlocks -= BlocksFor(file.Length);
                CompleteMutation(MutationKind.Delete);
            }
        }

        internal void Rename(string sourceName, string targetName)
        {
            lock (gate)
            {
                EnterView();
                ValidateName(sourceName, nameof(sourceName));
                ValidateName(targetName, nameof(targetName));
                if (!files.TryGetValue(sourceName, out FlashFile? file))
                {
                    throw new StorageException(StorageError.NotFound, $"Cannot rename '{sourceName}': it does not exist.");
                }

                if (files.ContainsKey(targetName))
                {
                    throw new StorageException(
                        StorageError.AlreadyExists, $"Cannot rename '{sourceName}' to '{targetName}': the target exists.");
                }

                // This rule is why a renamed file never carries unsynced bytes.
                if (file.Appender != null)
                {
                    throw new InvalidOperationException($"'{sourceName}' is open for appending: close it before renaming it.");
                }

                if (BeginMutation(MutationKind.Rename, sourceName, out long mutationIndex))
                {
                    throw CutPowerAt(MutationKind.Rename, sourceName, mutationIndex);
                }

                files.Remove(sourceName);
                file.Name = targetName;
                files.Add(targetName, file);
                CompleteMutation(MutationKind.Rename);
            }
        }

        internal long LengthOf(SimulatedStorageFile handle)
        {
            lock (gate)
            {
                EnterView();
                handle.ThrowIfUnusable();
                return handle.File.Length;
            }
        }

        internal long PositionOf(SimulatedStorageFile handle)
        {
            lock (gate)
            {
                EnterView();
                handle.ThrowIfUnusable();
                return handle.ReadPosition;
            }
        }

        internal void SetPosition(SimulatedStorageFile handle, long position)
        {
            lock (gate)
            {
                EnterView();
                handle.ThrowIfUnusable();
                ArgumentOutOfRangeException.ThrowIfNegative(position);
                handle.ReadPosition = position;
            }
        }

        internal int Read(SimulatedStorageFile handle, byte[] buffer, int offset, int count)
        {
            lock (gate)
            {
                EnterView();
                handle.ThrowIfUnusable();
                if (handle.IsForAppend)
                {
                    throw new InvalidOperationException($"The handle on '{handle.Name}' was opened for appending, not reading.");
                }

                ValidateBufferRange(buffer, offset, count);
                FlashFile file = handle.File;
                if (handle.ReadPosition >= file.Length)
                {
                    return 0;
                }

                int read = (int)Math.Min(count, file.Length - handle.ReadPosition);
                Array.Copy(file.Data, handle.ReadPosition, buffer, offset, read);
                handle.ReadPosition += read;
                Counters.CountRead(read);
                return read;
            }
        }

        internal void Append(SimulatedStorageFile handle, byte[] buffer, int offset, int count)
        {
            lock (gate)
            {
                EnterView();
                handle.ThrowIfUnusable();
                if (!handle.IsForAppend)
                {
                    throw new InvalidOperationException($"The handle on '{handle.Name}' was opened for reading, not appending.");
                }

                ValidateBufferRange(buffer, offset, count);
                if (count == 0)
                {
                    return;
                }

                FlashFile file = handle.File;
                long newLength = (long)file.Length + count;
                long blocksAfter = usedFileBlocks - BlocksFor(file.Length) + BlocksFor(newLength);
                if (newLength > Array.MaxLength || ReservedBlocks + blocksAfter > TotalBlocks)
                {
                    throw new StorageException(
                        StorageError.Full, $"No room to append {count} bytes to '{file.Name}' ({file.Length} bytes).");
                }

                if (BeginMutation(MutationKind.Append, file.Name, out long mutationIndex))
                {
                    // The cut lands mid-program: some prefix of these bytes reached the cache.
                    GrowFile(file, buffer, offset, random.Next(0, count + 1));
                    throw CutPowerAt(MutationKind.Append, file.Name, mutationIndex);
                }

                GrowFile(file, buffer, offset, count);
                handle.AppendedAny = true;
                CompleteMutation(MutationKind.Append);
                Counters.CountWrite(count);
            }
        }

        internal void Close(SimulatedStorageFile handle)
        {
            lock (gate)
            {
                EnterView();
                if (handle.IsClosed)
                {
                    return;
                }

                handle.ThrowIfUnusable();
                if (!handle.IsForAppend || (!handle.AppendedAny && !handle.CreatedFile))
                {
                    Release(handle);
                    return;
                }

                FlashFile file = handle.File;
                bool cut;
                long mutationIndex;
                try
                {
                    cut = BeginMutation(MutationKind.Sync, file.Name, out mutationIndex);
                }
                catch (StorageException)
                {
                    // lfs_file_close frees the file even when lfs_file_sync fails: the cache is gone.
                    DropUnsynced(file);
                    Release(handle);
                    throw;
                }

                if (cut)
                {
                    throw CutPowerAt(MutationKind.Sync, file.Name, mutationIndex);
                }

                file.Commit();
                Release(handle);
                CompleteMutation(MutationKind.Sync);
            }
        }

        private static void ValidateName(string name, string parameterName)
        {
            ArgumentNullException.ThrowIfNull(name, parameterName);
            if (name.Length == 0 || name.Length > MaximumNameLength)
            {
                throw new ArgumentException(
                    $"A file name has 1 to {MaximumNameLength} characters; '{name}' has {name.Length}.", parameterName);
            }

            foreach (char character in name)
            {
                bool allowed = (character >= 'a' && character <= 'z')
                    || (character >= '0' && character <= '9')
                    || character == '.' || character == '_' || character == '-';
                if (!allowed)
                {
                    throw new ArgumentException($"A file name is made of [a-z0-9._-]; '{name}' is not.", parameterName);
                }
            }

            if (name == "." || name == "..")
            {
                throw new ArgumentException($"'{name}' names a directory, not a file.", parameterName);
            }
        }

        private static void ValidateBufferRange(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            ArgumentOutOfRangeException.ThrowIfNegative(offset);
            ArgumentOutOfRangeException.ThrowIfNegative(count);
            if (count > buffer.Length - offset)
            {
                throw new ArgumentException(
                    $"{count} bytes from offset {offset} do not fit a buffer of {buffer.Length}.", nameof(count));
            }
        }

        /// <summary>Refuses a call on <see cref="Storage"/> or a handle when the flash is off or the observer is running.</summary>
        private void EnterView()
        {
            if (insideObserver)
            {
                throw new InvalidOperationException("BeforeMutation must not call the storage it observes.");
            }

            if (poweredOff)
            {
                throw new PowerCutException("The simulated flash has no power: call PowerOn first.");
            }
        }

        /// <summary>
        /// Runs the checks every mutation goes through once it is known to be valid: the observer, a
        /// power cut by the observer, an injected fault, an armed power cut.
        /// </summary>
        /// <returns><c>true</c> when the power is cut at this mutation: the caller applies what a cut leaves, then throws.</returns>
        private bool BeginMutation(MutationKind kind, string fileName, out long mutationIndex)
        {
            mutationIndex = mutationCount + 1;
            MutationObserver? observer = BeforeMutation;
            if (observer != null)
            {
                insideObserver = true;
                try
                {
                    observer(kind, fileName, mutationIndex);
                }
                finally
                {
                    insideObserver = false;
                }
            }

            if (poweredOff)
            {
                throw new PowerCutException($"Power cut by the observer before mutation #{mutationIndex} ({kind} of '{fileName}').");
            }

            StorageError? failure = FailNextMutationWith;
            if (failure.HasValue)
            {
                FailNextMutationWith = null;
                throw new StorageException(
                    failure.Value, $"Simulated {failure.Value} at mutation #{mutationIndex} ({kind} of '{fileName}').");
            }

            if (armedCutIndex == mutationIndex)
            {
                armedCutIndex = 0;
                return true;
            }

            return false;
        }

        private PowerCutException CutPowerAt(MutationKind kind, string fileName, long mutationIndex)
        {
            poweredOff = true;
            return new PowerCutException($"Power cut at mutation #{mutationIndex} ({kind} of '{fileName}').");
        }

        private void CompleteMutation(MutationKind kind)
        {
            mutationCount++;
            Counters.CountMutation(kind);
        }

        private void GrowFile(FlashFile file, byte[] buffer, int offset, int count)
        {
            long blocksBefore = BlocksFor(file.Length);
            file.Append(buffer, offset, count);
            usedFileBlocks += BlocksFor(file.Length) - blocksBefore;
        }

        private void DropUnsynced(FlashFile file)
        {
            usedFileBlocks -= BlocksFor(file.Length);
            if (file.IsCreationDurable)
            {
                file.DropUnsynced();
                usedFileBlocks += BlocksFor(file.Length);
            }
            else
            {
                files.Remove(file.Name);
            }
        }

        private void Release(SimulatedStorageFile handle)
        {
            handle.MarkClosed();
            openHandles.Remove(handle);
            if (handle.File.Appender == handle)
            {
                handle.File.Appender = null;
            }
        }
    }
}
