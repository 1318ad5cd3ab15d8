using System;
using System.Collections.Generic;
using Terminal.Hal.Storage;

namespace Terminal.Hal.Simulated.Storage
{
    /// <summary>
    /// A simulated flash chip with a LittleFS-like file system on it, for host tests, the simulator
    /// and the power-cut chaos tool. The firmware sees it through <see cref="Storage"/>, an
    /// <see cref="IFileStorage"/>; tests drive its fault switches: power cuts at any mutation, torn
    /// unsynced writes, silent format, bit flips, media faults and a shrinking drive.
    /// </summary>
    /// <remarks>
    /// <para>
    /// What survives a power cut. A file's bytes are durable once a handle that appended to it (or
    /// created it) has been closed: the <see cref="MutationKind.Sync"/> mutation. Bytes appended since
    /// are unsynced, held in the file system's cache (reads see them). When the power goes, each file
    /// keeps its durable bytes plus, under <see cref="PowerCutModel.TornPrefix"/>, a prefix of its
    /// unsynced bytes; under <see cref="PowerCutModel.WholeCommitsOnly"/> none of them. A file created
    /// and never synced exists after the cut, under <see cref="PowerCutModel.TornPrefix"/>, when a
    /// prefix of at least one of its bytes survives OR a 50% seeded draw keeps it (so an empty one
    /// survives half the time); under <see cref="PowerCutModel.WholeCommitsOnly"/> it always survives,
    /// empty, as LittleFS commits the directory entry at creation. Deletes and renames are atomic.
    /// </para>
    /// <para>
    /// Mutations are numbered from 1 in the order they complete; <see cref="MutationCount"/> is the
    /// number completed. A mutation that is cut by power, failed by <see cref="FailNextMutationWith"/>,
    /// or aborted by an exception from <see cref="BeforeMutation"/> is not counted, so the next attempt
    /// is offered the same index.
    /// </para>
    /// <para>
    /// Deterministic: one seeded <see cref="Random"/> per flash; the same seed and the same calls give
    /// the same result. Thread-safe: every call takes the flash's lock, and calls from
    /// <see cref="BeforeMutation"/> on the same thread re-enter it.
    /// </para>
    /// </remarks>
    public sealed partial class SimulatedFlash
    {
        /// <summary>Blocks LittleFS keeps for its superblock pair, never available to files.</summary>
        private const int ReservedBlocks = 2;

        private readonly object gate = new object();
        private readonly Dictionary<string, FlashFile> files = new Dictionary<string, FlashFile>(StringComparer.Ordinal);
        private readonly HashSet<SimulatedStorageFile> openHandles = new HashSet<SimulatedStorageFile>();
        private readonly Random random;
        private readonly int seed;
        private long capacityBytes;
        private long usedFileBlocks;
        private long mutationCount;
        private long armedCutIndex;
        private bool poweredOff;
        private bool insideObserver;

        /// <summary>Creates a powered-on, blank flash.</summary>
        /// <param name="capacityBytes">The drive's capacity in bytes, 0 or more; the default is the 2 MB <c>I:</c> of an 8 MB ESP32 module.</param>
        /// <param name="seed">Seeds every random choice the flash makes (torn prefixes, survival draws).</param>
        /// <param name="blockSizeBytes">The erase block size in bytes, 1 or more; ESP32 SPI NOR sectors are 4096.</param>
        public SimulatedFlash(long capacityBytes = 2 * 1024 * 1024, int seed = 1, int blockSizeBytes = 4096)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(capacityBytes);
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(blockSizeBytes);
            this.capacityBytes = capacityBytes;
            this.seed = seed;
            BlockSizeBytes = blockSizeBytes;
            random = new Random(seed);
            Counters = new StorageCounters();
            Storage = new SimulatedFileStorage(this);
        }

        /// <summary>Gets the firmware-facing file store. The same instance stays valid across <see cref="PowerOn"/>.</summary>
        public IFileStorage Storage { get; }

        /// <summary>Gets what the firmware asked of the flash; <see cref="StorageCounters.Reset"/> at will, kept across power cuts.</summary>
        public StorageCounters Counters { get; }

        /// <summary>Gets the erase block size in bytes: the unit of space accounting.</summary>
        public int BlockSizeBytes { get; }

        /// <summary>
        /// Gets or sets the drive's capacity in bytes, 0 or more. Lowering it below what the files use
        /// makes the next append or create fail with <see cref="StorageError.Full"/>; nothing is lost.
        /// </summary>
        public long CapacityBytes
        {
            get
            {
                lock (gate)
                {
                    return capacityBytes;
                }
            }

            set
            {
                ArgumentOutOfRangeException.ThrowIfNegative(value);
                lock (gate)
                {
                    capacityBytes = value;
                }
            }
        }

        /// <summary>Gets or sets what a power cut leaves of unsynced bytes; <see cref="PowerCutModel.TornPrefix"/> by default.</summary>
        public PowerCutModel PowerCutModel { get; set; }

        /// <summary>Gets whether the flash has no power: every call on <see cref="Storage"/> and its handles throws <see cref="PowerCutException"/>.</summary>
        public bool IsPoweredOff
        {
            get
            {
                lock (gate)
                {
                    return poweredOff;
                }
            }
        }

        /// <summary>Gets the mutations completed since the flash was made; unlike <see cref="StorageCounters.Mutations"/>, never reset.</summary>
        public long MutationCount
        {
            get
            {
                lock (gate)
                {
                    return mutationCount;
                }
            }
        }

        /// <summary>
        /// Gets or sets the observer called before each mutation is applied, with the flash still in the
        /// state before it. It may fork the flash (<see cref="CloneAfterPowerCut"/>), read it, cut its
        /// power or arm a fault for the mutation at hand; it must not call <see cref="Storage"/>,
        /// <see cref="PowerOn"/> or <see cref="SilentFormat"/> (<see cref="InvalidOperationException"/>). An exception it throws aborts the mutation.
        /// </summary>
        public MutationObserver? BeforeMutation { get; set; }

        /// <summary>
        /// Gets or sets a fault for the next mutation: it throws <see cref="StorageException"/> with this
        /// error instead of happening, then the switch clears itself. A failed <see cref="MutationKind.Sync"/>
        /// still closes its handle and drops the file's unsynced bytes (a file never synced disappears),
        /// as LittleFS's lfs_file_close frees the file even when its commit fails. A failed
        /// <see cref="MutationKind.Append"/> leaves the handle open and the file unchanged.
        /// </summary>
        public StorageError? FailNextMutationWith { get; set; }

        /// <summary>Gets the names of the files that exist now (unsynced creations included), in ordinal order. Works without power.</summary>
        public string[] FileNames
        {
            get
            {
                lock (gate)
                {
                    return SortedNames();
                }
            }
        }

        private long TotalBlocks => capacityBytes / BlockSizeBytes;

        /// <summary>
        /// Arms a power cut at mutation number <paramref name="mutationIndex"/> (1-based, see
        /// <see cref="MutationCount"/>). When that mutation is about to happen, after
        /// <see cref="BeforeMutation"/> has seen it: an append adds a seeded random prefix of its bytes
        /// (from none to all) to the file's unsynced bytes, any other mutation does not happen; then the
        /// flash is off and the call throws <see cref="PowerCutException"/>. Fires once.
        /// </summary>
        /// <param name="mutationIndex">The mutation to cut at, greater than <see cref="MutationCount"/>; 0 disarms.</param>
        public void CutPowerAtMutation(long mutationIndex)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(mutationIndex);
            lock (gate)
            {
                if (mutationIndex != 0 && mutationIndex <= mutationCount)
                {
                    throw new ArgumentOutOfRangeException(
                        nameof(mutationIndex),
                        $"Mutation #{mutationIndex} has already happened; {mutationCount} have so far.");
                }

                armedCutIndex = mutationIndex;
            }
        }

        /// <summary>Cuts the power at once. Unsynced bytes stay at risk until <see cref="PowerOn"/> decides their fate.</summary>
        public void CutPowerNow()
        {
            lock (gate)
            {
                poweredOff = true;
            }
        }

        /// <summary>
        /// Powers the flash back on: the reboot. Every file keeps what a power cut leaves of it (see the
        /// class remarks), drawn from the flash's seeded random source; what survives is durable from
        /// now on. Every handle opened before the cut is dead: any call on it throws
        /// <see cref="InvalidOperationException"/>. Counters are kept.
        /// </summary>
        /// <exception cref="InvalidOperationException">The flash is on (call <see cref="CutPowerNow"/> first to simulate a reboot), or called from <see cref="BeforeMutation"/>.</exception>
        public void PowerOn()
        {
            lock (gate)
            {
                ThrowIfInsideObserver(nameof(PowerOn));
                if (!poweredOff)
                {
                    throw new InvalidOperationException("The flash is already on: call CutPowerNow first to simulate a reboot.");
                }

                KillOpenHandles("is from before the power cut");
                foreach (string name in SortedNames())
                {
                    FlashFile file = files[name];
                    if (SurvivesPowerCut(file, null, random, out int survivingUnsyncedBytes))
                    {
                        file.KeepAfterPowerCut(survivingUnsyncedBytes);
                    }
                    else
                    {
                        files.Remove(name);
                    }
                }

                RecountBlocks();
                poweredOff = false;
            }
        }

        /// <summary>
        /// Makes the image a power cut would leave now, without disturbing this flash (not even its
        /// random source): a new, powered-on flash with the same capacity, block size and power-cut
        /// model, fresh counters, no observer, no armed cut or fault, and a seed derived from this
        /// flash's seed and <see cref="MutationCount"/> (so replaying to the same point gives the same
        /// clone). Each file holds its durable bytes plus <paramref name="chooser"/>(name, unsynced) of its
        /// unsynced bytes; under <see cref="PowerCutModel.WholeCommitsOnly"/> the chooser is not called
        /// and none survive. A file created and never synced exists in the clone when the chooser kept
        /// at least one of its bytes OR a 50% draw from the clone's seed keeps it (under
        /// <see cref="PowerCutModel.WholeCommitsOnly"/>: always, empty). The chooser is called once per
        /// file with unsynced bytes, in ordinal name order. Cost: one array copy per surviving file.
        /// </summary>
        /// <param name="chooser">How many unsynced bytes of each file survive.</param>
        /// <returns>The new flash; its files are all durable.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The chooser returned a count outside 0 to the unsynced bytes.</exception>
        public SimulatedFlash CloneAfterPowerCut(SurvivingBytesChooser chooser)
        {
            ArgumentNullException.ThrowIfNull(chooser);
            lock (gate)
            {
                var clone = new SimulatedFlash(capacityBytes, DeriveSeed(seed, mutationCount), BlockSizeBytes)
                {
                    PowerCutModel = PowerCutModel,
                };
                foreach (string name in SortedNames())
                {
                    FlashFile file = files[name];
                    if (SurvivesPowerCut(file, chooser, clone.random, out int survivingUnsyncedBytes))
                    {
                        FlashFile copy = FlashFile.Durable(name, file.Data, file.DurableLength + survivingUnsyncedBytes);
                        clone.files.Add(name, copy);
                        clone.usedFileBlocks += clone.BlocksFor(copy.Length);
                    }
                }

                return clone;
            }
        }

        /// <summary>
        /// Erases every file, as nanoFramework does to <c>I:</c> when it fails to mount it. Open handles
        /// die. The power state, counters and anything outside this flash (the identity witness) are
        /// untouched; not a mutation.
        /// </summary>
        /// <exception cref="InvalidOperationException">Called from <see cref="BeforeMutation"/>.</exception>
        public void SilentFormat()
        {
            lock (gate)
            {
                ThrowIfInsideObserver(nameof(SilentFormat));
                KillOpenHandles("is from before the silent format");
                files.Clear();
                usedFileBlocks = 0;
            }
        }

        /// <summary>
        /// Flips <paramref name="bitCount"/> distinct bits, chosen by <paramref name="random"/>, in the
        /// file's durable bytes: bit rot or cells disturbed by a neighbour's program. Reads see them.
        /// Works without power; not a mutation.
        /// </summary>
        /// <param name="fileName">The file.</param>
        /// <param name="bitCount">How many bits to flip, 0 to 8 times the durable length.</param>
        /// <param name="random">Where the bit positions come from.</param>
        /// <exception cref="StorageException"><see cref="StorageError.NotFound"/> when the file is missing.</exception>
        public void FlipBits(string fileName, int bitCount, Random random)
        {
            ArgumentNullException.ThrowIfNull(fileName);
            ArgumentNullException.ThrowIfNull(random);
            lock (gate)
            {
                FlipDistinctBits(new[] { ExistingFile(fileName) }, bitCount, random);
            }
        }

        /// <summary>
        /// Flips <paramref name="bitCount"/> distinct bits, chosen by <paramref name="random"/>, across the
        /// durable bytes of all files taken together. Works without power; not a mutation.
        /// </summary>
        /// <param name="bitCount">How many bits to flip, 0 to 8 times the total durable length.</param>
        /// <param name="random">Where the bit positions come from.</param>
        public void FlipRandomBits(int bitCount, Random random)
        {
            ArgumentNullException.ThrowIfNull(random);
            lock (gate)
            {
                string[] names = SortedNames();
                var segments = new FlashFile[names.Length];
                for (int index = 0; index < names.Length; index++)
                {
                    segments[index] = files[names[index]];
                }

                FlipDistinctBits(segments, bitCount, random);
            }
        }

        /// <summary>Test backdoor: a copy of the file's durable bytes, as they are on the chip. Works without power.</summary>
        /// <param name="fileName">The file.</param>
        /// <returns>A new array; empty for a file created and never synced.</returns>
        /// <exception cref="StorageException"><see cref="StorageError.NotFound"/> when the file is missing.</exception>
        public byte[] ReadDurableBytes(string fileName)
        {
            ArgumentNullException.ThrowIfNull(fileName);
            lock (gate)
            {
                FlashFile file = ExistingFile(fileName);
                byte[] copy = new byte[file.DurableLength];
                Array.Copy(file.Data, copy, copy.Length);
                return copy;
            }
        }

        /// <summary>
        /// Test backdoor: how many bytes were appended to the file since its last commit, the bytes a
        /// power cut now may tear. Works without power.
        /// </summary>
        /// <param name="fileName">The file.</param>
        /// <returns>0 or more; 0 for a file without an open append handle.</returns>
        /// <exception cref="StorageException"><see cref="StorageError.NotFound"/> when the file is missing.</exception>
        public int UnsyncedByteCount(string fileName)
        {
            ArgumentNullException.ThrowIfNull(fileName);
            lock (gate)
            {
                return ExistingFile(fileName).UnsyncedLength;
            }
        }

        /// <summary>
        /// Test backdoor: a copy of the bytes appended to the file since its last commit, in order; a
        /// power cut under <see cref="PowerCutModel.TornPrefix"/> keeps a prefix of them. Works without power.
        /// </summary>
        /// <param name="fileName">The file.</param>
        /// <returns>A new array of <see cref="UnsyncedByteCount"/> bytes.</returns>
        /// <exception cref="StorageException"><see cref="StorageError.NotFound"/> when the file is missing.</exception>
        public byte[] ReadUnsyncedBytes(string fileName)
        {
            ArgumentNullException.ThrowIfNull(fileName);
            lock (gate)
            {
                FlashFile file = ExistingFile(fileName);
                byte[] copy = new byte[file.UnsyncedLength];
                Array.Copy(file.Data, file.DurableLength, copy, 0, copy.Length);
                return copy;
            }
        }

        private static int DeriveSeed(int seed, long salt)
        {
            // SplitMix64 finaliser: neighbouring (seed, salt) pairs give unrelated seeds.
            unchecked
            {
                ulong mixed = (((ulong)(uint)seed << 32) ^ (ulong)salt) + 0x9E3779B97F4A7C15UL;
                mixed = (mixed ^ (mixed >> 30)) * 0xBF58476D1CE4E5B9UL;
                mixed = (mixed ^ (mixed >> 27)) * 0x94D049BB133111EBUL;
                mixed ^= mixed >> 31;
                return (int)mixed;
            }
        }

        private static void FlipDistinctBits(FlashFile[] candidates, int bitCount, Random random)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(bitCount);
            var segments = new List<FlashFile>();
            var segmentStartBits = new List<long>();
            long totalBits = 0;
            foreach (FlashFile file in candidates)
            {
                if (file.DurableLength > 0)
                {
                    segments.Add(file);
                    segmentStartBits.Add(totalBits);
                    totalBits += file.DurableLength * 8L;
                }
            }

            if (bitCount > totalBits)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(bitCount), $"Only {totalBits} durable bits to flip, {bitCount} asked.");
            }

            // Distinct positions: draw the smaller of the set to flip and its complement.
            bool drawTheBitsToKeep = bitCount > totalBits / 2;
            long drawCount = drawTheBitsToKeep ? totalBits - bitCount : bitCount;
            var drawn = new HashSet<long>();
            while (drawn.Count < drawCount)
            {
                drawn.Add(random.NextInt64(totalBits));
            }

            long[] starts = segmentStartBits.ToArray();
            if (drawTheBitsToKeep)
            {
                for (long bit = 0; bit < totalBits; bit++)
                {
                    if (!drawn.Contains(bit))
                    {
                        FlipBit(segments, starts, bit);
                    }
                }
            }
            else
            {
                foreach (long bit in drawn)
                {
                    FlipBit(segments, starts, bit);
                }
            }
        }

        private static void FlipBit(List<FlashFile> segments, long[] starts, long bit)
        {
            int segment = Array.BinarySearch(starts, bit);
            if (segment < 0)
            {
                segment = ~segment - 1;
            }

            long bitInFile = bit - starts[segment];
            segments[segment].Data[bitInFile / 8] ^= (byte)(1 << (int)(bitInFile % 8));
        }

        /// <summary>Decides one file's fate in a power cut: whether it exists, and how many unsynced bytes it keeps.</summary>
        private bool SurvivesPowerCut(FlashFile file, SurvivingBytesChooser? chooser, Random draws, out int survivingUnsyncedBytes)
        {
            survivingUnsyncedBytes = 0;
            if (PowerCutModel == PowerCutModel.WholeCommitsOnly)
            {
                // LittleFS commits the directory entry at creation (lfs_file_opencfg) and data on close.
                return true;
            }

            int unsyncedBytes = file.UnsyncedLength;
            if (unsyncedBytes > 0)
            {
                survivingUnsyncedBytes = chooser == null ? draws.Next(0, unsyncedBytes + 1) : chooser(file.Name, unsyncedBytes);
                if (survivingUnsyncedBytes < 0 || survivingUnsyncedBytes > unsyncedBytes)
                {
                    throw new ArgumentOutOfRangeException(
                        nameof(chooser),
                        $"The chooser kept {survivingUnsyncedBytes} of {unsyncedBytes} unsynced bytes of '{file.Name}'.");
                }
            }

            return file.IsCreationDurable || survivingUnsyncedBytes > 0 || draws.Next(2) == 0;
        }

        /// <summary>Refuses what would pull the files from under the mutation the observer is looking at.</summary>
        private void ThrowIfInsideObserver(string operation)
        {
            if (insideObserver)
            {
                throw new InvalidOperationException($"{operation} cannot run from BeforeMutation: the mutation would then apply to files that are gone.");
            }
        }

        private FlashFile ExistingFile(string fileName)
        {
            if (!files.TryGetValue(fileName, out FlashFile? file))
            {
                throw new StorageException(StorageError.NotFound, $"File '{fileName}' does not exist on the simulated flash.");
            }

            return file;
        }

        private string[] SortedNames()
        {
            var names = new string[files.Count];
            files.Keys.CopyTo(names, 0);
            Array.Sort(names, StringComparer.Ordinal);
            return names;
        }

        private void KillOpenHandles(string reason)
        {
            foreach (SimulatedStorageFile handle in openHandles)
            {
                handle.Kill($"The handle on '{handle.Name}' {reason}: open the file again.");
                if (handle.File.Appender == handle)
                {
                    handle.File.Appender = null;
                }
            }

            openHandles.Clear();
        }

        private long BlocksFor(long lengthBytes)
        {
            return lengthBytes <= 0 ? 1 : ((lengthBytes - 1) / BlockSizeBytes) + 1;
        }

        private void RecountBlocks()
        {
            usedFileBlocks = 0;
            foreach (FlashFile file in files.Values)
            {
                usedFileBlocks += BlocksFor(file.Length);
            }
        }
    }
}
