using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Hal.Simulated.Storage;
using Terminal.Hal.Storage;
using static Terminal.Tests.Hal.FlashTestFiles;

namespace Terminal.Tests.Hal
{
    /// <summary>Space accounting: whole blocks per file, two for the superblock, Full when none is left.</summary>
    [TestClass]
    public sealed class SimulatedFlashSpaceTests
    {
        private const int BlockBytes = 256;

        [TestMethod]
        public void Free_bytes_start_at_capacity_less_the_superblock_and_fall_by_whole_blocks()
        {
            var flash = new SimulatedFlash(capacityBytes: 16 * BlockBytes, blockSizeBytes: BlockBytes);
            IFileStorage storage = flash.Storage;
            Assert.AreEqual(16L * BlockBytes, storage.TotalBytes);
            Assert.AreEqual(14L * BlockBytes, storage.FreeBytes);

            IStorageFile writer = storage.OpenAppend("a");
            Assert.AreEqual(13L * BlockBytes, storage.FreeBytes, "an empty file takes a block");
            writer.Append(Pattern(BlockBytes), 0, BlockBytes);
            Assert.AreEqual(13L * BlockBytes, storage.FreeBytes, "a full block is still one block");
            writer.Append(Pattern(1), 0, 1);
            Assert.AreEqual(12L * BlockBytes, storage.FreeBytes, "one byte more takes a second block");
            writer.Close();

            storage.Delete("a");
            Assert.AreEqual(14L * BlockBytes, storage.FreeBytes, "a delete frees its blocks");
        }

        [TestMethod]
        public void Appending_beyond_capacity_fails_with_Full_and_keeps_the_file_as_it_was()
        {
            var flash = new SimulatedFlash(capacityBytes: 6 * BlockBytes, blockSizeBytes: BlockBytes);
            IStorageFile writer = flash.Storage.OpenAppend("a");
            writer.Append(Pattern(4 * BlockBytes), 0, 4 * BlockBytes);
            long mutations = flash.MutationCount;

            var error = Assert.ThrowsExactly<StorageException>(() => writer.Append(Pattern(1), 0, 1));

            Assert.AreEqual(StorageError.Full, error.Error);
            Assert.AreEqual(mutations, flash.MutationCount, "a refused append is no mutation");
            Assert.AreEqual(0L, flash.Storage.FreeBytes);
            writer.Close();
            Assert.AreEqual(4L * BlockBytes, ReadAll(flash.Storage, "a").Length);
            Assert.AreEqual(StorageError.Full, Assert.ThrowsExactly<StorageException>(() => flash.Storage.OpenAppend("b")).Error);
        }

        [TestMethod]
        public void Lowering_the_capacity_below_usage_makes_the_next_append_and_create_fail_with_Full()
        {
            var flash = new SimulatedFlash(capacityBytes: 64 * BlockBytes, blockSizeBytes: BlockBytes);
            AppendAndClose(flash.Storage, "a", Pattern(10 * BlockBytes));
            IStorageFile writer = flash.Storage.OpenAppend("a");

            flash.CapacityBytes = 5 * BlockBytes;

            Assert.AreEqual(StorageError.Full, Assert.ThrowsExactly<StorageException>(() => writer.Append(Pattern(1), 0, 1)).Error);
            Assert.AreEqual(StorageError.Full, Assert.ThrowsExactly<StorageException>(() => flash.Storage.OpenAppend("b")).Error);
            Assert.AreEqual(0L, flash.Storage.FreeBytes);
            CollectionAssert.AreEqual(Pattern(10 * BlockBytes), ReadAll(flash.Storage, "a"), "nothing is lost");

            flash.CapacityBytes = 64 * BlockBytes;
            writer.Append(Pattern(1), 0, 1);
        }

        [TestMethod]
        public void Unsynced_bytes_take_space_until_a_power_cut_drops_them()
        {
            var flash = new SimulatedFlash(capacityBytes: 16 * BlockBytes, blockSizeBytes: BlockBytes)
            {
                PowerCutModel = PowerCutModel.WholeCommitsOnly,
            };
            AppendAndClose(flash.Storage, "a", Pattern(10));
            IStorageFile writer = flash.Storage.OpenAppend("a");
            writer.Append(Pattern(3 * BlockBytes), 0, 3 * BlockBytes);
            Assert.AreEqual(10L * BlockBytes, flash.Storage.FreeBytes);

            flash.CutPowerNow();
            flash.PowerOn();

            Assert.AreEqual(13L * BlockBytes, flash.Storage.FreeBytes);
        }
    }
}
