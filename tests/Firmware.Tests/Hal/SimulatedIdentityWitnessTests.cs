using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Hal.Simulated.Storage;
using Terminal.Hal.Storage;
using static Terminal.Tests.Hal.FlashTestFiles;

namespace Terminal.Tests.Hal
{
    [TestClass]
    public sealed class SimulatedIdentityWitnessTests
    {
        [TestMethod]
        public void A_blank_witness_reads_nothing()
        {
            var witness = new SimulatedIdentityWitness();

            Assert.IsFalse(witness.TryRead(out byte[]? record));
            Assert.IsNull(record);
            Assert.AreEqual(112, witness.CapacityBytes);
        }

        [TestMethod]
        public void A_written_record_reads_back_and_later_changes_to_the_caller_array_do_not_leak_in()
        {
            var witness = new SimulatedIdentityWitness();
            byte[] written = Pattern(112);

            witness.Write(written);
            written[0] = 99;

            Assert.IsTrue(witness.TryRead(out byte[]? record));
            CollectionAssert.AreEqual(Pattern(112), record);
            record![1] = 99;
            Assert.IsTrue(witness.TryRead(out byte[]? again));
            CollectionAssert.AreEqual(Pattern(112), again);
        }

        [TestMethod]
        public void A_record_longer_than_112_bytes_is_refused_and_the_old_one_stays()
        {
            var witness = new SimulatedIdentityWitness();
            witness.Write(Pattern(8));

            Assert.ThrowsExactly<ArgumentException>(() => witness.Write(Pattern(113)));

            Assert.IsTrue(witness.TryRead(out byte[]? record));
            CollectionAssert.AreEqual(Pattern(8), record);
        }

        [TestMethod]
        public void Erase_makes_the_witness_blank()
        {
            var witness = new SimulatedIdentityWitness();
            witness.Write(Pattern(8));

            witness.Erase();

            Assert.IsFalse(witness.TryRead(out _));
        }

        [TestMethod]
        public void A_failing_witness_throws_a_media_fault_on_read_and_write_and_keeps_its_record()
        {
            var witness = new SimulatedIdentityWitness();
            witness.Write(Pattern(8));
            witness.Fails = true;

            Assert.AreEqual(StorageError.MediaFault, Assert.ThrowsExactly<StorageException>(() => witness.TryRead(out _)).Error);
            Assert.AreEqual(StorageError.MediaFault, Assert.ThrowsExactly<StorageException>(() => witness.Write(Pattern(4))).Error);

            witness.Fails = false;
            Assert.IsTrue(witness.TryRead(out byte[]? record));
            CollectionAssert.AreEqual(Pattern(8), record);
        }
    }
}
