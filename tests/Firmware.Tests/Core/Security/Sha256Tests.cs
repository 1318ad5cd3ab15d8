using System;
using System.Security.Cryptography;
using System.Text;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Core.Security;

namespace Terminal.Tests.Core.Security
{
    [TestClass]
    public sealed class Sha256Tests
    {
        [TestMethod]
        public void The_FIPS_180_examples_hash_to_their_published_digests()
        {
            Assert.AreEqual("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Hex(Sha256Of("abc")));
            Assert.AreEqual("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Hex(Sha256Of(string.Empty)));
            Assert.AreEqual(
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
                Hex(Sha256Of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")));
        }

        [TestMethod]
        public void Ten_thousand_seeded_random_inputs_hash_exactly_as_dotnet_SHA256_does_whatever_the_split()
        {
            // Lengths around every padding boundary (55, 56, 63, 64, 119, 120) are drawn often by 0..300.
            Gen<(byte[], int, int)> cases = Gen.Byte.Array[0, 300].SelectMany(
                data => Gen.Int[0, data.Length].SelectMany(split => Gen.Int[0, 3].Select(prefix => (data, split, prefix))));
            cases.SampleSeeded(
                (data, split, prefix) =>
                {
                    // An offset into a larger buffer, and the input fed in two pieces.
                    byte[] buffer = new byte[prefix + data.Length];
                    Array.Copy(data, 0, buffer, prefix, data.Length);
                    Sha256 hash = new Sha256();
                    hash.Append(buffer, prefix, split);
                    hash.Append(buffer, prefix + split, data.Length - split);
                    byte[] digest = new byte[32];
                    hash.Finish(digest, 0);
                    CollectionAssert.AreEqual(SHA256.HashData(data), digest);
                    CollectionAssert.AreEqual(SHA256.HashData(data), Sha256.Hash(data, 0, data.Length));
                },
                10_000,
                "0N0XIzNsQ5C1");
        }

        [TestMethod]
        public void A_copied_state_continues_like_the_original()
        {
            Sha256 first = new Sha256();
            byte[] head = Encoding.ASCII.GetBytes("technician-");
            first.Append(head, 0, head.Length);
            Sha256 copy = new Sha256();
            copy.CopyFrom(first);
            byte[] tail = Encoding.ASCII.GetBytes("console");
            copy.Append(tail, 0, tail.Length);
            byte[] digest = new byte[32];
            copy.Finish(digest, 0);
            CollectionAssert.AreEqual(SHA256.HashData(Encoding.ASCII.GetBytes("technician-console")), digest);
        }

        [TestMethod]
        public void A_range_outside_the_buffer_is_a_programming_error()
        {
            Sha256 hash = new Sha256();
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => hash.Append(new byte[4], 2, 3));
            Assert.ThrowsException<ArgumentNullException>(() => hash.Append(null!, 0, 0));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => hash.Finish(new byte[31], 0));
        }

        private static byte[] Sha256Of(string text)
        {
            byte[] bytes = Encoding.ASCII.GetBytes(text);
            return Sha256.Hash(bytes, 0, bytes.Length);
        }

        private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
    }
}
