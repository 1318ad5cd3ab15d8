using System;
using nanoFramework.TestFramework;
using Terminal.Hal.Esp32;
using Terminal.Hal.Storage;

namespace Terminal.Device.Tests
{
    /// <summary>
    /// On-board checks of <see cref="LittleFsFileStorage"/> on the real LittleFS drive <c>I:</c>, in the bench
    /// directory <see cref="BenchBoard.StorageDirectory"/>.
    /// </summary>
    [TestClass]
    public class LittleFsFileStorageTests
    {
        private static Esp32Board s_board;
        private static IFileStorage s_storage;

        /// <summary>Creates the bench board and empties the bench directory.</summary>
        [Setup]
        public void CreateBoardAndEmptyDirectory()
        {
            s_board = BenchBoard.Create();
            s_storage = s_board.Storage;
            DeleteAllFiles();
        }

        /// <summary>Empties the bench directory and disposes the board.</summary>
        [Cleanup]
        public void EmptyDirectoryAndDisposeBoard()
        {
            DeleteAllFiles();
            s_board.Dispose();
        }

        /// <summary>Bytes appended in two batches and committed by the close read back whole and in order.</summary>
        [TestMethod]
        public void Appended_bytes_read_back_after_close()
        {
            byte[] first = Pattern(300, 1);
            byte[] second = Pattern(5000, 7);

            IStorageFile writer = s_storage.OpenAppend("append.bin");
            writer.Append(first, 0, first.Length);
            writer.Append(second, 0, second.Length);
            Assert.AreEqual((long)(first.Length + second.Length), writer.Length);
            writer.Close();

            writer = s_storage.OpenAppend("append.bin");
            writer.Append(first, 10, 20);
            writer.Close();

            byte[] expected = new byte[first.Length + second.Length + 20];
            Array.Copy(first, 0, expected, 0, first.Length);
            Array.Copy(second, 0, expected, first.Length, second.Length);
            Array.Copy(first, 10, expected, first.Length + second.Length, 20);

            AssertContents("append.bin", expected);
        }

        /// <summary>A rename onto an existing file fails with AlreadyExists and leaves both files as they were.</summary>
        [TestMethod]
        public void Rename_onto_an_existing_target_fails_with_AlreadyExists()
        {
            WriteFile("source.bin", Pattern(100, 3));
            WriteFile("target.bin", Pattern(50, 5));

            StorageError error = (StorageError)0;

            try
            {
                s_storage.Rename("source.bin", "target.bin");
            }
            catch (StorageException exception)
            {
                error = exception.Error;
            }

            Assert.AreEqual((int)StorageError.AlreadyExists, (int)error, "Rename onto an existing file must fail with AlreadyExists.");
            AssertContents("source.bin", Pattern(100, 3));
            AssertContents("target.bin", Pattern(50, 5));
        }

        /// <summary>A rename moves the contents to the new name and the old name is gone.</summary>
        [TestMethod]
        public void Rename_moves_the_contents_to_the_new_name()
        {
            WriteFile("before.bin", Pattern(700, 9));

            s_storage.Rename("before.bin", "after.bin");

            Assert.IsFalse(s_storage.Exists("before.bin"));
            AssertContents("after.bin", Pattern(700, 9));
        }

        /// <summary>Deleting a file twice, or a file that never existed, does nothing.</summary>
        [TestMethod]
        public void Deleting_a_missing_file_does_nothing()
        {
            WriteFile("doomed.bin", Pattern(10, 2));

            s_storage.Delete("doomed.bin");
            s_storage.Delete("doomed.bin");
            s_storage.Delete("never-written.bin");

            Assert.IsFalse(s_storage.Exists("doomed.bin"));
            Assert.IsFalse(s_storage.Exists("never-written.bin"));
        }

        /// <summary>Opening a missing file for reading fails with NotFound.</summary>
        [TestMethod]
        public void Opening_a_missing_file_fails_with_NotFound()
        {
            StorageError error = (StorageError)0;

            try
            {
                s_storage.OpenRead("missing.bin");
            }
            catch (StorageException exception)
            {
                error = exception.Error;
            }

            Assert.AreEqual((int)StorageError.NotFound, (int)error);
        }

        /// <summary>A name outside the contract's character set is a programming error.</summary>
        [TestMethod]
        public void A_name_outside_the_contract_is_rejected()
        {
            Assert.ThrowsException(typeof(ArgumentException), () => s_storage.OpenAppend("Upper Case.bin"));
        }

        /// <summary>Writing three blocks' worth of bytes lowers the free space by at least two blocks.</summary>
        [TestMethod]
        public void Free_space_decreases_after_a_write()
        {
            long freeBefore = s_storage.FreeBytes;
            Assert.IsTrue(s_storage.TotalBytes > 0, "The drive reports no capacity.");
            Assert.IsTrue(freeBefore > 3 * LittleFsFileStorage.BlockSizeBytes, "The drive is too full for this test.");

            WriteFile("space.bin", Pattern(3 * LittleFsFileStorage.BlockSizeBytes, 4));

            long freeAfter = s_storage.FreeBytes;
            Assert.IsTrue(freeBefore - freeAfter >= 2 * LittleFsFileStorage.BlockSizeBytes,
                "Free space went from " + freeBefore + " to " + freeAfter + " bytes after a 12 KB write.");
        }

        private static void DeleteAllFiles()
        {
            string[] names = s_storage.ListFiles();

            for (int index = 0; index < names.Length; index++)
            {
                s_storage.Delete(names[index]);
            }
        }

        private static byte[] Pattern(int length, int seed)
        {
            byte[] bytes = new byte[length];

            for (int index = 0; index < length; index++)
            {
                bytes[index] = (byte)((index * 31) + seed);
            }

            return bytes;
        }

        private static void WriteFile(string name, byte[] contents)
        {
            IStorageFile file = s_storage.OpenAppend(name);
            file.Append(contents, 0, contents.Length);
            file.Close();
        }

        private static void AssertContents(string name, byte[] expected)
        {
            IStorageFile file = s_storage.OpenRead(name);

            try
            {
                Assert.AreEqual((long)expected.Length, file.Length, name + " has the wrong length.");

                byte[] actual = new byte[expected.Length];
                int filled = 0;

                while (filled < actual.Length)
                {
                    int read = file.Read(actual, filled, actual.Length - filled > 512 ? 512 : actual.Length - filled);
                    Assert.IsTrue(read > 0, name + " ended after " + filled + " bytes.");
                    filled += read;
                }

                Assert.AreEqual(0, file.Read(new byte[1], 0, 1), name + " is longer than written.");

                for (int index = 0; index < expected.Length; index++)
                {
                    Assert.AreEqual(expected[index], actual[index], name + " differs at byte " + index + ".");
                }
            }
            finally
            {
                file.Close();
            }
        }
    }
}
