using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Hal.Simulated.Storage;
using Terminal.Hal.Storage;
using static Terminal.Tests.Hal.FlashTestFiles;

namespace Terminal.Tests.Hal
{
    /// <summary>The file rules of the simulated drive: names, handles, rename, delete.</summary>
    [TestClass]
    public sealed class SimulatedFileStorageTests
    {
        [TestMethod]
        public void Rename_moves_the_file_and_its_bytes_in_one_mutation()
        {
            var flash = new SimulatedFlash();
            AppendAndClose(flash.Storage, "journal.tmp", Pattern(30));
            long before = flash.MutationCount;

            flash.Storage.Rename("journal.tmp", "journal.0");

            Assert.AreEqual(before + 1, flash.MutationCount);
            Assert.IsFalse(flash.Storage.Exists("journal.tmp"));
            CollectionAssert.AreEqual(Pattern(30), ReadAll(flash.Storage, "journal.0"));
            CollectionAssert.AreEqual(Pattern(30), flash.ReadDurableBytes("journal.0"));
        }

        [TestMethod]
        public void A_power_cut_leaves_a_rename_either_done_or_not_done()
        {
            for (int seed = 0; seed < 20; seed++)
            {
                var flash = new SimulatedFlash(seed: seed);
                AppendAndClose(flash.Storage, "old", Pattern(30));
                flash.CutPowerAtMutation(flash.MutationCount + 1 + (seed % 2));

                Assert.ThrowsExactly<PowerCutException>(() =>
                {
                    flash.Storage.Rename("old", "new");
                    flash.Storage.Delete("missing");
                    flash.Storage.OpenAppend("next");
                });
                flash.PowerOn();

                string survivor = seed % 2 == 0 ? "old" : "new";
                CollectionAssert.AreEqual(new[] { survivor }, flash.Storage.ListFiles(), $"seed {seed}");
                CollectionAssert.AreEqual(Pattern(30), ReadAll(flash.Storage, survivor));
            }
        }

        [TestMethod]
        public void Rename_onto_an_existing_file_fails_with_AlreadyExists_and_changes_nothing()
        {
            var flash = new SimulatedFlash();
            AppendAndClose(flash.Storage, "a", Pattern(1, 1));
            AppendAndClose(flash.Storage, "b", Pattern(1, 2));
            long before = flash.MutationCount;

            var error = Assert.ThrowsExactly<StorageException>(() => flash.Storage.Rename("a", "b"));

            Assert.AreEqual(StorageError.AlreadyExists, error.Error);
            Assert.AreEqual(before, flash.MutationCount);
            CollectionAssert.AreEqual(Pattern(1, 1), ReadAll(flash.Storage, "a"));
            CollectionAssert.AreEqual(Pattern(1, 2), ReadAll(flash.Storage, "b"));
        }

        [TestMethod]
        public void Rename_of_a_missing_file_fails_with_NotFound()
        {
            var flash = new SimulatedFlash();

            var error = Assert.ThrowsExactly<StorageException>(() => flash.Storage.Rename("a", "b"));

            Assert.AreEqual(StorageError.NotFound, error.Error);
            Assert.AreEqual(0L, flash.MutationCount);
        }

        [TestMethod]
        public void Rename_and_delete_of_a_file_open_for_appending_are_refused()
        {
            var flash = new SimulatedFlash();
            IStorageFile writer = flash.Storage.OpenAppend("a");
            writer.Append(Pattern(3), 0, 3);

            Assert.ThrowsExactly<InvalidOperationException>(() => flash.Storage.Rename("a", "b"));
            Assert.ThrowsExactly<InvalidOperationException>(() => flash.Storage.Delete("a"));

            writer.Close();
            flash.Storage.Rename("a", "b");
            flash.Storage.Delete("b");
            Assert.AreEqual(0, flash.Storage.ListFiles().Length);
        }

        [TestMethod]
        public void Deleting_a_missing_file_does_nothing_and_is_no_mutation()
        {
            var flash = new SimulatedFlash();
            int observed = 0;
            flash.BeforeMutation = (kind, name, index) => observed++;

            flash.Storage.Delete("missing");

            Assert.AreEqual(0, observed);
            Assert.AreEqual(0L, flash.MutationCount);
            Assert.AreEqual(0L, flash.Counters.Deletes);
        }

        [TestMethod]
        public void Delete_removes_a_file_atomically()
        {
            var flash = new SimulatedFlash();
            AppendAndClose(flash.Storage, "a", Pattern(10));
            flash.CutPowerAtMutation(flash.MutationCount + 1);

            Assert.ThrowsExactly<PowerCutException>(() => flash.Storage.Delete("a"));
            flash.PowerOn();
            CollectionAssert.AreEqual(Pattern(10), ReadAll(flash.Storage, "a"), "a cut delete did not happen");

            flash.Storage.Delete("a");
            flash.CutPowerNow();
            flash.PowerOn();
            Assert.IsFalse(flash.Storage.Exists("a"));
        }

        [TestMethod]
        public void Only_one_append_handle_per_file_but_readers_may_coexist_with_it()
        {
            var flash = new SimulatedFlash();
            IStorageFile writer = flash.Storage.OpenAppend("a");
            writer.Append(Pattern(4), 0, 4);

            Assert.ThrowsExactly<InvalidOperationException>(() => flash.Storage.OpenAppend("a"));
            IStorageFile firstReader = flash.Storage.OpenRead("a");
            IStorageFile secondReader = flash.Storage.OpenRead("a");
            writer.Append(Pattern(4, 4), 0, 4);

            byte[] buffer = new byte[8];
            Assert.AreEqual(8, firstReader.Read(buffer, 0, 8), "readers see bytes appended after they opened");
            CollectionAssert.AreEqual(Pattern(8), buffer);
            Assert.AreEqual(8L, secondReader.Length);
            firstReader.Close();
            secondReader.Close();
            writer.Close();
            flash.Storage.OpenAppend("a").Close();
        }

        [TestMethod]
        public void Reading_follows_the_position_and_returns_zero_at_the_end()
        {
            var flash = new SimulatedFlash();
            AppendAndClose(flash.Storage, "a", Pattern(10));
            IStorageFile reader = flash.Storage.OpenRead("a");
            byte[] buffer = new byte[20];

            reader.Position = 6;
            Assert.AreEqual(4, reader.Read(buffer, 1, 20 - 1));
            Assert.AreEqual((byte)6, buffer[1]);
            Assert.AreEqual((byte)9, buffer[4]);
            Assert.AreEqual(10L, reader.Position);
            Assert.AreEqual(0, reader.Read(buffer, 0, 20));
            reader.Position = 100;
            Assert.AreEqual(0, reader.Read(buffer, 0, 20));
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => reader.Position = -1);
            Assert.ThrowsExactly<ArgumentException>(() => reader.Read(buffer, 15, 6));
        }

        [TestMethod]
        public void A_handle_only_does_what_it_was_opened_for()
        {
            var flash = new SimulatedFlash();
            AppendAndClose(flash.Storage, "a", Pattern(10));
            IStorageFile reader = flash.Storage.OpenRead("a");
            IStorageFile writer = flash.Storage.OpenAppend("a");
            byte[] buffer = new byte[4];

            Assert.ThrowsExactly<InvalidOperationException>(() => reader.Append(buffer, 0, 4));
            Assert.ThrowsExactly<InvalidOperationException>(() => writer.Read(buffer, 0, 4));
        }

        [TestMethod]
        public void Opening_a_missing_file_for_reading_fails_with_NotFound()
        {
            var flash = new SimulatedFlash();

            var error = Assert.ThrowsExactly<StorageException>(() => flash.Storage.OpenRead("a"));

            Assert.AreEqual(StorageError.NotFound, error.Error);
        }

        [TestMethod]
        [DataRow("")]
        [DataRow("abcdefghijklmnopqrstuvwxyz012345")]
        [DataRow("Journal")]
        [DataRow("dir/file")]
        [DataRow("a b")]
        [DataRow("a\\b")]
        [DataRow(".")]
        [DataRow("..")]
        public void Names_outside_31_characters_of_a_to_z_digits_dot_underscore_dash_are_refused(string name)
        {
            var flash = new SimulatedFlash();

            Assert.ThrowsExactly<ArgumentException>(() => flash.Storage.OpenAppend(name));
            Assert.ThrowsExactly<ArgumentException>(() => flash.Storage.Exists(name));
            Assert.ThrowsExactly<ArgumentException>(() => flash.Storage.Rename("a", name));
            Assert.AreEqual(0L, flash.MutationCount);
        }

        [TestMethod]
        public void A_31_character_name_of_every_allowed_kind_is_accepted()
        {
            var flash = new SimulatedFlash();
            const string name = "journal-2026_11.23.abcxyz.09876";

            AppendAndClose(flash.Storage, name, Pattern(1));

            Assert.AreEqual(31, name.Length);
            CollectionAssert.AreEqual(new[] { name }, flash.Storage.ListFiles());
        }

        [TestMethod]
        public void Closing_twice_does_nothing_and_closing_a_reader_or_an_idle_writer_is_no_mutation()
        {
            var flash = new SimulatedFlash();
            AppendAndClose(flash.Storage, "a", Pattern(1));
            long before = flash.MutationCount;

            IStorageFile reader = flash.Storage.OpenRead("a");
            reader.Close();
            reader.Close();
            IStorageFile idleWriter = flash.Storage.OpenAppend("a");
            idleWriter.Append(Pattern(1), 0, 0);
            idleWriter.Close();
            idleWriter.Close();

            Assert.AreEqual(before, flash.MutationCount);
            Assert.ThrowsExactly<ObjectDisposedException>(() => reader.Read(new byte[1], 0, 1));
        }

        [TestMethod]
        public void Closing_an_empty_file_it_created_is_a_sync()
        {
            var flash = new SimulatedFlash();

            flash.Storage.OpenAppend("marker").Close();

            Assert.AreEqual(2L, flash.MutationCount);
            Assert.AreEqual(1L, flash.Counters.Syncs);
            flash.CutPowerNow();
            flash.PowerOn();
            CollectionAssert.AreEqual(new[] { "marker" }, flash.FileNames, "a synced empty file survives");
        }

        [TestMethod]
        public void A_file_deleted_while_a_reader_is_open_stays_readable_through_that_reader()
        {
            var flash = new SimulatedFlash();
            AppendAndClose(flash.Storage, "a", Pattern(5));
            IStorageFile reader = flash.Storage.OpenRead("a");

            flash.Storage.Delete("a");

            byte[] buffer = new byte[5];
            Assert.AreEqual(5, reader.Read(buffer, 0, 5));
            CollectionAssert.AreEqual(Pattern(5), buffer);
            Assert.IsFalse(flash.Storage.Exists("a"));
        }
    }
}
