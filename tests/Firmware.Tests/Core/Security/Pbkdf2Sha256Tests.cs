using System;
using System.Security.Cryptography;
using System.Text;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Core.Security;

namespace Terminal.Tests.Core.Security
{
    [TestClass]
    public sealed class Pbkdf2Sha256Tests
    {
        [TestMethod]
        public void The_RFC_7914_test_vector_derives_its_published_key()
        {
            // RFC 7914 section 11: PBKDF2-HMAC-SHA256 (P="passwd", S="salt", c=1, dkLen=64); the first 32 bytes.
            byte[] key = new byte[32];
            new Pbkdf2Sha256().DeriveKey(Encoding.ASCII.GetBytes("passwd"), Encoding.ASCII.GetBytes("salt"), 1, key, 0);
            Assert.AreEqual("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc", Convert.ToHexString(key).ToLowerInvariant());
        }

        [TestMethod]
        public void Seeded_random_passwords_salts_and_counts_derive_what_dotnet_Rfc2898DeriveBytes_derives()
        {
            // Passwords longer than a block (64 bytes) exercise HMAC's key hashing.
            Gen<(byte[], byte[], int)> cases = Gen.Select(Gen.Byte.Array[0, 100], Gen.Byte.Array[1, 40], Gen.Int[1, 40]);
            Pbkdf2Sha256 kdf = new Pbkdf2Sha256();
            cases.SampleSeeded(
                (password, salt, iterations) =>
                {
                    byte[] key = new byte[34];
                    kdf.DeriveKey(password, salt, iterations, key, 2);
                    byte[] expected = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, 32);
                    CollectionAssert.AreEqual(expected, key[2..]);
                },
                2_000,
                "0N0XIzNsQ5C2");
        }

        [TestMethod]
        public void An_empty_salt_or_a_zero_count_is_a_programming_error()
        {
            Pbkdf2Sha256 kdf = new Pbkdf2Sha256();
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => kdf.DeriveKey(new byte[1], Array.Empty<byte>(), 1, new byte[32], 0));
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => kdf.DeriveKey(new byte[1], new byte[1], 0, new byte[32], 0));
        }

        [TestMethod]
        public void Constant_time_comparison_tells_equal_from_different_and_different_lengths()
        {
            Assert.IsTrue(ConstantTime.AreEqual(new byte[] { 1, 2, 3 }, new byte[] { 1, 2, 3 }));
            Assert.IsFalse(ConstantTime.AreEqual(new byte[] { 1, 2, 3 }, new byte[] { 1, 2, 4 }));
            Assert.IsFalse(ConstantTime.AreEqual(new byte[] { 1, 2, 3 }, new byte[] { 1, 2 }));
            Assert.IsFalse(ConstantTime.AreEqual(null!, new byte[0]));
        }
    }
}
