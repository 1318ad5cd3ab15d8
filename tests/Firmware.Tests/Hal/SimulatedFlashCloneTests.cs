using System;
using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Hal.Simulated.Storage;
using Terminal.Hal.Storage;
using static Terminal.Tests.Hal.FlashTestFiles;

namespace Terminal.Tests.Hal
{
    /// <summary>What the chaos tool builds on: the observer, power-cut clones, and the counters.</summary>
    [TestClass]
    public sealed class SimulatedFlashCloneTests
    {
        [TestMethod]
        public void A_clone_after_a_power_cut_applies_the_chooser_and_leaves_the_original_untouched()
        {
            var flash = new SimulatedFlash(seed: 11);
            AppendAndClose(flash.Storage, "a", Pattern(10));
            AppendAndClose(flash.Storage, "b", Pattern(4, 50));
            IStorageFile writerA = flash.Storage.OpenAppend("a");
            writerA.Append(Pattern(20, 10), 0, 20);
            IStorageFile writerB = flash.Storage.OpenAppend("b");
            writerB.Append(Pattern(8, 54), 0, 8);
            byte[] originalImage = flash.ExportImage();
            StorageCounters originalCounters = flash.Counters.Clone();
            long originalMutations = flash.MutationCount;
            var asked = new List<string>();

            SimulatedFlash clone = flash.CloneAfterPowerCut((name, unsynced) =>
            {
                asked.Add($"{name}:{unsynced}");
                return name == "a" ? 3 : unsynced;
            });

            CollectionAssert.AreEqual(new[] { "a:20", "b:8" }, asked);
            CollectionAssert.AreEqual(Pattern(13), ReadAll(clone.Storage, "a"));
            CollectionAssert.AreEqual(Pattern(12, 50), ReadAll(clone.Storage, "b"));
            CollectionAssert.AreEqual(Pattern(13), clone.ReadDurableBytes("a"), "the clone's files are durable");
            Assert.IsFalse(clone.IsPoweredOff);
            Assert.AreEqual(0L, clone.MutationCount);
            Assert.AreEqual(flash.CapacityBytes, clone.CapacityBytes);
            Assert.AreEqual(flash.BlockSizeBytes, clone.BlockSizeBytes);

            Assert.IsFalse(flash.IsPoweredOff);
            CollectionAssert.AreEqual(originalImage, flash.ExportImage());
            Assert.AreEqual(originalMutations, flash.MutationCount);
            Assert.AreEqual(originalCounters.Opens, flash.Counters.Opens, "reads of the clone count on the clone");
            Assert.AreEqual(originalCounters.BytesRead, flash.Counters.BytesRead);
            writerA.Append(Pattern(1, 30), 0, 1);
            writerA.Close();
            writerB.Close();
            CollectionAssert.AreEqual(Pattern(31), ReadAll(flash.Storage, "a"), "the original carries on where it was");
        }

        [TestMethod]
        public void A_clone_has_fresh_counters_and_no_observer_armed_cut_or_fault()
        {
            var flash = new SimulatedFlash();
            AppendAndClose(flash.Storage, "a", Pattern(10));
            int observed = 0;
            flash.BeforeMutation = (kind, name, index) => observed++;
            flash.CutPowerAtMutation(flash.MutationCount + 1);
            flash.FailNextMutationWith = StorageError.MediaFault;
            int observedBeforeClone = observed;

            SimulatedFlash clone = flash.CloneAfterPowerCut((name, unsynced) => unsynced);
            Assert.AreEqual(0L, clone.Counters.Mutations);
            Assert.AreEqual(0L, clone.Counters.BytesWritten);
            Assert.IsNull(clone.BeforeMutation);
            Assert.IsNull(clone.FailNextMutationWith);
            AppendAndClose(clone.Storage, "a", Pattern(1));
            clone.Storage.Delete("a");

            Assert.IsFalse(clone.IsPoweredOff);
            Assert.AreEqual(observedBeforeClone, observed);
        }

        [TestMethod]
        public void A_clone_under_whole_commits_only_ignores_the_chooser()
        {
            var flash = new SimulatedFlash { PowerCutModel = PowerCutModel.WholeCommitsOnly };
            AppendAndClose(flash.Storage, "a", Pattern(10));
            IStorageFile writer = flash.Storage.OpenAppend("a");
            writer.Append(Pattern(20), 0, 20);
            IStorageFile creator = flash.Storage.OpenAppend("new");
            creator.Append(Pattern(20), 0, 20);
            int calls = 0;

            SimulatedFlash clone = flash.CloneAfterPowerCut((name, unsynced) =>
            {
                calls++;
                return unsynced;
            });

            Assert.AreEqual(0, calls);
            Assert.AreEqual(PowerCutModel.WholeCommitsOnly, clone.PowerCutModel);
            CollectionAssert.AreEqual(Pattern(10), ReadAll(clone.Storage, "a"));
            Assert.AreEqual(0, ReadAll(clone.Storage, "new").Length, "LittleFS commits a created entry at once");
        }

        [TestMethod]
        public void A_chooser_count_outside_the_unsynced_bytes_is_refused()
        {
            var flash = new SimulatedFlash();
            IStorageFile writer = flash.Storage.OpenAppend("a");
            writer.Append(Pattern(5), 0, 5);

            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => flash.CloneAfterPowerCut((name, unsynced) => unsynced + 1));
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => flash.CloneAfterPowerCut((name, unsynced) => -1));
            Assert.AreEqual(5L, writer.Length);
        }

        [TestMethod]
        public void A_created_file_never_synced_is_in_the_clone_when_a_byte_survives_or_on_a_fair_draw()
        {
            int keptWithoutBytes = 0;
            const int runs = 200;
            for (int seed = 0; seed < runs; seed++)
            {
                var flash = new SimulatedFlash(seed: seed);
                IStorageFile creator = flash.Storage.OpenAppend("new");
                creator.Append(Pattern(20), 0, 20);

                SimulatedFlash keepingOne = flash.CloneAfterPowerCut((name, unsynced) => 1);
                SimulatedFlash keepingNone = flash.CloneAfterPowerCut((name, unsynced) => 0);

                CollectionAssert.AreEqual(Pattern(1), ReadAll(keepingOne.Storage, "new"), $"seed {seed}");
                if (keepingNone.Storage.Exists("new"))
                {
                    keptWithoutBytes++;
                    Assert.AreEqual(0, ReadAll(keepingNone.Storage, "new").Length);
                }
            }

            Assert.IsTrue(keptWithoutBytes > runs / 4 && keptWithoutBytes < runs * 3 / 4, $"kept {keptWithoutBytes} of {runs}");
        }

        [TestMethod]
        public void Clones_are_reproducible_by_replaying_to_the_same_point()
        {
            string[] CloneAtEveryMutation(int seed)
            {
                var flash = new SimulatedFlash(seed: seed);
                var outcomes = new List<string>();
                flash.BeforeMutation = (kind, name, index) =>
                    outcomes.Add(string.Join(",", flash.CloneAfterPowerCut((file, unsynced) => unsynced / 2).FileNames));
                for (int round = 0; round < 10; round++)
                {
                    IStorageFile writer = flash.Storage.OpenAppend($"f{round}");
                    writer.Append(Pattern(3), 0, round % 2);
                    writer.Close();
                }

                return outcomes.ToArray();
            }

            CollectionAssert.AreEqual(CloneAtEveryMutation(3), CloneAtEveryMutation(3));
            bool anotherSeedDiffers = false;
            for (int seed = 4; seed < 10 && !anotherSeedDiffers; seed++)
            {
                anotherSeedDiffers = string.Join("|", CloneAtEveryMutation(seed)) != string.Join("|", CloneAtEveryMutation(3));
            }

            Assert.IsTrue(anotherSeedDiffers, "the survival draws do not depend on the seed");
        }

        [TestMethod]
        public void Cloning_from_the_observer_captures_the_state_just_before_each_mutation()
        {
            var flash = new SimulatedFlash();
            var images = new List<SimulatedFlash>();
            flash.BeforeMutation = (kind, name, index) => images.Add(flash.CloneAfterPowerCut((file, unsynced) => unsynced));

            IStorageFile writer = flash.Storage.OpenAppend("a");   // #1: before it, no file
            writer.Append(Pattern(4), 0, 4);                     // #2: before it, "a" empty
            writer.Append(Pattern(4, 4), 0, 4);                  // #3: before it, 4 bytes
            writer.Close();                                      // #4: before it, 8 bytes
            flash.Storage.Rename("a", "b");                      // #5: before it, "a"

            Assert.AreEqual(5, images.Count);
            Assert.AreEqual(0, images[0].FileNames.Length);
            Assert.AreEqual(0, images[1].ReadDurableBytes("a").Length);
            CollectionAssert.AreEqual(Pattern(4), images[2].ReadDurableBytes("a"));
            CollectionAssert.AreEqual(Pattern(8), images[3].ReadDurableBytes("a"));
            CollectionAssert.AreEqual(new[] { "a" }, images[4].FileNames);
        }

        [TestMethod]
        public void The_observer_sees_every_mutation_in_order_with_its_index()
        {
            var flash = new SimulatedFlash();
            var seen = new List<string>();
            flash.BeforeMutation = (kind, name, index) => seen.Add($"{index}:{kind}:{name}");

            IStorageFile writer = flash.Storage.OpenAppend("a");
            writer.Append(Pattern(2), 0, 2);
            writer.Append(Pattern(2), 0, 2);
            writer.Close();
            flash.Storage.OpenAppend("a").Close();
            flash.Storage.OpenRead("a").Close();
            flash.Storage.Rename("a", "b");
            flash.Storage.Delete("b");
            flash.Storage.Delete("b");

            CollectionAssert.AreEqual(
                new[] { "1:Create:a", "2:Append:a", "3:Append:a", "4:Sync:a", "5:Rename:a", "6:Delete:b" },
                seen);
            Assert.AreEqual(6L, flash.MutationCount);
        }

        [TestMethod]
        public void The_observer_can_cut_the_power_before_the_mutation_but_cannot_use_the_storage_or_format_it()
        {
            var flash = new SimulatedFlash();
            AppendAndClose(flash.Storage, "a", Pattern(3));
            flash.BeforeMutation = (kind, name, index) => flash.Storage.Exists("a");

            Assert.ThrowsExactly<InvalidOperationException>(() => flash.Storage.Delete("a"));
            Assert.IsTrue(flash.Storage.Exists("a"));
            flash.BeforeMutation = (kind, name, index) => flash.SilentFormat();
            Assert.ThrowsExactly<InvalidOperationException>(() => flash.Storage.Delete("a"));
            Assert.IsTrue(flash.Storage.Exists("a"));

            flash.BeforeMutation = (kind, name, index) => flash.CutPowerNow();
            Assert.ThrowsExactly<PowerCutException>(() => flash.Storage.Delete("a"));
            flash.BeforeMutation = null;
            flash.PowerOn();
            Assert.IsTrue(flash.Storage.Exists("a"));
        }

        [TestMethod]
        public void Counters_count_what_they_say_and_reset_without_touching_the_mutation_count()
        {
            var flash = new SimulatedFlash();
            IFileStorage storage = flash.Storage;
            AppendAndClose(storage, "a", Pattern(100));        // open, create, append 100, sync
            IStorageFile writer = storage.OpenAppend("a");     // open
            writer.Append(Pattern(10), 0, 10);                 // append 10
            writer.Append(Pattern(10), 0, 0);                  // nothing
            writer.Close();                                    // sync
            byte[] whole = ReadAll(storage, "a");              // open, read 110
            storage.OpenAppend("a").Close();                   // open, no sync
            storage.Rename("a", "b");
            storage.Delete("b");
            storage.Delete("b");                               // nothing
            Assert.ThrowsExactly<StorageException>(() => storage.OpenRead("b"));

            StorageCounters counters = flash.Counters;
            Assert.AreEqual(110, whole.Length);
            Assert.AreEqual(110L, counters.BytesWritten);
            Assert.AreEqual(110L, counters.BytesRead);
            Assert.AreEqual(2L, counters.Syncs);
            Assert.AreEqual(1L, counters.FilesCreated);
            Assert.AreEqual(1L, counters.Renames);
            Assert.AreEqual(1L, counters.Deletes);
            Assert.AreEqual(4L, counters.Opens);
            Assert.AreEqual(7L, counters.Mutations);
            Assert.AreEqual(7L, flash.MutationCount);

            StorageCounters snapshot = counters.Clone();
            counters.Reset();
            AppendAndClose(storage, "c", Pattern(1));

            Assert.AreEqual(110L, snapshot.BytesWritten, "a clone is a snapshot");
            Assert.AreEqual(1L, counters.BytesWritten);
            Assert.AreEqual(3L, counters.Mutations);
            Assert.AreEqual(10L, flash.MutationCount, "never reset");
        }

        [TestMethod]
        public void Counters_are_kept_across_a_power_cut()
        {
            var flash = new SimulatedFlash();
            AppendAndClose(flash.Storage, "a", Pattern(10));

            flash.CutPowerNow();
            flash.PowerOn();

            Assert.AreEqual(10L, flash.Counters.BytesWritten);
            Assert.AreEqual(3L, flash.Counters.Mutations);
        }
    }
}
