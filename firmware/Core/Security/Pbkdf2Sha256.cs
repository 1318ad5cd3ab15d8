using System;

namespace Terminal.Core.Security
{
    /// <summary>
    /// PBKDF2 (RFC 8018 section 5.2) with HMAC-SHA-256 (RFC 2104), for one 32-byte block of output: the salted,
    /// iterated hash the technician credential is stored as. Checked against .NET's
    /// <c>Rfc2898DeriveBytes.Pbkdf2</c> in the host tests.
    /// </summary>
    /// <remarks>
    /// HMAC's padded inner and outer keys are hashed once and their states cloned per iteration, so an iteration
    /// costs two SHA-256 compressions (the minimum for a 32-byte message) and allocates nothing. Not thread-safe.
    /// </remarks>
    public sealed class Pbkdf2Sha256
    {
        /// <summary>The derived key's length, in bytes (one SHA-256 block of output).</summary>
        public const int KeyBytes = Sha256.DigestBytes;

        /// <summary>The fewest iterations accepted.</summary>
        public const int MinimumIterations = 1;

        /// <summary>The most iterations accepted (a stored count above this is damage, not a setting).</summary>
        public const int MaximumIterations = 10000000;

        private readonly Sha256 _innerKeyed = new Sha256();
        private readonly Sha256 _outerKeyed = new Sha256();
        private readonly Sha256 _work = new Sha256();
        private readonly byte[] _pad = new byte[Sha256.BlockBytes];
        private readonly byte[] _u = new byte[KeyBytes];
        private readonly byte[] _counter = new byte[] { 0, 0, 0, 1 };

        /// <summary>Derives the key.</summary>
        /// <param name="password">The secret's bytes (UTF-8); not kept.</param>
        /// <param name="salt">The salt, 1 or more bytes.</param>
        /// <param name="iterations">The iteration count, <see cref="MinimumIterations"/>..<see cref="MaximumIterations"/>.</param>
        /// <param name="key">Where the 32 bytes go.</param>
        /// <param name="offset">Index of the first key byte.</param>
        /// <exception cref="ArgumentNullException">An array is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The iteration count is out of range, the salt is empty, or the key does not fit.</exception>
        public void DeriveKey(byte[] password, byte[] salt, int iterations, byte[] key, int offset)
        {
            if (password == null || salt == null || key == null)
            {
                throw new ArgumentNullException(password == null ? "password" : salt == null ? "salt" : "key");
            }

            if (iterations < MinimumIterations || iterations > MaximumIterations)
            {
                throw new ArgumentOutOfRangeException("iterations");
            }

            if (salt.Length == 0 || offset < 0 || offset > key.Length - KeyBytes)
            {
                throw new ArgumentOutOfRangeException(salt.Length == 0 ? "salt" : "offset");
            }

            PrepareKey(password);

            // U1 = HMAC(P, S || INT(1)).
            _work.CopyFrom(_innerKeyed);
            _work.Append(salt, 0, salt.Length);
            _work.Append(_counter, 0, 4);
            FinishHmac();
            Array.Copy(_u, 0, key, offset, KeyBytes);

            // Uj = HMAC(P, Uj-1); T = U1 xor U2 xor ... xor Uc.
            for (int iteration = 1; iteration < iterations; iteration++)
            {
                _work.CopyFrom(_innerKeyed);
                _work.Append(_u, 0, KeyBytes);
                FinishHmac();
                for (int i = 0; i < KeyBytes; i++)
                {
                    key[offset + i] ^= _u[i];
                }
            }

            Array.Clear(_u, 0, KeyBytes);
            Array.Clear(_pad, 0, Sha256.BlockBytes);
            _innerKeyed.Reset();
            _outerKeyed.Reset();
        }

        // RFC 2104: a key longer than a block is hashed first; then K xor ipad starts the inner hash, K xor opad the outer.
        private void PrepareKey(byte[] password)
        {
            Array.Clear(_pad, 0, Sha256.BlockBytes);
            if (password.Length > Sha256.BlockBytes)
            {
                _work.Reset();
                _work.Append(password, 0, password.Length);
                _work.Finish(_pad, 0);
            }
            else
            {
                Array.Copy(password, 0, _pad, 0, password.Length);
            }

            for (int i = 0; i < Sha256.BlockBytes; i++)
            {
                _pad[i] ^= 0x36;
            }

            _innerKeyed.Reset();
            _innerKeyed.Append(_pad, 0, Sha256.BlockBytes);
            for (int i = 0; i < Sha256.BlockBytes; i++)
            {
                _pad[i] ^= 0x36 ^ 0x5c;
            }

            _outerKeyed.Reset();
            _outerKeyed.Append(_pad, 0, Sha256.BlockBytes);
        }

        // Ends the inner hash in _work into _u, then runs the outer hash over it into _u.
        private void FinishHmac()
        {
            _work.Finish(_u, 0);
            _work.CopyFrom(_outerKeyed);
            _work.Append(_u, 0, KeyBytes);
            _work.Finish(_u, 0);
        }
    }
}
