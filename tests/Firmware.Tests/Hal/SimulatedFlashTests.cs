using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Hal.Simulated.Storage;
using Terminal.Hal.Storage;
using static Terminal.Tests.Hal.FlashTestFiles;

namespace Terminal.Tests.Hal
{
    /// <summary>Durability and power cuts: what the journal can rely on after the battery is pulled.</summary>
    [TestClass]
    public sealed class SimulatedFlashTests
    {
        [TestMethod]
        public void Appended_bytes_are_durable_once_closed_and_survive_a_power_cut()
        {
            var flash = new SimulatedFlash(seed: 3);
            byte[] record = Pattern(100);
            AppendAndClose(flash.Storage, "journal.0", record);

            flash.CutPowerNow();
            flash.PowerOn();

            CollectionAssert.AreEqual(record, ReadAll(flash.Storage, "journal.0"));
            CollectionAssert.AreEqual(record, flash.ReadDurableBytes("journal.0"));
        }

        [TestMethod]
        public void Reads_see_unsynced_bytes_before_the_close()
        {
            var flash = new SimulatedFlash();
            IStorageFile writer = flash.Storage.OpenAppend("a");
            writer.Append(Pattern(10), 0, 10);

            CollectionAssert.AreEqual(Pattern(10), ReadAll(flash.Storage, "a"));
            Assert.AreEqual(0, flash.ReadDurableBytes("a").Length);
            Assert.AreEqual(10L, writer.Length);
        }

        [TestMethod]
        public void The_unsynced_bytes_of_a_file_are_those_appended_since_its_last_close()
        {
            var flash = new SimulatedFlash();
            AppendAndClose(flash.Storage, "a", Pattern(10));
            Assert.AreEqual(0, flash.UnsyncedByteCount("a"));
            IStorageFile writer = flash.Storage.OpenAppend("a");
            writer.Append(Pattern(7, 10), 0, 7);

            Assert.AreEqual(7, flash.UnsyncedByteCount("a"));
            CollectionAssert.AreEqual(Pattern(7, 10), flash.ReadUnsyncedBytes("a"));
            writer.Close();
            Assert.AreEqual(0, flash.UnsyncedByteCount("a"));
            Assert.AreEqual(0, flash.ReadUnsyncedBytes("a").Length);
            Assert.AreEqual(StorageError.NotFound, Assert.ThrowsExactly<StorageException>(() => flash.UnsyncedByteCount("b")).Error);
        }

        [TestMethod]
        public void Unsynced_bytes_survive_a_power_cut_only_as_a_prefix()
        {
            byte[] durable = Pattern(10);
            byte[] unsynced = Pattern(50, 100);
            byte[] everything = Concat(durable, unsynced);
            bool sawNoneSurvive = false;
            bool sawAllSurvive = false;
            var survivingLengths = new HashSet<int>();
            for (int seed = 0; seed < 400; seed++)
            {
                var flash = new SimulatedFlash(seed: seed);
                AppendAndClose(flash.Storage, "a", durable);
                IStorageFile writer = flash.Storage.OpenAppend("a");
                writer.Append(unsynced, 0, 25);
                writer.Append(unsynced, 25, 25);

                flash.CutPowerNow();
                flash.PowerOn();

                byte[] survivor = ReadAll(flash.Storage, "a");
                Assert.IsTrue(survivor.Length >= durable.Length, $"seed {seed}: durable bytes lost");
                Assert.IsTrue(IsPrefixOf(survivor, everything), $"seed {seed}: not a prefix");
                CollectionAssert.AreEqual(survivor, flash.ReadDurableBytes("a"), "what survived is durable now");
                sawNoneSurvive |= survivor.Length == durable.Length;
                sawAllSurvive |= survivor.Length == everything.Length;
                survivingLengths.Add(survivor.Length);
            }

            Assert.IsTrue(sawNoneSurvive, "no run lost every unsynced byte");
            Assert.IsTrue(sawAllSurvive, "no run kept every unsynced byte");
            Assert.IsTrue(survivingLengths.Count > 20, "torn lengths in between are drawn too");
        }

        [TestMethod]
        public void Whole_commits_only_loses_every_unsynced_byte()
        {
            for (int seed = 0; seed < 50; seed++)
            {
                var flash = new SimulatedFlash(seed: seed) { PowerCutModel = PowerCutModel.WholeCommitsOnly };
                AppendAndClose(flash.Storage, "a", Pattern(10));
                IStorageFile writer = flash.Storage.OpenAppend("a");
                writer.Append(Pattern(50), 0, 50);

                flash.CutPowerNow();
                flash.PowerOn();

                CollectionAssert.AreEqual(Pattern(10), ReadAll(flash.Storage, "a"), $"seed {seed}");
            }
        }

        [TestMethod]
        public void A_created_file_never_synced_exists_after_a_cut_in_some_runs_and_not_in_others()
        {
            int survived = 0;
            int vanished = 0;
            for (int seed = 0; seed < 200; seed++)
            {
                var flash = new SimulatedFlash(seed: seed);
                IStorageFile writer = flash.Storage.OpenAppend("new");
                if (seed % 2 == 0)
                {
                    writer.Append(Pattern(20), 0, 20);
                }

                flash.CutPowerNow();
                flash.PowerOn();

                if (flash.Storage.Exists("new"))
                {
                    survived++;
                    Assert.IsTrue(IsPrefixOf(ReadAll(flash.Storage, "new"), Pattern(20)), $"seed {seed}");
                }
                else
                {
                    vanished++;
                }
            }

            Assert.IsTrue(survived > 40, $"survived {survived} of 200");
            Assert.IsTrue(vanished > 40, $"vanished {vanished} of 200");
        }

        [TestMethod]
        public void A_created_file_never_synced_survives_empty_under_whole_commits_only()
        {
            for (int seed = 0; seed < 20; seed++)
            {
                var flash = new SimulatedFlash(seed: seed) { PowerCutModel = PowerCutModel.WholeCommitsOnly };
                IStorageFile writer = flash.Storage.OpenAppend("new");
                writer.Append(Pattern(20), 0, 20);

                flash.CutPowerNow();
                flash.PowerOn();

                Assert.IsTrue(flash.Storage.Exists("new"), $"seed {seed}");
                Assert.AreEqual(0, ReadAll(flash.Storage, "new").Length, $"seed {seed}");
            }
        }

        [TestMethod]
        public void A_power_cut_at_a_mutation_stops_exactly_there_and_every_call_throws_until_power_on()
        {
            // Create #1, Append #2, Sync #3, Create #4, Append #5, Sync #6, Rename #7, Delete #8.
            const int mutationsInScenario = 8;
            for (int cutAt = 1; cutAt <= mutationsInScenario; cutAt++)
            {
                var flash = new SimulatedFlash(seed: cutAt);
                var seen = new List<long>();
                flash.BeforeMutation = (kind, name, index) => seen.Add(index);
                flash.CutPowerAtMutation(cutAt);

                Assert.ThrowsExactly<PowerCutException>(() => RunScenario(flash.Storage), $"cut at {cutAt}");

                Assert.IsTrue(flash.IsPoweredOff);
                Assert.AreEqual(cutAt - 1, flash.MutationCount, $"cut at {cutAt}: mutations completed");
                Assert.AreEqual(cutAt, seen.Count, $"cut at {cutAt}: the observer saw the cut mutation last");
                Assert.ThrowsExactly<PowerCutException>(() => flash.Storage.Exists("a"));
                Assert.ThrowsExactly<PowerCutException>(() => flash.Storage.ListFiles());
                Assert.ThrowsExactly<PowerCutException>(() => _ = flash.Storage.FreeBytes);
                Assert.ThrowsExactly<PowerCutException>(() => flash.Storage.OpenAppend("c"));
                Assert.ThrowsExactly<PowerCutException>(() => flash.Storage.Delete("missing"));

                flash.PowerOn();

                Assert.IsFalse(flash.IsPoweredOff);
                Assert.AreEqual(cutAt - 1, flash.MutationCount, "power-on is no mutation");
                AppendAndClose(flash.Storage, "after", Pattern(1));
            }
        }

        [TestMethod]
        public void A_cut_before_a_sync_rename_or_delete_leaves_the_state_before_it()
        {
            // Cut at #7, the rename: "a" keeps its name.
            var renameCut = new SimulatedFlash(seed: 1) { PowerCutModel = PowerCutModel.WholeCommitsOnly };
            renameCut.CutPowerAtMutation(7);
            Assert.ThrowsExactly<PowerCutException>(() => RunScenario(renameCut.Storage));
            renameCut.PowerOn();
            CollectionAssert.AreEqual(new[] { "a", "b" }, renameCut.Storage.ListFiles());

            // Cut at #8, the delete: "c" is still there.
            var deleteCut = new SimulatedFlash(seed: 1) { PowerCutModel = PowerCutModel.WholeCommitsOnly };
            deleteCut.CutPowerAtMutation(8);
            Assert.ThrowsExactly<PowerCutException>(() => RunScenario(deleteCut.Storage));
            deleteCut.PowerOn();
            CollectionAssert.AreEqual(new[] { "b", "c" }, deleteCut.Storage.ListFiles());

            // Cut at #3, the first sync: under LittleFS's model the appended bytes are gone.
            var syncCut = new SimulatedFlash(seed: 1) { PowerCutModel = PowerCutModel.WholeCommitsOnly };
            syncCut.CutPowerAtMutation(3);
            Assert.ThrowsExactly<PowerCutException>(() => RunScenario(syncCut.Storage));
            syncCut.PowerOn();
            Assert.AreEqual(0, ReadAll(syncCut.Storage, "a").Length);
        }

        [TestMethod]
        public void A_cut_append_leaves_a_prefix_of_its_bytes_in_the_cache()
        {
            bool sawPartial = false;
            for (int seed = 0; seed < 100; seed++)
            {
                var flash = new SimulatedFlash(seed: seed);
                AppendAndClose(flash.Storage, "a", Pattern(5));
                IStorageFile writer = flash.Storage.OpenAppend("a");
                flash.CutPowerAtMutation(flash.MutationCount + 1);

                Assert.ThrowsExactly<PowerCutException>(() => writer.Append(Pattern(40, 5), 0, 40));
                flash.CutPowerAtMutation(0);
                flash.PowerOn();

                byte[] survivor = ReadAll(flash.Storage, "a");
                Assert.IsTrue(survivor.Length >= 5 && IsPrefixOf(survivor, Pattern(45)), $"seed {seed}");
                sawPartial |= survivor.Length > 5 && survivor.Length < 45;
            }

            Assert.IsTrue(sawPartial, "no run tore the append in the middle");
        }

        [TestMethod]
        public void Handles_opened_before_a_power_cut_are_dead_after_power_on()
        {
            var flash = new SimulatedFlash();
            AppendAndClose(flash.Storage, "a", Pattern(10));
            IStorageFile reader = flash.Storage.OpenRead("a");
            IStorageFile writer = flash.Storage.OpenAppend("a");
            byte[] buffer = new byte[10];

            flash.CutPowerNow();
            Assert.ThrowsExactly<PowerCutException>(() => reader.Read(buffer, 0, 10));
            Assert.ThrowsExactly<PowerCutException>(() => writer.Close());
            flash.PowerOn();

            var readError = Assert.ThrowsExactly<InvalidOperationException>(() => reader.Read(buffer, 0, 10));
            StringAssert.Contains(readError.Message, "from before the power cut");
            Assert.ThrowsExactly<InvalidOperationException>(() => _ = reader.Length);
            Assert.ThrowsExactly<InvalidOperationException>(() => _ = reader.Position);
            Assert.ThrowsExactly<InvalidOperationException>(() => writer.Append(buffer, 0, 1));
            Assert.ThrowsExactly<InvalidOperationException>(() => writer.Close());
            Assert.AreEqual("a", writer.Name);

            // The dead append handle no longer holds the file.
            AppendAndClose(flash.Storage, "a", Pattern(1));
        }

        [TestMethod]
        public void The_storage_view_stays_the_same_instance_across_power_on()
        {
            var flash = new SimulatedFlash();
            IFileStorage before = flash.Storage;
            flash.CutPowerNow();
            flash.PowerOn();

            Assert.AreSame(before, flash.Storage);
        }

        [TestMethod]
        public void Power_on_of_a_flash_that_has_power_is_refused()
        {
            var flash = new SimulatedFlash();

            Assert.ThrowsExactly<InvalidOperationException>(() => flash.PowerOn());
        }

        [TestMethod]
        public void A_cut_cannot_be_armed_at_a_mutation_that_already_happened()
        {
            var flash = new SimulatedFlash();
            AppendAndClose(flash.Storage, "a", Pattern(1));

            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => flash.CutPowerAtMutation(3));
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => flash.CutPowerAtMutation(-1));
            flash.CutPowerAtMutation(4);
            flash.CutPowerAtMutation(0);
            AppendAndClose(flash.Storage, "b", Pattern(1));
            Assert.IsFalse(flash.IsPoweredOff, "0 disarmed the cut");
        }

        [TestMethod]
        public void The_same_seed_and_calls_give_the_same_flash_after_a_cut()
        {
            byte[] Run(int seed)
            {
                var flash = new SimulatedFlash(seed: seed);
                AppendAndClose(flash.Storage, "a", Pattern(10));
                IStorageFile writer = flash.Storage.OpenAppend("a");
                writer.Append(Pattern(3000), 0, 3000);
                IStorageFile creator = flash.Storage.OpenAppend("b");
                creator.Append(Pattern(3000), 0, 3000);
                flash.CutPowerNow();
                flash.PowerOn();
                return flash.ExportImage();
            }

            CollectionAssert.AreEqual(Run(42), Run(42));
            bool anyDiffers = false;
            for (int seed = 0; seed < 5 && !anyDiffers; seed++)
            {
                anyDiffers = !Run(seed).SequenceEqual(Run(seed + 1));
            }

            Assert.IsTrue(anyDiffers, "the seed changes nothing");
        }

        /// <summary>Eight mutations: creates and syncs "a" and "b", renames "a" to "c", deletes "c".</summary>
        private static void RunScenario(IFileStorage storage)
        {
            IStorageFile a = storage.OpenAppend("a");   // #1 Create
            a.Append(Pattern(10), 0, 10);               // #2 Append
            a.Close();                                  // #3 Sync
            IStorageFile b = storage.OpenAppend("b");   // #4 Create
            b.Append(Pattern(10), 0, 10);               // #5 Append
            b.Close();                                  // #6 Sync
            storage.Rename("a", "c");                   // #7 Rename
            storage.Delete("c");                        // #8 Delete
        }
    }
}
