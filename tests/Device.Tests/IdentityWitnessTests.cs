using System;
using nanoFramework.TestFramework;
using Terminal.Hal.Esp32;
using Terminal.Hal.Storage;

namespace Terminal.Device.Tests
{
    /// <summary>
    /// On-board checks of the EEPROM identity witness, in the bench region <see cref="BenchBoard.WitnessBaseAddress"/>
    /// of the EEPROM: the production witness at 0x0000 is never written.
    /// </summary>
    [TestClass]
    public class IdentityWitnessTests
    {
        private static Esp32Board s_board;

        /// <summary>Creates the bench board once for the class.</summary>
        [Setup]
        public void CreateBoard()
        {
            s_board = BenchBoard.Create();
        }

        /// <summary>Disposes the bench board.</summary>
        [Cleanup]
        public void DisposeBoard()
        {
            s_board.Dispose();
        }

        /// <summary>A record written to the witness reads back byte for byte.</summary>
        [TestMethod]
        public void Written_record_reads_back_unchanged()
        {
            IIdentityWitness witness = s_board.IdentityWitness;
            byte[] record = Record(witness.CapacityBytes, 0x21);

            witness.Write(record);

            byte[] readBack;
            Assert.IsTrue(witness.TryRead(out readBack), "The witness reported nothing after a write.");
            AssertSameBytes(record, readBack);
        }

        /// <summary>Of two successive writes the second is what reads back, whichever slot it went to.</summary>
        [TestMethod]
        public void The_latest_of_several_writes_reads_back()
        {
            IIdentityWitness witness = s_board.IdentityWitness;

            for (int round = 0; round < 3; round++)
            {
                byte[] record = Record(10 + round, round);
                witness.Write(record);

                byte[] readBack;
                Assert.IsTrue(witness.TryRead(out readBack));
                AssertSameBytes(record, readBack);
            }
        }

        /// <summary>A record longer than the capacity is refused before anything is written.</summary>
        [TestMethod]
        public void A_record_longer_than_the_capacity_is_refused()
        {
            IIdentityWitness witness = s_board.IdentityWitness;
            byte[] tooLong = new byte[witness.CapacityBytes + 1];

            Assert.ThrowsException(typeof(ArgumentException), () => witness.Write(tooLong));
        }

        private static byte[] Record(int length, int seed)
        {
            byte[] record = new byte[length];

            for (int index = 0; index < length; index++)
            {
                record[index] = (byte)((index * 7) + seed);
            }

            return record;
        }

        private static void AssertSameBytes(byte[] expected, byte[] actual)
        {
            Assert.IsNotNull(actual);
            Assert.AreEqual(expected.Length, actual.Length, "The record read back has the wrong length.");

            for (int index = 0; index < expected.Length; index++)
            {
                Assert.AreEqual(expected[index], actual[index], "The record read back differs at byte " + index + ".");
            }
        }
    }
}
