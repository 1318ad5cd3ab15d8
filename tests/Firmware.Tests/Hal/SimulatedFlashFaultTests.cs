using System;
using System.Numerics;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Hal.Simulated.Board;
using Terminal.Hal.Simulated.Storage;
using Terminal.Hal.Storage;
using static Terminal.Tests.Hal.FlashTestFiles;

namespace Terminal.Tests.Hal
{
    /// <summary>The fault switches other than power cuts: silent format, bit flips, injected media faults.</summary>
    [TestClass]
    public sealed class SimulatedFlashFaultTests
    {
        [TestMethod]
        public void Silent_format_wipes_every_file_but_not_the_identity_witness()
        {
            SimulatedBoard board = SimulatedBoard.Create(seed: 5);
            AppendAndClose(board.Storage, "journal.0", Pattern(100));
            AppendAndClose(board.Storage, "identity", Pattern(16));
            board.IdentityWitness.Write(Pattern(16));
            long freeWhenBlank = new SimulatedFlash().Storage.FreeBytes;

            board.Flash.SilentFormat();

            Assert.AreEqual(0, board.Storage.ListFiles().Length);
            Assert.AreEqual(freeWhenBlank, board.Storage.FreeBytes);
            Assert.IsTrue(board.IdentityWitness.TryRead(out byte[] record));
            CollectionAssert.AreEqual(Pattern(16), record);
        }

        [TestMethod]
        public void Silent_format_kills_the_handles_that_were_open()
        {
            var flash = new SimulatedFlash();
            IStorageFile writer = flash.Storage.OpenAppend("a");
            writer.Append(Pattern(3), 0, 3);

            flash.SilentFormat();

            Assert.ThrowsExactly<InvalidOperationException>(() => writer.Append(Pattern(1), 0, 1));
            Assert.ThrowsExactly<InvalidOperationException>(() => writer.Close());
            AppendAndClose(flash.Storage, "a", Pattern(2));
            CollectionAssert.AreEqual(Pattern(2), ReadAll(flash.Storage, "a"));
        }

        [TestMethod]
        public void Flip_bits_flips_exactly_that_many_distinct_bits_of_the_durable_bytes_only()
        {
            foreach (int bitCount in new[] { 0, 1, 37, 500, 799, 800 })
            {
                var flash = new SimulatedFlash();
                AppendAndClose(flash.Storage, "a", Pattern(100));
                IStorageFile writer = flash.Storage.OpenAppend("a");
                writer.Append(Pattern(50, 100), 0, 50);

                flash.FlipBits("a", bitCount, new Random(bitCount));

                byte[] afterwards = ReadAll(flash.Storage, "a");
                Assert.AreEqual(bitCount, DifferingBits(Pattern(100), flash.ReadDurableBytes("a")), $"{bitCount} bits");
                Assert.AreEqual(bitCount, DifferingBits(Pattern(150), afterwards), $"{bitCount} bits: reads see the flips, unsynced bytes untouched");
            }
        }

        [TestMethod]
        public void Flip_random_bits_spreads_distinct_flips_over_the_durable_bytes_of_all_files()
        {
            var flash = new SimulatedFlash();
            AppendAndClose(flash.Storage, "a", Pattern(10));
            AppendAndClose(flash.Storage, "b", Pattern(0));
            AppendAndClose(flash.Storage, "c", Pattern(30, 7));
            int touchedFiles = 0;

            flash.FlipRandomBits(200, new Random(9));

            int flipped = 0;
            foreach ((string name, byte[] original) in new[] { ("a", Pattern(10)), ("c", Pattern(30, 7)) })
            {
                int inFile = DifferingBits(original, flash.ReadDurableBytes(name));
                flipped += inFile;
                touchedFiles += inFile > 0 ? 1 : 0;
            }

            Assert.AreEqual(200, flipped);
            Assert.AreEqual(2, touchedFiles);
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => flash.FlipRandomBits(321, new Random(1)));
        }

        [TestMethod]
        public void Flip_bits_refuses_more_bits_than_the_file_has_and_missing_files()
        {
            var flash = new SimulatedFlash();
            AppendAndClose(flash.Storage, "a", Pattern(2));

            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => flash.FlipBits("a", 17, new Random(1)));
            Assert.AreEqual(StorageError.NotFound, Assert.ThrowsExactly<StorageException>(() => flash.FlipBits("b", 1, new Random(1))).Error);
        }

        [TestMethod]
        public void A_failed_mutation_throws_the_chosen_error_does_not_happen_and_clears_the_switch()
        {
            var flash = new SimulatedFlash();
            AppendAndClose(flash.Storage, "a", Pattern(5));
            long mutations = flash.MutationCount;
            flash.FailNextMutationWith = StorageError.MediaFault;

            var error = Assert.ThrowsExactly<StorageException>(() => flash.Storage.Delete("a"));

            Assert.AreEqual(StorageError.MediaFault, error.Error);
            Assert.IsNull(flash.FailNextMutationWith);
            Assert.AreEqual(mutations, flash.MutationCount);
            Assert.IsTrue(flash.Storage.Exists("a"));
            flash.Storage.Delete("a");
            Assert.IsFalse(flash.Storage.Exists("a"));
        }

        [TestMethod]
        public void A_failed_append_leaves_the_file_unchanged_and_the_handle_open()
        {
            var flash = new SimulatedFlash();
            IStorageFile writer = flash.Storage.OpenAppend("a");
            writer.Append(Pattern(5), 0, 5);
            flash.FailNextMutationWith = StorageError.MediaFault;

            Assert.ThrowsExactly<StorageException>(() => writer.Append(Pattern(5, 5), 0, 5));

            Assert.AreEqual(5L, writer.Length);
            writer.Append(Pattern(5, 5), 0, 5);
            writer.Close();
            CollectionAssert.AreEqual(Pattern(10), flash.ReadDurableBytes("a"));
        }

        [TestMethod]
        public void A_failed_sync_closes_the_handle_and_drops_the_unsynced_bytes()
        {
            var flash = new SimulatedFlash();
            AppendAndClose(flash.Storage, "a", Pattern(5));
            IStorageFile writer = flash.Storage.OpenAppend("a");
            writer.Append(Pattern(5, 5), 0, 5);
            flash.FailNextMutationWith = StorageError.MediaFault;

            Assert.AreEqual(StorageError.MediaFault, Assert.ThrowsExactly<StorageException>(() => writer.Close()).Error);

            CollectionAssert.AreEqual(Pattern(5), ReadAll(flash.Storage, "a"));
            writer.Close();
            AppendAndClose(flash.Storage, "a", Pattern(1, 5));
            CollectionAssert.AreEqual(Pattern(6), flash.ReadDurableBytes("a"));
        }

        [TestMethod]
        public void A_failed_sync_of_a_file_never_synced_makes_it_disappear()
        {
            var flash = new SimulatedFlash();
            long freeWhenBlank = flash.Storage.FreeBytes;
            IStorageFile writer = flash.Storage.OpenAppend("new");
            writer.Append(Pattern(5000), 0, 5000);
            flash.FailNextMutationWith = StorageError.Full;

            Assert.AreEqual(StorageError.Full, Assert.ThrowsExactly<StorageException>(() => writer.Close()).Error);

            Assert.IsFalse(flash.Storage.Exists("new"));
            Assert.AreEqual(freeWhenBlank, flash.Storage.FreeBytes);
        }

        private static int DifferingBits(byte[] expected, byte[] actual)
        {
            Assert.AreEqual(expected.Length, actual.Length);
            int bits = 0;
            for (int index = 0; index < expected.Length; index++)
            {
                bits += BitOperations.PopCount((uint)(expected[index] ^ actual[index]));
            }

            return bits;
        }
    }
}
