using System;

namespace Terminal.Core.Security
{
    /// <summary>
    /// SHA-256 (FIPS 180-4), incremental: <see cref="Append"/> any number of times, then <see cref="Finish"/>.
    /// Our own because the portable code must run on nanoFramework 1.x, whose core library has no
    /// <c>System.Security.Cryptography</c>; the host tests check it byte for byte against .NET's <c>SHA256</c>.
    /// </summary>
    /// <remarks>
    /// Allocates nothing after construction, so a key derivation of many iterations (<see cref="Pbkdf2Sha256"/>)
    /// creates no garbage. <see cref="CopyFrom"/> clones a running state, which lets HMAC hash its padded key
    /// once instead of once per iteration. Not thread-safe.
    /// </remarks>
    public sealed class Sha256
    {
        /// <summary>The digest length, in bytes.</summary>
        public const int DigestBytes = 32;

        /// <summary>The block length, in bytes (HMAC pads its key to this).</summary>
        public const int BlockBytes = 64;

        // FIPS 180-4 section 4.2.2: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
        private static readonly uint[] RoundConstants = new uint[]
        {
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
            0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
            0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
            0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
            0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
            0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
            0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
            0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
        };

        // FIPS 180-4 section 5.3.3: the initial hash value H(0).
        private static readonly uint[] InitialState = new uint[]
        {
            0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
        };

        private readonly uint[] _state = new uint[8];
        private readonly uint[] _schedule = new uint[64];
        private readonly byte[] _block = new byte[BlockBytes];
        private int _blockLength;
        private long _totalBytes;

        /// <summary>Creates a hash ready for its first <see cref="Append"/>.</summary>
        public Sha256()
        {
            Reset();
        }

        /// <summary>Hashes a byte range in one call.</summary>
        /// <param name="data">The bytes.</param>
        /// <param name="offset">Index of the first byte.</param>
        /// <param name="count">Number of bytes, 0 or more.</param>
        /// <returns>The 32-byte digest, a new array.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="data"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The range lies outside <paramref name="data"/>.</exception>
        public static byte[] Hash(byte[] data, int offset, int count)
        {
            Sha256 hash = new Sha256();
            hash.Append(data, offset, count);
            byte[] digest = new byte[DigestBytes];
            hash.Finish(digest, 0);
            return digest;
        }

        /// <summary>Forgets everything appended: the state of a new hash.</summary>
        public void Reset()
        {
            for (int i = 0; i < 8; i++)
            {
                _state[i] = InitialState[i];
            }

            _blockLength = 0;
            _totalBytes = 0;
        }

        /// <summary>Makes this hash continue exactly where another one stands (its state, buffered bytes and length).</summary>
        /// <param name="other">The hash to copy; not changed.</param>
        /// <exception cref="ArgumentNullException"><paramref name="other"/> is <c>null</c>.</exception>
        public void CopyFrom(Sha256 other)
        {
            if (other == null)
            {
                throw new ArgumentNullException("other");
            }

            Array.Copy(other._state, _state, 8);
            Array.Copy(other._block, _block, BlockBytes);
            _blockLength = other._blockLength;
            _totalBytes = other._totalBytes;
        }

        /// <summary>Feeds bytes into the hash.</summary>
        /// <param name="data">The bytes.</param>
        /// <param name="offset">Index of the first byte.</param>
        /// <param name="count">Number of bytes, 0 or more.</param>
        /// <exception cref="ArgumentNullException"><paramref name="data"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The range lies outside <paramref name="data"/>.</exception>
        public void Append(byte[] data, int offset, int count)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            if (offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            _totalBytes += count;
            int end = offset + count;
            while (offset < end)
            {
                if (_blockLength == 0 && end - offset >= BlockBytes)
                {
                    // Whole blocks straight from the caller's buffer: no copy.
                    Compress(data, offset);
                    offset += BlockBytes;
                    continue;
                }

                int take = BlockBytes - _blockLength;
                if (take > end - offset)
                {
                    take = end - offset;
                }

                Array.Copy(data, offset, _block, _blockLength, take);
                _blockLength += take;
                offset += take;
                if (_blockLength == BlockBytes)
                {
                    Compress(_block, 0);
                    _blockLength = 0;
                }
            }
        }

        /// <summary>Pads, writes the digest, and resets the hash for reuse.</summary>
        /// <param name="digest">Where the 32 bytes go.</param>
        /// <param name="offset">Index of the first digest byte.</param>
        /// <exception cref="ArgumentNullException"><paramref name="digest"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">Fewer than 32 bytes from <paramref name="offset"/>.</exception>
        public void Finish(byte[] digest, int offset)
        {
            if (digest == null)
            {
                throw new ArgumentNullException("digest");
            }

            if (offset < 0 || offset > digest.Length - DigestBytes)
            {
                throw new ArgumentOutOfRangeException("offset");
            }

            // FIPS 180-4 section 5.1.1: a 1 bit, zeros, then the message length in bits, big-endian, in 64 bits.
            long bits = _totalBytes * 8;
            _block[_blockLength++] = 0x80;
            if (_blockLength > BlockBytes - 8)
            {
                while (_blockLength < BlockBytes)
                {
                    _block[_blockLength++] = 0;
                }

                Compress(_block, 0);
                _blockLength = 0;
            }

            while (_blockLength < BlockBytes - 8)
            {
                _block[_blockLength++] = 0;
            }

            for (int i = 0; i < 8; i++)
            {
                _block[BlockBytes - 1 - i] = (byte)(bits >> (8 * i));
            }

            Compress(_block, 0);
            for (int i = 0; i < 8; i++)
            {
                uint word = _state[i];
                digest[offset + (4 * i)] = (byte)(word >> 24);
                digest[offset + (4 * i) + 1] = (byte)(word >> 16);
                digest[offset + (4 * i) + 2] = (byte)(word >> 8);
                digest[offset + (4 * i) + 3] = (byte)word;
            }

            Reset();
        }

        // FIPS 180-4 section 6.2.2: one 512-bit block.
        private void Compress(byte[] block, int offset)
        {
            uint[] w = _schedule;
            for (int t = 0; t < 16; t++)
            {
                int at = offset + (4 * t);
                w[t] = ((uint)block[at] << 24) | ((uint)block[at + 1] << 16) | ((uint)block[at + 2] << 8) | block[at + 3];
            }

            for (int t = 16; t < 64; t++)
            {
                uint x = w[t - 15];
                uint y = w[t - 2];
                uint sigma0 = ((x >> 7) | (x << 25)) ^ ((x >> 18) | (x << 14)) ^ (x >> 3);
                uint sigma1 = ((y >> 17) | (y << 15)) ^ ((y >> 19) | (y << 13)) ^ (y >> 10);
                w[t] = unchecked(w[t - 16] + sigma0 + w[t - 7] + sigma1);
            }

            uint a = _state[0];
            uint b = _state[1];
            uint c = _state[2];
            uint d = _state[3];
            uint e = _state[4];
            uint f = _state[5];
            uint g = _state[6];
            uint h = _state[7];
            for (int t = 0; t < 64; t++)
            {
                uint bigSigma1 = ((e >> 6) | (e << 26)) ^ ((e >> 11) | (e << 21)) ^ ((e >> 25) | (e << 7));
                uint choose = (e & f) ^ (~e & g);
                uint temporary1 = unchecked(h + bigSigma1 + choose + RoundConstants[t] + w[t]);
                uint bigSigma0 = ((a >> 2) | (a << 30)) ^ ((a >> 13) | (a << 19)) ^ ((a >> 22) | (a << 10));
                uint majority = (a & b) ^ (a & c) ^ (b & c);
                uint temporary2 = unchecked(bigSigma0 + majority);
                h = g;
                g = f;
                f = e;
                e = unchecked(d + temporary1);
                d = c;
                c = b;
                b = a;
                a = unchecked(temporary1 + temporary2);
            }

            _state[0] = unchecked(_state[0] + a);
            _state[1] = unchecked(_state[1] + b);
            _state[2] = unchecked(_state[2] + c);
            _state[3] = unchecked(_state[3] + d);
            _state[4] = unchecked(_state[4] + e);
            _state[5] = unchecked(_state[5] + f);
            _state[6] = unchecked(_state[6] + g);
            _state[7] = unchecked(_state[7] + h);
        }
    }
}
