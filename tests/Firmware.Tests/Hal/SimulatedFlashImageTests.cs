using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Hal.Simulated.Storage;
using Terminal.Hal.Storage;
using static Terminal.Tests.Hal.FlashTestFiles;

namespace Terminal.Tests.Hal
{
    /// <summary>Flash images: what the corrupt-image fuzzer writes and a failing chaos case is saved as.</summary>
    [TestClass]
    public sealed class SimulatedFlashImageTests
    {
        [TestMethod]
        public void An_exported_image_imports_as_the_same_durable_files_capacity_and_block_size()
        {
            var flash = new SimulatedFlash(capacityBytes: 64 * 1024, seed: 2, blockSizeBytes: 512);
            AppendAndClose(flash.Storage, "journal.0", Pattern(3000));
            AppendAndClose(flash.Storage, "empty", Pattern(0));
            AppendAndClose(flash.Storage, "identity", Pattern(16, 9));
            IStorageFile writer = flash.Storage.OpenAppend("journal.0");
            writer.Append(Pattern(10), 0, 10);
            flash.Storage.OpenAppend("never-synced");

            SimulatedFlash imported = SimulatedFlash.ImportImage(flash.ExportImage(), seed: 5);

            CollectionAssert.AreEqual(new[] { "empty", "identity", "journal.0" }, imported.FileNames);
            CollectionAssert.AreEqual(Pattern(3000), ReadAll(imported.Storage, "journal.0"), "durable bytes only");
            CollectionAssert.AreEqual(Pattern(16, 9), ReadAll(imported.Storage, "identity"));
            Assert.AreEqual(0, ReadAll(imported.Storage, "empty").Length);
            Assert.AreEqual(64L * 1024, imported.CapacityBytes);
            Assert.AreEqual(512, imported.BlockSizeBytes);
            Assert.AreEqual(64L * 1024 - (2 + 6 + 1 + 1) * 512, imported.Storage.FreeBytes);
            CollectionAssert.AreEqual(imported.ExportImage(), SimulatedFlash.ImportImage(imported.ExportImage(), seed: 1).ExportImage());
        }

        [TestMethod]
        public void A_hand_written_image_imports_as_documented()
        {
            byte[] image =
            {
                (byte)'T', (byte)'S', (byte)'F', (byte)'1',
                0, 0, 1, 0, 0, 0, 0, 0,     // capacity 65536
                0, 1, 0, 0,                 // block size 256
                1, 0, 0, 0,                 // one file
                1, (byte)'x',               // name "x"
                3, 0, 0, 0, 7, 8, 9,        // 3 bytes
            };

            SimulatedFlash flash = SimulatedFlash.ImportImage(image, seed: 1);

            Assert.AreEqual(65536L, flash.CapacityBytes);
            Assert.AreEqual(256, flash.BlockSizeBytes);
            CollectionAssert.AreEqual(new byte[] { 7, 8, 9 }, ReadAll(flash.Storage, "x"));
            CollectionAssert.AreEqual(image, flash.ExportImage());
        }

        [TestMethod]
        public void Malformed_images_are_refused_with_an_argument_exception()
        {
            var flash = new SimulatedFlash();
            AppendAndClose(flash.Storage, "a", Pattern(4));
            byte[] good = flash.ExportImage();

            byte[] badMagic = (byte[])good.Clone();
            badMagic[0] = (byte)'X';
            byte[] truncated = good.AsSpan(0, good.Length - 1).ToArray();
            byte[] trailing = Concat(good, new byte[1]);
            byte[] badName = (byte[])good.Clone();
            badName[21] = (byte)'A';
            byte[] duplicate = Concat(good, good.AsSpan(20).ToArray());
            duplicate[16] = 2;

            foreach (byte[] image in new[] { badMagic, truncated, trailing, badName, duplicate, Array.Empty<byte>() })
            {
                Assert.ThrowsExactly<ArgumentException>(() => SimulatedFlash.ImportImage(image, seed: 1));
            }
        }

        [TestMethod]
        public void An_image_larger_than_its_capacity_imports_as_a_full_drive()
        {
            var flash = new SimulatedFlash(capacityBytes: 64 * 1024, blockSizeBytes: 256);
            AppendAndClose(flash.Storage, "a", Pattern(10 * 1024));
            flash.CapacityBytes = 1024;

            SimulatedFlash imported = SimulatedFlash.ImportImage(flash.ExportImage(), seed: 1);

            Assert.AreEqual(0L, imported.Storage.FreeBytes);
            Assert.AreEqual(StorageError.Full, Assert.ThrowsExactly<StorageException>(() => imported.Storage.OpenAppend("b")).Error);
            Assert.AreEqual(10 * 1024, ReadAll(imported.Storage, "a").Length);
        }
    }
}
